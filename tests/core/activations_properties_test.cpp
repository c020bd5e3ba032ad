// SPDX-License-Identifier: MIT
// Structural properties: derivatives against finite differences, the catalogue and its
// parameters, and the span, linspace and range entry points.

#include <activa/activations.hpp>

#include "special_values.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using activa::ActivationId;
using activa::ParamValues;
using enum activa::ActivationId;

using namespace activa::test;

// Relative error of actual against expected, measured against max(1, |expected|).
double scaled_error(double actual, double expected) {
    return std::fabs(actual - expected) / std::max(1.0, std::fabs(expected));
}

std::vector<ActivationId> all_ids() {
    std::vector<ActivationId> ids;
    for (std::size_t i = 0; i < activa::kActivationCount; ++i)
        ids.push_back(static_cast<ActivationId>(i));
    return ids;
}

const char* key(ActivationId id) {
    return activa::info(id).key.data();
}

// Default parameters, then every other set used here that is valid for the function.
std::vector<ParamValues> param_sets(ActivationId id) {
    std::vector<ParamValues> sets = {activa::default_params(id)};
    const ParamValues others[] = {{0.2}, {0.5}, {2.0}, {-2.0, 3.0}, {1.0}};
    if (!activa::info(id).params.empty())
        for (const ParamValues& p : others)
            if (activa::validate_params(id, p)) sets.push_back(p);
    return sets;
}

TEST(Derivative, MatchesCentralFiniteDifferenceOnMinus10To10) {
    for (const ActivationId id : all_ids()) {
        for (const ParamValues& p : param_sets(id)) {
            std::vector<double> kinks = activa::kinks(id, p);
            // Where the pieces of elu and celu meet, f'' jumps: the central difference is off
            // by about h |f''(0+) - f''(0-)| / 4 there, so those points are skipped too.
            if (id == Elu || id == Celu) kinks.push_back(0.0);
            for (int i = -2000; i <= 2000; ++i) {
                const double x = i / 200.0;
                const bool near_kink = std::any_of(
                    kinks.begin(), kinks.end(), [x](double k) { return std::fabs(x - k) <= 1e-3; });
                if (near_kink) continue;
                const double h = 1e-6 * std::max(1.0, std::fabs(x));
                const double lo = x - h;
                const double hi = x + h;
                const double fd = (activa::value(id, hi, p) - activa::value(id, lo, p)) / (hi - lo);
                const double d = activa::derivative(id, x, p);
                EXPECT_LE(scaled_error(d, fd), 1e-6)
                    << key(id) << "'(" << x << ") = " << d << ", finite difference " << fd
                    << ", p0 = " << p[0];
            }
        }
    }
}

TEST(Kinks, AreAscendingAndIncludeTheKnownOnes) {
    for (const ActivationId id : all_ids()) {
        for (const ParamValues& p : param_sets(id)) {
            const std::vector<double> k = activa::kinks(id, p);
            EXPECT_TRUE(std::is_sorted(k.begin(), k.end())) << key(id);
        }
    }
    using V = std::vector<double>;
    EXPECT_EQ(activa::kinks(Relu, {}), V{0.0});
    EXPECT_EQ(activa::kinks(Relu6, {}), (V{0.0, 6.0}));
    EXPECT_EQ(activa::kinks(Hardtanh, {-2.0, 3.0}), (V{-2.0, 3.0}));
    EXPECT_EQ(activa::kinks(Hardsigmoid, {}), (V{-3.0, 3.0}));
    EXPECT_EQ(activa::kinks(Hardswish, {}), (V{-3.0, 3.0}));
    EXPECT_EQ(activa::kinks(Softshrink, {1.0}), (V{-1.0, 1.0}));
    EXPECT_EQ(activa::kinks(Hardshrink, {0.5}), (V{-0.5, 0.5}));
    EXPECT_EQ(activa::kinks(BinaryStep, {}), V{0.0});
    for (const ActivationId id : {Tanh, Sigmoid, Gelu, GeluTanh, Silu, Mish, Softplus, Gaussian,
                                  BentIdentity, Sinusoid, Logsigmoid, Tanhshrink, Identity})
        EXPECT_TRUE(activa::kinks(id, activa::default_params(id)).empty()) << key(id);
}

