// SPDX-License-Identifier: MIT
// d/dx of a formula, for the printed f'. The evaluated derivative comes from forward mode in the
// compiled program (formula_eval.cpp), which applies the same rules to numbers; the tests check
// that the two agree.
#include "formula_ast.hpp"

#include <array>
#include <stdexcept>

namespace activa::formula {
namespace {

// Each built-in's derivative at its default parameters, written in the formula language (for
// printing; the kernels compute the numbers). In the order of ActivationId.
constexpr std::array<std::string_view, kActivationCount> kBuiltinDerivatives{{
    "1",                                                           // identity
    "where(x > 0, 1, 0)",                                          // relu
    "where(x > 0, 1, 0.01)",                                       // leaky_relu
    "where(x > 0, 1, 0.25)",                                       // prelu
    "where(x > 0, where(x < 6, 1, 0), 0)",                         // relu6
    "where(x > 0, 1, exp(x))",                                     // elu
    "where(x > 0, 1.0507009873554805, 1.7580993408473766*exp(x))", // selu: λ, λα
    "where(x > 0, 1, exp(x))",                                     // celu
    "erfc(-x/sqrt(2))/2 + x*exp(-x^2/2)/sqrt(2*pi)",               // gelu
    "sigmoid(2*sqrt(2/pi)*(x + 0.044715*x^3))*(1 + 2*x*sigmoid(-2*sqrt(2/pi)*(x + "
    "0.044715*x^3))*sqrt(2/pi)*(1 + 3*0.044715*x^2))",            // gelu_tanh
    "sigmoid(x)*(1 + x*(1 - sigmoid(x)))",                        // silu
    "tanh(softplus(x)) + x*(1 - tanh(softplus(x))^2)*sigmoid(x)", // mish
    "sigmoid(x)",                                                 // softplus
    "1/(1 + abs(x))^2",                                           // softsign
    "sigmoid(x)*(1 - sigmoid(x))",                                // sigmoid
    "1 - tanh(x)^2",                                              // tanh
    "where(x > -1, where(x < 1, 1, 0), 0)",                       // hardtanh
    "where(x > -3, where(x < 3, 1/6, 0), 0)",                     // hardsigmoid
    "where(x < -3, 0, where(x <= 3, x/3 + 1/2, 1))",              // hardswish
    "sigmoid(-x)",                                                // logsigmoid
    "tanh(x)^2",                                                  // tanhshrink
    "where(abs(x) <= 0.5, 0, 1)",                                 // softshrink
    "where(abs(x) <= 0.5, 0, 1)",                                 // hardshrink
    "0",                                                          // binary_step
    "-2*x*exp(-x^2)",                                             // gaussian
    "x/(2*sqrt(x^2 + 1)) + 1",                                    // bent_identity
    "cos(x)",                                                     // sinusoid
}};

const std::array<NodePtr, kActivationCount>& builtin_derivatives() {
    static const std::array<NodePtr, kActivationCount> table = [] {
        std::array<NodePtr, kActivationCount> t;
        for (std::size_t i = 0; i < t.size(); ++i) {
            auto d = make_definition("d", {}, kBuiltinDerivatives[i]);
            if (!d) throw std::logic_error("a built-in's derivative does not parse");
            t[i] = d->expr;
        }
        return t;
    }();
    return table;
}

bool zero(const NodePtr& n) {
    return is_number(n, 0.0);
}

// Products and sums that skip the zeros and ones the rules produce, so that the simplifier
// starts from a small tree.
NodePtr times(const NodePtr& a, const NodePtr& b) {
    if (zero(a) || zero(b)) return number(0.0);
    if (is_number(a, 1.0)) return b;
    if (is_number(b, 1.0)) return a;
    return mul(a, b);
}
NodePtr plus(const NodePtr& a, const NodePtr& b) {
    if (zero(a)) return b;
    if (zero(b)) return a;
    return add(a, b);
}
NodePtr minus(const NodePtr& a, const NodePtr& b) {
    if (zero(b)) return a;
    if (zero(a)) return neg(b);
    return sub(a, b);
}
NodePtr over(const NodePtr& a, const NodePtr& b) {
    if (zero(a)) return a;
    return div(a, b);
}

NodePtr derive_call(const Node& n, const NodePtr& du) {
    const NodePtr& u = n.args[0];
    NodePtr slope;
    switch (n.fn) {
    case Fn::Exp:
    case Fn::Expm1:
        slope = call(Fn::Exp, u);
        break;
    case Fn::Log:
        return over(du, u);
    case Fn::Log1p:
        return over(du, add(number(1.0), u));
    case Fn::Sqrt:
        return over(du, mul(number(2.0), call(Fn::Sqrt, u)));
    case Fn::Abs:
        slope = call(Fn::Sign, u);
        break;
    case Fn::Sign:
        return number(0.0);
    case Fn::Sin:
        slope = call(Fn::Cos, u);
        break;
    case Fn::Cos:
        slope = neg(call(Fn::Sin, u));
        break;
    case Fn::Tan:
        return over(du, pow(call(Fn::Cos, u), number(2.0)));
    case Fn::Sinh:
        slope = call(Fn::Cosh, u);
        break;
    case Fn::Cosh:
        slope = call(Fn::Sinh, u);
        break;
    case Fn::Atan:
        return over(du, add(number(1.0), pow(u, number(2.0))));
    case Fn::Erf:
    case Fn::Erfc: {
        slope = mul(div(number(2.0), call(Fn::Sqrt, constant(Kind::Pi))),
                    call(Fn::Exp, neg(pow(u, number(2.0)))));
        if (n.fn == Fn::Erfc) slope = neg(slope);
        break;
    }
    case Fn::Max:
    case Fn::Min: {
        const NodePtr& v = n.args[1];
        return where(n.fn == Fn::Max ? Cmp::Gt : Cmp::Lt, u, v, du, derive(v));
    }
    }
    return times(slope, du);
}

} // namespace

NodePtr derive(const NodePtr& n) {
    switch (n->kind) {
    case Kind::Number:
    case Kind::Param:
    case Kind::Pi:
    case Kind::E:
        return number(0.0);
    case Kind::X:
        return number(1.0);
    case Kind::Neg: {
        const NodePtr d = derive(n->args[0]);
        return zero(d) ? d : neg(d);
    }
    case Kind::Add:
        return plus(derive(n->args[0]), derive(n->args[1]));
    case Kind::Sub:
        return minus(derive(n->args[0]), derive(n->args[1]));
    case Kind::Mul: {
        const NodePtr& a = n->args[0];
        const NodePtr& b = n->args[1];
        return plus(times(derive(a), b), times(a, derive(b)));
    }
    case Kind::Div: {
        const NodePtr& a = n->args[0];
        const NodePtr& b = n->args[1];
        const NodePtr db = derive(b);
        if (zero(db)) return over(derive(a), b);
        return over(minus(times(derive(a), b), times(a, db)), pow(b, number(2.0)));
    }
    case Kind::Pow: {
        const NodePtr& a = n->args[0];
        const NodePtr& b = n->args[1];
        const NodePtr da = derive(a);
        const NodePtr db = derive(b);
        if (zero(db)) {
            const NodePtr lower =
                b->kind == Kind::Number ? number(b->number - 1.0) : sub(b, number(1.0));
            return times(times(b, pow(a, lower)), da);
        }
        const NodePtr by_exponent = times(db, call(Fn::Log, a));
        if (zero(da)) return times(n, by_exponent);
        return times(n, plus(by_exponent, over(times(b, da), a)));
    }
    case Kind::Call:
        return derive_call(*n, derive(n->args[0]));
    case Kind::Builtin: {
        const NodePtr& u = n->args[0];
        const auto i = static_cast<std::size_t>(n->builtin);
        return times(substitute_x(builtin_derivatives()[i], u), derive(u));
    }
    case Kind::Where:
        return where(n->cmp, n->args[0], n->args[1], derive(n->args[2]), derive(n->args[3]));
    }
    return number(0.0);
}

} // namespace activa::formula
