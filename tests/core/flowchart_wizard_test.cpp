// SPDX-License-Identifier: MIT
#include <activa/flowchart_wizard.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <vector>

namespace {

using activa::ActivationId;
using activa::NetworkType;
using activa::ProblemType;
using activa::WizardAnswers;
using activa::WizardStep;

// The answers after the keys, each applied in turn; the keys must all be known.
WizardAnswers answered(std::initializer_list<std::string_view> keys, unsigned classes = 0) {
    WizardAnswers a;
    for (const std::string_view key : keys) {
        const auto next = activa::with_answer(a, key);
        EXPECT_TRUE(next) << key;
        if (next) a = *next;
    }
    if (classes != 0) a.classes = classes;
    return a;
}

activa::Recipe recipe_of(std::initializer_list<std::string_view> keys, unsigned classes = 0) {
    const auto r = activa::recommend(answered(keys, classes));
    EXPECT_TRUE(r);
    return r.value_or(activa::Recipe{});
}

TEST(WizardSteps, NumberedOneToFiveWhateverTheAnswers) {
    EXPECT_EQ(activa::kWizardStepCount, 5U);
    EXPECT_EQ(activa::step_number(WizardStep::Network), 1U);
    EXPECT_EQ(activa::step_number(WizardStep::Classes), 4U);
    EXPECT_EQ(activa::step_number(WizardStep::Recipe), 5U);
}

TEST(WizardSteps, EachAnswerKeyBelongsToItsQuestion) {
    for (const auto* key : {"mlp", "cnn", "rnn", "not_sure"})
        EXPECT_EQ(activa::step_of_answer(key), WizardStep::Network) << key;
    for (const auto* key : {"regression", "classification"})
        EXPECT_EQ(activa::step_of_answer(key), WizardStep::Problem) << key;
    for (const auto* key : {"binary", "multiclass", "multilabel"})
        EXPECT_EQ(activa::step_of_answer(key), WizardStep::Classification) << key;
    EXPECT_FALSE(activa::step_of_answer("gan"));
    EXPECT_FALSE(activa::step_of_answer(""));
}

TEST(WithAnswer, SetsTheFieldOfItsQuestion) {
    WizardAnswers a = answered({"not_sure"});
    EXPECT_TRUE(a.not_sure);
    EXPECT_FALSE(a.network);
    a = answered({"not_sure", "cnn"});
    EXPECT_FALSE(a.not_sure);
    EXPECT_EQ(a.network, NetworkType::Cnn);
    EXPECT_EQ(answered({"cnn", "not_sure"}).network, std::nullopt);
    EXPECT_EQ(answered({"regression"}).classification, false);
    EXPECT_EQ(answered({"classification"}).classification, true);
    // A kind of classification answers "classification" too.
    a = answered({"regression", "multilabel"});
    EXPECT_EQ(a.classification, true);
    EXPECT_EQ(a.problem, ProblemType::Multilabel);
}

TEST(WithAnswer, RefusesAnUnknownKeyNamingIt) {
    const auto r = activa::with_answer(WizardAnswers{}, "ranking");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().find("ranking"), std::string::npos) << r.error();
}

TEST(WithAnswer, RaisesATooSmallClassCountToTheKindsDefault) {
    WizardAnswers a;
    a.classes = 2;
    EXPECT_EQ(activa::with_answer(a, "multiclass")->classes, 3U);
    a.classes = 1;
    EXPECT_EQ(activa::with_answer(a, "multilabel")->classes, 2U);
    // A count that fits is kept, and binary leaves it alone.
    a.classes = 12;
    EXPECT_EQ(activa::with_answer(a, "multiclass")->classes, 12U);
    a.classes = 1;
    EXPECT_EQ(activa::with_answer(a, "binary")->classes, 1U);
}

TEST(NextStep, WaitsForAnAnswer) {
    const WizardAnswers none;
    EXPECT_FALSE(activa::next_step(WizardStep::Network, none));
    EXPECT_FALSE(activa::next_step(WizardStep::Problem, answered({"mlp"})));
    EXPECT_FALSE(
        activa::next_step(WizardStep::Classification, answered({"mlp", "classification"})));
    EXPECT_FALSE(activa::next_step(WizardStep::Recipe, answered({"mlp", "regression"})));
}

