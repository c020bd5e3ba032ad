// SPDX-License-Identifier: MIT
// The properties hold for any seed; each is checked on seeds 1 to 5 at the default size
// (depth 20, width 64, batch 128).
#include <activa/dense.hpp>
#include <activa/functions.hpp>
#include <activa/gradflow.hpp>

#include "central_difference.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace {

using activa::ActivationId;
using activa::GradFlowResult;
using activa::GradFlowSettings;
using activa::InitScheme;

constexpr std::uint64_t kSeeds[] = {1, 2, 3, 4, 5};

GradFlowSettings settings(ActivationId f, std::uint64_t seed,
                          std::optional<InitScheme> init = std::nullopt, double normal_std = 1.0,
                          double bias = 0.0) {
    GradFlowSettings s;
    s.activation = f;
    s.seed = seed;
    s.init = init;
    s.normal_std = normal_std;
    s.bias = bias;
    return s;
}

// How much of the gradient reaches the first layer: ‖∂/∂z₁‖ / ‖∂/∂z_L‖.
double first_over_last(const GradFlowResult& r) {
    return r.layers.front().grad_norm / r.layers.back().grad_norm;
}

double mean_dead(const GradFlowResult& r) {
    double sum = 0.0;
    for (const auto& row : r.layers)
        sum += row.dead_fraction;
    return sum / static_cast<double>(r.layers.size());
}

double mean_saturated(const GradFlowResult& r) {
    double sum = 0.0;
    for (const auto& row : r.layers)
        sum += row.saturated_fraction;
    return sum / static_cast<double>(r.layers.size());
}

TEST(GradFlow, DefaultsAreTheIssuesSizes) {
    const GradFlowSettings s;
    EXPECT_EQ(s.depth, 20u);
    EXPECT_EQ(s.width, 64u);
    EXPECT_EQ(s.batch, 128u);
    EXPECT_EQ(s.seed, 1u);
    EXPECT_EQ(s.bias, 0.0);
    EXPECT_TRUE(activa::validate(s)) << activa::validate(s).error();
}

TEST(GradFlow, RowsRunFromLayerOneNearTheInput) {
    const auto r = activa::run_gradflow(settings(ActivationId::Relu, 1));
    ASSERT_EQ(r.layers.size(), 20u);
    for (std::size_t i = 0; i < r.layers.size(); ++i)
        EXPECT_EQ(r.layers[i].layer, i + 1);
    EXPECT_FALSE(r.cancelled);
}

TEST(GradFlow, SigmoidGlorotVanishesFourOrders) {
    for (const auto seed : kSeeds)
        EXPECT_LT(first_over_last(activa::run_gradflow(settings(ActivationId::Sigmoid, seed))),
                  1e-4)
            << "seed " << seed;
}

TEST(GradFlow, ReluHeKeepsGradientWithinFactorTwenty) {
    for (const auto seed : kSeeds) {
        const double ratio =
            first_over_last(activa::run_gradflow(settings(ActivationId::Relu, seed)));
        EXPECT_GT(ratio, 1.0 / 20) << "seed " << seed;
        EXPECT_LT(ratio, 20.0) << "seed " << seed;
    }
}

TEST(GradFlow, TanhGlorotVanishesLessThanSigmoid) {
    for (const auto seed : kSeeds)
        EXPECT_GT(first_over_last(activa::run_gradflow(settings(ActivationId::Tanh, seed))),
                  first_over_last(activa::run_gradflow(settings(ActivationId::Sigmoid, seed))))
            << "seed " << seed;
}

TEST(GradFlow, ReluNormalStd001Vanishes) {
    for (const auto seed : kSeeds)
        EXPECT_LT(first_over_last(activa::run_gradflow(
                      settings(ActivationId::Relu, seed, InitScheme::Normal, 0.01))),
                  1e-20)
            << "seed " << seed;
}

TEST(GradFlow, ReluNormalStd1Explodes) {
    for (const auto seed : kSeeds)
        EXPECT_GT(first_over_last(activa::run_gradflow(
                      settings(ActivationId::Relu, seed, InitScheme::Normal, 1.0))),
                  1e10)
            << "seed " << seed;
}