TEST(Catalogue, Has27EntriesInIdOrderWithTorchKeys) {
    constexpr std::string_view keys[] = {
        "identity",  "relu",          "leaky_relu", "prelu",      "relu6",      "elu",
        "selu",      "celu",          "gelu",       "gelu_tanh",  "silu",       "mish",
        "softplus",  "softsign",      "sigmoid",    "tanh",       "hardtanh",   "hardsigmoid",
        "hardswish", "logsigmoid",    "tanhshrink", "softshrink", "hardshrink", "binary_step",
        "gaussian",  "bent_identity", "sinusoid"};
    const auto cat = activa::catalogue();
    ASSERT_EQ(cat.size(), 27U);
    ASSERT_EQ(activa::kActivationCount, 27U);
    for (std::size_t i = 0; i < cat.size(); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(cat[i].id), i);
        EXPECT_EQ(cat[i].key, keys[i]);
        EXPECT_EQ(&activa::info(cat[i].id), &cat[i]);
        EXPECT_FALSE(cat[i].name.empty()) << cat[i].key;
    }
}

TEST(Catalogue, KeysAndAliasesAreUnique) {
    std::set<std::string_view> seen;
    for (const auto& a : activa::catalogue()) {
        EXPECT_TRUE(seen.insert(a.key).second) << a.key;
        if (!a.alias.empty()) {
            EXPECT_TRUE(seen.insert(a.alias).second) << a.alias;
        }
    }
}

TEST(FindActivation, ResolvesKeysAndTheAliasesLinearSwishLogistic) {
    for (const auto& a : activa::catalogue()) {
        EXPECT_EQ(activa::find_activation(a.key), a.id) << a.key;
        if (!a.alias.empty()) {
            EXPECT_EQ(activa::find_activation(a.alias), a.id) << a.alias;
        }
    }
    EXPECT_EQ(activa::find_activation("linear"), Identity);
    EXPECT_EQ(activa::find_activation("swish"), Silu);
    EXPECT_EQ(activa::find_activation("logistic"), Sigmoid);
    EXPECT_EQ(activa::find_activation(""), std::nullopt);
    EXPECT_EQ(activa::find_activation("no_such_function"), std::nullopt);
}

TEST(DefaultParams, MatchParamSpecDefaults) {
    for (const auto& a : activa::catalogue()) {
        const ParamValues p = activa::default_params(a.id);
        ASSERT_LE(a.params.size(), activa::kMaxParams) << a.key;
        for (std::size_t i = 0; i < a.params.size(); ++i) {
            const auto& s = a.params[i];
            EXPECT_EQ(p[i], s.default_value) << a.key << " " << s.name;
            EXPECT_LE(s.min, s.default_value) << a.key << " " << s.name;
            EXPECT_LE(s.default_value, s.max) << a.key << " " << s.name;
            EXPECT_EQ(activa::find_param(a.id, s.name), i) << a.key << " " << s.name;
        }
        EXPECT_EQ(activa::find_param(a.id, "no_such_param"), std::nullopt) << a.key;
        EXPECT_TRUE(activa::validate_params(a.id, p)) << a.key;
    }
}

TEST(DefaultParams, AreThoseOfTorch) {
    struct Expected {
        ActivationId id;
        std::string_view name;
        double value;
    };
    const Expected expected[] = {
        {LeakyRelu, "negative_slope", 0.01},
        {Prelu, "a", 0.25},
        {Elu, "alpha", 1.0},
        {Celu, "alpha", 1.0},
        {Softplus, "beta", 1.0},
        {Hardtanh, "min_val", -1.0},
        {Hardtanh, "max_val", 1.0},
        {Softshrink, "lambd", 0.5},
        {Hardshrink, "lambd", 0.5},
    };
    for (const Expected& e : expected) {
        const auto i = activa::find_param(e.id, e.name);
        ASSERT_TRUE(i.has_value()) << key(e.id) << " " << e.name;
        EXPECT_EQ(activa::default_params(e.id)[*i], e.value) << key(e.id) << " " << e.name;
    }
    std::size_t with_params = 0;
    for (const auto& a : activa::catalogue())
        with_params += a.params.size();
    EXPECT_EQ(with_params, std::size(expected));
}

