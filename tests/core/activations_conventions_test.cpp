// SPDX-License-Identifier: MIT
// The conventions at kinks (PyTorch autograd's), the limits at +-inf, and NaN handling.

#include <activa/activations.hpp>

#include "special_values.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using activa::ActivationId;
using activa::ParamValues;
using enum activa::ActivationId;

using namespace activa::test;

const char* key(ActivationId id) {
    return activa::info(id).key.data();
}

// Derivatives at kinks follow PyTorch autograd.
TEST(Relu, DerivativeAt0IsZero) {
    EXPECT_EQ(activa::evaluate(Relu, 0.0, {}).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Relu, -0.0, {}).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Relu, 0.0, {}).value, 0.0);
}

TEST(LeakyRelu, DerivativeAt0IsNegativeSlope) {
    EXPECT_EQ(activa::derivative(LeakyRelu, 0.0, activa::default_params(LeakyRelu)), 0.01);
    EXPECT_EQ(activa::derivative(LeakyRelu, 0.0, {0.2}), 0.2);
    EXPECT_EQ(activa::value(LeakyRelu, 0.0, {0.2}), 0.0);
}

TEST(Prelu, DerivativeAt0IsA) {
    EXPECT_EQ(activa::derivative(Prelu, 0.0, activa::default_params(Prelu)), 0.25);
    EXPECT_EQ(activa::derivative(Prelu, 0.0, {0.1}), 0.1);
}

TEST(Relu6, DerivativeAt0And6IsZero) {
    EXPECT_EQ(activa::evaluate(Relu6, 0.0, {}).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Relu6, 6.0, {}).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Relu6, 0.0, {}).value, 0.0);
    EXPECT_EQ(activa::evaluate(Relu6, 6.0, {}).value, 6.0);
}

TEST(Hardtanh, DerivativeAtMinus1And1IsZero) {
    const ParamValues p = activa::default_params(Hardtanh);
    EXPECT_EQ(activa::evaluate(Hardtanh, -1.0, p).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Hardtanh, 1.0, p).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Hardtanh, -1.0, p).value, -1.0);
    EXPECT_EQ(activa::evaluate(Hardtanh, 1.0, p).value, 1.0);
}

TEST(Hardtanh, DerivativeAtMinus2And3IsZeroForThoseBounds) {
    const ParamValues p{-2.0, 3.0};
    EXPECT_EQ(activa::evaluate(Hardtanh, -2.0, p).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Hardtanh, 3.0, p).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Hardtanh, -2.0, p).value, -2.0);
    EXPECT_EQ(activa::evaluate(Hardtanh, 3.0, p).value, 3.0);
}

TEST(Elu, DerivativeAt0IsAlpha) {
    EXPECT_EQ(activa::derivative(Elu, 0.0, activa::default_params(Elu)), 1.0);
    EXPECT_EQ(activa::derivative(Elu, 0.0, {0.5}), 0.5);
    EXPECT_EQ(activa::value(Elu, 0.0, {0.5}), 0.0);
}

TEST(Selu, DerivativeAt0IsScaleTimesAlpha) {
    // S*A from mpmath at 50 digits.
    const double d = activa::derivative(Selu, 0.0, activa::default_params(Selu));
    EXPECT_LE(rel_error(d, 1.7580993408473768599), kRelTol) << d;
}

TEST(Celu, DerivativeAt0IsOne) {
    EXPECT_EQ(activa::derivative(Celu, 0.0, activa::default_params(Celu)), 1.0);
    EXPECT_EQ(activa::derivative(Celu, 0.0, {2.0}), 1.0);
    EXPECT_EQ(activa::derivative(Celu, 0.0, {0.5}), 1.0);
}

TEST(Hardsigmoid, DerivativeAtMinus3And3IsZero) {
    EXPECT_EQ(activa::evaluate(Hardsigmoid, -3.0, {}).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Hardsigmoid, 3.0, {}).derivative, 0.0);
    EXPECT_EQ(activa::evaluate(Hardsigmoid, -3.0, {}).value, 0.0);
    EXPECT_EQ(activa::evaluate(Hardsigmoid, 3.0, {}).value, 1.0);
}

