// SPDX-License-Identifier: MIT
// The training lab's settings: defaults, the recipe's choices, keys and the checks.
#include <activa/training.hpp>

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace activa;

TEST(TrainDefaults, AreTheIssuesRace) {
    const TrainSettings s;
    EXPECT_EQ(s.dataset, DatasetId::Spiral);
    EXPECT_EQ(s.points, 500u);
    EXPECT_EQ(s.noise, 0.1);
    EXPECT_EQ(s.train_fraction, 0.5);
    EXPECT_EQ(s.hidden_layers, 4u);
    EXPECT_EQ(s.units, 16u);
    EXPECT_EQ(s.optimizer, activa::Optimizer::Adam);
    EXPECT_EQ(s.learning_rate, 0.01);
    EXPECT_EQ(s.batch_size, 32u);
    EXPECT_EQ(s.epochs, 300u);
    EXPECT_TRUE(activa::validate(s)) << activa::validate(s).error();
}

TEST(TrainRecipe, OutputAndLossFollowTheProblemType) {
    using activa::ProblemType;
    EXPECT_EQ(activa::recommended_output(ProblemType::Regression), OutputActivation::Linear);
    EXPECT_EQ(activa::recommended_loss(ProblemType::Regression), LossKind::MeanSquaredError);
    EXPECT_EQ(activa::recommended_output(ProblemType::Binary), OutputActivation::Sigmoid);
    EXPECT_EQ(activa::recommended_loss(ProblemType::Binary), LossKind::BinaryCrossentropy);
    EXPECT_EQ(activa::recommended_output(ProblemType::Multiclass), OutputActivation::Softmax);
    EXPECT_EQ(activa::recommended_loss(ProblemType::Multiclass), LossKind::CategoricalCrossentropy);
    EXPECT_EQ(activa::recommended_output(ProblemType::Multilabel), OutputActivation::Sigmoid);
    EXPECT_EQ(activa::recommended_loss(ProblemType::Multilabel), LossKind::BinaryCrossentropy);
}

TEST(TrainKeys, RoundTrip) {
    for (auto a : {OutputActivation::Linear, OutputActivation::Sigmoid, OutputActivation::Softmax})
        EXPECT_EQ(activa::parse_output_activation(activa::output_activation_key(a)), a);
    for (auto l : {LossKind::MeanSquaredError, LossKind::BinaryCrossentropy,
                   LossKind::CategoricalCrossentropy})
        EXPECT_EQ(activa::parse_loss(activa::loss_key(l)), l);
    for (auto o : {activa::Optimizer::Sgd, activa::Optimizer::Adam})
        EXPECT_EQ(activa::parse_optimizer(activa::optimizer_key(o)), o);
    EXPECT_EQ(activa::parse_loss("hinge"), std::nullopt);
}

TEST(TrainValidate, NamesTheBadField) {
    const std::vector<std::pair<std::function<void(TrainSettings&)>, std::string>> cases{
        {[](TrainSettings& s) { s.hidden_layers = 21; },
         "hidden_layers must be between 1 and 20, got 21"},
        {[](TrainSettings& s) { s.units = 0; }, "units must be between 1 and 64, got 0"},
        {[](TrainSettings& s) { s.learning_rate = 0.0; },
         "learning_rate must be greater than 0 and at most 10, got 0"},
        {[](TrainSettings& s) { s.train_fraction = 1.0; },
         "train_fraction must be between 0.1 and 0.9, got 1"},
        {[](TrainSettings& s) { s.batch_size = 0; },
         "batch_size must be between 1 and 1024, got 0"},
        {[](TrainSettings& s) { s.momentum = 1.0; },
         "momentum must be at least 0 and less than 1, got 1"},
    };
    for (const auto& [spoil, reason] : cases) {
        TrainSettings s;
        spoil(s);
        EXPECT_EQ(activa::validate(s).error(), reason);
        EXPECT_THROW(Trainer{s}, std::invalid_argument) << reason;
    }
}

// People give the test share; the settings keep the training share, within its limits.
TEST(TrainTestShare, ConvertsBothWaysWithinTheLimits) {
    EXPECT_EQ(activa::train_fraction_for_test_share(0.3), 0.7);
    EXPECT_EQ(activa::test_share_for_train_fraction(0.5), 0.5);
    EXPECT_EQ(activa::train_fraction_for_test_share(activa::kTrainMaxTestShare),
              activa::kTrainMinTrainFraction);
    EXPECT_EQ(activa::train_fraction_for_test_share(activa::kTrainMinTestShare),
              activa::kTrainMaxTrainFraction);
    for (const double train : {0.1, 0.25, 0.5, 0.9})
        EXPECT_NEAR(
            activa::train_fraction_for_test_share(activa::test_share_for_train_fraction(train)),
            train, 1e-15);
}

} // namespace
