// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace activa::ui {

// Lays out a view as its controls on the left, scrolling rather than squeezing when the window
// is short, beside its plot, which takes the rest; the user can move the split.
void place_side_panel(QWidget* view, QWidget* controls, QWidget* plot, int min_controls_width,
                      int controls_width);

} // namespace activa::ui