TEST(NextStep, SkipsWhatTheAnswersMakeUnnecessary) {
    using enum WizardStep;
    EXPECT_EQ(activa::next_step(Network, answered({"not_sure"})), Problem);
    EXPECT_EQ(activa::next_step(Problem, answered({"mlp", "regression"})), Recipe);
    EXPECT_EQ(activa::next_step(Problem, answered({"mlp", "classification"})), Classification);
    EXPECT_EQ(activa::next_step(Classification, answered({"mlp", "binary"})), Recipe);
    EXPECT_EQ(activa::next_step(Classification, answered({"mlp", "multilabel"})), Classes);
    EXPECT_EQ(activa::next_step(Classes, answered({"mlp", "multilabel"}, 5)), Recipe);
}

TEST(NextStep, ClassesThatDoNotFitKeepTheClassStep) {
    using enum WizardStep;
    EXPECT_FALSE(activa::next_step(Classes, answered({"rnn", "multiclass"}, 2)));
    EXPECT_FALSE(activa::next_step(Classes, answered({"rnn", "multilabel"}, 1)));
    EXPECT_FALSE(
        activa::next_step(Classes, answered({"rnn", "multilabel"}, activa::kMaxClasses + 1)));
    EXPECT_EQ(activa::next_step(Classes, answered({"rnn", "multilabel"}, activa::kMaxClasses)),
              Recipe);
}

TEST(NextStep, TheRecipeNeedsEveryEarlierAnswer) {
    // Regression answered, the network not: the recipe cannot be shown yet.
    EXPECT_FALSE(activa::next_step(WizardStep::Problem, answered({"regression"})));
}

TEST(PreviousStep, GoesBackTheWayTheAnswersCame) {
    using enum WizardStep;
    EXPECT_FALSE(activa::previous_step(Network, WizardAnswers{}));
    EXPECT_EQ(activa::previous_step(Problem, WizardAnswers{}), Network);
    EXPECT_EQ(activa::previous_step(Classification, WizardAnswers{}), Problem);
    EXPECT_EQ(activa::previous_step(Classes, WizardAnswers{}), Classification);
    EXPECT_EQ(activa::previous_step(Recipe, answered({"cnn", "regression"})), Problem);
    EXPECT_EQ(activa::previous_step(Recipe, answered({"cnn", "binary"})), Classification);
    EXPECT_EQ(activa::previous_step(Recipe, answered({"cnn", "multiclass"}, 4)), Classes);
}

TEST(WizardStepsOfAnswers, RegressionSkipsToTheRecipe) {
    using enum WizardStep;
    EXPECT_EQ(activa::wizard_steps(answered({"rnn", "regression"})),
              (std::vector{Network, Problem, Recipe}));
    EXPECT_EQ(activa::wizard_steps(answered({"mlp", "binary"})),
              (std::vector{Network, Problem, Classification, Recipe}));
    EXPECT_EQ(activa::wizard_steps(answered({"mlp", "multilabel"}, 6)),
              (std::vector{Network, Problem, Classification, Classes, Recipe}));
}

TEST(WizardStepsOfAnswers, TheFirstOpenQuestionEndsTheWay) {
    using enum WizardStep;
    EXPECT_EQ(activa::wizard_steps(WizardAnswers{}), std::vector{Network});
    EXPECT_EQ(activa::first_open_step(WizardAnswers{}), Network);
    EXPECT_EQ(activa::first_open_step(answered({"cnn"})), Problem);
    EXPECT_EQ(activa::first_open_step(answered({"cnn", "classification"})), Classification);
    EXPECT_EQ(activa::first_open_step(answered({"cnn", "multiclass"}, 2)), Classes);
    EXPECT_EQ(activa::first_open_step(answered({"classification"})), Network);
    EXPECT_FALSE(activa::first_open_step(answered({"cnn", "multiclass"}, 3)));
}

