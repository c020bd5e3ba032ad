// SPDX-License-Identifier: MIT
// The curves state's one check, and the saturation intervals of a sampled curve.
#include <activa/curves.hpp>

#include "special_values.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using activa::ActivationId;
using activa::checked;
using activa::CurvesState;
using activa::Interval;
using activa::OnInvalid;

using namespace activa::test;

TEST(CurvesChecked, DefaultStateIsValid) {
    const auto s = checked(CurvesState{}, OnInvalid::Reject);
    ASSERT_TRUE(s) << s.error();
    EXPECT_EQ(*s, CurvesState{});
}

TEST(CurvesChecked, RejectsReversedRange) {
    CurvesState s;
    s.xmin = 3;
    s.xmax = 1;
    const auto r = checked(s, OnInvalid::Reject);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), "the x range must start below its end, got 3 to 1");
}

TEST(CurvesChecked, RejectsRangeBeyondMaxAbsX) {
    CurvesState s;
    s.xmax = 1e300;
    EXPECT_FALSE(checked(s, OnInvalid::Reject));
    s.xmax = activa::kMaxAbsX;
    EXPECT_TRUE(checked(s, OnInvalid::Reject));
}

TEST(CurvesChecked, RejectsNanRangeAndRepairsIt) {
    CurvesState s;
    s.xmin = kNan;
    s.xmax = 4;
    EXPECT_FALSE(checked(s, OnInvalid::Reject));
    const auto r = checked(s, OnInvalid::UseDefault);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->xmin, -10.0);
    EXPECT_EQ(r->xmax, 10.0);
}

TEST(CurvesChecked, PointsOutsideLimitsAreRejectedOrReset) {
    for (const int points : {1, activa::kMaxPoints + 1, -5}) {
        CurvesState s;
        s.points = points;
        EXPECT_FALSE(checked(s, OnInvalid::Reject)) << points;
        EXPECT_EQ(checked(s, OnInvalid::UseDefault)->points, 1001) << points;
    }
}

TEST(CurvesChecked, TooManyPointsInAllAreRejectedOrReset) {
    CurvesState s;
    s.curves.clear();
    for (const auto id : {ActivationId::Relu, ActivationId::Tanh, ActivationId::Gelu,
                          ActivationId::Elu, ActivationId::Selu})
        s.curves.push_back({id, activa::default_params(id)});
    s.points = activa::kMaxPoints; // 5 x 1,000,000
    const auto r = checked(s, OnInvalid::Reject);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), "5 curves of 1000000 points are more than 4000000 points in all");
    EXPECT_EQ(checked(s, OnInvalid::UseDefault)->points, 1001);
    s.curves.pop_back(); // 4 x 1,000,000 is the most
    EXPECT_TRUE(checked(s, OnInvalid::Reject));
}

TEST(CurvesChecked, RepeatedFunctionIsRejectedOrDropped) {
    CurvesState s;
    s.curves = {{ActivationId::Relu, {}}, {ActivationId::Tanh, {}}, {ActivationId::Relu, {}}};
    const auto r = checked(s, OnInvalid::Reject);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), "relu is listed twice");
    EXPECT_EQ(checked(s, OnInvalid::UseDefault)->curves.size(), 2U);
}

TEST(CurvesChecked, BadParametersAreRejectedOrTakeDefaults) {
    CurvesState s;
    s.curves = {{ActivationId::LeakyRelu, {5.0, 0.0}}};
    const auto r = checked(s, OnInvalid::Reject);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), "leaky_relu parameter negative_slope must be between 0 and 1");
    EXPECT_EQ(checked(s, OnInvalid::UseDefault)->curves[0].params[0], 0.01);
}

TEST(CurvesChecked, SelectedBeyondTheCurvesIsRejectedOrReset) {
    CurvesState s;
    s.selected = 3;
    EXPECT_FALSE(checked(s, OnInvalid::Reject));
    EXPECT_EQ(checked(s, OnInvalid::UseDefault)->selected, 0);
    s.curves.clear();
    EXPECT_EQ(checked(s, OnInvalid::UseDefault)->selected, -1);
}

activa::Curve sampled(ActivationId id, double min, double max, std::size_t n) {
    return activa::evaluate_range(id, activa::default_params(id), min, max, n);
}

TEST(SaturationIntervals, SigmoidSaturatesInBothTails) {
    // sigma'(x) < 0.01 for |x| > 4.595; on a grid of step 0.1 the boundaries fall halfway
    // between 4.5 and 4.6.
    const auto bands = activa::saturation_intervals(sampled(ActivationId::Sigmoid, -10, 10, 201));
    ASSERT_EQ(bands.size(), 2U);
    EXPECT_DOUBLE_EQ(bands[0].from, -10.0);
    EXPECT_NEAR(bands[0].to, -4.55, 1e-12);
    EXPECT_NEAR(bands[1].from, 4.55, 1e-12);
    EXPECT_DOUBLE_EQ(bands[1].to, 10.0);
}

