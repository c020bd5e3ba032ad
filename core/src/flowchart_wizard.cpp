// SPDX-License-Identifier: MIT
#include <activa/flowchart_wizard.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace activa {

std::size_t step_number(WizardStep step) {
    return static_cast<std::size_t>(step) + 1;
}

std::optional<WizardStep> step_of_answer(std::string_view key) {
    if (parse_network(key) || key == "not_sure") return WizardStep::Network;
    if (key == "regression" || key == "classification") return WizardStep::Problem;
    if (parse_problem(key)) return WizardStep::Classification;
    return std::nullopt;
}

Expected<WizardAnswers> with_answer(WizardAnswers a, std::string_view key) {
    if (const auto network = parse_network(key)) {
        a.network = network;
        a.not_sure = false;
    } else if (key == "not_sure") {
        a.network.reset();
        a.not_sure = true;
    } else if (key == "regression") {
        a.classification = false;
    } else if (key == "classification") {
        a.classification = true;
    } else if (const auto problem = parse_problem(key)) {
        a.classification = true;
        a.problem = problem;
        // A sensible class count for the kind chosen; the user can change it.
        if ((*problem == ProblemType::Multiclass || *problem == ProblemType::Multilabel) &&
            a.classes < min_classes(*problem))
            a.classes = default_classes(*problem);
    } else {
        return Expected<WizardAnswers>::failure("unknown answer '" + std::string(key) + "'");
    }
    return a;
}

bool step_answered(WizardStep step, const WizardAnswers& a) {
    switch (step) {
    case WizardStep::Network:
        return a.network.has_value() || a.not_sure;
    case WizardStep::Problem:
        return a.classification.has_value();
    case WizardStep::Classification:
        return a.problem.has_value();
    case WizardStep::Classes:
        return a.problem && (*a.problem == ProblemType::Binary ||
                             class_count_problem(*a.problem, a.classes) == ClassCountProblem::None);
    case WizardStep::Recipe:
        return false;
    }
    return false;
}

std::optional<WizardStep> next_step(WizardStep step, const WizardAnswers& a) {
    using enum WizardStep;
    if (!step_answered(step, a)) return std::nullopt;
    WizardStep next = Recipe;
    if (step == Network)
        next = Problem;
    else if (step == Problem && *a.classification)
        next = Classification;
    else if (step == Classification && *a.problem != ProblemType::Binary)
        next = Classes;
    // The recipe needs every earlier answer.
    if (next == Recipe && !recommend(a)) return std::nullopt;
    return next;
}

std::optional<WizardStep> previous_step(WizardStep step, const WizardAnswers& a) {
    using enum WizardStep;
    switch (step) {
    case Network:
        return std::nullopt;
    case Problem:
        return Network;
    case Classification:
        return Problem;
    case Classes:
        return Classification;
    case Recipe:
        if (a.classification && !*a.classification) return Problem;
        if (a.problem == ProblemType::Binary) return Classification;
        return Classes;
    }
    return std::nullopt;
}

std::vector<WizardStep> wizard_steps(const WizardAnswers& a) {
    std::vector<WizardStep> steps{WizardStep::Network};
    while (const auto next = next_step(steps.back(), a))
        steps.push_back(*next);
    return steps;
}

std::optional<WizardStep> first_open_step(const WizardAnswers& a) {
    const WizardStep last = wizard_steps(a).back();
    if (last == WizardStep::Recipe) return std::nullopt;
    return last;
}

CurvesState explorer_curves(const Recipe& r) {
    CurvesState curves;
    curves.curves = {{r.hidden, default_params(r.hidden)}};
    if (r.gate) curves.curves.push_back({*r.gate, default_params(*r.gate)});
    const ActivationId out =
        r.output == OutputActivation::Linear ? ActivationId::Identity : ActivationId::Sigmoid;
    if (r.output != OutputActivation::Softmax &&
        std::none_of(curves.curves.begin(), curves.curves.end(),
                     [&](const CurveSpec& c) { return c.id == out; }))
        curves.curves.push_back({out, default_params(out)});
    curves.show_derivative = true;
    curves.selected = 0;
    return curves;
}

std::optional<SoftmaxState> explorer_softmax(const Recipe& r) {
    if (r.output != OutputActivation::Softmax) return std::nullopt;
    SoftmaxState s;
    s.classes.clear();
    s.logits.clear();
    const auto n = std::min<std::size_t>(r.output_nodes, kMaxSoftmaxClasses);
    for (std::size_t i = 0; i < n; ++i) {
        s.classes.push_back(default_class_name(i));
        // The article's example for three classes; varied, distinct logits beyond.
        s.logits.push_back(n == 3 ? std::array{1.0, 3.0, 2.0}[i]
                                  : std::round(20.0 * std::sin(1.7 * static_cast<double>(i + 1))) /
                                        10.0);
    }
    return s;
}

TrainingState tryout_race(const Recipe& r) {
    TrainingState race;
    race.settings.dataset = dataset_for(r.problem);
    race.race.clear();
    for (const ActivationId id : {r.hidden, ActivationId::Sigmoid, ActivationId::Tanh})
        if (std::none_of(race.race.begin(), race.race.end(),
                         [id](const RaceEntry& e) { return e.activation == id; }))
            race.race.push_back({id, std::nullopt});
    return race;
}

} // namespace activa
