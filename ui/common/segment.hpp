// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>

#include <algorithm>
#include <array>
#include <utility>

namespace activa::ui {

// Liang-Barsky: cuts segment a-b to the box [left, right] × [low, high] and says whether any of
// it is inside (a and b are then the ends of that part).
inline bool clip_segment(QPointF& a, QPointF& b, double left, double right, double low,
                         double high) {
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double t0 = 0.0;
    double t1 = 1.0;
    const std::array<std::pair<double, double>, 4> edges{
        {{-dx, a.x() - left}, {dx, right - a.x()}, {-dy, a.y() - low}, {dy, high - a.y()}}};
    for (const auto& [p, q] : edges) {
        if (p == 0.0) {
            if (q < 0.0) return false; // parallel to this edge and outside it
            continue;
        }
        const double t = q / p;
        if (p < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    const QPointF start = a;
    a = start + t0 * QPointF(dx, dy);
    b = start + t1 * QPointF(dx, dy);
    return true;
}

} // namespace activa::ui
