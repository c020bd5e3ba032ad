// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QSpontaneKeyEvent>
#include <QWheelEvent>
#include <QWidget>

namespace activa::ui {

// Turns the mouse wheel over the middle of a widget as a mouse does (notches > 0 away from the
// user): the event comes from the window system, so the widget under the pointer gets it first
// and its parents after it while it is not taken.
inline void turn_wheel_over(QWidget* widget, int notches) {
    const QPointF pos = QRectF(widget->rect()).center();
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::instance()->notify(widget, &event);
}

} // namespace activa::ui
