// SPDX-License-Identifier: MIT
#pragma once

// What each kind of picture of `activa export` reads from its options: the state of the view
// that draws it, checked by that state's own rules.

#include <activa/curves.hpp>
#include <activa/flowchart.hpp>
#include <activa/gradflow.hpp>
#include <activa/softmax.hpp>

namespace activa::cli {

class Options;

CurvesState parse_curves(const Options& o);
SoftmaxState parse_softmax(const Options& o);
struct FlowchartRequest {
    const Flowchart* chart;
    WizardAnswers answers;
};
FlowchartRequest parse_flowchart(const Options& o);
GradFlowState parse_gradflow(const Options& o);

} // namespace activa::cli
