// SPDX-License-Identifier: MIT
#include "sidepanel.hpp"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>

#include <algorithm>

namespace activa::ui {
namespace {

// Hands the wheel on to the parent while a combo box is not the one the user is working in.
class WheelToParent : public QObject {
public:
    using QObject::QObject;

    static WheelToParent* instance() {
        static auto* filter = new WheelToParent(QCoreApplication::instance());
        return filter;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Wheel) return false;
        const auto* widget = static_cast<QWidget*>(watched);
        if (widget->hasFocus()) return false;
        // Ignored, the event goes on to the widgets around: the panel scrolls.
        event->ignore();
        return true;
    }
};

// Keeps the panel as wide as its controls' minimum, which grows when a language with longer
// words is chosen: narrower, the scroll area would cut them off on the right. And keeps the
// controls as tall as their width needs: the scroll area measures them for the width they have
// without a scroll bar, and when its scroll bar then appears, wrapped texts take more lines
// and every field is squeezed, more or less depending on what a result just wrote.
class PanelKeeper : public QObject {
public:
    PanelKeeper(QScrollArea* scroll, int min_width)
        : QObject(scroll)
        , m_scroll(scroll)
        , m_min(min_width) {
        fit();
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::LayoutRequest) fit();
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) fitHeight();
        return false;
    }

private:
    void fit() {
        const QWidget* controls = m_scroll->widget();
        const int bar = m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        m_scroll->setMinimumWidth(std::max(m_min, controls->minimumSizeHint().width() + bar));
    }

    void fitHeight() {
        QWidget* controls = m_scroll->widget();
        const QLayout* layout = controls->layout();
        if (!layout || !layout->hasHeightForWidth()) return;
        const int needed = layout->totalHeightForWidth(controls->width());
        if (needed > 0 && needed != controls->minimumHeight()) controls->setMinimumHeight(needed);
    }

    QScrollArea* m_scroll;
    int m_min;
};

} // namespace

void keep_wheel_for_scrolling(QWidget* root) {
    QList<QComboBox*> boxes = root->findChildren<QComboBox*>();
    if (auto* box = qobject_cast<QComboBox*>(root)) boxes << box;
    for (QComboBox* box : boxes) {
        // A wheel would otherwise give it the focus first, and then change it.
        box->setFocusPolicy(Qt::StrongFocus);
        box->removeEventFilter(WheelToParent::instance());
        box->installEventFilter(WheelToParent::instance());
    }
}

void place_side_panel(QWidget* view, QWidget* controls, QWidget* plot, int min_controls_width,
                      int controls_width) {
    auto* scroll = new QScrollArea(view);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    keep_wheel_for_scrolling(controls);
    controls->installEventFilter(new PanelKeeper(scroll, min_controls_width));

    auto* splitter = new QSplitter(Qt::Horizontal, view);
    splitter->addWidget(scroll);
    splitter->addWidget(plot);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({controls_width, 1000});

    auto* layout = new QHBoxLayout(view);
    layout->addWidget(splitter);
}

} // namespace activa::ui