TEST(GradFlow, ReluBiasMinusPointOneKillsMostUnits) {
    // About two thirds on average over seeds (a fifth with bias 0); deep layers die first.
    for (const auto seed : kSeeds) {
        const auto r = activa::run_gradflow(settings(ActivationId::Relu, seed, {}, 1.0, -0.1));
        const auto r0 = activa::run_gradflow(settings(ActivationId::Relu, seed));
        EXPECT_GT(mean_dead(r), 0.4) << "seed " << seed;
        EXPECT_GT(mean_dead(r), 1.8 * mean_dead(r0)) << "seed " << seed;
        EXPECT_GE(r.layers.back().dead_fraction, 0.9) << "seed " << seed;
    }
}

TEST(GradFlow, ReluBiasZeroKillsAboutAFifth) {
    for (const auto seed : kSeeds) {
        const auto r = activa::run_gradflow(settings(ActivationId::Relu, seed));
        EXPECT_GT(mean_dead(r), 0.08) << "seed " << seed;
        EXPECT_LT(mean_dead(r), 0.35) << "seed " << seed;
    }
}

TEST(GradFlow, TanhNormalStd1SaturatesSeventyPercent) {
    for (const auto seed : kSeeds) {
        const auto r =
            activa::run_gradflow(settings(ActivationId::Tanh, seed, InitScheme::Normal, 1.0));
        EXPECT_GT(mean_saturated(r), 0.6) << "seed " << seed;
        EXPECT_LT(mean_saturated(r), 0.8) << "seed " << seed;
    }
}

TEST(GradFlow, TanhGlorotSaturatesAlmostNothing) {
    for (const auto seed : kSeeds)
        EXPECT_LT(mean_saturated(activa::run_gradflow(settings(ActivationId::Tanh, seed))), 0.01)
            << "seed " << seed;
}

// A slope of exactly 0 passes no gradient at all: counted apart, not as saturation.
TEST(GradFlow, ReluZeroSlopesAreCountedApartFromSaturated) {
    for (const auto seed : kSeeds) {
        const auto r = activa::run_gradflow(settings(ActivationId::Relu, seed));
        for (const auto& row : r.layers) {
            EXPECT_EQ(row.saturated_fraction, 0.0) << "seed " << seed << ", layer " << row.layer;
            EXPECT_GT(row.zero_gradient_fraction, 0.3) << "seed " << seed;
            EXPECT_LE(row.dead_fraction, row.zero_gradient_fraction + 1e-12);
        }
    }
}

// sin′ = cos only passes through zero: where it is small the slope is large nearby, which is
// not saturation. Width 16 keeps every pre-activation well within ±20.
TEST(GradFlow, SlopesCrossingZeroAreNotSaturated) {
    auto s = settings(ActivationId::Sinusoid, 1, InitScheme::Normal, 1.0);
    s.width = 16;
    for (const auto& row : activa::run_gradflow(s).layers) {
        EXPECT_EQ(row.saturated_fraction, 0.0) << "layer " << row.layer;
        EXPECT_EQ(row.zero_gradient_fraction, 0.0) << "layer " << row.layer;
    }
}

TEST(GradFlow, SameSeedGivesIdenticalRows) {
    const auto a = activa::run_gradflow(settings(ActivationId::Gelu, 9));
    const auto b = activa::run_gradflow(settings(ActivationId::Gelu, 9));
    ASSERT_EQ(a.layers.size(), b.layers.size());
    for (std::size_t i = 0; i < a.layers.size(); ++i) {
        EXPECT_EQ(a.layers[i].grad_norm, b.layers[i].grad_norm);
        EXPECT_EQ(a.layers[i].activation_mean, b.layers[i].activation_mean);
        EXPECT_EQ(a.layers[i].activation_std, b.layers[i].activation_std);
        EXPECT_EQ(a.layers[i].saturated_fraction, b.layers[i].saturated_fraction);
        EXPECT_EQ(a.layers[i].dead_fraction, b.layers[i].dead_fraction);
        EXPECT_EQ(a.layers[i].zero_gradient_fraction, b.layers[i].zero_gradient_fraction);
    }
}

TEST(GradFlow, AnotherSeedGivesDifferentRows) {
    const auto a = activa::run_gradflow(settings(ActivationId::Gelu, 9));
    const auto b = activa::run_gradflow(settings(ActivationId::Gelu, 10));
    EXPECT_NE(a.layers.front().grad_norm, b.layers.front().grad_norm);
    EXPECT_NE(a.layers.back().activation_mean, b.layers.back().activation_mean);
}