TEST(Hardswish, DerivativeAtMinus3IsMinusHalfAnd3IsThreeHalves) {
    EXPECT_EQ(activa::evaluate(Hardswish, -3.0, {}).derivative, -0.5);
    EXPECT_EQ(activa::evaluate(Hardswish, 3.0, {}).derivative, 1.5);
    EXPECT_EQ(activa::evaluate(Hardswish, -3.0, {}).value, 0.0);
    EXPECT_EQ(activa::evaluate(Hardswish, 3.0, {}).value, 3.0);
}

// Value and derivative 0 at -lambd and lambd, for the default lambd and for 1.
void expect_zero_at_plus_minus_lambd(ActivationId id) {
    for (const ParamValues p : {activa::default_params(id), ParamValues{1.0}}) {
        const double l = p[0];
        EXPECT_EQ(activa::evaluate(id, -l, p).derivative, 0.0) << l;
        EXPECT_EQ(activa::evaluate(id, l, p).derivative, 0.0) << l;
        EXPECT_EQ(activa::evaluate(id, -l, p).value, 0.0) << l;
        EXPECT_EQ(activa::evaluate(id, l, p).value, 0.0) << l;
    }
}

TEST(Softshrink, DerivativeAtPlusMinusLambdIsZero) {
    expect_zero_at_plus_minus_lambd(Softshrink);
}

TEST(Hardshrink, DerivativeAtPlusMinusLambdIsZero) {
    expect_zero_at_plus_minus_lambd(Hardshrink);
}

TEST(BinaryStep, At0IsOneWithZeroDerivative) {
    EXPECT_EQ(activa::evaluate(BinaryStep, 0.0, {}).value, 1.0);
    EXPECT_EQ(activa::evaluate(BinaryStep, -0.0, {}).value, 1.0);
    EXPECT_EQ(activa::evaluate(BinaryStep, 0.0, {}).derivative, 0.0);
}

// Mathematical limits at +-inf, default parameters (sinusoid has none: see below).
struct Limit {
    ActivationId id;
    double x;
    double value;
    double derivative;
};

constexpr double kSeluScale = 1.0507009873554804934;
constexpr double kSeluScaleAlpha = 1.7580993408473768599;

const Limit kLimits[] = {
    {Identity, kInf, kInf, 1.0},     {Identity, -kInf, -kInf, 1.0},
    {Relu, kInf, kInf, 1.0},         {Relu, -kInf, 0.0, 0.0},
    {LeakyRelu, kInf, kInf, 1.0},    {LeakyRelu, -kInf, -kInf, 0.01},
    {Prelu, kInf, kInf, 1.0},        {Prelu, -kInf, -kInf, 0.25},
    {Relu6, kInf, 6.0, 0.0},         {Relu6, -kInf, 0.0, 0.0},
    {Elu, kInf, kInf, 1.0},          {Elu, -kInf, -1.0, 0.0},
    {Selu, kInf, kInf, kSeluScale},  {Selu, -kInf, -kSeluScaleAlpha, 0.0},
    {Celu, kInf, kInf, 1.0},         {Celu, -kInf, -1.0, 0.0},
    {Gelu, kInf, kInf, 1.0},         {Gelu, -kInf, 0.0, 0.0},
    {GeluTanh, kInf, kInf, 1.0},     {GeluTanh, -kInf, 0.0, 0.0},
    {Silu, kInf, kInf, 1.0},         {Silu, -kInf, 0.0, 0.0},
    {Mish, kInf, kInf, 1.0},         {Mish, -kInf, 0.0, 0.0},
    {Softplus, kInf, kInf, 1.0},     {Softplus, -kInf, 0.0, 0.0},
    {Softsign, kInf, 1.0, 0.0},      {Softsign, -kInf, -1.0, 0.0},
    {Sigmoid, kInf, 1.0, 0.0},       {Sigmoid, -kInf, 0.0, 0.0},
    {Tanh, kInf, 1.0, 0.0},          {Tanh, -kInf, -1.0, 0.0},
    {Hardtanh, kInf, 1.0, 0.0},      {Hardtanh, -kInf, -1.0, 0.0},
    {Hardsigmoid, kInf, 1.0, 0.0},   {Hardsigmoid, -kInf, 0.0, 0.0},
    {Hardswish, kInf, kInf, 1.0},    {Hardswish, -kInf, 0.0, 0.0},
    {Logsigmoid, kInf, 0.0, 0.0},    {Logsigmoid, -kInf, -kInf, 1.0},
    {Tanhshrink, kInf, kInf, 1.0},   {Tanhshrink, -kInf, -kInf, 1.0},
    {Softshrink, kInf, kInf, 1.0},   {Softshrink, -kInf, -kInf, 1.0},
    {Hardshrink, kInf, kInf, 1.0},   {Hardshrink, -kInf, -kInf, 1.0},
    {BinaryStep, kInf, 1.0, 0.0},    {BinaryStep, -kInf, 0.0, 0.0},
    {Gaussian, kInf, 0.0, 0.0},      {Gaussian, -kInf, 0.0, 0.0},
    {BentIdentity, kInf, kInf, 1.5}, {BentIdentity, -kInf, -kInf, 0.5},
};

