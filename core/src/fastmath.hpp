// SPDX-License-Identifier: MIT
#pragma once

// Branch-free elementary functions that the compiler can vectorise. Each is accurate to a few
// ulp over its whole domain (the tests check them against the C library), handles NaN by
// propagation and saturates instead of overflowing where the callers need it.

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>

namespace activa::detail {

// Horner's rule, the highest power's coefficient first: p = (c0 x + c1) x + c2 ...
template <std::size_t N> inline double horner(double x, const std::array<double, N>& c) {
    double p = c[0];
    for (std::size_t i = 1; i < N; ++i)
        p = p * x + c[i];
    return p;
}

// e^x = p 2^k for -800 <= x <= 709, with 2^k held as two normal factors. A caller that
// multiplies e^x by a moderate factor m applies m before the scaling (scaled(m)), so that a
// product in the subnormal range is rounded once, like e^x itself. At x = -800, m e^x is 0 for
// any |m| < 2^70. The caller bounds x: a clamp here would let the compiler thread a path with
// constant p, s1, s2 whose products with m underflow on every lane, which is slow.
struct ExpParts {
    double p;
    double s1;
    double s2;
    double scaled(double m) const { return p * m * s1 * s2; }
};
inline ExpParts exp_parts(double x) {
    constexpr double log2e = 1.4426950408889634;
    constexpr double shifter = 0x1.8p52;
    // ln 2 split so that k * ln2_hi is exact for |k| < 2^11.
    constexpr double ln2_hi = 6.93147180369123816490e-01;
    constexpr double ln2_lo = 1.90821492927058770002e-10;
    double kd = x * log2e + shifter;
    const std::uint64_t kbits = std::bit_cast<std::uint64_t>(kd);
    kd -= shifter;
    const double r = (x - kd * ln2_hi) - kd * ln2_lo; // |r| <= ln2/2
    // Taylor polynomial of degree 12: truncation error below 2e-16 relative on |r| <= ln2/2.
    // Written out rather than through horner(): gelu measured about 3% slower that way.
    double p = 1.0 / 479001600.0;
    p = p * r + 1.0 / 39916800.0;
    p = p * r + 1.0 / 3628800.0;
    p = p * r + 1.0 / 362880.0;
    p = p * r + 1.0 / 40320.0;
    p = p * r + 1.0 / 5040.0;
    p = p * r + 1.0 / 720.0;
    p = p * r + 1.0 / 120.0;
    p = p * r + 1.0 / 24.0;
    p = p * r + 1.0 / 6.0;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    // 2^k applied as two normal factors so that subnormal results round once, correctly.
    // k + 2048 is positive, which keeps the shifts logical (vectorisable without AVX-512).
    const std::uint64_t biased = kbits - std::bit_cast<std::uint64_t>(shifter) + 2048U;
    const std::uint64_t half1 = biased >> 1U;
    const std::uint64_t half2 = biased - half1;
    const double s1 = std::bit_cast<double>((half1 - 1U) << 52U); // 2^(half1 - 1024)
    const double s2 = std::bit_cast<double>((half2 - 1U) << 52U);
    return {p, s1, s2};
}

// e^x for x <= 709; underflows gracefully to subnormals and 0 below -708.
inline double exp_le709(double x) {
    return exp_parts(x < -746.0 ? -746.0 : x).scaled(1.0);
}

// e^x - 1 for x <= 0 (and small positive x), without cancellation near 0, given
// ex = exp_le709(x), which callers usually need too.
inline double expm1_le0(double x, double ex) {
    // Taylor series up to x^14 / 14! for |x| < 0.35: truncation below 3e-17 relative.
    double p = 1.0 / 87178291200.0;
    p = p * x + 1.0 / 6227020800.0;
    p = p * x + 1.0 / 479001600.0;
    p = p * x + 1.0 / 39916800.0;
    p = p * x + 1.0 / 3628800.0;
    p = p * x + 1.0 / 362880.0;
    p = p * x + 1.0 / 40320.0;
    p = p * x + 1.0 / 5040.0;
    p = p * x + 1.0 / 720.0;
    p = p * x + 1.0 / 120.0;
    p = p * x + 1.0 / 24.0;
    p = p * x + 1.0 / 6.0;
    p = p * x + 0.5;
    const double series = (p * x + 1.0) * x;
    const double direct = ex - 1.0; // |result| >= 0.29: no cancellation
    return std::fabs(x) < 0.35 ? series : direct;
}

// log(1 + u) for u in [0, 1], given s = u / (2 + u), which callers may get from a division
// they share: log1p(u) = 2 atanh(s), s <= 1/3, an odd series in s (truncation < 1e-17).
inline double log1p_01_from_s(double s) {
    const double s2 = s * s;
    double p = 1.0 / 33.0;
    p = p * s2 + 1.0 / 31.0;
    p = p * s2 + 1.0 / 29.0;
    p = p * s2 + 1.0 / 27.0;
    p = p * s2 + 1.0 / 25.0;
    p = p * s2 + 1.0 / 23.0;
    p = p * s2 + 1.0 / 21.0;
    p = p * s2 + 1.0 / 19.0;
    p = p * s2 + 1.0 / 17.0;
    p = p * s2 + 1.0 / 15.0;
    p = p * s2 + 1.0 / 13.0;
    p = p * s2 + 1.0 / 11.0;
    p = p * s2 + 1.0 / 9.0;
    p = p * s2 + 1.0 / 7.0;
    p = p * s2 + 1.0 / 5.0;
    p = p * s2 + 1.0 / 3.0;
    return 2.0 * s * (1.0 + s2 * p);
}
// log(1 + u) for u in [0, 1].
inline double log1p_01(double u) {
    return log1p_01_from_s(u / (2.0 + u));
}

// Largest |x| that sin_cos reduces exactly. Beyond it, and at +-inf, callers use the C library.
inline constexpr double kSinCosLimit = 1e9;

struct SinCos {
    double sin;
    double cos;
};
// sin x and cos x for |x| <= kSinCosLimit; sin 0 and cos 0 beyond, for the caller to replace.
inline SinCos sin_cos(double x) {
    x = std::fabs(x) <= kSinCosLimit ? x : 0.0;
    constexpr double two_over_pi = 0.63661977236758134308;
    constexpr double shifter = 0x1.8p52;
    // pi/2 in parts (scripts/fit_erfc.py); the first three have 23 bits, so k * part is exact
    // for |k| < 2^30. Each subtraction then rounds relative to a remainder that is already as
    // small as the parts still to come, so r is good to ~1e-20 absolute (Cody-Waite).
    constexpr double pio2_1 = 1.570796251296997;
    constexpr double pio2_2 = 7.549789415861596e-08;
    constexpr double pio2_3 = 5.390302529957765e-15;
    constexpr double pio2_4 = 3.2820035428735005e-22;
    double kd = x * two_over_pi + shifter;
    const std::uint64_t kbits = std::bit_cast<std::uint64_t>(kd);
    kd -= shifter;
    const double r = (((x - kd * pio2_1) - kd * pio2_2) - kd * pio2_3) - kd * pio2_4;
    const double r2 = r * r;
    // Taylor polynomials on |r| <= pi/4: truncation below 1e-19 (sin) and 3e-18 (cos) relative.
    constexpr std::array<double, 8> sin_coeffs{
        1.0 / 355687428096000.0, -1.0 / 1307674368000.0, 1.0 / 6227020800.0, -1.0 / 39916800.0,
        1.0 / 362880.0,          -1.0 / 5040.0,          1.0 / 120.0,        -1.0 / 6.0};
    constexpr std::array<double, 7> cos_coeffs{
        1.0 / 20922789888000.0, -1.0 / 87178291200.0, 1.0 / 479001600.0, -1.0 / 3628800.0,
        1.0 / 40320.0,          -1.0 / 720.0,         1.0 / 24.0};
    const double ps = horner(r2, sin_coeffs);
    const double s = r * (1.0 + r2 * ps); // keeps the sign of zero
    const double pc = horner(r2, cos_coeffs);
    const double c = 1.0 - 0.5 * r2 + r2 * r2 * pc;
    // Quadrant k mod 4 (the low bits of kbits): an odd k swaps sin and cos, and the signs flip
    // in quadrants 2, 3 (sin) and 1, 2 (cos). Done on the bit patterns, which vectorises on
    // every target, including the baseline without 64-bit compares.
    const std::uint64_t swap = 0U - (kbits & 1U);
    const std::uint64_t sbits = std::bit_cast<std::uint64_t>(s);
    const std::uint64_t cbits = std::bit_cast<std::uint64_t>(c);
    const std::uint64_t sin_bits = (sbits & ~swap) | (cbits & swap);
    const std::uint64_t cos_bits = (cbits & ~swap) | (sbits & swap);
    return {std::bit_cast<double>(sin_bits ^ ((kbits & 2U) << 62U)),
            std::bit_cast<double>(cos_bits ^ (((kbits + 1U) & 2U) << 62U))};
}

// Keeps NaN, replaces values beyond +-limit by +-limit: used where x multiplies a factor that
// vanishes in the tails, so that inf * 0 never happens.
inline double clamp_magnitude(double x, double limit) {
    x = x < -limit ? -limit : x;
    return x > limit ? limit : x;
}

} // namespace activa::detail
