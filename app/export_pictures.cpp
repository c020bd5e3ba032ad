// SPDX-License-Identifier: MIT
#include "export_pictures.hpp"

#include "choices.hpp"
#include "cli.hpp"
#include "function_options.hpp"
#include "options.hpp"

#include <optional>

namespace activa::cli {
namespace {

template <typename State> State valid(State state) {
    auto v = checked(std::move(state), OnInvalid::Reject);
    if (!v) fail(v.error());
    return *std::move(v);
}

} // namespace

CurvesState parse_curves(const Options& o) {
    CurvesState state;
    state.curves.clear(); // the window's starting selection is not what was asked for
    const std::string_view list = o.get("--function");
    if (list.empty()) fail("--function needs at least one function id (see 'activa list')");
    define_functions(o);
    const std::vector<ActivationId> ids = parse_activation_list(list, "--function");
    const auto params = parse_qualified_params(o, ids, "--function");
    for (std::size_t i = 0; i < ids.size(); ++i)
        state.curves.push_back({ids[i], params[i].value_or(default_params(ids[i]))});
    state.show_derivative = o.has("--derivative");
    state.log_derivative = o.has("--log-derivative");
    if (state.log_derivative && !state.show_derivative) fail("--log-derivative needs --derivative");
    state.selected = 0;
    if (o.has("--range")) {
        const auto fields = split_fields(o.get("--range"), "--range", {"MIN", "MAX"});
        state.xmin = parse_finite(fields[0], "--range MIN");
        state.xmax = parse_finite(fields[1], "--range MAX");
    }
    if (o.has("--points"))
        state.points =
            static_cast<int>(parse_integer(o.get("--points"), "--points", kMinPoints, kMaxPoints));
    return valid(std::move(state));
}

SoftmaxState parse_softmax(const Options& o) {
    SoftmaxState state;
    state.logits = parse_list(o.get("--softmax"), "--softmax");
    state.classes.clear();
    for (std::size_t i = 0; i < state.logits.size(); ++i)
        state.classes.push_back(default_class_name(i));
    if (o.has("--temperature"))
        state.temperature = parse_finite(o.get("--temperature"), "--temperature");
    return valid(std::move(state));
}

FlowchartRequest parse_flowchart(const Options& o) {
    const Flowchart* chart = parse_choice("--flowchart", o.get("--flowchart"), flowchart_choices());
    FlowchartRequest r{chart, {}};
    const bool hidden = chart == &hidden_flowchart();
    if (o.has("--network")) {
        if (!hidden) fail("--network applies to --flowchart hidden, not output");
        r.answers.network = parse_choice("--network", o.get("--network"), network_choices());
    }
    if (o.has("--problem")) {
        if (hidden) fail("--problem applies to --flowchart output, not hidden");
        const auto problem = parse_choice("--problem", o.get("--problem"), problem_choices());
        r.answers.classification = problem != ProblemType::Regression;
        if (problem != ProblemType::Regression) r.answers.problem = problem;
    }
    return r;
}

GradFlowState parse_gradflow(const Options& o) {
    if (!o.has("--activation")) fail("--gradflow needs --activation IDS (see 'activa list')");
    define_functions(o);
    const auto ids = parse_activation_list(o.get("--activation"), "--activation");
    return valid(parse_gradflow_network(o, "--gradflow", ids));
}

} // namespace activa::cli
