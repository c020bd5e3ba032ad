// SPDX-License-Identifier: MIT
#pragma once

// Branch-free elementary functions over the whole double range for typed formulas, built on
// fastmath.hpp and erfc.hpp. Each is accurate to a few ulp (the tests compare them with the C
// library and with mpmath), propagates NaN and follows IEEE at the edges (log(0) = -inf,
// log(-1) = NaN, exp(710) = inf).

#include "erfc.hpp"
#include "fastmath.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace activa::detail {

inline constexpr double kFInf = std::numeric_limits<double>::infinity();
inline constexpr double kFNan = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kLogMax = 709.782712893384; // log(DBL_MAX)

// e^x everywhere: inf above log(DBL_MAX), 0 below -746, NaN for NaN.
inline double exp_any(double x) {
    const double xc = x < -746.0 ? -746.0 : (x > kLogMax ? kLogMax : x);
    const double e = exp_parts(xc).scaled(1.0);
    return x > kLogMax ? kFInf : (x != x ? x : e);
}

// e^x - 1 everywhere, without cancellation near 0.
inline double expm1_any(double x) {
    return x > kLogMax ? kFInf : expm1_le0(x, exp_any(x));
}

// log x: x = m 2^k with m in [sqrt(1/2), sqrt(2)), log m = 2 atanh((m - 1) / (m + 1)).
inline double log_any(double x) {
    constexpr double ln2_hi = 6.93147180369123816490e-01;
    constexpr double ln2_lo = 1.90821492927058770002e-10;
    const bool tiny = x < 0x1p-1022;
    const double y = tiny ? x * 0x1p54 : x; // subnormals made normal
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(y);
    const std::uint64_t field = (bits >> 52U) & 0x7ffU;
    double m = std::bit_cast<double>((bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
    // The exponent as a double without an integer conversion (which AVX2 lacks for 64 bits).
    double k = std::bit_cast<double>(0x4330000000000000ULL | field) - (0x1p52 + 1023.0);
    k -= tiny ? 54.0 : 0.0;
    const bool high = m > 1.4142135623730951;
    m = high ? 0.5 * m : m;
    k += high ? 1.0 : 0.0;
    const double s = (m - 1.0) / (m + 1.0);
    const double log_m = log1p_01_from_s(s); // valid for |s| <= 1/3, here |s| <= 0.172
    const double r = k * ln2_hi + (k * ln2_lo + log_m);
    const double special = x == 0.0 ? -kFInf : (x == kFInf ? kFInf : kFNan);
    return (x > 0.0 && x < kFInf) ? r : special;
}

// log(1 + x), corrected for the rounding of 1 + x.
inline double log1p_any(double x) {
    const double w = 1.0 + x;
    const double wc = w > 0.0 && w < kFInf ? w : 1.0;
    const double r = log_any(wc) - ((wc - 1.0) - x) / wc;
    const double special = x == -1.0 ? -kFInf : (x == kFInf ? kFInf : kFNan);
    return (w > 0.0 && w < kFInf) ? r : special;
}

struct SinhCosh {
    double sinh;
    double cosh;
};
inline SinhCosh sinh_cosh(double x) {
    const double a = std::fabs(x);
    const double ac = a < 709.0 ? a : 709.0;
    const double ea = exp_any(ac);
    const double m = expm1_le0(ac, ea);
    // Beyond 20, e^-a is below an ulp of e^a; e^(a/2) squared reaches up to the true overflow.
    const double h = exp_any(0.5 * (a < 1420.0 ? a : 1420.0));
    const double big = 0.5 * h * h;
    const double sinh_a = a > 20.0 ? big : 0.5 * (m + m / (1.0 + m));
    const double cosh_a = a > 20.0 ? big : 0.5 * (ea + 1.0 / ea);
    const bool nan = x != x;
    return {nan ? x : std::copysign(sinh_a, x), nan ? x : cosh_a};
}

// atan after fdlibm (s_atan.c): the argument reduced to |t| <= 7/16 around four points.
inline double atan_any(double x) {
    const double a = std::fabs(x);
    const bool r0 = a < 0.4375;
    const bool r1 = !r0 && a < 0.6875;
    const bool r2 = !r0 && !r1 && a < 1.1875;
    const bool r3 = !r0 && !r1 && !r2 && a < 2.4375;
    const double num = r0 ? a : r1 ? 2.0 * a - 1.0 : r2 ? a - 1.0 : r3 ? a - 1.5 : -1.0;
    const double den = r0 ? 1.0 : r1 ? 2.0 + a : r2 ? a + 1.0 : r3 ? 1.0 + 1.5 * a : a;
    const double t = num / den;
    const double hi = r1   ? 4.63647609000806093515e-01
                      : r2 ? 7.85398163397448278999e-01
                      : r3 ? 9.82793723247329054082e-01
                           : 1.57079632679489655800e+00;
    const double lo = r1   ? 2.26987774529616870924e-17
                      : r2 ? 3.06161699786838301793e-17
                      : r3 ? 1.39033110312309984516e-17
                           : 6.12323399573676603587e-17;
    const double z = t * t;
    const double w = z * z;
    const double s1 =
        z * (3.33333333333329318027e-01 +
             w * (1.42857142725034663711e-01 +
                  w * (9.09088713343650656196e-02 +
                       w * (6.66107313738753120669e-02 +
                            w * (4.97687799461593236017e-02 + w * 1.62858201153657823623e-02)))));
    const double s2 =
        w * (-1.99999999998764832476e-01 +
             w * (-1.11111104054623557880e-01 +
                  w * (-7.69187620504482999495e-02 +
                       w * (-5.83357013379057348645e-02 + w * -3.65315727442169155270e-02))));
    const double r = r0 ? t - t * (s1 + s2) : hi - ((t * (s1 + s2) - lo) - t);
    return x != x ? x : std::copysign(r, x);
}

// 2/sqrt(pi) e^(-z^2), with z^2 carried to about 106 bits so that the tail keeps its digits.
inline double gauss_erf(double z) {
    constexpr double two_over_sqrt_pi = 1.1283791670955125739;
    const double a = std::fabs(z);
    const double ac = a < 28.0 ? a : 28.0; // e^-784 is 0 in double
    const Square sq = square_split(ac);
    return exp_parts(-sq.hi).scaled(two_over_sqrt_pi * (1.0 - sq.lo));
}

// erfc(|z|) = sqrt(2/pi) e^(-z^2) M(z sqrt 2), M the Mills ratio (erfc.hpp).
inline double erfc_abs(double z, double gauss) {
    constexpr double sqrt2 = 1.4142135623730951;
    const double a = std::fabs(z);
    const double arg = a * sqrt2;
    const double m = mills_ratio(arg < 40.0 ? arg : 40.0);
    // sqrt(2/pi) M = 2/sqrt(pi) M / sqrt 2
    return gauss * m * (1.0 / sqrt2);
}

inline double erfc_any(double z, double gauss) {
    const double tail = erfc_abs(z, gauss);
    return z != z ? z : (z < 0.0 ? 2.0 - tail : tail);
}

inline double erf_any(double z, double gauss) {
    // Taylor series of erf / (2/sqrt(pi) z) in z^2 for |z| < 0.5 (truncation below 1e-17),
    // 1 - z^2 p, with the coefficients of p (-1)^(k+1) / (k! (2k + 1)) from k = 12 down to 1.
    constexpr std::array<double, 12> coeffs{
        -1.0 / (479001600.0 * 25.0), 1.0 / (39916800.0 * 23.0), -1.0 / (3628800.0 * 21.0),
        1.0 / (362880.0 * 19.0),     -1.0 / (40320.0 * 17.0),   1.0 / (5040.0 * 15.0),
        -1.0 / (720.0 * 13.0),       1.0 / (120.0 * 11.0),      -1.0 / (24.0 * 9.0),
        1.0 / (6.0 * 7.0),           -1.0 / (2.0 * 5.0),        1.0 / 3.0};
    const double z2 = z * z;
    const double p = horner(z2, coeffs);
    const double series = 1.1283791670955125739 * z * (1.0 - z2 * p);
    const double far = std::copysign(1.0 - erfc_abs(z, gauss), z);
    return z != z ? z : (std::fabs(z) < 0.5 ? series : far);
}

} // namespace activa::detail
