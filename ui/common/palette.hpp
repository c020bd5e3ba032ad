// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

#include <QColor>

namespace activa::ui {

// One colour per function wherever it is drawn, whatever else is drawn beside it: sigmoid blue,
// tanh vermillion, ReLU green in the curves, the labs and the exported pictures alike.
QColor function_colour(ActivationId id);

} // namespace activa::ui