TEST(ExplorerCurves, HiddenGateAndOutputOnceEachWithDerivatives) {
    const activa::CurvesState rnn = activa::explorer_curves(recipe_of({"rnn", "binary"}));
    ASSERT_EQ(rnn.curves.size(), 2U); // tanh hidden; sigmoid gate and output, once
    EXPECT_EQ(rnn.curves[0].id, ActivationId::Tanh);
    EXPECT_EQ(rnn.curves[1].id, ActivationId::Sigmoid);
    EXPECT_EQ(rnn.curves[0].params, activa::default_params(ActivationId::Tanh));
    EXPECT_TRUE(rnn.show_derivative);
    EXPECT_EQ(rnn.selected, 0);

    const activa::CurvesState mlp = activa::explorer_curves(recipe_of({"mlp", "regression"}));
    ASSERT_EQ(mlp.curves.size(), 2U);
    EXPECT_EQ(mlp.curves[0].id, ActivationId::Relu);
    EXPECT_EQ(mlp.curves[1].id, ActivationId::Identity); // the linear output

    // Softmax output is shown in its own view, not as a curve.
    const activa::CurvesState cnn = activa::explorer_curves(recipe_of({"cnn", "multiclass"}, 5));
    ASSERT_EQ(cnn.curves.size(), 1U);
    EXPECT_EQ(cnn.curves[0].id, ActivationId::Relu);
    EXPECT_TRUE(activa::checked(cnn, activa::OnInvalid::Reject));
}

TEST(ExplorerSoftmax, OneClassPerOutputNodeOnlyForSoftmax) {
    EXPECT_FALSE(activa::explorer_softmax(recipe_of({"mlp", "multilabel"}, 4)));
    EXPECT_FALSE(activa::explorer_softmax(recipe_of({"mlp", "regression"})));

    const auto three = activa::explorer_softmax(recipe_of({"mlp", "multiclass"}, 3));
    ASSERT_TRUE(three);
    EXPECT_EQ(three->logits, (std::vector{1.0, 3.0, 2.0})); // the article's example
    EXPECT_EQ(three->classes, (std::vector<std::string>{"A", "B", "C"}));

    const auto seven = activa::explorer_softmax(recipe_of({"mlp", "multiclass"}, 7));
    ASSERT_TRUE(seven);
    ASSERT_EQ(seven->logits.size(), 7U);
    EXPECT_EQ(seven->classes.back(), "G");
    for (std::size_t i = 0; i < seven->logits.size(); ++i)
        for (std::size_t j = i + 1; j < seven->logits.size(); ++j)
            EXPECT_NE(seven->logits[i], seven->logits[j]) << i << ", " << j;
    EXPECT_TRUE(activa::checked(*seven, activa::OnInvalid::Reject));

    // More output nodes than the softmax view shows: as many classes as it takes.
    const auto many = activa::explorer_softmax(recipe_of({"cnn", "multiclass"}, 1000));
    ASSERT_TRUE(many);
    EXPECT_EQ(many->logits.size(), activa::kMaxSoftmaxClasses);
    EXPECT_TRUE(activa::checked(*many, activa::OnInvalid::Reject));
}

TEST(TryoutRace, TheHiddenActivationAgainstSigmoidAndTanhOnThatProblem) {
    const activa::TrainingState mlp = activa::tryout_race(recipe_of({"mlp", "multiclass"}, 3));
    EXPECT_EQ(mlp.settings.dataset, activa::dataset_for(ProblemType::Multiclass));
    ASSERT_EQ(mlp.race.size(), 3U);
    EXPECT_EQ(mlp.race[0].activation, ActivationId::Relu);
    EXPECT_EQ(mlp.race[1].activation, ActivationId::Sigmoid);
    EXPECT_EQ(mlp.race[2].activation, ActivationId::Tanh);
    EXPECT_FALSE(mlp.race[0].params); // the defaults

    // Tanh is the recurrent recipe's own: it races once.
    const activa::TrainingState rnn = activa::tryout_race(recipe_of({"rnn", "regression"}));
    EXPECT_EQ(rnn.settings.dataset, activa::dataset_for(ProblemType::Regression));
    ASSERT_EQ(rnn.race.size(), 2U);
    EXPECT_EQ(rnn.race[0].activation, ActivationId::Tanh);
    EXPECT_EQ(rnn.race[1].activation, ActivationId::Sigmoid);
    EXPECT_TRUE(activa::checked(rnn, activa::OnInvalid::Reject));
}

} // namespace