TEST(SaturationIntervals, ReluIsFlatBelowZeroOnly) {
    const auto bands = activa::saturation_intervals(sampled(ActivationId::Relu, -2, 2, 5));
    ASSERT_EQ(bands.size(), 1U);
    // x = -2, -1, 0 have f' = 0; the band closes halfway between 0 and 1.
    EXPECT_EQ(bands[0], (Interval{-2.0, 0.5}));
}

TEST(SaturationIntervals, IdentityNeverSaturates) {
    EXPECT_TRUE(
        activa::saturation_intervals(sampled(ActivationId::Identity, -10, 10, 101)).empty());
}

TEST(SaturationIntervals, ManyBandsAreCappedAtTheLimit) {
    // A slope that drops to 0 at every other point: a band per drop.
    activa::Curve c;
    for (int i = 0; i < 1000; ++i) {
        c.x.push_back(i);
        c.derivative.push_back(i % 2 == 0 ? 0.0 : 1.0);
    }
    EXPECT_EQ(activa::saturation_intervals(c).size(), 500U);
    EXPECT_EQ(activa::saturation_intervals(c, 50).size(), 50U);
}

// Where f′ only passes through zero, the slope is large on either side: not saturation.
TEST(SaturationIntervals, SiluHasItsLeftTailButNoBandWhereItsSlopeCrossesZero) {
    // SiLU′ crosses zero at x ≈ −1.278 and falls below 0.01 in magnitude for x < −6.2.
    const auto bands = activa::saturation_intervals(sampled(ActivationId::Silu, -10, 10, 2001));
    ASSERT_EQ(bands.size(), 1U);
    EXPECT_DOUBLE_EQ(bands[0].from, -10.0);
    EXPECT_LT(bands[0].to, -6.0);
}

TEST(SaturationIntervals, GeluHasItsLeftTailButNoBandWhereItsSlopeCrossesZero) {
    // GELU′ crosses zero at x ≈ −0.752 and falls below 0.01 in magnitude for x < −3.1.
    const auto bands = activa::saturation_intervals(sampled(ActivationId::Gelu, -10, 10, 2001));
    ASSERT_EQ(bands.size(), 1U);
    EXPECT_DOUBLE_EQ(bands[0].from, -10.0);
    EXPECT_LT(bands[0].to, -3.0);
}

TEST(SaturationIntervals, SinusoidNeverSaturates) {
    // cos crosses zero every π: crossings all, however long the range.
    EXPECT_TRUE(
        activa::saturation_intervals(sampled(ActivationId::Sinusoid, 0, 10000, 1'000'001)).empty());
}

TEST(SaturationIntervals, AGridPointOnTheCrossingIsStillACrossing) {
    // Gaussian′ = −2x·e^(−x²) is exactly 0 at the grid point x = 0, and ±0.2 beside it.
    const auto bands = activa::saturation_intervals(sampled(ActivationId::Gaussian, -1, 1, 21));
    EXPECT_TRUE(bands.empty());
}

TEST(BandSlopes, ReluHasOnlyZeroSlopeSigmoidOnlySmallOnes) {
    const auto relu = sampled(ActivationId::Relu, -10, 10, 201);
    EXPECT_EQ(activa::band_slopes(relu, activa::saturation_intervals(relu)),
              (activa::BandSlopes{true, false}));
    const auto sigmoid = sampled(ActivationId::Sigmoid, -10, 10, 201);
    EXPECT_EQ(activa::band_slopes(sigmoid, activa::saturation_intervals(sigmoid)),
              (activa::BandSlopes{false, true}));
    const auto identity = sampled(ActivationId::Identity, -10, 10, 201);
    EXPECT_EQ(activa::band_slopes(identity, activa::saturation_intervals(identity)),
              (activa::BandSlopes{}));
}

TEST(SaturationBands, APointIsSaturatedOnlyInABandOrBeyondTheReach) {
    const activa::SaturationBands gelu(ActivationId::Gelu,
                                       activa::default_params(ActivationId::Gelu));
    const auto slope = [](double x) { return activa::derivative(ActivationId::Gelu, x, {}); };
    EXPECT_TRUE(gelu.saturated(-4.0, slope(-4.0)));        // the tail
    EXPECT_FALSE(gelu.saturated(-0.7518, slope(-0.7518))); // the crossing
    EXPECT_FALSE(gelu.saturated(1.0, slope(1.0)));         // a large slope
    EXPECT_FALSE(gelu.saturated(-3.0, 0.0));               // zero is not saturation
    EXPECT_TRUE(gelu.saturated(-30.0, 1e-9));              // beyond the reach, the slope decides
}

} // namespace
