// SPDX-License-Identifier: MIT
// The facts the window's texts and the README state, computed: the gradient-flow explanation
// (ui/gradflow/gradflowview.cpp), sigmoid's remark in the catalogue, the training view's
// hidden-layers tooltip (ui/training/trainingview.cpp) and the README's gradient-flow paragraph.
// A text that changes its numbers changes them here too.
#include <activa/gradflow.hpp>
#include <activa/training.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace {

using activa::ActivationId;
using activa::GradFlowResult;

constexpr std::uint64_t kSeeds[] = {1, 2, 3, 4, 5};

GradFlowResult gradflow_at_defaults(ActivationId f, std::uint64_t seed) {
    activa::GradFlowSettings s; // depth 20, width 64, batch 128, the recipe's initialisation
    s.activation = f;
    s.seed = seed;
    return activa::run_gradflow(s);
}

double first_over_last(const GradFlowResult& r) {
    return r.layers.front().grad_norm / r.layers.back().grad_norm;
}

// "Sigmoid's slope is at most ¼ ... about 10⁻¹² of the gradient reaches the first. That is not
// saturation (the dashed line stays at 0)"; and the catalogue's
// remark: "Its slope is at most ¼, so every layer of a deep stack shrinks the gradient,
// saturated or not".
TEST(GradFlowClaims, SigmoidKeepsAbout1e12OverTwentyLayersWithNoSlopeSaturated) {
    EXPECT_EQ(activa::derivative(ActivationId::Sigmoid, 0.0, {}), 0.25);
    for (double x = -10.0; x <= 10.0; x += 0.01)
        EXPECT_LE(activa::derivative(ActivationId::Sigmoid, x, {}), 0.25);
    for (const auto seed : kSeeds) {
        const auto r = gradflow_at_defaults(ActivationId::Sigmoid, seed);
        EXPECT_GT(first_over_last(r), 3e-13) << "seed " << seed;
        EXPECT_LT(first_over_last(r), 3e-12) << "seed " << seed;
        for (const auto& row : r.layers) {
            EXPECT_EQ(row.saturated_fraction, 0.0) << "seed " << seed << ", layer " << row.layer;
            EXPECT_EQ(row.zero_gradient_fraction, 0.0) << "seed " << seed;
        }
    }
}

// "Tanh, with a slope of 1 at 0, loses about three quarters over 20 layers."
TEST(GradFlowClaims, TanhLosesAboutThreeQuartersOverTwentyLayers) {
    for (const auto seed : kSeeds) {
        const auto r = gradflow_at_defaults(ActivationId::Tanh, seed);
        EXPECT_GT(first_over_last(r), 0.2) << "seed " << seed;
        EXPECT_LT(first_over_last(r), 0.35) << "seed " << seed;
    }
}

// "about half its slopes are exactly 0 (dash-dot line), which is not saturation either ... the
// line stays nearly flat."
TEST(GradFlowClaims, ReluHasHalfItsSlopesAtZeroNoneSaturatedAndANearlyFlatLine) {
    for (const auto seed : kSeeds) {
        const auto r = gradflow_at_defaults(ActivationId::Relu, seed);
        EXPECT_GT(first_over_last(r), 0.3) << "seed " << seed;
        EXPECT_LT(first_over_last(r), 3.0) << "seed " << seed;
        double zero = 0.0;
        for (const auto& row : r.layers) {
            EXPECT_EQ(row.saturated_fraction, 0.0) << "seed " << seed;
            zero += row.zero_gradient_fraction;
        }
        zero /= static_cast<double>(r.layers.size());
        EXPECT_GT(zero, 0.45) << "seed " << seed;
        EXPECT_LT(zero, 0.55) << "seed " << seed;
    }
}

// The typical first-layer gradient of the race's first ten epochs on circle (the reading's
// measure): a geometric mean over the epochs.
std::vector<double> early_first_layer_gradients(std::size_t depth) {
    activa::TrainSettings s;
    s.dataset = activa::DatasetId::Circle;
    s.hidden_layers = depth;
    s.epochs = 10;
    const activa::RaceEntry race[] = {
        {ActivationId::Relu, {}}, {ActivationId::Tanh, {}}, {ActivationId::Sigmoid, {}}};
    const auto result = activa::train_race(s, race);
    std::vector<double> typical;
    for (const auto& h : result.histories) {
        double sum = 0.0;
        for (const auto& e : h)
            sum += std::log(e.grad_norm_first);
        typical.push_back(std::exp(sum / static_cast<double>(h.size())));
    }
    return typical; // ReLU, tanh, sigmoid
}

// "the deeper the network, the less of it reaches sigmoid's first layer; tanh's and ReLU's first
// layers keep far more." (Not that tanh's vanishes before ReLU's: at depth 10 it gets more.)
TEST(TrainingClaims, DeeperNetworksStarveSigmoidsFirstLayerNotTanhsOrRelus) {
    const auto at4 = early_first_layer_gradients(4);
    const auto at10 = early_first_layer_gradients(10);
    const auto at20 = early_first_layer_gradients(20);
    EXPECT_LT(at10[2], at4[2] / 100.0);
    EXPECT_LT(at20[2], at10[2] / 100.0);
    for (const auto& at : {at4, at10, at20}) {
        EXPECT_GT(at[0], 100.0 * at[2]);
        EXPECT_GT(at[1], 10.0 * at[2]);
    }
    EXPECT_GT(at10[1], at10[0]);
}

} // namespace
