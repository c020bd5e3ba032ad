// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

namespace activa::ui {

// Colour-blind-safe colours (Okabe-Ito) for the lines of a plot, one per function in the order
// they are listed. Every view that draws several functions colours them this way, so a function
// listed at the same place has the same colour in each.
QColor series_colour(int index);
inline constexpr int kSeriesColourCount = 8;

} // namespace activa::ui
