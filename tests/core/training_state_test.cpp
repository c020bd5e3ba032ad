// SPDX-License-Identifier: MIT
// The training view's and the export's state, and the one check that refuses or repairs it.
#include <activa/functions.hpp>
#include <activa/training.hpp>

#include <gtest/gtest.h>

#include <optional>

namespace {

using activa::ActivationId;
using activa::TrainSettings;

// The view's and the export's state: one check, which refuses or repairs field by field.
TEST(TrainingState, CheckedRejectsOrRepairsEachField) {
    activa::TrainingState s;
    s.settings.units = 8;
    s.settings.hidden_layers = 99;
    s.settings.noise = -1;
    s.race.push_back({ActivationId::Relu, {}});
    EXPECT_EQ(activa::checked(s, activa::OnInvalid::Reject).error(),
              "noise must be between 0 and 1, got -1");
    const auto fixed = activa::checked(s, activa::OnInvalid::UseDefault);
    ASSERT_TRUE(fixed);
    EXPECT_EQ(fixed->settings.hidden_layers, TrainSettings{}.hidden_layers);
    EXPECT_EQ(fixed->settings.noise, TrainSettings{}.noise);
    EXPECT_EQ(fixed->settings.units, 8u);                 // the good fields stay
    EXPECT_EQ(fixed->race, activa::TrainingState{}.race); // the repeated ReLU is dropped
}

TEST(TrainingState, RaceNeedsOneToSixKnownActivationsOnce) {
    using activa::OnInvalid;
    activa::TrainingState s;
    s.race.clear();
    EXPECT_EQ(activa::checked(s, OnInvalid::Reject).error(),
              "a race needs at least one activation");
    EXPECT_EQ(activa::checked(s, OnInvalid::UseDefault)->race, activa::TrainingState{}.race);
    for (int i = 0; i < 7; ++i)
        s.race.push_back({static_cast<ActivationId>(i), {}});
    EXPECT_EQ(activa::checked(s, OnInvalid::Reject).error(),
              "a race takes at most 6 activations, got 7");
    EXPECT_EQ(activa::checked(s, OnInvalid::UseDefault)->race.size(), activa::kTrainMaxRace);
    s.race = {{ActivationId::Relu, {}}, {ActivationId::Tanh, {}}, {ActivationId::Relu, {}}};
    EXPECT_EQ(activa::checked(s, OnInvalid::Reject).error(), "relu is listed twice");
    s.race = {{ActivationId::LeakyRelu, activa::ParamValues{-3.0, 0.0}}};
    EXPECT_FALSE(activa::checked(s, OnInvalid::Reject));
    EXPECT_EQ(activa::checked(s, OnInvalid::UseDefault)->race[0].params, std::nullopt);
}

TEST(TrainingState, SettingsActivationIsNotPartOfTheState) {
    activa::TrainingState a;
    activa::TrainingState b;
    b.settings.activation = ActivationId::Gelu;
    EXPECT_EQ(*activa::checked(a, activa::OnInvalid::Reject),
              *activa::checked(b, activa::OnInvalid::Reject));
}

TEST(TrainingState, DatasetForEachProblemHasThatProblem) {
    for (const auto p : {activa::ProblemType::Regression, activa::ProblemType::Binary,
                         activa::ProblemType::Multiclass, activa::ProblemType::Multilabel})
        EXPECT_EQ(activa::dataset_info(activa::dataset_for(p)).problem, p);
}

// A typed function in a race is its name's newest definition: an edit keeps it in the race
// under its new id, and a forgotten one leaves (or is refused).
TEST(TrainingState, ATypedFunctionFollowsItsNameAndLeavesWhenForgotten) {
    using activa::OnInvalid;
    const auto first = activa::define_function({"race_bump(x) = x*x", {}, {}});
    ASSERT_TRUE(first);
    activa::TrainingState s;
    s.race = {{ActivationId::Relu, {}}, {*first, {}}};
    EXPECT_EQ(activa::checked(s, OnInvalid::Reject)->race, s.race);

    const auto edited = activa::define_function({"race_bump(x) = x*x*x", {}, {}});
    ASSERT_TRUE(edited);
    ASSERT_NE(*edited, *first);
    const std::vector<activa::RaceEntry> renamed{{ActivationId::Relu, {}}, {*edited, {}}};
    EXPECT_EQ(activa::checked(s, OnInvalid::UseDefault)->race, renamed);

    activa::forget_function(*edited);
    EXPECT_EQ(activa::checked(s, OnInvalid::Reject).error(), "function no longer defined");
    const std::vector<activa::RaceEntry> left{{ActivationId::Relu, {}}};
    EXPECT_EQ(activa::checked(s, OnInvalid::UseDefault)->race, left);
}

} // namespace