TEST(GradFlow, SeluUsesLecunNormalAndStandardisedInputs) {
    GradFlowSettings s;
    s.activation = ActivationId::Selu;
    EXPECT_EQ(activa::effective_init(s), InitScheme::LecunNormal);
    // Self-normalising: activations keep roughly zero mean and unit variance with depth.
    const auto r = activa::run_gradflow(s);
    EXPECT_NEAR(r.layers.back().activation_mean, 0.0, 0.3);
    EXPECT_NEAR(r.layers.back().activation_std, 1.0, 0.3);
}

TEST(GradFlow, ActivationParametersAreUsed) {
    auto s = settings(ActivationId::LeakyRelu, 1);
    const auto with_default = activa::run_gradflow(s);
    s.params = activa::ParamValues{0.3, 0.0};
    const auto with_steeper = activa::run_gradflow(s);
    EXPECT_NE(with_default.layers.front().grad_norm, with_steeper.layers.front().grad_norm);
}

TEST(GradFlow, CancelledRunReturnsNoRows) {
    std::atomic<bool> cancel{true};
    const auto r = activa::run_gradflow(settings(ActivationId::Relu, 1), &cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.layers.empty());
}

TEST(GradFlow, ExtremeDepthKeepsTinyGradientsFinite) {
    auto s = settings(ActivationId::Relu, 1, InitScheme::Normal, 0.01);
    s.depth = 200;
    s.width = 16;
    s.batch = 8;
    const auto r = activa::run_gradflow(s);
    EXPECT_GT(r.layers.front().grad_norm, 0.0); // ~1e-250: its square would underflow
    EXPECT_TRUE(std::isfinite(r.layers.front().grad_norm));
}

// Backpropagation against central differences of loss = Σ ⟨g, h_top⟩ with respect to the
// inputs, on small networks of smooth activations (no kinks for finite differences to trip on).
class GradFlowBackprop : public ::testing::TestWithParam<ActivationId> {};

TEST_P(GradFlowBackprop, MatchesFiniteDifferences) {
    GradFlowSettings s;
    s.activation = GetParam();
    s.depth = 4;
    s.width = 5;
    s.batch = 3;
    s.bias = 0.1;
    s.seed = 17;
    std::vector<double> x(s.width * s.batch);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = std::sin(1.7 * static_cast<double>(i) + 0.3);
    std::vector<double> grad(x.size());
    std::vector<double> unused(x.size());
    activa::gradflow_probe(s, x, grad);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double numeric = activa::test::central_difference(
            [&](const std::vector<double>& at) { return activa::gradflow_probe(s, at, unused); }, x,
            i, 1e-5);
        EXPECT_NEAR(grad[i], numeric, 1e-7 + 1e-6 * std::fabs(numeric)) << "input " << i;
    }
}

std::string activation_name(const ::testing::TestParamInfo<ActivationId>& p) {
    std::string key(activa::info(p.param).key);
    for (char& c : key)
        if (c == '_') c = 'X';
    return key;
}

INSTANTIATE_TEST_SUITE_P(GradFlow, GradFlowBackprop,
                         ::testing::Values(ActivationId::Tanh, ActivationId::Sigmoid,
                                           ActivationId::Gelu, ActivationId::Silu,
                                           ActivationId::Softplus, ActivationId::Mish),
                         activation_name);

TEST(GradFlowValidate, SizeLimitsAreNamed) {
    const std::vector<std::pair<std::function<void(GradFlowSettings&)>, std::string>> cases{
        {[](GradFlowSettings& s) { s.depth = 0; }, "depth must be between 1 and 200, got 0"},
        {[](GradFlowSettings& s) { s.width = 4096; }, "width must be between 2 and 2048, got 4096"},
        {[](GradFlowSettings& s) { s.batch = 0; }, "batch must be between 1 and 4096, got 0"},
        {[](GradFlowSettings& s) { s.bias = std::nan(""); },
         "bias must be between -10 and 10, got nan"},
    };
    for (const auto& [spoil, reason] : cases) {
        GradFlowSettings s;
        spoil(s);
        EXPECT_EQ(activa::validate(s).error(), reason);
    }
}