TEST(ValidateParams, RejectsOutOfRangeValues) {
    for (const auto& a : activa::catalogue()) {
        for (std::size_t i = 0; i < a.params.size(); ++i) {
            const auto& s = a.params[i];
            for (const double bad : {std::nextafter(s.min, -kInf), std::nextafter(s.max, kInf),
                                     s.min - 1.0, s.max + 1.0, kNan, -kInf, kInf}) {
                ParamValues p = activa::default_params(a.id);
                p[i] = bad;
                EXPECT_FALSE(activa::validate_params(a.id, p))
                    << a.key << " " << s.name << " = " << bad;
            }
            for (const double good : {s.min, s.max}) {
                ParamValues p = activa::default_params(a.id);
                p[i] = good;
                if (a.id == Hardtanh && !(p[0] < p[1])) continue;
                EXPECT_TRUE(activa::validate_params(a.id, p))
                    << a.key << " " << s.name << " = " << good;
            }
        }
    }
}

TEST(ValidateParams, RejectsHardtanhMinNotBelowMax) {
    const auto& specs = activa::info(Hardtanh).params;
    ASSERT_EQ(specs.size(), 2U);
    const double lo = std::max(specs[0].min, specs[1].min);
    const double hi = std::min(specs[0].max, specs[1].max);
    ASSERT_LT(lo, hi);
    const double mid = 0.5 * (lo + hi);
    EXPECT_FALSE(activa::validate_params(Hardtanh, {mid, mid}));
    EXPECT_FALSE(activa::validate_params(Hardtanh, {hi, lo}));
    EXPECT_FALSE(activa::validate_params(Hardtanh, {1.0, -1.0}));
    EXPECT_TRUE(activa::validate_params(Hardtanh, {lo, hi}));
}

TEST(ValidateParams, AcceptsTheNonDefaultValuesUsedInTheReferenceTests) {
    EXPECT_TRUE(activa::validate_params(LeakyRelu, {0.2}));
    EXPECT_TRUE(activa::validate_params(Prelu, {0.1}));
    EXPECT_TRUE(activa::validate_params(Elu, {0.5}));
    EXPECT_TRUE(activa::validate_params(Celu, {2.0}));
    EXPECT_TRUE(activa::validate_params(Celu, {0.5}));
    EXPECT_TRUE(activa::validate_params(Softplus, {2.0}));
    EXPECT_TRUE(activa::validate_params(Softplus, {0.5}));
    EXPECT_TRUE(activa::validate_params(Hardtanh, {-2.0, 3.0}));
    EXPECT_TRUE(activa::validate_params(Softshrink, {1.0}));
    EXPECT_TRUE(activa::validate_params(Hardshrink, {1.0}));
}

TEST(EvaluateSpan, EqualsPointwiseEvaluateBitForBit) {
    std::vector<double> xs = {kNan,   -kInf,  kInf,   0.0,   -0.0,   5e-324, -5e-324,
                              1e-310, 1e-300, -1e300, 1e308, -1e308, 709.5,  -745.5,
                              -3.0,   3.0,    6.0,    -0.5,  0.5,    1e-5,   -1e-5};
    for (int i = -1500; i <= 1500; ++i)
        xs.push_back(i * 0.0137);
    for (const ActivationId id : all_ids()) {
        for (const ParamValues& p : param_sets(id)) {
            std::vector<double> values(xs.size());
            std::vector<double> derivatives(xs.size());
            activa::evaluate(id, p, xs, values, derivatives);
            for (std::size_t i = 0; i < xs.size(); ++i) {
                const auto [v, d] = activa::evaluate(id, xs[i], p);
                EXPECT_EQ(std::bit_cast<std::uint64_t>(values[i]), std::bit_cast<std::uint64_t>(v))
                    << key(id) << "(" << xs[i] << "): " << values[i] << " vs " << v;
                EXPECT_EQ(std::bit_cast<std::uint64_t>(derivatives[i]),
                          std::bit_cast<std::uint64_t>(d))
                    << key(id) << "'(" << xs[i] << "): " << derivatives[i] << " vs " << d;
            }
        }
    }
}

