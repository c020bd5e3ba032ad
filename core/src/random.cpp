// SPDX-License-Identifier: MIT
#include <activa/random.hpp>

#include <cmath>

namespace activa {
namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

} // namespace

Rng::Rng(std::uint64_t seed) {
    SplitMix64 sm(seed);
    for (auto& s : m_s)
        s = sm.next();
}

Rng::Rng(std::uint64_t seed, std::uint64_t stream) {
    // Mixing the stream number through SplitMix64 keeps nearby (seed, stream) pairs unrelated.
    SplitMix64 mix(stream ^ 0x5851F42D4C957F2DULL);
    SplitMix64 sm(seed ^ mix.next());
    for (auto& s : m_s)
        s = sm.next();
}

Rng Rng::from_state(std::uint64_t s0, std::uint64_t s1, std::uint64_t s2, std::uint64_t s3) {
    Rng r;
    r.m_s[0] = s0;
    r.m_s[1] = s1;
    r.m_s[2] = s2;
    r.m_s[3] = s3;
    return r;
}

std::uint64_t Rng::next() {
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Rng::uniform01() {
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Rng::normal() {
    if (m_has_spare) {
        m_has_spare = false;
        return m_spare;
    }
    double u = 0.0;
    double v = 0.0;
    double s = 0.0;
    do {
        u = 2.0 * uniform01() - 1.0;
        v = 2.0 * uniform01() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double f = std::sqrt(-2.0 * portable_log(s) / s); // sqrt is correctly rounded
    m_spare = v * f;
    m_has_spare = true;
    return u * f;
}

std::uint64_t Rng::below(std::uint64_t n) {
    // Rejecting the top 2^64 mod n values leaves a multiple of n equally likely values.
    const std::uint64_t excess = (0 - n) % n;
    for (;;) {
        const std::uint64_t r = next();
        if (r <= ~std::uint64_t{0} - excess) return r % n;
    }
}

void Rng::fill_uniform(std::span<double> out, double lo, double hi) {
    for (double& x : out)
        x = uniform(lo, hi);
}

void Rng::fill_normal(std::span<double> out, double mean, double stddev) {
    for (double& x : out)
        x = normal(mean, stddev);
}

double portable_log(double x) {
    // x = m * 2^e with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(s), s = (m - 1) / (m + 1),
    // |s| < 0.1716, so the odd series to s^23 is below half an ulp of its first term.
    int e = 0;
    double m = std::frexp(x, &e); // exact; m in [1/2, 1)
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        --e;
    }
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double p = 1.0 / 23.0;
    for (int k = 21; k >= 3; k -= 2)
        p = p * s2 + 1.0 / k;
    const double log_m = 2.0 * s + 2.0 * s * (s2 * p);
    // ln 2 split so that e * kLn2Hi is exact for |e| < 2^11.
    constexpr double kLn2Hi = 0x1.62e42fee00000p-1;
    constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;
    const double de = static_cast<double>(e);
    return de * kLn2Hi + (log_m + de * kLn2Lo);
}

} // namespace activa
