// SPDX-License-Identifier: MIT
#pragma once

#include <QToolButton>

#include <functional>

class QStatusBar;
class QTimer;

namespace activa::ui {

// An Undo button in the status bar for a change the window made for the user (the wizard's
// "Show in explorer" replacing the curves): it offers to bring back what was there for a minute,
// answers Ctrl+Z, and says its texts again in a new language. One per status bar, reused.
class UndoNotice : public QToolButton {
    Q_OBJECT
public:
    // Shows the button; a click calls undo, once, and hides it.
    static void offer(QStatusBar* bar, std::function<void()> undo);

protected:
    void changeEvent(QEvent* event) override;

private:
    explicit UndoNotice(QStatusBar* bar);
    void retranslate();

    QTimer* m_expiry = nullptr;
    std::function<void()> m_undo;
};

} // namespace activa::ui