TEST(EvaluateSpan, ThrowsOnMismatchedSizes) {
    const std::vector<double> xs(4, 1.0);
    std::vector<double> ok(4);
    std::vector<double> shorter(3);
    std::vector<double> longer(5);
    const ParamValues p = activa::default_params(Tanh);
    EXPECT_THROW(activa::evaluate(Tanh, p, xs, shorter, ok), std::invalid_argument);
    EXPECT_THROW(activa::evaluate(Tanh, p, xs, ok, shorter), std::invalid_argument);
    EXPECT_THROW(activa::evaluate(Tanh, p, xs, longer, ok), std::invalid_argument);
    EXPECT_THROW(activa::evaluate(Tanh, p, xs, ok, longer), std::invalid_argument);
    EXPECT_NO_THROW(activa::evaluate(Tanh, p, xs, ok, std::span<double>(longer).first(4)));
    EXPECT_NO_THROW(activa::evaluate(Tanh, p, {}, {}, {}));
}

TEST(Linspace, IsExactAtBothEndsAndMonotonic) {
    struct Case {
        double min;
        double max;
        std::size_t n;
    };
    const Case cases[] = {{-10.0, 10.0, 1001}, {-10.0, 10.0, 2},       {0.1, 0.7, 3},
                          {0.1, 0.7, 7},       {-1e308, 1e308, 9},     {-1.7e308, 1.7e308, 1000},
                          {-5.0, -3.0, 333},   {1.0, 1.0 + 1e-12, 50}, {-745.0, 710.0, 4097}};
    for (const Case& c : cases) {
        std::vector<double> xs(c.n);
        activa::linspace(c.min, c.max, xs);
        EXPECT_EQ(xs.front(), c.min) << c.min << ".." << c.max << " n " << c.n;
        EXPECT_EQ(xs.back(), c.max) << c.min << ".." << c.max << " n " << c.n;
        for (std::size_t i = 1; i < xs.size(); ++i) {
            EXPECT_TRUE(std::isfinite(xs[i])) << i;
            EXPECT_LT(xs[i - 1], xs[i]) << c.min << ".." << c.max << " n " << c.n << " at " << i;
        }
        // Close to the exact point: a few ulps of the larger end (long double cannot overflow).
        const long double width = static_cast<long double>(c.max) - c.min;
        const double tol = 4 * std::numeric_limits<double>::epsilon() *
                           std::max(std::fabs(c.min), std::fabs(c.max));
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const long double ideal = c.min + width * i / (c.n - 1);
            EXPECT_LE(std::fabs(static_cast<long double>(xs[i]) - ideal), tol)
                << c.min << ".." << c.max << " at " << i;
        }
    }
}

TEST(EvaluateRange, HasCountPointsMatchingEvaluate) {
    for (const std::size_t count : {2U, 3U, 5U, 1000U}) {
        const ParamValues p = activa::default_params(Gelu);
        const activa::Curve c = activa::evaluate_range(Gelu, p, -4.0, 6.0, count);
        ASSERT_EQ(c.x.size(), count);
        ASSERT_EQ(c.value.size(), count);
        ASSERT_EQ(c.derivative.size(), count);
        EXPECT_EQ(c.x.front(), -4.0);
        EXPECT_EQ(c.x.back(), 6.0);
        std::vector<double> xs(count);
        activa::linspace(-4.0, 6.0, xs);
        EXPECT_EQ(c.x, xs);
        for (std::size_t i = 0; i < count; ++i) {
            const auto [v, d] = activa::evaluate(Gelu, c.x[i], p);
            EXPECT_EQ(c.value[i], v) << i;
            EXPECT_EQ(c.derivative[i], d) << i;
        }
    }
}

} // namespace