TEST(GradFlowValidate, NormalStdOnlyMattersForNormal) {
    GradFlowSettings s;
    s.normal_std = -1.0;
    EXPECT_TRUE(activa::validate(s)) << activa::validate(s).error();
    s.init = InitScheme::Normal;
    EXPECT_EQ(activa::validate(s).error(), "normal_std must be between 1e-06 and 100, got -1");
}

TEST(GradFlowValidate, BadParameterIsRefused) {
    GradFlowSettings s;
    s.activation = ActivationId::LeakyRelu;
    s.params = activa::ParamValues{5.0, 0.0};
    EXPECT_NE(activa::validate(s).error().find("negative_slope"), std::string::npos);
}

TEST(GradFlowValidate, TooMuchMemoryIsRefused) {
    GradFlowSettings s;
    s.depth = 200;
    s.width = 2048;
    const std::string why = activa::validate(s).error();
    EXPECT_EQ(why.rfind("depth × width × batch too large", 0), 0u) << why;
    EXPECT_THROW(activa::run_gradflow(s), std::invalid_argument);
    s.depth = 20;
    EXPECT_TRUE(activa::validate(s)) << activa::validate(s).error();
}

TEST(GradFlowState, DefaultIsSigmoidTanhReluWithTheRecommendedInits) {
    const activa::GradFlowState s;
    ASSERT_EQ(s.curves.size(), 3u);
    for (const auto& c : s.curves)
        EXPECT_EQ(c.init, activa::recommended_init(c.activation));
    EXPECT_EQ(s.depth, GradFlowSettings{}.depth);
    EXPECT_EQ(s.width, GradFlowSettings{}.width);
    EXPECT_EQ(s.batch, GradFlowSettings{}.batch);
    EXPECT_EQ(s.seed, GradFlowSettings{}.seed);
    const auto ok = activa::checked(s, activa::OnInvalid::Reject);
    ASSERT_TRUE(ok) << ok.error();
    EXPECT_EQ(*ok, s);
}

TEST(GradFlowState, SettingsOfACurveCarryTheSharedSizes) {
    activa::GradFlowState s;
    s.depth = 7;
    s.bias = -0.25;
    s.seed = 99;
    const GradFlowSettings g = activa::gradflow_settings(s, 2);
    EXPECT_EQ(g.activation, ActivationId::Relu);
    EXPECT_EQ(g.init, InitScheme::HeUniform);
    EXPECT_EQ(g.depth, 7u);
    EXPECT_EQ(g.bias, -0.25);
    EXPECT_EQ(g.seed, 99u);
    EXPECT_TRUE(activa::validate(g));
}

TEST(GradFlowState, RejectNamesTheBadField) {
    const auto reason = [](auto change) {
        activa::GradFlowState s;
        change(s);
        const auto r = activa::checked(s, activa::OnInvalid::Reject);
        EXPECT_FALSE(r);
        return r ? std::string() : r.error();
    };
    EXPECT_EQ(reason([](auto& s) { s.depth = 0; }), "depth must be between 1 and 200, got 0");
    EXPECT_EQ(reason([](auto& s) { s.width = 5000; }),
              "width must be between 2 and 2048, got 5000");
    EXPECT_EQ(reason([](auto& s) { s.bias = 11; }), "bias must be between -10 and 10, got 11");
    EXPECT_EQ(reason([](auto& s) { s.curves.clear(); }), "at least one activation is needed");
    EXPECT_EQ(reason([](auto& s) { s.curves.push_back(s.curves[0]); }), "sigmoid is listed twice");
    EXPECT_EQ(reason([](auto& s) {
                  s.depth = 200;
                  s.width = 2048;
              }).rfind("depth × width × batch too large", 0),
              0u);
    EXPECT_EQ(reason([](auto& s) {
                  s.curves.clear();
                  for (std::size_t i = 0; i < 9; ++i)
                      s.curves.push_back({static_cast<ActivationId>(i), InitScheme::HeUniform});
              }),
              "at most 8 activations can be compared, got 9");
}

