// SPDX-License-Identifier: MIT
// What the properties panel will show for a typed function, measured from its values and
// exact derivatives: range, monotonic, zero-centred, saturation, kinks and undefined places.

#include <activa/activations.hpp>
#include <activa/formula.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

activa::FormulaProperties properties(const std::string& formula, double min = -10.0,
                                     double max = 10.0) {
    const auto f = activa::compile_definition("f(x) = " + formula);
    if (!f) throw std::runtime_error(f.error().message());
    return activa::analyse(*f, f->default_params(), min, max);
}

TEST(FormulaProperties, ReluTypedHasItsKinkAtZeroExactly) {
    const auto p = properties("max(x, 0)");
    EXPECT_EQ(p.kinks, std::vector<double>{0.0});
    EXPECT_TRUE(p.monotonic);
    EXPECT_FALSE(p.zero_centred);
    EXPECT_EQ(p.min_value, 0.0);
    EXPECT_EQ(p.max_value, 10.0);
    ASSERT_EQ(p.saturated.size(), 1U);
    EXPECT_EQ(p.saturated[0].from, -10.0);
    EXPECT_NEAR(p.saturated[0].to, 0.0, 0.01);
    EXPECT_TRUE(p.undefined.empty());
}

TEST(FormulaProperties, KinksBetweenGridPointsAreFoundToTheLastDigit) {
    // 0.123 and 6.5 lie between the grid's points; the kink is found to neighbouring doubles
    // and reported at the shorter of the two.
    EXPECT_EQ(properties("min(max(x, 0), 6.5)").kinks, (std::vector<double>{0.0, 6.5}));
    EXPECT_EQ(properties("abs(x - 0.123)").kinks, std::vector<double>{0.123});
    EXPECT_EQ(properties("where(x > 1, 1, 0)").kinks, std::vector<double>{1.0}); // a jump
    EXPECT_TRUE(properties("x*sigmoid(x)").kinks.empty());
    EXPECT_TRUE(properties("where(x > 0, x, x)").kinks.empty()); // a branch without a kink
    EXPECT_TRUE(properties("sigmoid(50*x)").kinks.empty());      // steep but smooth
}

TEST(FormulaProperties, TanhIsMonotonicZeroCentredAndSaturatesInBothTails) {
    const auto p = properties("(exp(x) - exp(-x))/(exp(x) + exp(-x))");
    EXPECT_TRUE(p.monotonic);
    EXPECT_TRUE(p.zero_centred);
    ASSERT_EQ(p.saturated.size(), 2U);
    EXPECT_NEAR(p.saturated[0].to, -std::acosh(std::sqrt(100.0)), 0.01); // sech² = 0.01
    EXPECT_NEAR(p.saturated[1].from, std::acosh(std::sqrt(100.0)), 0.01);
    EXPECT_TRUE(p.kinks.empty());
}

TEST(FormulaProperties, GeluTypedIsNotMonotonic) {
    const auto p = properties("x*(1 + erf(x/sqrt(2)))/2");
    EXPECT_FALSE(p.monotonic);
    EXPECT_FALSE(p.zero_centred);
    EXPECT_NEAR(p.min_value, -0.17, 0.001);
}

TEST(FormulaProperties, UndefinedWhereTheFunctionIsNanOrInfinite) {
    const auto log = properties("log(x)", -5.0, 5.0);
    ASSERT_EQ(log.undefined.size(), 1U);
    EXPECT_EQ(log.undefined[0].from, -5.0);
    EXPECT_EQ(log.undefined[0].to, 0.0); // log(0) = -inf, log of the next double is finite
    // 1/x between grid points: its pole found as a single undefined point.
    const auto pole = properties("1/(x - 0.3)", -1.0, 1.0);
    ASSERT_EQ(pole.undefined.size(), 1U);
    EXPECT_NEAR(pole.undefined[0].from, 0.3, 1e-15);
    EXPECT_EQ(pole.undefined[0].from, pole.undefined[0].to);
    EXPECT_TRUE(std::isfinite(pole.min_value));
}

// The measured flags agree with the catalogue's for the built-ins called by id, where the two
// definitions mean the same (hardshrink's jumps go up, so it measures monotonic although the
// catalogue, counting its discontinuity, says not).
TEST(FormulaProperties, MeasuredFlagsAgreeWithTheCatalogue) {
    for (const auto& a : activa::catalogue()) {
        if (a.id == activa::ActivationId::Hardshrink) continue;
        const auto p = properties(std::string(a.key) + "(x)");
        EXPECT_EQ(p.monotonic, a.properties.monotonic) << a.key;
        EXPECT_EQ(p.zero_centred, a.properties.zero_centred) << a.key;
        const auto kinks = activa::kinks(a.id, activa::default_params(a.id));
        if (a.properties.continuity <= 0) {
            EXPECT_EQ(p.kinks, kinks) << a.key;
        }
    }
}

TEST(FormulaProperties, BadRangesAreAProgrammingError) {
    const auto f = activa::compile_definition("f(x) = x");
    ASSERT_TRUE(f.has_value());
    EXPECT_THROW(activa::analyse(*f, {}, 1.0, 1.0), std::invalid_argument);
    EXPECT_THROW(activa::analyse(*f, {}, 0.0, 1.0, 2), std::invalid_argument);
}

} // namespace
