// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>
#include <activa/flowchart.hpp>
#include <activa/gradflow.hpp>
#include <activa/softmax.hpp>
#include <activa/training.hpp>

#include <QString>

#include <utility>
#include <vector>

class QSettings;

namespace activa::ui {

// The last view, stored by function id (not enum value) so that old files stay readable.
// Whatever is missing, malformed or out of range falls back to the default.
void save_curves(QSettings& settings, const CurvesState& state);
CurvesState load_curves(QSettings& settings);
void save_softmax(QSettings& settings, const SoftmaxState& state);
SoftmaxState load_softmax(QSettings& settings);
// The wizard's answers and the index of its step (-1 when none is stored).
void save_wizard(QSettings& settings, const WizardAnswers& answers, int step);
std::pair<WizardAnswers, int> load_wizard(QSettings& settings);
void save_gradflow(QSettings& settings, const GradFlowState& state);
GradFlowState load_gradflow(QSettings& settings);
// The race's settings and the pace it plays at (epochs a second, 0 for full speed; -1 when
// none is stored).
void save_training(QSettings& settings, const TrainingState& state, int pace);
std::pair<TrainingState, int> load_training(QSettings& settings);
// The curves hidden from the legend; unknown ids are dropped.
void save_hidden_curves(QSettings& settings, const std::vector<ActivationId>& hidden);
std::vector<ActivationId> load_hidden_curves(QSettings& settings);
// A plot's visible ranges, as lower/upper pairs per axis; empty when none is stored or one is
// not finite.
void save_view(QSettings& settings, const QString& key, const std::vector<double>& ranges);
std::vector<double> load_view(QSettings& settings, const QString& key);

} // namespace activa::ui
