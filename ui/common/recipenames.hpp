// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>
#include <activa/flowchart.hpp>

#include <QString>

namespace activa::ui {

// The names of a recipe's choices, one each, wherever the window offers or shows them: the
// wizard's recipe, the training lab's combos and the function editor's inputs.
QString output_name(OutputActivation output);     // "Linear", "Sigmoid", "Softmax"
QString loss_name(Loss loss);                     // "Mean squared error", ...
QString input_scaling_name(InputScaling scaling); // "Scaled to [0, 1]", ...

} // namespace activa::ui
