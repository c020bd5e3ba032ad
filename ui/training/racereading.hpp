// SPDX-License-Identifier: MIT
#pragma once

#include <activa/training.hpp>

#include <QString>

#include <vector>

namespace activa::ui {

// A network's score as the maps' titles and the reading give it: its test accuracy as a
// percentage, or its test loss for regression.
QString score_text(const EpochStats& epoch, bool classification);

// What a race has shown so far, in the article's terms. First the outcome: who leads and who is
// last, by how many points of test accuracy, and their test losses. Then the finding behind it:
// how much of the gradient one network's first layer received early on compared with
// another's, and whether that held it back (with SGD a step is as small as its gradient) or the
// optimiser made up for it (Adam scales each step to the size of recent gradients); or the
// share of dead units. histories[i] belongs to state.race[i].
QString race_reading(const TrainingState& state,
                     const std::vector<std::vector<EpochStats>>& histories);

} // namespace activa::ui
