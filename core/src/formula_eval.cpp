// SPDX-License-Identifier: MIT
// Runs a compiled formula: for each block of points, every instruction as one loop over the
// block. The loops are straight-line code with selects, built with the same flags and
// instruction-set clones as the built-ins' kernels so that they vectorise.
#include "formula_kernels.hpp"
#include "formula_program.hpp"
#include "kernels.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <stdexcept>

// Compiled for AVX-512, AVX2+FMA and baseline x86-64, picked at load time, as evaluate.cpp: on
// every function that holds a block loop.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ACTIVA_FORMULA_CLONES [[gnu::target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")]]
#else
#define ACTIVA_FORMULA_CLONES
#endif

namespace activa::formula {
namespace {

using std::size_t;

// Where an operand's block is: values and derivatives, or a scalar (derivative 0).
struct Src {
    const double* v = nullptr;
    const double* d = nullptr;
    double s = 0.0;
};

struct Block {
    std::vector<const double*> v; // per register
    std::vector<const double*> d;
    std::vector<double*> out_v;
    std::vector<double*> out_d;
    const std::vector<double>* scalars = nullptr;

    Src src(const Operand& o) const {
        if (o.scalar) return {nullptr, nullptr, (*scalars)[o.index]};
        return {v[o.index], d[o.index], 0.0};
    }
};

// Binary arithmetic with each operand a block (true) or a scalar (false).
template <bool AV, bool BV, typename F>
[[gnu::always_inline]] inline void
binary_loop(const double* __restrict av, const double* __restrict ad, double as,
            const double* __restrict bv, const double* __restrict bd, double bs,
            double* __restrict ov, double* __restrict od, size_t n, F f) {
    for (size_t i = 0; i < n; ++i) {
        const double a = AV ? av[i] : as;
        const double da = AV ? ad[i] : 0.0;
        const double b = BV ? bv[i] : bs;
        const double db = BV ? bd[i] : 0.0;
        f(a, da, b, db, ov[i], od[i]);
    }
}

template <typename F>
[[gnu::always_inline]] inline void binary(const Src& a, const Src& b, double* ov, double* od,
                                          size_t n, F f) {
    if (a.v != nullptr && b.v != nullptr)
        binary_loop<true, true>(a.v, a.d, 0.0, b.v, b.d, 0.0, ov, od, n, f);
    else if (a.v != nullptr)
        binary_loop<true, false>(a.v, a.d, 0.0, nullptr, nullptr, b.s, ov, od, n, f);
    else
        binary_loop<false, true>(nullptr, nullptr, a.s, b.v, b.d, 0.0, ov, od, n, f);
}

// A function of one block: f(u) gives the value and the slope dv/du; the chain rule is here.
template <typename F>
[[gnu::always_inline]] inline void unary(const double* __restrict u, const double* __restrict du,
                                         double* __restrict ov, double* __restrict od, size_t n,
                                         F f) {
    for (size_t i = 0; i < n; ++i) {
        double slope = 0.0;
        ov[i] = f(u[i], slope);
        od[i] = slope * du[i];
    }
}

// max and min at a tie take the derivative of smaller magnitude (the flat side of relu, relu6,
// hardtanh), and the mean when both are as large (abs written as max(x, -x)).
inline double tie(double da, double db) {
    const double a = std::fabs(da);
    const double b = std::fabs(db);
    return a < b ? da : (b < a ? db : 0.5 * (da + db));
}

ACTIVA_FORMULA_CLONES void where_loop(Cmp cmp, const double* __restrict l,
                                      const double* __restrict r, const double* __restrict a,
                                      const double* __restrict da, const double* __restrict b,
                                      const double* __restrict db, double* __restrict ov,
                                      double* __restrict od, size_t n) {
    // One loop per comparison, so that the comparison is not a select inside the loop.
    const auto loop = [&](auto test) {
        for (size_t i = 0; i < n; ++i) {
            const bool t = test(l[i], r[i]);
            ov[i] = t ? a[i] : b[i];
            od[i] = t ? da[i] : db[i];
        }
    };
    switch (cmp) {
    case Cmp::Lt:
        loop([](double p, double q) { return p < q; });
        break;
    case Cmp::Le:
        loop([](double p, double q) { return p <= q; });
        break;
    case Cmp::Gt:
        loop([](double p, double q) { return p > q; });
        break;
    case Cmp::Ge:
        loop([](double p, double q) { return p >= q; });
        break;
    }
}

// sin, cos and tan beyond kSinCosLimit (and at +-inf, NaN) through the C library.
void trig_far(Fn f, const double* u, const double* du, double* ov, double* od, size_t n) {
    double rare = 0.0;
    for (size_t i = 0; i < n; ++i)
        rare += std::fabs(u[i]) <= detail::kSinCosLimit ? 0.0 : 1.0;
    if (rare == 0.0) return;
    for (size_t i = 0; i < n; ++i) {
        if (std::fabs(u[i]) <= detail::kSinCosLimit) continue;
        const double s = std::sin(u[i]);
        const double c = std::cos(u[i]);
        ov[i] = f == Fn::Sin ? s : f == Fn::Cos ? c : s / c;
        od[i] = (f == Fn::Sin ? c : f == Fn::Cos ? -s : 1.0 / (c * c)) * du[i];
    }
}

void pow_loop(const Src& a, const Src& b, double* ov, double* od, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        const double u = a.v ? a.v[i] : a.s;
        const double du = a.v ? a.d[i] : 0.0;
        const double w = b.v ? b.v[i] : b.s;
        const double dw = b.v ? b.d[i] : 0.0;
        const double v = std::pow(u, w);
        // Terms whose factor is 0 are 0, not 0 * inf: a constant exponent or base adds nothing,
        // and u^0 is 1 everywhere (PyTorch's rule too).
        const double by_base = du == 0.0 || w == 0.0 ? 0.0 : w * std::pow(u, w - 1.0) * du;
        const double by_exponent = dw == 0.0 ? 0.0 : v * std::log(u) * dw;
        ov[i] = v;
        od[i] = by_base + by_exponent;
    }
}

void builtin_block(ActivationId id, const Src& a, bool arg_is_x, double* ov, double* od, size_t n) {
    activa::evaluate(id, default_params(id), std::span(a.v, n), std::span(ov, n), std::span(od, n));
    if (arg_is_x) return; // dx/dx = 1
    for (size_t i = 0; i < n; ++i)
        od[i] *= a.d[i];
}

// The functions of one block that unary() applies: each returns f(x) and sets s to f'(x).
constexpr auto kSquare = [](double x, double& s) {
    s = 2.0 * x;
    return x * x;
};
constexpr auto kCube = [](double x, double& s) {
    s = 3.0 * (x * x);
    return x * x * x;
};
constexpr auto kRecip = [](double x, double& s) {
    const double r = 1.0 / x;
    s = -r * r;
    return r;
};
constexpr auto kSqrt = [](double x, double& s) {
    const double r = std::sqrt(x);
    s = 0.5 / r;
    return r;
};
constexpr auto kAbs = [](double x, double& s) {
    s = x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : x * 0.0); // abs'(0) = 0, NaN stays NaN
    return std::fabs(x);
};
constexpr auto kSign = [](double x, double& s) {
    s = 0.0;
    return x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : x * 0.0);
};
constexpr auto kExp = [](double x, double& s) {
    s = detail::exp_any(x);
    return s;
};
constexpr auto kLog = [](double x, double& s) {
    s = 1.0 / x;
    return detail::log_any(x);
};
constexpr auto kLog1p = [](double x, double& s) {
    s = 1.0 / (1.0 + x);
    return detail::log1p_any(x);
};
constexpr auto kExpm1 = [](double x, double& s) {
    s = detail::exp_any(x);
    return detail::expm1_le0(x, s);
};
constexpr auto kSinh = [](double x, double& s) {
    const detail::SinhCosh h = detail::sinh_cosh(x);
    s = h.cosh;
    return h.sinh;
};
constexpr auto kCosh = [](double x, double& s) {
    const detail::SinhCosh h = detail::sinh_cosh(x);
    s = h.sinh;
    return h.cosh;
};
constexpr auto kAtan = [](double x, double& s) {
    s = 1.0 / (1.0 + x * x);
    return detail::atan_any(x);
};
constexpr auto kErf = [](double x, double& s) {
    s = detail::gauss_erf(x);
    return detail::erf_any(x, s);
};
constexpr auto kErfc = [](double x, double& s) {
    const double g = detail::gauss_erf(x);
    s = -g;
    return detail::erfc_any(x, g);
};
constexpr auto kSin = [](double x, double& s) {
    const detail::SinCos sc = detail::sin_cos(x);
    s = sc.cos;
    return sc.sin;
};
constexpr auto kCos = [](double x, double& s) {
    const detail::SinCos sc = detail::sin_cos(x);
    s = -sc.sin;
    return sc.cos;
};
constexpr auto kTan = [](double x, double& s) {
    const detail::SinCos sc = detail::sin_cos(x);
    s = 1.0 / (sc.cos * sc.cos);
    return sc.sin / sc.cos;
};

