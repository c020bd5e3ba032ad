// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QMenu;

namespace activa::ui {

// The View menu's entries for how every plot looks: legends shown or hidden, presentation mode,
// dark. What is chosen is kept in the settings for the next start.
class LookActions {
    Q_DECLARE_TR_FUNCTIONS(activa::ui::LookActions)

public:
    // Applies the look kept from last time; dark when the desktop is, until chosen otherwise.
    // Called before the window is built, so that it starts in that look.
    static void restore();
    // Adds the entries to the menu, checked as the look is now.
    static QList<QAction*> addTo(QMenu* menu);
};

} // namespace activa::ui
