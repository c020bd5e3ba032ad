// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>
#include <activa/expected.hpp>
#include <activa/flowchart.hpp>
#include <activa/softmax.hpp>
#include <activa/training.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace activa {

// The wizard's rules over a set of answers: its steps, how an answer key changes the answers,
// and what a recipe leads to in the other views. The window only shows and asks.

// The wizard's steps, in the order it asks them: the hidden chart's question, the output
// chart's two, the class count, then the recipe.
enum class WizardStep : std::uint8_t { Network, Problem, Classification, Classes, Recipe };

// Every step keeps its number, and the count never changes under the user: answers that make a
// step unnecessary skip it (a regression goes from step 2 to the recipe, step 5).
inline constexpr std::size_t kWizardStepCount = 5;
// 1 for the first step.
std::size_t step_number(WizardStep step);

// The step whose question the key answers ("mlp" and "not_sure" the network, "regression" and
// "classification" the problem, "binary", "multiclass" and "multilabel" the kind of
// classification); nullopt for an unknown key.
std::optional<WizardStep> step_of_answer(std::string_view key);

// The answers with the answer key given: a network (or "not sure"), regression or
// classification, or a kind of classification, which also takes classification. Choosing
// multiclass or multilabel raises a class count below the kind's minimum to its default
// (default_classes); a count that fits is kept. An unknown key is refused, naming it.
Expected<WizardAnswers> with_answer(WizardAnswers answers, std::string_view key);

// Whether the step's question is answered so that the wizard may leave it forward: the class
// count must fit the kind of classification. The recipe is the last step and is never left.
bool step_answered(WizardStep step, const WizardAnswers& answers);

// The step Next leads to from `step`: regression skips to the recipe, binary skips the class
// count. nullopt while the step's question is open, and on the recipe.
std::optional<WizardStep> next_step(WizardStep step, const WizardAnswers& answers);
// The step Back leads to: the one the answers came through. nullopt on the first step.
std::optional<WizardStep> previous_step(WizardStep step, const WizardAnswers& answers);

// The steps these answers pass through from the first to the recipe, in order; the first
// question still open ends the list.
std::vector<WizardStep> wizard_steps(const WizardAnswers& answers);
// The first question on that way still to answer; nullopt when the recipe can be shown.
std::optional<WizardStep> first_open_step(const WizardAnswers& answers);

// "Show in explorer": the recommended activations (hidden, gate, output unless softmax) with
// their default parameters and derivatives shown, the hidden one selected.
CurvesState explorer_curves(const Recipe& recipe);
// For softmax output, the softmax view with one class per output node (at most
// kMaxSoftmaxClasses): the article's example [1, 3, 2] for three classes, varied distinct
// logits beyond; nullopt for other outputs.
std::optional<SoftmaxState> explorer_softmax(const Recipe& recipe);
// "Try it": the recipe's hidden activation against sigmoid and tanh, each once, on the dataset
// of the recipe's problem type.
TrainingState tryout_race(const Recipe& recipe);

} // namespace activa
