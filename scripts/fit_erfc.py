#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regenerates the coefficient literals of the vectorised GELU and sinusoid kernels.

GELU needs the upper tail of the normal distribution, 1 - Phi(a) = phi(a) M(a) for a >= 0, where
M is the Mills ratio and phi(a) = exp(-a^2/2) / sqrt(2 pi) is computed separately. M is smooth,
positive and falls like 1/a, so after the map

    t = (A a - K) / (a + K),   A = 1 + 2 K / AMAX,   [0, AMAX] -> [-1, 1],

the function G(t) = M(a) (a + K) is a tame function of t, and a single polynomial of moderate
degree in t gives M(a) = G(t) / (a + K) to double precision on all of [0, AMAX]. Beyond AMAX
phi(a) underflows to zero, so M is not needed there.

The polynomial interpolates G at Chebyshev points (near-minimax), written in the monomial basis
and split into four chains in t^4 (a two-level Estrin scheme).

The script also prints pi/2 split into parts for the Cody-Waite reduction of sin and cos: every
part but the last has few enough bits that k * part is exact for |k| < 2^30.

Needs python3 and mpmath only:  python3 scripts/fit_erfc.py
Paste the printed literals into core/src/erfc.hpp and core/src/fastmath.hpp.
"""

import mpmath as mp

mp.mp.dps = 60

K = 5  # the map's pivot: fewest terms for this AMAX (found by trying 2..8)
AMAX = 40  # phi(40) = 1.5e-348 is below the smallest subnormal
DEGREE = 21  # truncation below 3e-17 relative
CHAINS = 4  # G(t) = g0(t^4) + t g1(t^4) + t^2 (g2(t^4) + t g3(t^4))
REDUCTION_BITS = 30  # |k| < 2^30 covers |x| <= 1e9
PIO2_PARTS = 4


def mills(a):
    """(1 - Phi(a)) / phi(a) = sqrt(pi/2) * erfcx(a / sqrt(2))."""
    return mp.sqrt(mp.pi / 2) * mp.erfc(a / mp.sqrt(2)) * mp.exp(a * a / 2)


def a_of_t(t):
    amul = 1 + mp.mpf(2 * K) / AMAX
    return K * (1 + t) / (amul - t)


def g_of_t(t):
    a = a_of_t(t)
    return mills(a) * (a + K)


def fit_mills():
    n = DEGREE + 1
    nodes = [mp.cos(mp.pi * (j + mp.mpf(1) / 2) / n) for j in range(n)]
    vandermonde = mp.matrix([[x**i for i in range(n)] for x in nodes])
    values = mp.matrix([g_of_t(x) for x in nodes])
    coeffs = mp.lu_solve(vandermonde, values)
    return [float(c) for c in coeffs]


def horner(coeffs, t):
    p = mp.mpf(0)
    for c in reversed(coeffs):
        p = p * t + mp.mpf(c)
    return p


def max_relative_error(coeffs):
    """Worst relative error of the double coefficients (exact arithmetic) on a fine grid."""
    worst = mp.mpf(0)
    steps = 4000
    for i in range(steps + 1):
        t = -1 + mp.mpf(2 * i) / steps
        exact = g_of_t(t)
        worst = max(worst, abs(horner(coeffs, t) / exact - 1))
    return worst


def pio2_parts():
    """pi/2 as a sum of doubles; all but the last have 53 - REDUCTION_BITS significant bits."""
    bits = 53 - REDUCTION_BITS
    rest = mp.pi / 2
    parts = []
    for _ in range(PIO2_PARTS - 1):
        exponent = int(mp.floor(mp.log(abs(rest), 2))) + 1
        scale = mp.mpf(2) ** (bits - exponent)
        part = mp.nint(rest * scale) / scale
        parts.append(float(part))
        assert mp.mpf(parts[-1]) == part
        rest -= part
    parts.append(float(rest))
    return parts


def main():
    coeffs = fit_mills()
    print(f"// Mills ratio: K = {K}, AMAX = {AMAX}, A = {1 + 2 * K / AMAX!r}, degree {DEGREE};")
    print(f"// max relative error of the polynomial {mp.nstr(max_relative_error(coeffs), 3)}")
    # Four interleaved Horner chains in t^4: short dependency chains keep the vectorised loop
    # from waiting on latency.
    for j in range(CHAINS):
        chain = coeffs[j::CHAINS]
        print(f"double g{j} = {chain[-1]!r};")
        for c in reversed(chain[:-1]):
            print(f"g{j} = g{j} * t4 + {c!r};")
    print()
    print(f"// pi/2 in {PIO2_PARTS} parts, k * part exact for |k| < 2^{REDUCTION_BITS}")
    for i, part in enumerate(pio2_parts(), start=1):
        print(f"constexpr double pio2_{i} = {part!r};")


if __name__ == "__main__":
    main()