// An instruction of one block operand: a negation, a short power or an elementary function of
// one argument. sin, cos and tan redo their rare points beyond kSinCosLimit after the block.
ACTIVA_FORMULA_CLONES void run_unary(const Instr& in, const double* u, const double* du, double* ov,
                                     double* od, size_t n) {
    if (in.kind == Kind::Neg) {
        for (size_t i = 0; i < n; ++i) {
            ov[i] = -u[i];
            od[i] = -du[i];
        }
        return;
    }
    if (in.kind == Kind::Pow) {
        switch (in.power) {
        case PowerForm::Square:
            return unary(u, du, ov, od, n, kSquare);
        case PowerForm::Cube:
            return unary(u, du, ov, od, n, kCube);
        case PowerForm::Recip:
            return unary(u, du, ov, od, n, kRecip);
        case PowerForm::General:
            break;
        }
        throw std::logic_error("run_unary: a power of two operands");
    }
    switch (in.fn) {
    case Fn::Exp:
        return unary(u, du, ov, od, n, kExp);
    case Fn::Log:
        return unary(u, du, ov, od, n, kLog);
    case Fn::Log1p:
        return unary(u, du, ov, od, n, kLog1p);
    case Fn::Expm1:
        return unary(u, du, ov, od, n, kExpm1);
    case Fn::Sqrt:
        return unary(u, du, ov, od, n, kSqrt);
    case Fn::Abs:
        return unary(u, du, ov, od, n, kAbs);
    case Fn::Sign:
        return unary(u, du, ov, od, n, kSign);
    case Fn::Sin:
        unary(u, du, ov, od, n, kSin);
        return trig_far(in.fn, u, du, ov, od, n);
    case Fn::Cos:
        unary(u, du, ov, od, n, kCos);
        return trig_far(in.fn, u, du, ov, od, n);
    case Fn::Tan:
        unary(u, du, ov, od, n, kTan);
        return trig_far(in.fn, u, du, ov, od, n);
    case Fn::Sinh:
        return unary(u, du, ov, od, n, kSinh);
    case Fn::Cosh:
        return unary(u, du, ov, od, n, kCosh);
    case Fn::Atan:
        return unary(u, du, ov, od, n, kAtan);
    case Fn::Erf:
        return unary(u, du, ov, od, n, kErf);
    case Fn::Erfc:
        return unary(u, du, ov, od, n, kErfc);
    case Fn::Max:
    case Fn::Min:
        break;
    }
    throw std::logic_error("run_unary: a function of two arguments");
}

