// SPDX-License-Identifier: MIT
#include <activa/softmax.hpp>

#include "special_values.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

namespace {

using activa::argmax;
using activa::log_softmax;
using activa::sigmoid_each;
using activa::softmax;
using activa::softmax_jacobian;

using namespace activa::test;

// Sum with Neumaier compensation so the check measures softmax, not the test's own rounding.
double accurate_sum(const std::vector<double>& v) {
    double sum = 0.0;
    double compensation = 0.0;
    for (const double x : v) {
        const double t = sum + x;
        compensation += std::fabs(sum) >= std::fabs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    return sum + compensation;
}

void expect_sums_to_one(const std::vector<double>& logits, double temperature = 1.0) {
    const std::vector<double> p = softmax(logits, temperature);
    ASSERT_EQ(p.size(), logits.size());
    for (const double x : p) {
        EXPECT_GE(x, 0.0);
        EXPECT_LE(x, 1.0);
    }
    EXPECT_NEAR(accurate_sum(p), 1.0, 1e-15);
}

std::vector<double> random_logits(std::size_t n, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> dist(-20.0, 20.0);
    std::vector<double> v(n);
    for (double& x : v)
        x = dist(rng);
    return v;
}

// Multiples of 2^-20 in [-10, 10]: adding 1000 to them is exact, so shifting changes no bit of
// the differences x_i - max and any change in the result would be the implementation's.
std::vector<double> random_dyadic_logits(std::size_t n, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<long> dist(-10L << 20, 10L << 20);
    std::vector<double> v(n);
    for (double& x : v)
        x = std::ldexp(static_cast<double>(dist(rng)), -20);
    return v;
}

TEST(Softmax, SumsToOneForArticleExample132) {
    expect_sums_to_one({1.0, 3.0, 2.0});
}

TEST(Softmax, SumsToOneForSingleLogit) {
    EXPECT_EQ(softmax(std::vector<double>{42.0}), std::vector<double>{1.0});
    expect_sums_to_one({-7.5});
}

TEST(Softmax, SumsToOneForEqualLogits) {
    expect_sums_to_one({0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0});
    const std::vector<double> p = softmax(std::vector<double>(10, 3.25));
    for (const double x : p)
        EXPECT_DOUBLE_EQ(x, 0.1);
}

TEST(Softmax, SumsToOneForWideSpread) {
    expect_sums_to_one({-700.0, 0.0, 700.0, 1e-9, -1e-9});
}

TEST(Softmax, SumsToOneForTenthsWithTemperature) {
    expect_sums_to_one({0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}, 0.37);
}

TEST(Softmax, SumsToOneFor100RandomLogits) {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        SCOPED_TRACE(seed);
        expect_sums_to_one(random_logits(100, seed));
        expect_sums_to_one(random_logits(100, seed), 3.0);
    }
}

TEST(Softmax, ShiftBy1000LeavesArticleExample132Unchanged) {
    const std::vector<double> p = softmax(std::vector<double>{1.0, 3.0, 2.0});
    const std::vector<double> q = softmax(std::vector<double>{1001.0, 1003.0, 1002.0});
    ASSERT_EQ(q.size(), p.size());
    for (std::size_t i = 0; i < p.size(); ++i)
        EXPECT_NEAR(q[i], p[i], 1e-15);
}

TEST(Softmax, ShiftBy1000LeavesRandomDyadicLogitsUnchanged) {
    for (unsigned seed = 1; seed <= 10; ++seed) {
        SCOPED_TRACE(seed);
        const std::vector<double> x = random_dyadic_logits(100, seed);
        std::vector<double> shifted = x;
        for (double& v : shifted)
            v += 1000.0;
        for (const double t : {1.0, 0.5, 7.0}) {
            const std::vector<double> p = softmax(x, t);
            const std::vector<double> q = softmax(shifted, t);
            for (std::size_t i = 0; i < p.size(); ++i)
                EXPECT_NEAR(q[i], p[i], 1e-15);
        }
    }
}

TEST(Softmax, TemperatureOneThousandthIsOneHotAtArgmax) {
    const std::vector<double> logits{0.5, -0.2, 0.4, 0.45};
    const std::vector<double> p = softmax(logits, 1e-3);
    ASSERT_EQ(argmax(logits), 0U);
    EXPECT_NEAR(p[0], 1.0, 1e-12);
    for (std::size_t i = 1; i < p.size(); ++i)
        EXPECT_NEAR(p[i], 0.0, 1e-12);

    const std::vector<double> q = softmax(std::vector<double>{1.0, 3.0, 2.0}, 1e-3);
    EXPECT_EQ(q, (std::vector<double>{0.0, 1.0, 0.0}));
}

TEST(Softmax, TemperatureOneMillionIsNearlyUniform) {
    const std::vector<double> logits{1.0, 3.0, 2.0, -4.0, 0.0};
    const std::vector<double> p = softmax(logits, 1e6);
    for (const double x : p)
        EXPECT_NEAR(x, 0.2, 1e-5);
    // Still ordered like the logits.
    EXPECT_GT(p[1], p[2]);
    EXPECT_GT(p[2], p[0]);
    EXPECT_GT(p[0], p[4]);
    EXPECT_GT(p[4], p[3]);
}

TEST(Softmax, HugeLogitsPlusMinus1e308) {
    const std::vector<double> p = softmax(std::vector<double>{1e308, -1e308});
    ASSERT_EQ(p.size(), 2U);
    EXPECT_EQ(p[0], 1.0);
    EXPECT_EQ(p[1], 0.0);
    const std::vector<double> q = softmax(std::vector<double>{-1e308, 1e308});
    EXPECT_EQ(q[0], 0.0);
    EXPECT_EQ(q[1], 1.0);
}

TEST(Softmax, HugeEqualLogits1e308) {
    const std::vector<double> p = softmax(std::vector<double>{1e308, 1e308});
    EXPECT_EQ(p, (std::vector<double>{0.5, 0.5}));
    const std::vector<double> q = softmax(std::vector<double>{-1e308, -1e308});
    EXPECT_EQ(q, (std::vector<double>{0.5, 0.5}));
}

TEST(Softmax, HugeLogitsWithSmallTemperatureStayFinite) {
    const std::vector<double> p = softmax(std::vector<double>{1e308, 1e308, -1e308}, 1e-3);
    for (const double x : p)
        EXPECT_TRUE(std::isfinite(x));
    EXPECT_EQ(p, (std::vector<double>{0.5, 0.5, 0.0}));
    const std::vector<double> lp = log_softmax(std::vector<double>{1e308, 1e308}, 1e-3);
    for (const double x : lp)
        EXPECT_NEAR(x, -std::log(2.0), 1e-15);
}

// The article's example: softmax([1, 3, 2]) = [0.09003057, 0.66524096, 0.24472847].
TEST(Softmax, ArticleExample132) {
    const std::vector<double> p = softmax(std::vector<double>{1.0, 3.0, 2.0});
    ASSERT_EQ(p.size(), 3U);
    EXPECT_NEAR(p[0], 0.09003057, 1e-8);
    EXPECT_NEAR(p[1], 0.66524096, 1e-8);
    EXPECT_NEAR(p[2], 0.24472847, 1e-8);
}

// Reference values computed independently with mpmath at 50 significant digits:
//   exp(x_i) / (exp(1) + exp(3) + exp(2)).
TEST(Softmax, ArticleExample132MatchesMpmath) {
    const double expected[] = {0.0900305731703804579980221, 0.6652409557748218895290183,
                               0.2447284710547976524729596};
    const std::vector<double> p = softmax(std::vector<double>{1.0, 3.0, 2.0});
    ASSERT_EQ(p.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(p[i], expected[i], 1e-15 * expected[i]);
}

// Reference values computed independently with mpmath at 50 significant digits:
//   x_i - log(exp(1) + exp(3) + exp(2)).
TEST(LogSoftmax, ArticleExample132MatchesMpmath) {
    const double expected[] = {-2.407605964444380, -0.4076059644443803, -1.407605964444380};
    const std::vector<double> lp = log_softmax(std::vector<double>{1.0, 3.0, 2.0});
    ASSERT_EQ(lp.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(lp[i], expected[i], 1e-15 * std::fabs(expected[i]));
}

TEST(LogSoftmax, EqualsLogOfSoftmaxForModerateLogits) {
    for (unsigned seed = 1; seed <= 10; ++seed) {
        SCOPED_TRACE(seed);
        const std::vector<double> x = random_logits(50, seed);
        for (const double t : {1.0, 2.5}) {
            const std::vector<double> p = softmax(x, t);
            const std::vector<double> lp = log_softmax(x, t);
            ASSERT_EQ(lp.size(), p.size());
            for (std::size_t i = 0; i < p.size(); ++i) {
                // log(p) is accurate where p is far from 0 and 1.
                if (p[i] < 1e-300) continue;
                EXPECT_NEAR(lp[i], std::log(p[i]), 1e-13 * std::max(1.0, std::fabs(lp[i])));
            }
        }
    }
}

TEST(LogSoftmax, ZeroMinus1000StaysFiniteWhereSoftmaxUnderflows) {
    const std::vector<double> x{0.0, -1000.0};
    const std::vector<double> p = softmax(x);
    EXPECT_EQ(p[0], 1.0);
    EXPECT_EQ(p[1], 0.0); // exp(-1000) underflows
    const std::vector<double> lp = log_softmax(x);
    ASSERT_EQ(lp.size(), 2U);
    EXPECT_TRUE(std::isfinite(lp[0]));
    EXPECT_TRUE(std::isfinite(lp[1]));
    EXPECT_EQ(lp[0], 0.0);
    EXPECT_EQ(lp[1], -1000.0);
}

TEST(LogSoftmax, ZeroMinus1000WithTemperature2) {
    const std::vector<double> lp = log_softmax(std::vector<double>{0.0, -1000.0}, 2.0);
    EXPECT_EQ(lp[1], -500.0);
}

TEST(LogSoftmax, AllNonPositive) {
    const std::vector<double> lp = log_softmax(random_logits(100, 7));
    for (const double x : lp) {
        EXPECT_TRUE(std::isfinite(x));
        EXPECT_LE(x, 0.0);
    }
}

void expect_jacobian(const std::vector<double>& logits, double temperature) {
    const std::vector<double> p = softmax(logits, temperature);
    const std::vector<double> j = softmax_jacobian(logits, temperature);
    const std::size_t n = p.size();
    ASSERT_EQ(j.size(), n * n);
    for (std::size_t r = 0; r < n; ++r) {
        std::vector<double> row(n);
        for (std::size_t c = 0; c < n; ++c) {
            const double expected = ((r == c ? p[r] : 0.0) - p[r] * p[c]) / temperature;
            EXPECT_NEAR(j[r * n + c], expected, 1e-15 / temperature) << r << ',' << c;
            EXPECT_EQ(j[r * n + c], j[c * n + r]) << "symmetric at " << r << ',' << c;
            row[c] = j[r * n + c];
        }
        EXPECT_NEAR(accurate_sum(row), 0.0, 1e-15 / temperature) << "row " << r;
    }
}

TEST(SoftmaxJacobian, ArticleExample132) {
    expect_jacobian({1.0, 3.0, 2.0}, 1.0);
}

TEST(SoftmaxJacobian, ArticleExample132Temperature2) {
    expect_jacobian({1.0, 3.0, 2.0}, 2.0);
}

TEST(SoftmaxJacobian, ArticleExample132TemperatureHalf) {
    expect_jacobian({1.0, 3.0, 2.0}, 0.5);
}

TEST(SoftmaxJacobian, TwentyRandomLogits) {
    expect_jacobian(random_logits(20, 3), 1.0);
}

TEST(SoftmaxJacobian, SingleLogitIsZero) {
    EXPECT_EQ(softmax_jacobian(std::vector<double>{5.0}), std::vector<double>{0.0});
}

TEST(SoftmaxJacobian, ArticleExample132Diagonal) {
    const std::vector<double> p = softmax(std::vector<double>{1.0, 3.0, 2.0});
    const std::vector<double> j = softmax_jacobian(std::vector<double>{1.0, 3.0, 2.0});
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(j[i * 3 + i], p[i] * (1.0 - p[i]), 1e-16);
}

TEST(Argmax, ArticleExample132) {
    EXPECT_EQ(argmax(std::vector<double>{1.0, 3.0, 2.0}), 1U);
}

TEST(Argmax, TiesGoToLowerIndex) {
    EXPECT_EQ(argmax(std::vector<double>{1.0, 3.0, 3.0}), 1U);
    EXPECT_EQ(argmax(std::vector<double>{2.0, 2.0, 2.0}), 0U);
    EXPECT_EQ(argmax(std::vector<double>{-1.0, 0.0, -0.0}), 1U);
    EXPECT_EQ(argmax(std::vector<double>{-5.0, 4.0, -5.0, 4.0}), 1U);
}

TEST(Argmax, SingleAndEmpty) {
    EXPECT_EQ(argmax(std::vector<double>{-3.0}), 0U);
    EXPECT_EQ(argmax(std::vector<double>{}), 0U);
}

TEST(Argmax, LastElementLargest) {
    EXPECT_EQ(argmax(std::vector<double>{-1e308, 0.0, 1e308}), 2U);
}

TEST(SigmoidEach, ZeroAndExtremes) {
    const std::vector<double> s = sigmoid_each(std::vector<double>{0.0, 800.0, -800.0});
    ASSERT_EQ(s.size(), 3U);
    EXPECT_EQ(s[0], 0.5);
    EXPECT_EQ(s[1], 1.0);
    EXPECT_GE(s[2], 0.0);
    EXPECT_LT(s[2], 1e-300);
}

TEST(SigmoidEach, ArticleExample132) {
    const std::vector<double> x{1.0, 3.0, 2.0};
    const std::vector<double> s = sigmoid_each(x);
    ASSERT_EQ(s.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(s[i], 1.0 / (1.0 + std::exp(-x[i])), 1e-16);
    // Independent probabilities: they need not sum to 1.
    EXPECT_GT(s[0] + s[1] + s[2], 2.0);
}

TEST(SigmoidEach, EmptyGivesEmpty) {
    EXPECT_TRUE(sigmoid_each(std::vector<double>{}).empty());
}

TEST(SigmoidEach, SymmetricAroundZero) {
    for (const double x : {0.25, 1.0, 4.0, 10.0}) {
        const std::vector<double> s = sigmoid_each(std::vector<double>{x, -x});
        EXPECT_NEAR(s[0] + s[1], 1.0, 2e-16) << x;
    }
}

TEST(Softmax, EmptyLogitsThrow) {
    const std::vector<double> empty;
    EXPECT_THROW(softmax(empty), std::invalid_argument);
    EXPECT_THROW(log_softmax(empty), std::invalid_argument);
    EXPECT_THROW(softmax_jacobian(empty), std::invalid_argument);
}

TEST(Softmax, TemperatureZeroNegativeInfNanThrow) {
    const std::vector<double> x{1.0, 3.0, 2.0};
    for (const double t : {0.0, -0.0, -1.0, -kInf, kInf, kNan}) {
        SCOPED_TRACE(t);
        EXPECT_THROW(softmax(x, t), std::invalid_argument);
        EXPECT_THROW(log_softmax(x, t), std::invalid_argument);
        EXPECT_THROW(softmax_jacobian(x, t), std::invalid_argument);
    }
}

TEST(Softmax, TinyPositiveTemperatureAccepted) {
    const std::vector<double> p = softmax(std::vector<double>{1.0, 3.0, 2.0}, 1e-300);
    EXPECT_EQ(p, (std::vector<double>{0.0, 1.0, 0.0}));
}

} // namespace
