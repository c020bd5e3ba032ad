// SPDX-License-Identifier: MIT
// The parts of a formula that do not depend on x, computed once per call from the parameters
// with the C library's functions: a walk over a small tree per call, never per point.
#include "formula_program.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace activa::formula {

double scalar_value(const Node& n, std::span<const double> params) {
    const auto arg = [&](std::size_t i) { return scalar_value(*n.args[i], params); };
    switch (n.kind) {
    case Kind::Number:
        return n.number;
    case Kind::Param:
        return params[n.param];
    case Kind::Pi:
        return 3.141592653589793;
    case Kind::E:
        return 2.718281828459045;
    case Kind::X:
        throw std::logic_error("scalar_value: x in a scalar");
    case Kind::Neg:
        return -arg(0);
    case Kind::Add:
        return arg(0) + arg(1);
    case Kind::Sub:
        return arg(0) - arg(1);
    case Kind::Mul:
        return arg(0) * arg(1);
    case Kind::Div:
        return arg(0) / arg(1);
    case Kind::Pow:
        return std::pow(arg(0), arg(1));
    case Kind::Builtin:
        return value(n.builtin, arg(0), default_params(n.builtin));
    case Kind::Where: {
        const double a = arg(0);
        const double b = arg(1);
        const bool t = n.cmp == Cmp::Lt   ? a < b
                       : n.cmp == Cmp::Le ? a <= b
                       : n.cmp == Cmp::Gt ? a > b
                                          : a >= b;
        return t ? arg(2) : arg(3);
    }
    case Kind::Call:
        break;
    }
    const double u = arg(0);
    switch (n.fn) {
    case Fn::Exp:
        return std::exp(u);
    case Fn::Log:
        return std::log(u);
    case Fn::Log1p:
        return std::log1p(u);
    case Fn::Expm1:
        return std::expm1(u);
    case Fn::Sqrt:
        return std::sqrt(u);
    case Fn::Abs:
        return std::fabs(u);
    case Fn::Sign:
        return u > 0.0 ? 1.0 : (u < 0.0 ? -1.0 : u * 0.0);
    case Fn::Sin:
        return std::sin(u);
    case Fn::Cos:
        return std::cos(u);
    case Fn::Tan:
        return std::tan(u);
    case Fn::Sinh:
        return std::sinh(u);
    case Fn::Cosh:
        return std::cosh(u);
    case Fn::Atan:
        return std::atan(u);
    case Fn::Erf:
        return std::erf(u);
    case Fn::Erfc:
        return std::erfc(u);
    case Fn::Max:
    case Fn::Min: {
        const double w = arg(1);
        if (u != u || w != w) return u + w;
        return n.fn == Fn::Max ? std::max(u, w) : std::min(u, w);
    }
    }
    return u;
}

} // namespace activa::formula
