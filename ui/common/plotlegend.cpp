// SPDX-License-Identifier: MIT
#include "plotlegend.hpp"

#include "segment.hpp"

#include <qcustomplot.h>

#include <QApplication>
#include <QHelpEvent>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace activa::ui {
namespace {

// Pixels kept free between a legend and the data it might cover.
constexpr int kClearance = 4;
// A stretch factor that leaves a legend's cell no more than the legend needs.
constexpr double kTinyStretch = 0.001;
constexpr std::array<Qt::Alignment::Int, 4> kCorners{
    Qt::AlignTop | Qt::AlignLeft, Qt::AlignTop | Qt::AlignRight, Qt::AlignBottom | Qt::AlignRight,
    Qt::AlignBottom | Qt::AlignLeft};

QList<PlotLegend*>& every_legend() {
    static QList<PlotLegend*> legends;
    return legends;
}
bool g_shown = true;

// The legend's entries in order; a legend laid out in rows has empty cells after the last.
QList<QCPAbstractLegendItem*> entries(const QCPLegend* legend) {
    QList<QCPAbstractLegendItem*> out;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i)) out << item;
    return out;
}

// The grid holding element, and its cell there.
QCPLayoutGrid* cell_of(QCPLayoutElement* element, int* row, int* column) {
    auto* grid = qobject_cast<QCPLayoutGrid*>(element->layout());
    if (!grid) return nullptr;
    for (int i = 0; i < grid->elementCount(); ++i)
        if (grid->elementAt(i) == element) {
            grid->indexToRowCol(i, *row, *column);
            return grid;
        }
    return nullptr;
}

int index_in(QCPLayout* layout, QCPLayoutElement* element) {
    for (int i = 0; i < layout->elementCount(); ++i)
        if (layout->elementAt(i) == element) return i;
    return -1;
}

// Whether segment a-b meets the rectangle.
bool segment_meets(QPointF a, QPointF b, const QRectF& r) {
    return clip_segment(a, b, r.left(), r.right(), r.top(), r.bottom());
}

QPointF pixel(const QCPGraph* g, double key, double value) {
    return {g->keyAxis()->coordToPixel(key), g->valueAxis()->coordToPixel(value)};
}

// Whether the graph's line or markers come within area (pixels). Dense data are read a pixel
// column at a time, by the lowest and highest value in each: a thin spike still counts.
bool graph_meets(const QCPGraph* g, const QRectF& area) {
    if (!g->visible() || g->data()->isEmpty()) return false;
    const bool markers = g->lineStyle() == QCPGraph::lsNone;
    const double reach = markers ? g->scatterStyle().size() / 2.0 : g->pen().widthF() / 2.0;
    const QRectF r = area.adjusted(-reach, -reach, reach, reach);
    double k0 = g->keyAxis()->pixelToCoord(r.left());
    double k1 = g->keyAxis()->pixelToCoord(r.right());
    if (k0 > k1) std::swap(k0, k1);
    const auto data = g->data();
    const auto begin = data->findBegin(k0, true);
    const auto end = data->findEnd(k1, true);
    if (markers) {
        for (auto it = begin; it != end; ++it)
            if (std::isfinite(it->value) && r.contains(pixel(g, it->key, it->value))) return true;
        return false;
    }
    if (end - begin <= 4 * static_cast<int>(r.width()) + 2) {
        for (auto it = begin; it != end && it + 1 != end; ++it) {
            if (!std::isfinite(it->value) || !std::isfinite((it + 1)->value)) continue;
            if (segment_meets(pixel(g, it->key, it->value),
                              pixel(g, (it + 1)->key, (it + 1)->value), r))
                return true;
        }
        return false;
    }
    // Pixel column by pixel column: the lowest and highest value in each, with the last point
    // before it, so that the line from one column to the next counts too. A key is turned into
    // a column only where a column ends: a million points cost a million comparisons.
    const QCPAxis* x = g->keyAxis();
    const QCPAxis* y = g->valueAxis();
    const bool reversed = x->rangeReversed();
    int column = std::numeric_limits<int>::min();
    double column_end = -std::numeric_limits<double>::infinity(); // the key where it ends
    double lo = NAN;
    double hi = NAN;
    double last = NAN;
    const auto column_meets = [&] {
        if (std::isnan(lo) || column < r.left() - 1.0 || column > r.right()) return false;
        const double a = y->coordToPixel(lo);
        const double b = y->coordToPixel(hi);
        return std::max(a, b) >= r.top() && std::min(a, b) <= r.bottom();
    };
    for (auto it = begin; it != end; ++it) {
        if (it->key >= column_end) {
            const double px = x->coordToPixel(it->key);
            if (std::isfinite(px)) {
                if (column_meets()) return true;
                column = static_cast<int>(std::floor(px));
                column_end = x->pixelToCoord(reversed ? column : column + 1.0);
                lo = hi = last;
            }
        }
        if (!std::isfinite(it->value)) {
            lo = hi = last = NAN;
            continue;
        }
        lo = std::isnan(lo) ? it->value : std::min(lo, it->value);
        hi = std::isnan(hi) ? it->value : std::max(hi, it->value);
        last = it->value;
    }
    return column_meets();
}

} // namespace

