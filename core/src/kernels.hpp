// SPDX-License-Identifier: MIT
#pragma once

// One inline kernel per activation: value and derivative at x in straight-line code (every
// branch is a select), so that the loops in evaluate.cpp vectorise. NaN inputs are handled once,
// by the caller; each kernel returns the mathematical limits at +-inf and never inf * 0 (sinusoid
// has none; evaluate.cpp gives NaN there).

#include "erfc.hpp"
#include "fastmath.hpp"

#include <activa/activations.hpp>

#include <cmath>
#include <limits>

namespace activa::detail {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
// SELU constants to full double precision (Klambauer et al. 2017), as in PyTorch.
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;
inline constexpr double kSeluScale = 1.0507009873554804934193349852946;
inline constexpr double kSqrt2OverPi = 0.79788456080286535587989211986876; // sqrt(2 / pi)
inline constexpr double kInvSqrt2Pi = 0.39894228040143267793994605993438;  // 1 / sqrt(2 pi)
inline constexpr double kGeluTanhCubic = 0.044715;

struct P {
    double a;
    double b;
};

struct Sig {
    double value;      // sigma(x)
    double complement; // 1 - sigma(x) = sigma(-x)
    double slope;      // sigma'(x) = sigma(x) sigma(-x)
};
// Logistic sigmoid through e = exp(-|x|) <= 1, exact in both tails.
inline Sig sigmoid_parts(double x, double e) {
    const double s = 1.0 / (1.0 + e);
    const double small = e * s;
    const bool pos = x >= 0.0;
    return {pos ? s : small, pos ? small : s, small * s};
}
inline Sig sigmoid_parts(double x) {
    return sigmoid_parts(x, exp_le709(-std::fabs(x)));
}

inline void k_identity(double x, P, double& v, double& d) {
    v = x;
    d = 1.0;
}
inline void k_relu(double x, P, double& v, double& d) {
    v = x > 0.0 ? x : 0.0;
    d = x > 0.0 ? 1.0 : 0.0;
}
inline void k_leaky(double x, P p, double& v, double& d) {
    v = x > 0.0 ? x : (p.a == 0.0 ? 0.0 : p.a * x); // a slope of 0 gives 0 even at -inf
    d = x > 0.0 ? 1.0 : p.a;
}
inline void k_relu6(double x, P, double& v, double& d) {
    v = x < 0.0 ? 0.0 : (x > 6.0 ? 6.0 : x);
    d = (x > 0.0 && x < 6.0) ? 1.0 : 0.0;
}
inline void k_elu_like(double x, double alpha, double scale, double& v, double& d) {
    const double xn = x > 0.0 ? 0.0 : x;
    const double e = exp_le709(xn);
    v = scale * (x > 0.0 ? x : alpha * expm1_le0(xn, e));
    d = scale * (x > 0.0 ? 1.0 : alpha * e);
}
inline void k_celu(double x, P p, double& v, double& d) {
    const double t = x > 0.0 ? 0.0 : x / p.a;
    const double e = exp_le709(t);
    v = x > 0.0 ? x : p.a * expm1_le0(t, e);
    d = x > 0.0 ? 1.0 : e;
}
inline void k_gelu(double x, P, double& v, double& d) {
    // Through 1 - Phi(a) = phi(a) M(a) with a = |x| (erfc.hpp). For x < 0, f = -a phi M and
    // f' = phi (M - a): products, so the tail keeps its relative accuracy; for x >= 0,
    // f = x (1 - phi M) and f' = 1 - phi (M - a), where phi M <= 1/2 cancels nothing.
    const double ax = std::fabs(x);
    const double a = ax < 40.0 ? ax : 40.0; // phi(40) = 1.5e-348 is 0 in double
    const Square sq = square_split(a);
    const ExpParts e = exp_parts(-0.5 * sq.hi);
    // e^(-lo/2) to first order: |lo| < 1.2e-13, so the error is below 1e-26.
    const double w = kInvSqrt2Pi * (1.0 - 0.5 * sq.lo);
    const double m = mills_ratio(a);
    const bool neg = x < 0.0;
    // phi's factors go in before the power of two, so tails in the subnormal range round once.
    const double tail = e.scaled((neg ? -a * m : m) * w); // x Phi(x) for x < 0, else 1 - Phi(x)
    const double slope = e.scaled((m - a) * w);
    v = neg ? tail : x * (1.0 - tail);
    d = neg ? slope : 1.0 - slope;
}
inline void k_gelu_tanh(double x, P, double& v, double& d) {
    // 0.5 x (1 + tanh u) = x sigma(2u): no cancellation for negative x.
    const double xc = clamp_magnitude(x, 1e5);
    const double x2 = xc * xc;
    const double u = kSqrt2OverPi * (xc + kGeluTanhCubic * x2 * xc);
    const Sig s = sigmoid_parts(2.0 * u);
    const double du = kSqrt2OverPi * (1.0 + 3.0 * kGeluTanhCubic * x2);
    v = (x < -1e5 ? xc : x) * s.value;
    d = s.value + xc * s.slope * 2.0 * du;
}
// Below kFarLeft, e^x nears the subnormal range, where exp_le709 loses relative accuracy: the
// few points there are redone by far_left (evaluate.cpp). silu and mish equal x·e^x and
// (1 + x)·e^x there to double precision (their other terms are below 1e-300 relative), and
// those products are representable down to -745 while e^x alone is 0. e^(x/2) is normal
// there, so each product rounds once at the end, subnormal or not.
inline constexpr double kFarLeft = -700.0;
inline bool is_far_left(double x) {
    return x <= kFarLeft;
}
inline void far_left(double x, double& v, double& d) {
    const double xc = x < -2000.0 ? -2000.0 : x; // the limit -0 at -inf, never -inf * 0
    const double h = std::exp(0.5 * xc);
    v = xc * h * h;
    d = (1.0 + xc) * h * h;
}

inline void k_silu(double x, P, double& v, double& d) {
    const Sig s = sigmoid_parts(x);
    const double xc = clamp_magnitude(x, 1e3);
    v = x * s.value;
    d = s.value * (1.0 + xc * s.complement);
}
inline void k_mish(double x, P, double& v, double& d) {
    // With w = e^x and n = w (w + 2): tanh(softplus x) = n / (n + 2), and
    // sech^2(softplus x) sigma(x) = 4 (n + 1) w / ((n + 2)^2 (1 + w)). Products and sums of
    // positive terms only, over one division. Beyond x = 40 both factors are constant to double
    // precision (1 - tanh < 1e-34), and e^40 keeps every product far from overflow; below
    // kFarLeft, far_left redoes the point.
    const double w = exp_le709(x < 40.0 ? x : 40.0);
    const double n = w * (w + 2.0);
    const double n2 = n + 2.0;
    const double nw = n2 * (1.0 + w);
    const double q = 1.0 / (n2 * nw);
    const double t = n * nw * q;
    const double slope = 4.0 * (n + 1.0) * w * q;
    const double xc = clamp_magnitude(x, 1e3);
    v = (x < -1e3 ? xc : x) * t;
    d = t + xc * slope;
}
// log1p(e) and sigma for e = exp(-|t|) <= 1 over one division: 1 / ((2 + e) (1 + e)) gives
// both s = e / (2 + e), from which log1p_01_from_s sums log1p(e), and 1 / (1 + e).
struct Log1pSig {
    double log1p;     // log(1 + e)
    double sig_large; // 1 / (1 + e): sigma(|t|)
    double sig_small; // e / (1 + e): sigma(-|t|)
};
inline Log1pSig log1p_and_sigmoid(double e) {
    const double ep1 = 1.0 + e;
    const double ep2 = 2.0 + e;
    const double q = 1.0 / (ep1 * ep2);
    const double large = ep2 * q;
    return {log1p_01_from_s(e * ep1 * q), large, e * large};
}
inline void k_softplus(double x, P p, double& v, double& d) {
    // (1/beta) log(1 + e^(beta x)) = max(x, 0) + log1p(e^(-beta |x|)) / beta. 1 / beta is the
    // same at every point, so the compiler takes it out of the loop.
    const double bx = p.a * x;
    const Log1pSig l = log1p_and_sigmoid(exp_le709(-std::fabs(bx)));
    v = (x > 0.0 ? x : 0.0) + l.log1p * (1.0 / p.a);
    d = bx >= 0.0 ? l.sig_large : l.sig_small;
}
inline void k_softsign(double x, P, double& v, double& d) {
    const double xc = clamp_magnitude(x, 1e300); // +-inf gives the limits +-1, not inf / inf
    const double r = 1.0 / (1.0 + std::fabs(xc));
    v = xc * r;
    d = r * r;
}
inline void k_sigmoid(double x, P, double& v, double& d) {
    const Sig s = sigmoid_parts(x);
    v = s.value;
    d = s.slope;
}
inline void k_tanh(double x, P, double& v, double& d) {
    // tanh|x| = -expm1(-2|x|) / (2 + expm1(-2|x|)); tanh' = 4e / (1 + e)^2 with e = exp(-2|x|).
    const double t = -2.0 * std::fabs(x);
    const double e = exp_le709(t);
    const double m = expm1_le0(t, e);
    v = std::copysign(-m / (2.0 + m), x);
    const double ep1 = 1.0 + e;
    d = 4.0 * e / (ep1 * ep1);
}
inline void k_hardtanh(double x, P p, double& v, double& d) {
    v = x < p.a ? p.a : (x > p.b ? p.b : x);
    d = (x > p.a && x < p.b) ? 1.0 : 0.0;
}
inline void k_hardsigmoid(double x, P, double& v, double& d) {
    v = x <= -3.0 ? 0.0 : (x >= 3.0 ? 1.0 : x / 6.0 + 0.5);
    d = (x > -3.0 && x < 3.0) ? 1.0 / 6.0 : 0.0;
}
inline void k_hardswish(double x, P, double& v, double& d) {
    v = x <= -3.0 ? 0.0 : (x >= 3.0 ? x : x * (x + 3.0) / 6.0);
    d = x < -3.0 ? 0.0 : (x <= 3.0 ? x / 3.0 + 0.5 : 1.0);
}
inline void k_logsigmoid(double x, P, double& v, double& d) {
    const Log1pSig l = log1p_and_sigmoid(exp_le709(-std::fabs(x)));
    v = (x < 0.0 ? x : 0.0) - l.log1p;
    d = x >= 0.0 ? l.sig_small : l.sig_large; // sigma(-x)
}
inline void k_tanhshrink(double x, P, double& v, double& d) {
    // x - tanh x cancels near 0: use its odd series there (|x| < 0.15, truncation < 1e-16).
    const double x2 = x * x;
    double s = -0.000590027440945585981378076; // coefficients of x^(2n+1) in x - tanh x
    s = s * x2 + 0.001455834387051318268249485;
    s = s * x2 - 0.003592128036572481016925461;
    s = s * x2 + 0.008863235529902196568863236;
    s = s * x2 - 0.02186948853615520282186949;
    s = s * x2 + 0.05396825396825396825396825;
    s = s * x2 - 0.1333333333333333333333333;
    s = s * x2 + 0.3333333333333333333333333;
    const double series = s * x2 * x;
    double t = 0.0;
    double dt = 0.0;
    k_tanh(x, P{}, t, dt);
    v = std::fabs(x) < 0.15 ? series : x - t;
    d = t * t;
}
inline void k_softshrink(double x, P p, double& v, double& d) {
    v = x > p.a ? x - p.a : (x < -p.a ? x + p.a : 0.0);
    d = (x >= -p.a && x <= p.a) ? 0.0 : 1.0;
}
inline void k_hardshrink(double x, P p, double& v, double& d) {
    v = (x >= -p.a && x <= p.a) ? 0.0 : x;
    d = (x >= -p.a && x <= p.a) ? 0.0 : 1.0;
}
inline void k_binary_step(double x, P, double& v, double& d) {
    v = x >= 0.0 ? 1.0 : 0.0;
    d = 0.0;
}
inline void k_gaussian(double x, P, double& v, double& d) {
    const double xc = clamp_magnitude(x, 1e3);
    const double g = exp_le709(-xc * xc);
    v = g;
    d = -2.0 * xc * g;
}
inline void k_bent_identity(double x, P, double& v, double& d) {
    // (sqrt(x^2 + 1) - 1) / 2 + x, with sqrt(x^2 + 1) - 1 = x^2 / (sqrt(x^2 + 1) + 1).
    const double ax = std::fabs(x);
    const bool huge = ax > 1e150; // x^2 would overflow; sqrt(x^2 + 1) = |x| to double precision
    const double xm = huge ? 1.0 : x;
    const double r = std::sqrt(xm * xm + 1.0);
    v = huge ? (x > 0.0 ? 1.5 * x : 0.5 * x) : xm * xm / (2.0 * (r + 1.0)) + x;
    d = huge ? (x > 0.0 ? 1.5 : 0.5) : xm / (2.0 * r) + 1.0;
}
inline void k_sinusoid(double x, P, double& v, double& d) {
    // Beyond kSinCosLimit, and at +-inf where sin has no limit (NaN), evaluate.cpp redoes the
    // point with sinusoid_far.
    const SinCos sc = sin_cos(x);
    v = sc.sin;
    d = sc.cos;
}
inline bool is_huge_angle(double x) {
    return std::fabs(x) > kSinCosLimit;
}
inline void sinusoid_far(double x, double& v, double& d) {
    v = std::sin(x);
    d = std::cos(x);
}

} // namespace activa::detail
