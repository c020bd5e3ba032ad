// SPDX-License-Identifier: MIT
#include "lookactions.hpp"

#include "plotlegend.hpp"
#include "plotstyle.hpp"

#include <QAction>
#include <QMenu>
#include <QSettings>

#include <functional>

namespace activa::ui {
namespace {

const QString kLegends = QStringLiteral("view/legends");
const QString kPresentation = QStringLiteral("view/presentation");
const QString kDark = QStringLiteral("view/dark");

QAction* add_toggle(QMenu* menu, const QString& text, const QString& shortcut, const QString& name,
                    const QString& tip, bool on, const QString& key,
                    const std::function<void(bool)>& apply) {
    QAction* a = menu->addAction(text);
    a->setObjectName(name);
    a->setCheckable(true);
    a->setChecked(on);
    a->setShortcut(QKeySequence(shortcut));
    a->setStatusTip(tip);
    QObject::connect(a, &QAction::toggled, a, [key, apply](bool checked) {
        apply(checked);
        QSettings().setValue(key, checked);
    });
    return a;
}

} // namespace

void LookActions::restore() {
    const QSettings s;
    set_presentation(s.value(kPresentation, false).toBool());
    set_dark_palette(s.value(kDark, desktop_is_dark()).toBool());
    PlotLegend::setAllShown(s.value(kLegends, true).toBool());
}

QList<QAction*> LookActions::addTo(QMenu* menu) {
    return {
        add_toggle(menu, tr("&Legends"), tr("Ctrl+Shift+L"), QStringLiteral("legendsAction"),
                   tr("Show or hide the legends of every plot; showing them again puts them "
                      "back in place"),
                   PlotLegend::allShown(), kLegends, &PlotLegend::setAllShown),
        add_toggle(menu, tr("&Presentation mode"), tr("F5"), QStringLiteral("presentationAction"),
                   tr("Larger text, thicker lines and larger markers in every plot, for a "
                      "projector; exported pictures keep their own sizes"),
                   screen_style().scale > 1.0, kPresentation, &set_presentation),
        add_toggle(menu, tr("Dar&k"), tr("Ctrl+Shift+D"), QStringLiteral("darkAction"),
                   tr("Light text on dark, in the window and its plots; exported pictures stay "
                      "dark on white"),
                   screen_style().dark, kDark, &set_dark_palette),
    };
}

} // namespace activa::ui