PlotLegend::PlotLegend(QCustomPlot* plot, QCPLegend* legend, QCPAxisRect* home, Beside beside,
                       bool inside_first)
    : QObject(plot)
    , m_plot(plot)
    , m_legend(legend)
    , m_home(home)
    , m_beside(beside)
    , m_insideFirst(inside_first)
    , m_corner(Qt::AlignTop | Qt::AlignLeft) {
    every_legend().append(this);
    putInside(m_corner);
    plot->installEventFilter(this);
    connect(plot, &QCustomPlot::afterLayout, this, &PlotLegend::arrange);
}

PlotLegend::~PlotLegend() {
    every_legend().removeAll(this);
}

QCPLegend* PlotLegend::legend() const {
    return m_legend;
}

void PlotLegend::setAllShown(bool shown) {
    g_shown = shown;
    for (PlotLegend* legend : every_legend())
        legend->m_place = Place::Inside; // shown again, each finds its own place
    // Every plot, also those whose legends follow the switch by themselves.
    for (QWidget* widget : QApplication::allWidgets())
        if (auto* plot = qobject_cast<QCustomPlot*>(widget))
            plot->replot(QCustomPlot::rpQueuedReplot);
}

bool PlotLegend::allShown() {
    return g_shown;
}

void PlotLegend::resetPlace() {
    m_place = Place::Inside;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotLegend::retract() {
    if (!m_legend || !m_home) return;
    putInside(m_corner);
    if (m_place == Place::Beside) m_place = Place::Inside;
}

void PlotLegend::relayout() {
    QCPLayoutGrid* top = m_plot->plotLayout();
    top->update(QCPLayoutElement::upPreparation);
    top->update(QCPLayoutElement::upMargins);
    top->update(QCPLayoutElement::upLayout);
}

void PlotLegend::putInside(Qt::Alignment corner) {
    QCPLayoutInset* inset = m_home->insetLayout();
    if (m_legend->layout() != inset) {
        if (QCPLayout* from = m_legend->layout()) from->take(m_legend);
        inset->addElement(m_legend, corner);
    }
    const int index = index_in(inset, m_legend);
    inset->setInsetPlacement(index, QCPLayoutInset::ipBorderAligned);
    inset->setInsetAlignment(index, corner);
    if (m_besideCell && m_besideCell->layout()) {
        QCPLayout* grid = m_besideCell->layout();
        grid->take(m_besideCell);
        grid->simplify();
    }
    useFill(false);
}

void PlotLegend::putBeside() {
    if (!m_besideCell) {
        m_besideCell = new QCPLayoutGrid;
        m_besideCell->setAutoMargins(QCP::msNone);
    }
    if (!m_besideCell->layout()) {
        int row = 0;
        int column = 0;
        QCPLayoutGrid* grid = cell_of(m_home, &row, &column);
        if (!grid) return; // an axis rect in an inset: nowhere beside it
        if (m_beside == Beside::Above) {
            grid->insertRow(row);
            grid->addElement(row, column, m_besideCell);
            grid->setRowStretchFactor(row, kTinyStretch);
        } else {
            grid->insertColumn(column + 1);
            grid->addElement(row, column + 1, m_besideCell);
            grid->setColumnStretchFactor(column + 1, kTinyStretch);
        }
    }
    if (m_legend->layout() != m_besideCell) {
        if (QCPLayout* from = m_legend->layout()) from->take(m_legend);
        m_besideCell->addElement(0, 0, m_legend);
        // The rest of the cell stays empty, so that the legend keeps its natural size.
        const int row = m_beside == Beside::Above ? 0 : 1;
        const int column = m_beside == Beside::Above ? 1 : 0;
        if (!m_besideCell->hasElement(row, column))
            m_besideCell->addElement(row, column, new QCPLayoutElement(m_plot));
        if (m_beside == Beside::Above)
            m_besideCell->setColumnStretchFactors({kTinyStretch, 1.0});
        else
            m_besideCell->setRowStretchFactors({kTinyStretch, 1.0});
    }
    // A strip above starts where the axes do; a column to the right keeps clear of the tick
    // labels.
    m_besideCell->setMargins(m_beside == Beside::Above
                                 ? QMargins(m_home->margins().left(), 4, 0, 0)
                                 : QMargins(4, m_home->margins().top(), 4, 0));
    useFill(m_beside == Beside::Above);
}

void PlotLegend::useFill(bool strip) {
    // Inside or in a column, one entry under the other; in a strip, as many side by side as the
    // width takes.
    int wrap = 0;
    if (strip) {
        const int width = m_home->outerRect().width() - m_home->margins().left();
        const QList<QCPAbstractLegendItem*> items = entries(m_legend);
        const auto n = static_cast<int>(items.size());
        const QMargins margins = m_legend->margins();
        for (wrap = std::max(n, 1); wrap > 1; --wrap) {
            int total = margins.left() + margins.right() + m_legend->columnSpacing() * (wrap - 1);
            for (int column = 0; column < wrap; ++column) {
                int widest = 0;
                for (int i = column; i < n; i += wrap)
                    widest = std::max(widest, items[i]->minimumOuterSizeHint().width());
                total += widest;
            }
            if (total <= width) break;
        }
    }
    const auto order = strip ? QCPLayoutGrid::foColumnsFirst : QCPLayoutGrid::foRowsFirst;
    if (m_legend->wrap() == wrap && m_legend->fillOrder() == order) return;
    m_legend->setWrap(wrap);
    m_legend->setFillOrder(order, true);
}

void PlotLegend::arrange() {
    if (m_arranging || !m_legend || !m_home) return;
    const QScopedValueRollback guard(m_arranging, true);
    if (!g_shown || entries(m_legend).isEmpty()) {
        const bool was_beside = m_legend->layout() != m_home->insetLayout();
        putInside(m_corner);
        m_legend->setVisible(false);
        if (was_beside) relayout();
        return;
    }
    m_legend->setVisible(true);
    // A dropped legend keeps its place as long as it fits the axes (a smaller picture, larger
    // fonts); until then it is placed as if never dropped.
    const QSize natural = m_legend->minimumOuterSizeHint();
    const QRect room = m_home->insetLayout()->rect();
    if (m_place == Place::Dropped && natural.width() <= room.width() &&
        natural.height() <= room.height()) {
        const bool was_beside = m_legend->layout() != m_home->insetLayout();
        putInside(m_corner);
        if (was_beside) relayout();
        QCPLayoutInset* inset = m_home->insetLayout();
        const int index = index_in(inset, m_legend);
        const QRect rect = inset->rect(); // free places are fractions of this
        const double w = natural.width() / std::max(1.0, double(rect.width()));
        const double h = natural.height() / std::max(1.0, double(rect.height()));
        inset->setInsetPlacement(index, QCPLayoutInset::ipFree);
        inset->setInsetRect(index, QRectF(std::clamp(m_dropped.x(), 0.0, 1.0 - w),
                                          std::clamp(m_dropped.y(), 0.0, 1.0 - h), w, h));
        inset->update(QCPLayoutElement::upLayout);
        return;
    }
    if (m_insideFirst) {
        if (m_legend->layout() != m_home->insetLayout()) {
            putInside(m_corner);
            relayout();
        }
        QList<Qt::Alignment> corners{m_corner};
        for (const auto corner : kCorners)
            if (Qt::Alignment(corner) != m_corner) corners << Qt::Alignment(corner);
        QCPLayoutInset* inset = m_home->insetLayout();
        for (const Qt::Alignment corner : corners) {
            putInside(corner);
            inset->update(QCPLayoutElement::upLayout);
            if (!coversData()) {
                m_corner = corner;
                if (m_place != Place::Dropped) m_place = Place::Inside;
                return;
            }
        }
        putInside(m_corner);
    }
    if (m_place != Place::Dropped) m_place = Place::Beside;
    putBeside();
    relayout();
    // The strip's entries are spread for the width just laid out.
    if (m_beside == Beside::Above) {
        const int wrap = m_legend->wrap();
        useFill(true);
        if (m_legend->wrap() != wrap) relayout();
    }
}

bool PlotLegend::coversData() const {
    const QRectF area =
        QRectF(m_legend->outerRect()).adjusted(-kClearance, -kClearance, kClearance, kClearance);
    const QList<QCPGraph*> graphs = m_home->graphs();
    return std::any_of(graphs.begin(), graphs.end(),
                       [&](const QCPGraph* g) { return graph_meets(g, area); });
}

QCPAbstractLegendItem* PlotLegend::itemAt(const QPoint& pos) const {
    for (QCPAbstractLegendItem* item : entries(m_legend))
        if (item->rect().contains(pos)) return item;
    return nullptr;
}

void PlotLegend::dragTo(const QPoint& pos) {
    const QRect rect = m_home->insetLayout()->rect();
    if (rect.width() <= 0 || rect.height() <= 0) return;
    const QPoint corner = m_pressCorner + (pos - m_pressPos);
    m_dropped = QPointF(double(corner.x() - rect.left()) / rect.width(),
                        double(corner.y() - rect.top()) / rect.height());
    m_place = Place::Dropped;
    m_plot->replot();
}

bool PlotLegend::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot || !m_legend) return false;
    const auto over_legend = [this](const QPoint& pos) {
        return m_legend->realVisibility() && m_legend->outerRect().contains(pos);
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto* e = static_cast<QMouseEvent*>(event);
        const QPoint pos = e->position().toPoint();
        if (e->button() != Qt::LeftButton || !over_legend(pos)) return false;
        // Pressed on the legend, the press is the legend's alone: the plot does not pan, and
        // whatever the plot draws above the legend (a crosshair) takes no click.
        m_pressed = true;
        m_dragging = false;
        m_pressPos = pos;
        m_pressCorner = m_legend->outerRect().topLeft();
        // The second press of a double-click is no second click: one double-click toggles once.
        m_pressItem = event->type() == QEvent::MouseButtonPress ? itemAt(pos) : nullptr;
        return true;
    }
    case QEvent::MouseMove: {
        const auto* e = static_cast<QMouseEvent*>(event);
        const QPoint pos = e->position().toPoint();
        if (m_pressed && (e->buttons() & Qt::LeftButton)) {
            if (!m_dragging &&
                (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
                m_dragging = true;
                m_plot->setCursor(Qt::ClosedHandCursor);
            }
            if (m_dragging) dragTo(pos);
            return true;
        }
        const bool clickable =
            isSignalConnected(QMetaMethod::fromSignal(&PlotLegend::entryClicked));
        if (over_legend(pos))
            m_plot->setCursor(clickable && itemAt(pos) ? Qt::PointingHandCursor
                                                       : Qt::OpenHandCursor);
        else if (m_plot->testAttribute(Qt::WA_SetCursor))
            m_plot->unsetCursor();
        return false;
    }
    case QEvent::MouseButtonRelease: {
        const auto* e = static_cast<QMouseEvent*>(event);
        if (!m_pressed || e->button() != Qt::LeftButton) return false;
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            m_plot->setCursor(Qt::OpenHandCursor);
        } else if (m_pressItem && m_pressItem == itemAt(e->position().toPoint())) {
            emit entryClicked(m_pressItem);
        }
        m_pressItem = nullptr;
        return true;
    }
    case QEvent::ToolTip: {
        const auto* e = static_cast<QHelpEvent*>(event);
        if (!over_legend(e->pos())) return false;
        QToolTip::showText(
            e->globalPos(),
            isSignalConnected(QMetaMethod::fromSignal(&PlotLegend::entryClicked))
                ? tr("Click an entry to hide or show its curve; drag the legend to move it")
                : tr("Drag the legend to move it"),
            m_plot);
        return true;
    }
    default:
        return false;
    }
}

} // namespace activa::ui
