// SPDX-License-Identifier: MIT
#include "gradflowlegends.hpp"

#include "common/plotlegend.hpp"

#include <qcustomplot.h>

#include <algorithm>
#include <utility>

namespace activa::ui {
namespace {

// Room around a legend in its cell: its border stays inside the picture.
const QMargins kCellMargins(4, 8, 8, 0);

// A legend at the top of its cell (which is in the plot already), as narrow and short as its
// entries allow.
QCPLegend* add_legend(QCustomPlot* plot, QCPLayoutGrid* cell) {
    auto* legend = new QCPLegend;
    cell->addElement(0, 0, legend);
    cell->addElement(1, 0, new QCPLayoutElement(plot)); // takes the rest of the height
    cell->setRowStretchFactor(0, 0.001);
    cell->setRowStretchFactor(1, 1.0);
    cell->setMargins(kCellMargins);
    legend->setBrush(QColor(255, 255, 255, 215));
    legend->setBorderPen(QPen(QColor(0, 0, 0, 60)));
    // Room between icon and text: SVG output (no clipping) draws icon lines a little longer.
    legend->setIconTextPadding(12);
    legend->setMargins(QMargins(6, 4, 6, 4));
    return legend;
}

int widest_entry(const QCPLegend* legend) {
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i)
        widest = std::max(widest, legend->item(i)->minimumOuterSizeHint().width());
    return widest;
}

} // namespace

GradFlowLegends::GradFlowLegends(QCustomPlot* plot, QCPLayoutGrid* body, QCPAxisRect* upper,
                                 QCPAxisRect* lower)
    : m_plot(plot)
    , m_body(body)
    , m_upper(upper)
    , m_lower(lower)
    , m_curveCell(new QCPLayoutGrid)
    , m_styleCell(new QCPLayoutGrid) {
    m_beside = false; // so that place() lays the grid out
    place(true);
    // Only an element in a plot can join one of its layers.
    m_curves = add_legend(plot, m_curveCell);
    m_styles = add_legend(plot, m_styleCell);
    for (QCPLegend* legend : {m_curves, m_styles})
        legend->setLayer(QStringLiteral("legend"));
}

void GradFlowLegends::place(bool beside) {
    if (beside == m_beside) return;
    m_beside = beside;
    for (QCPLayoutElement* e :
         {static_cast<QCPLayoutElement*>(m_upper), static_cast<QCPLayoutElement*>(m_curveCell),
          static_cast<QCPLayoutElement*>(m_lower), static_cast<QCPLayoutElement*>(m_styleCell)})
        if (e->layout() == m_body) m_body->take(e);
    m_body->simplify();
    if (beside) {
        m_body->addElement(0, 0, m_upper);
        m_body->addElement(0, 1, m_curveCell);
        m_body->addElement(1, 0, m_lower);
        m_body->addElement(1, 1, m_styleCell);
        m_body->setColumnStretchFactors({1.0, 0.001}); // as narrow as the legends allow
        m_body->setRowStretchFactors({3.0, 2.0});
    } else {
        m_body->addElement(0, 0, m_upper);
        m_body->addElement(1, 0, m_curveCell);
        m_body->addElement(2, 0, m_lower);
        m_body->addElement(3, 0, m_styleCell);
        m_body->setRowStretchFactors({3.0, 0.001, 2.0, 0.001}); // as short as the legends allow
    }
    for (QCPLegend* legend : {m_curves, m_styles}) {
        if (legend == nullptr) continue; // not made yet
        legend->setWrap(0);
        legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true);
    }
}

int GradFlowLegends::columnWidth() const {
    int width = 0;
    for (const QCPLegend* legend : {m_curves, m_styles})
        width = std::max(width, widest_entry(legend) + legend->margins().left() +
                                    legend->margins().right());
    return width + kCellMargins.left() + kCellMargins.right();
}

void GradFlowLegends::wrap(int width) {
    for (QCPLegend* legend : {m_curves, m_styles}) {
        const int entry = widest_entry(legend) + legend->columnSpacing();
        const int room = width - kCellMargins.left() - kCellMargins.right() -
                         legend->margins().left() - legend->margins().right();
        const int columns =
            std::clamp(entry > 0 ? room / entry : 1, 1, std::max(1, legend->itemCount()));
        if (columns == legend->wrap() && legend->fillOrder() == QCPLayoutGrid::foColumnsFirst)
            continue;
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

void GradFlowLegends::arrange() {
    // The plots' width beside a column of legends, from the layout just made either way.
    const int margins = m_upper->outerRect().width() - m_upper->rect().width();
    const int body = m_body->rect().width();
    const int plots_beside = body - columnWidth() - margins;
    const bool was_beside = m_beside;
    place(plots_beside >= kMinPlotWidth);
    const int wrap_before = m_curves->wrap() + m_styles->wrap();
    if (!m_beside) wrap(body);
    if (was_beside == m_beside && wrap_before == m_curves->wrap() + m_styles->wrap()) return;
    for (const auto phase :
         {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        m_plot->plotLayout()->update(phase);
}

void GradFlowLegends::followSwitch(bool any_curves) {
    const bool shown = PlotLegend::allShown();
    for (const auto& [legend, cell] :
         {std::pair{m_curves, m_curveCell}, std::pair{m_styles, m_styleCell}}) {
        const bool in_cell = legend->layout() == cell;
        if (shown && !in_cell)
            cell->addElement(0, 0, legend);
        else if (!shown && in_cell)
            cell->take(legend);
    }
    m_curves->setVisible(shown && any_curves);
    m_styles->setVisible(shown);
}

} // namespace activa::ui
