// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace activa::ui {

// WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
inline double contrast_ratio(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

// A dark desktop theme, as a user's system may give it: what the window must stay readable in
// (the app's own dark look is another matter, PlotStyle's).
inline QPalette dark_desktop_palette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x10));
    return p;
}

} // namespace activa::ui