TEST(AllFunctions, PlusMinusInfinityGiveTheLimits) {
    for (const Limit& l : kLimits) {
        const auto [v, d] = activa::evaluate(l.id, l.x, activa::default_params(l.id));
        EXPECT_LE(rel_error(v, l.value), kRelTol) << key(l.id) << "(" << l.x << ") = " << v;
        EXPECT_LE(rel_error(d, l.derivative), kRelTol) << key(l.id) << "'(" << l.x << ") = " << d;
    }
}

// sin and cos have no limit at +-inf: NaN, like std::sin, rather than a made-up number.
TEST(Sinusoid, PlusMinusInfinityGiveNan) {
    for (const double x : {kInf, -kInf}) {
        const auto [v, d] = activa::evaluate(Sinusoid, x, {});
        EXPECT_TRUE(std::isnan(v)) << x << ": " << v;
        EXPECT_TRUE(std::isnan(d)) << x << ": " << d;
    }
}

std::vector<ActivationId> all_ids() {
    std::vector<ActivationId> ids;
    for (std::size_t i = 0; i < activa::kActivationCount; ++i)
        ids.push_back(static_cast<ActivationId>(i));
    return ids;
}

TEST(AllFunctions, NanInputGivesNanValueAndDerivative) {
    const double nans[] = {kNan, -kNan, std::numeric_limits<double>::signaling_NaN()};
    for (const ActivationId id : all_ids()) {
        for (const double x : nans) {
            const auto [v, d] = activa::evaluate(id, x, activa::default_params(id));
            EXPECT_TRUE(std::isnan(v)) << key(id) << " value " << v;
            EXPECT_TRUE(std::isnan(d)) << key(id) << " derivative " << d;
        }
    }
}

TEST(AllFunctions, NoNanFromAnyNonNanInput) {
    // Zero, denormals, the normal range ends, the exp overflow region, huge values and inf
    // (but sin(inf)).
    using Lim = std::numeric_limits<double>;
    std::vector<double> xs = {0.0,   5e-324, 1e-310, 1e-300, 1e-8,  0.5,        1.0,       3.0,
                              6.0,   700.0,  709.0,  710.0,  745.0, 746.0,      1e3,       1e5,
                              1e150, 1e155,  1e300,  1e308,  kInf,  Lim::min(), Lim::max()};
    for (int e = -320; e <= 308; ++e)
        xs.push_back(std::pow(10.0, e));
    for (int i = -2000; i <= 2000; ++i)
        xs.push_back(i * 0.25);
    const std::size_t n = xs.size();
    for (std::size_t i = 0; i < n; ++i)
        xs.push_back(-xs[i]);

    const ParamValues extra[] = {{0.2}, {0.5}, {2.0}, {-2.0, 3.0}, {1.0}};
    for (const ActivationId id : all_ids()) {
        std::vector<ParamValues> sets = {activa::default_params(id)};
        for (const ParamValues& p : extra)
            if (activa::validate_params(id, p)) sets.push_back(p);
        for (const ParamValues& p : sets) {
            for (const double x : xs) {
                if (id == Sinusoid && std::isinf(x)) continue; // no limit: NaN, tested above
                const auto [v, d] = activa::evaluate(id, x, p);
                EXPECT_FALSE(std::isnan(v)) << key(id) << "(" << x << "), p0 = " << p[0];
                EXPECT_FALSE(std::isnan(d)) << key(id) << "'(" << x << "), p0 = " << p[0];
            }
        }
    }
}

} // namespace
