// SPDX-License-Identifier: MIT
#pragma once

#include "common/recipenames.hpp"

#include <activa/init.hpp>
#include <activa/training.hpp>

#include <QString>

namespace activa::ui {

// The training view's combos show names; the command line's keys stay in the CSV and the
// help texts. The output layers and the losses are named as the recipe names them
// (recipenames.hpp).
QString init_item_name(const InitSchemeInfo& scheme);
// The recipe's initialisation of every activation, from the catalogue, as one sentence.
QString recipe_init_tip();

} // namespace activa::ui
