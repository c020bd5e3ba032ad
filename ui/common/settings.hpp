// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>
#include <activa/softmax.hpp>

class QSettings;

namespace activa::ui {

// The last view, stored by function id (not enum value) so that old files stay readable.
// Whatever is missing, malformed or out of range falls back to the default.
void save_curves(QSettings& settings, const CurvesState& state);
CurvesState load_curves(QSettings& settings);
void save_softmax(QSettings& settings, const SoftmaxState& state);
SoftmaxState load_softmax(QSettings& settings);

} // namespace activa::ui
