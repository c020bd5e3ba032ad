// SPDX-License-Identifier: MIT
#include "common/plotview.hpp"

#include <qcustomplot.h>

#include <QEvent>

namespace activa::ui {

PlotView::PlotView(QWidget* parent)
    : QWidget(parent)
    , View(*this, *this)
    , m_plot(new QCustomPlot(this)) {}

void PlotView::onChanged(QObject* context, std::function<void()> changed) {
    connect(this, &PlotView::stateChanged, context, changed);
}

void PlotView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    m_tr.run();
    retranslate();
}

} // namespace activa::ui
