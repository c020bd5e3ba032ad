// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

#include <QColor>

namespace activa::ui {

// Colour-blind-safe colours (Okabe-Ito) for the lines of a plot, one per function in the order
// they are listed. Every view that draws several functions colours them this way, so a function
// listed at the same place has the same colour in each.
QColor series_colour(int index);
inline constexpr int kSeriesColourCount = 8;

// One colour per function wherever it is drawn, from the same palette: the article's three keep
// the colours the curves view gives them by default (sigmoid, tanh, ReLU).
QColor function_colour(ActivationId id);

} // namespace activa::ui