// An instruction of two operands: arithmetic, a power, max or min.
ACTIVA_FORMULA_CLONES void run_binary(const Instr& in, const Src& a, const Src& b, double* ov,
                                      double* od, size_t n) {
    switch (in.kind) {
    case Kind::Add:
        binary(a, b, ov, od, n, [](double x, double dx, double y, double dy, double& v, double& d) {
            v = x + y;
            d = dx + dy;
        });
        return;
    case Kind::Sub:
        binary(a, b, ov, od, n, [](double x, double dx, double y, double dy, double& v, double& d) {
            v = x - y;
            d = dx - dy;
        });
        return;
    case Kind::Mul:
        binary(a, b, ov, od, n, [](double x, double dx, double y, double dy, double& v, double& d) {
            v = x * y;
            d = dx * y + x * dy;
        });
        return;
    case Kind::Div:
        if (b.v == nullptr) {
            // A block over a scalar: one division per point, the derivative by 1/scalar.
            const double y = b.s;
            const double inverse = 1.0 / y;
            for (size_t i = 0; i < n; ++i) {
                ov[i] = a.v[i] / y;
                od[i] = a.d[i] * inverse;
            }
            return;
        }
        binary(a, b, ov, od, n, [](double x, double dx, double y, double dy, double& v, double& d) {
            const double q = x / y;
            v = q;
            d = (dx - q * dy) / y;
        });
        return;
    case Kind::Pow:
        pow_loop(a, b, ov, od, n);
        return;
    case Kind::Call: {
        const bool max = in.fn == Fn::Max;
        binary(a, b, ov, od, n,
               [max](double x, double dx, double y, double dy, double& v, double& d) {
                   const bool nan = x != x || y != y;
                   const bool first = max ? x > y : x < y;
                   const bool second = max ? x < y : x > y;
                   v = nan ? x + y : (first ? x : y);
                   d = nan ? x + y : (first ? dx : (second ? dy : tie(dx, dy)));
               });
        return;
    }
    default:
        throw std::logic_error("run_binary: not an operation of two operands");
    }
}

