// SPDX-License-Identifier: MIT
#pragma once

#include "common/picture.hpp"

#include <QList>
#include <QString>

#include <functional>

class QAction;
class QObject;
class QSettings;
class QWidget;

namespace activa::ui {

// A tab of the main window, described once: the window makes the views of its one list
// (mainwindow.cpp) and walks it for the tabs, the View menu and its shortcuts (Ctrl+1, Ctrl+2,
// ... in the list's order), the status bar's hint, the guide's section, the settings and the
// picture that export, copy and print take. Adding a view is its folder and a line in that list.
// What the window says of a view, in the UI language.
struct ViewTexts {
    QString title; // with its accelerator ("&Curves")
    QString tabTip;
    QString hint;         // the status bar's, when the view is shown
    QString guideSection; // the guide's section about the view (Guide::kCurves, ...)
};

class View {
public:
    // A view is a widget and has a picture: most are both themselves (View(*this, *this)); those
    // whose picture is one plot are so through PlotView (common/plotview.hpp).
    View(QWidget& widget, Picture& picture)
        : m_widget(&widget)
        , m_picture(&picture) {}
    virtual ~View() = default;
    View(const View&) = delete;
    View& operator=(const View&) = delete;

    QWidget* widget() const { return m_widget; }
    Picture& picture() const { return *m_picture; }
    virtual ViewTexts texts() const = 0;
    // What the view keeps between sessions, each under its own keys.
    virtual void saveSettings(QSettings& settings) const = 0;
    virtual void restoreSettings(QSettings& settings) = 0;
    // Calls `changed` whenever something the view saves changes (the window saves a moment later).
    virtual void onChanged(QObject* context, std::function<void()> changed) = 0;
    // The view's own actions, enabled while it is shown: in the View menu, in the toolbar, and
    // first in its picture's right-click menu.
    virtual QList<QAction*> menuActions() const { return {}; }
    virtual QList<QAction*> toolbarActions() const { return {}; }
    virtual QList<QAction*> contextActions() const { return {}; }

private:
    QWidget* m_widget;
    Picture* m_picture;
};

} // namespace activa::ui
