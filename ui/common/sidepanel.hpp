// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace activa::ui {

// Lays out a view as its controls on the left, scrolling rather than squeezing when the window
// is short, beside its plot, which takes the rest; the user can move the split. The panel is
// never narrower than its controls need, in whatever language they are written, and the wheel
// over it scrolls it (see keep_wheel_for_scrolling).
void place_side_panel(QWidget* view, QWidget* controls, QWidget* plot, int min_controls_width,
                      int controls_width);

// The combo boxes inside root (root itself included) change on the mouse wheel only once the
// user has chosen them (given them the keyboard focus); until then the wheel scrolls what is
// around them. Number fields (NumberBox) behave so by themselves.
void keep_wheel_for_scrolling(QWidget* root);

} // namespace activa::ui