void run(const Instr& in, const Block& blk, size_t n) {
    double* ov = blk.out_v[in.dst];
    double* od = blk.out_d[in.dst];
    const Src a = blk.src(in.a);
    switch (in.kind) {
    case Kind::Where:
        where_loop(in.cmp, blk.v[in.a.index], blk.v[in.b.index], blk.v[in.c.index],
                   blk.d[in.c.index], blk.v[in.d.index], blk.d[in.d.index], ov, od, n);
        return;
    case Kind::Builtin:
        builtin_block(in.id, a, !in.a.scalar && in.a.index == kX, ov, od, n);
        return;
    default:
        // u^2, u^3 and u^-1 read only u.
        if (in.arity == 2 && in.power == PowerForm::General)
            run_binary(in, a, blk.src(in.b), ov, od, n);
        else
            run_unary(in, a.v, a.d, ov, od, n);
        return;
    }
}

} // namespace

ACTIVA_FORMULA_CLONES void execute(const Program& p, std::span<const double> params,
                                   std::span<const double> xs, std::span<double> values,
                                   std::span<double> derivatives) {
    const size_t n = xs.size();
    std::vector<double> scalars(p.scalars.size());
    for (size_t i = 0; i < scalars.size(); ++i)
        scalars[i] = scalar_value(*p.scalars[i], params);
    if (p.result.scalar || p.result.index == kX) {
        for (size_t i = 0; i < n; ++i) {
            const double x = xs[i];
            values[i] = p.result.scalar ? scalars[p.result.index] : x;
            derivatives[i] = p.result.scalar ? 0.0 : 1.0;
            if (x != x) values[i] = derivatives[i] = x;
        }
        return;
    }

    constexpr size_t B = kFormulaBlock;
    std::vector<double> memory(static_cast<size_t>(p.registers) * 2 * B + B);
    double* ones = memory.data() + static_cast<size_t>(p.registers) * 2 * B;
    std::fill(ones, ones + B, 1.0);
    Block blk;
    blk.scalars = &scalars;
    blk.v.resize(p.registers);
    blk.d.resize(p.registers);
    blk.out_v.resize(p.registers);
    blk.out_d.resize(p.registers);
    for (std::uint32_t r = 2; r < p.registers; ++r) {
        blk.out_v[r] = memory.data() + static_cast<size_t>(r) * 2 * B;
        blk.out_d[r] = blk.out_v[r] + B;
        blk.v[r] = blk.out_v[r];
        blk.d[r] = blk.out_d[r];
    }
    for (const auto& [reg, slot] : p.broadcasts) {
        std::fill(blk.out_v[reg], blk.out_v[reg] + B, scalars[slot]);
        std::fill(blk.out_d[reg], blk.out_d[reg] + B, 0.0);
    }
    for (size_t start = 0; start < n; start += B) {
        const size_t m = std::min(B, n - start);
        blk.v[kX] = xs.data() + start;
        blk.d[kX] = ones;
        blk.out_v[kResult] = values.data() + start;
        blk.out_d[kResult] = derivatives.data() + start;
        blk.v[kResult] = blk.out_v[kResult];
        blk.d[kResult] = blk.out_d[kResult];
        for (const Instr& in : p.code)
            run(in, blk, m);
        // NaN in gives NaN out, whatever the formula does with it (as the built-ins).
        double* v = values.data() + start;
        double* d = derivatives.data() + start;
        const double* x = xs.data() + start;
        for (size_t i = 0; i < m; ++i) {
            const bool nan = x[i] != x[i];
            v[i] = nan ? x[i] : v[i];
            d[i] = nan ? x[i] : d[i];
        }
    }
}

} // namespace activa::formula
