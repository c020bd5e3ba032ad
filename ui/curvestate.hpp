// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

#include <vector>

namespace activa::ui {

// One plotted function with its parameter values.
struct CurveSpec {
    ActivationId id = ActivationId::Relu;
    ParamValues params{};
    bool operator==(const CurveSpec&) const = default;
};

// Everything the curves picture depends on: the window and `activa export` fill it the same way.
struct CurvesState {
    // In the order they were checked; the article's three by default.
    std::vector<CurveSpec> curves{
        {ActivationId::Sigmoid, {}}, {ActivationId::Tanh, {}}, {ActivationId::Relu, {}}};
    double xmin = -10.0; // the article's range
    double xmax = 10.0;
    int points = 1001;
    bool show_derivative = true;
    bool show_saturation = true;
    int selected = 0; // index into curves: the function shaded and described; -1 for none
    bool operator==(const CurvesState&) const = default;
};

inline constexpr int kMinPoints = 2;
inline constexpr int kMaxPoints = 1'000'000;
// Where |f'(x)| falls below this, gradients are treated as vanishing.
inline constexpr double kSaturationThreshold = 0.01;

} // namespace activa::ui
