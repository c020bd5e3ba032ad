// SPDX-License-Identifier: MIT
#pragma once

// The upper tail of the normal distribution in straight-line code, for GELU:
//   1 - Phi(a) = phi(a) M(a),  phi(a) = exp(-a^2/2) / sqrt(2 pi),  a >= 0,
// with M the Mills ratio. Both factors are accurate in relative terms for every a, which keeps
// x Phi(x) exact to the last digits deep in the negative tail where erfc(-x / sqrt 2) is tiny.

#include "fastmath.hpp"

#include <bit>
#include <cstdint>

namespace activa::detail {

// a^2 = hi + lo to about 106 bits, without FMA and unharmed by the compiler contracting into
// one. Masking the low 27 mantissa bits leaves a 26-bit ah, so ah * ah and ah * al are exact and
// only al * al, some 2^-52 of a^2, rounds.
struct Square {
    double hi;
    double lo;
};
inline Square square_split(double a) {
    const double ah =
        std::bit_cast<double>(std::bit_cast<std::uint64_t>(a) & ~((1ULL << 27U) - 1U));
    const double al = a - ah;
    const double hi = a * a;
    return {hi, ((ah * ah - hi) + 2.0 * ah * al) + al * al};
}

// M(a) for 0 <= a <= 40 to about 1e-16 relative, beyond that finite (phi(a) is 0 there). With
// t = (1.25 a - 5) / (a + 5), which maps [0, 40] onto [-1, 1], G(t) = M(a) (a + 5) is a smooth
// function of t that one polynomial of degree 21 covers, evaluated as four short chains in t^4
// so that the loop does not wait on one long one. Coefficients from scripts/fit_erfc.py, which
// prints exactly these literals.
inline double mills_ratio(double a) {
    const double inv = 1.0 / (a + 5.0);
    const double t = (1.25 * a - 5.0) * inv;
    const double t2 = t * t;
    const double t4 = t2 * t2;
    double g0 = 5.766584121806542e-10;
    g0 = g0 * t4 + 9.318967369595477e-08;
    g0 = g0 * t4 + 4.966495193962485e-06;
    g0 = g0 * t4 + -0.001331902320771519;
    g0 = g0 * t4 + 0.32456236681718503;
    g0 = g0 * t4 + 2.129871446222046;
    double g1 = 4.661536659713216e-10;
    g1 = g1 * t4 + 4.896487888348847e-08;
    g1 = g1 * t4 + 4.089963537755211e-06;
    g1 = g1 * t4 + 0.0004972185603536439;
    g1 = g1 * t4 + -0.11640743724689406;
    g1 = g1 * t4 + -1.7558051918274373;
    double g2 = -9.137087231143773e-09;
    g2 = g2 * t4 + -7.871635856740339e-07;
    g2 = g2 * t4 + 1.0094085128190264e-05;
    g2 = g2 * t4 + 0.02817013837666287;
    g2 = g2 * t4 + 1.2141480307763597;
    double g3 = -5.812253819603789e-09;
    g3 = g3 * t4 + -4.1536247023675317e-07;
    g3 = g3 * t4 + -4.589517646955994e-05;
    g3 = g3 * t4 + -0.0022365039860895047;
    g3 = g3 * t4 + -0.6971421572033472;
    return ((g0 + t * g1) + t2 * (g2 + t * g3)) * inv;
}

} // namespace activa::detail