TEST(GradFlowState, UseDefaultRepairsOnlyTheBadFields) {
    activa::GradFlowState s;
    s.curves = {{ActivationId::Tanh, static_cast<InitScheme>(200)},
                {ActivationId::Tanh, InitScheme::HeNormal},
                {static_cast<ActivationId>(250), InitScheme::HeNormal}};
    s.depth = 0;
    s.width = 32;
    s.normal_std = -1;
    s.seed = 5;
    const auto r = activa::checked(s, activa::OnInvalid::UseDefault);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->curves.size(), 1u);
    EXPECT_EQ(r->curves[0].init, InitScheme::GlorotUniform);
    EXPECT_EQ(r->depth, 20u);
    EXPECT_EQ(r->width, 32u);
    EXPECT_EQ(r->normal_std, 1.0);
    EXPECT_EQ(r->seed, 5u);
    s = {};
    s.curves.clear();
    s.depth = 200;
    s.width = 2048;
    const auto sizes = activa::checked(s, activa::OnInvalid::UseDefault);
    EXPECT_EQ(sizes->curves, activa::GradFlowState{}.curves);
    EXPECT_EQ(sizes->depth, 20u);
    EXPECT_EQ(sizes->width, 64u);
}

// A typed function in the comparison is its name's newest definition: an edit keeps its curve
// under the new id, with the initialisation chosen; a forgotten one leaves (or is refused).
TEST(GradFlowState, ATypedFunctionFollowsItsNameAndLeavesWhenForgotten) {
    using activa::OnInvalid;
    const auto first = activa::define_function({"flow_bump(x) = x*x", {}, {}});
    ASSERT_TRUE(first);
    activa::GradFlowState s;
    s.curves = {{ActivationId::Relu, InitScheme::HeUniform}, {*first, InitScheme::LecunNormal}};
    EXPECT_EQ(activa::checked(s, OnInvalid::Reject)->curves, s.curves);

    const auto edited = activa::define_function({"flow_bump(x) = x*x*x", {}, {}});
    ASSERT_TRUE(edited);
    ASSERT_NE(*edited, *first);
    const std::vector<activa::GradFlowCurve> renamed{{ActivationId::Relu, InitScheme::HeUniform},
                                                     {*edited, InitScheme::LecunNormal}};
    EXPECT_EQ(activa::checked(s, OnInvalid::UseDefault)->curves, renamed);

    activa::forget_function(*edited);
    EXPECT_EQ(activa::checked(s, OnInvalid::Reject).error(), "function no longer defined");
    const std::vector<activa::GradFlowCurve> left{{ActivationId::Relu, InitScheme::HeUniform}};
    EXPECT_EQ(activa::checked(s, OnInvalid::UseDefault)->curves, left);
}

TEST(InitScheme, KeysRoundTrip) {
    for (const auto& scheme : activa::init_schemes()) {
        EXPECT_EQ(activa::parse_init_scheme(scheme.key), scheme.id);
        EXPECT_EQ(activa::init_scheme_key(scheme.id), scheme.key);
    }
    EXPECT_EQ(activa::parse_init_scheme("xavier"), std::nullopt);
}

TEST(InitScheme, RecipeGivesHeForReluGlorotForTanhLecunForSelu) {
    EXPECT_EQ(activa::recommended_init(ActivationId::Relu), InitScheme::HeUniform);
    EXPECT_EQ(activa::recommended_init(ActivationId::Tanh), InitScheme::GlorotUniform);
    EXPECT_EQ(activa::recommended_init(ActivationId::Selu), InitScheme::LecunNormal);
}

TEST(DenseProduct, PathsAgreeWithNaiveProduct) {
    const std::size_t m = 37, n = 29, k = 41;
    std::vector<double> a(m * k), b(k * n), c(m * n), naive(m * n, 0.0);
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] = std::cos(0.37 * static_cast<double>(i));
    for (std::size_t i = 0; i < b.size(); ++i)
        b[i] = std::sin(0.11 * static_cast<double>(i));
    for (std::size_t j = 0; j < n; ++j)
        for (std::size_t p = 0; p < k; ++p)
            for (std::size_t i = 0; i < m; ++i)
                naive[j * m + i] += a[p * m + i] * b[j * k + p];
    for (const auto path : {activa::SimdPath::Baseline, activa::SimdPath::Avx2Fma}) {
        if (!activa::simd_path_available(path)) continue;
        activa::multiply(path, m, n, k, a, b, c);
        for (std::size_t i = 0; i < c.size(); ++i)
            EXPECT_NEAR(c[i], naive[i], 1e-12) << activa::simd_path_key(path);
    }
}

} // namespace
