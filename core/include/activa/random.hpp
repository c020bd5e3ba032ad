// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>

namespace activa {

// SplitMix64 (Steele, Lea and Flood; Vigna's reference splitmix64.c): seeds other generators.
class SplitMix64 {
public:
    explicit constexpr SplitMix64(std::uint64_t seed)
        : m_state(seed) {}
    constexpr std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

// xoshiro256** (Blackman and Vigna) with our own uniform and normal sampling, so a seed gives
// the same numbers with every compiler and standard library (std::normal_distribution and
// friends are implementation-defined). Only IEEE basic operations are used on doubles; the
// normal sampler's logarithm is our own for the same reason.
class Rng {
public:
    // State from SplitMix64 of the seed, as the xoshiro authors recommend.
    explicit Rng(std::uint64_t seed);
    // An independent stream of the same seed, e.g. one for the data and one for the weights:
    // a run that draws more of one does not shift the other.
    Rng(std::uint64_t seed, std::uint64_t stream);
    static Rng from_state(std::uint64_t s0, std::uint64_t s1, std::uint64_t s2, std::uint64_t s3);

    std::uint64_t next();
    // 53 random bits: a multiple of 2^-53 in [0, 1).
    double uniform01();
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform01(); }
    // Marsaglia's polar method; the second value of each pair is kept for the next call.
    double normal();
    double normal(double mean, double stddev) { return mean + stddev * normal(); }
    // An integer uniform in [0, n), without modulo bias (Lemire's method); n >= 1.
    std::uint64_t below(std::uint64_t n);

    void fill_uniform(std::span<double> out, double lo, double hi);
    void fill_normal(std::span<double> out, double mean, double stddev);

private:
    Rng() = default;
    std::uint64_t m_s[4]{};
    double m_spare = 0.0;
    bool m_has_spare = false;
};

// Natural logarithm of a positive finite double from basic operations only, within 2 ulp:
// the same bits on every IEEE-754 platform. Used by the normal sampler.
double portable_log(double x);

} // namespace activa
