// SPDX-License-Identifier: MIT
#include "curveplot.hpp"

#include "common/coretext.hpp"
#include "common/numbertext.hpp"
#include "common/palette.hpp"
#include "common/plotlegend.hpp"
#include "common/plotstyle.hpp"
#include "common/segment.hpp"

#include <qcustomplot.h>

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace activa::ui {
namespace {

// QCustomPlot refuses ranges beyond this magnitude.
constexpr double kMaxAxis = 1e250;

const QColor kBandColour(120, 120, 120, 45);

QCPRange fitted(double lo, double hi) {
    if (!(lo <= hi)) return {-1.0, 1.0}; // nothing finite to show
    lo = std::max(lo, -kMaxAxis);
    hi = std::min(hi, kMaxAxis);
    const double span = hi - lo;
    if (span <= 1e-12 * std::max(1.0, std::fabs(hi))) {
        const double pad = std::max(1.0, std::fabs(hi) * 0.1);
        return {lo - pad, hi + pad};
    }
    const double pad = std::isfinite(span) ? 0.06 * span : 0.0;
    return {std::max(lo - pad, -kMaxAxis), std::min(hi + pad, kMaxAxis)};
}

// Smallest positive value a logarithmic axis is fitted to: below it QCustomPlot's ranges fail.
constexpr double kMinLogAxis = 1e-300;

// A log axis' range around positive lo..hi, a little beyond them.
QCPRange fitted_log(double lo, double hi) {
    if (!(lo <= hi)) return {1e-3, 10.0};
    lo = std::max(lo, kMinLogAxis);
    hi = std::min(std::max(hi, lo * 10.0), kMaxAxis);
    return {std::max(lo / 3.0, kMinLogAxis), hi * 3.0};
}

// Finite minimum and maximum of the shown graphs' values whose keys lie in [x0, x1]; only the
// positive ones for a log axis.
void finite_extent(const QList<QCPGraph*>& graphs, double x0, double x1, bool positive, double* lo,
                   double* hi) {
    *lo = std::numeric_limits<double>::infinity();
    *hi = -std::numeric_limits<double>::infinity();
    for (QCPGraph* g : graphs) {
        if (!g->visible()) continue;
        const auto data = g->data();
        for (auto it = data->findBegin(x0, false); it != data->constEnd() && it->key <= x1; ++it) {
            if (!std::isfinite(it->value) || (positive && !(it->value > 0.0))) continue;
            *lo = std::min(*lo, it->value);
            *hi = std::max(*hi, it->value);
        }
    }
}

// A curve whose legend line is a filled bar with round ends, the width of its pen: PDF viewers
// snap thin horizontal strokes and rectangles to whole pixels, so that legend lines of equal pens
// came out one or two pixels thick depending on where they fell.
class CurveGraph : public QCPGraph {
public:
    using QCPGraph::QCPGraph;

protected:
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override {
        const double width = std::max(1.0, pen().widthF());
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen().color());
        painter->drawRoundedRect(
            QRectF(rect.left(), rect.center().y() - width / 2.0, rect.width(), width), width / 2.0,
            width / 2.0);
    }
};

// Powers of ten written as 10⁻⁵: QCustomPlot typesets an exponent it finds after a lower-case
// 'e', which many locales write upper-case.
class PowerTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar format, int precision) override {
        return QCPAxisTickerLog::getTickLabel(tick, locale, format, precision)
            .replace(QLatin1Char('E'), QLatin1Char('e'));
    }
};

QVector<double> to_qvector(const std::vector<double>& v) {
    return {v.begin(), v.end()};
}

// |v| for a log axis, which has no place for 0: those points become gaps.
QVector<double> magnitudes(const std::vector<double>& v) {
    QVector<double> out;
    out.reserve(static_cast<qsizetype>(v.size()));
    for (const double d : v)
        out.push_back(d == 0.0 ? std::numeric_limits<double>::quiet_NaN() : std::fabs(d));
    return out;
}

// The graph's polyline cut to the ranges; NaN values separate the pieces, as QCPGraph draws
// them as gaps.
QSharedPointer<QCPGraphDataContainer> clipped(const QCPGraph* g, const QCPRange& xr,
                                              const QCPRange& yr) {
    auto out = QSharedPointer<QCPGraphDataContainer>::create();
    const auto data = g->data();
    if (g->lineStyle() == QCPGraph::lsNone) { // markers: keep those inside
        for (const auto& d : *data)
            if (xr.contains(d.key) && yr.contains(d.value)) out->add(d);
        return out;
    }
    QVector<QCPGraphData> points;
    bool open = false; // the last point added ends a visible piece
    for (auto it = data->constBegin(); it != data->constEnd() && it + 1 != data->constEnd(); ++it) {
        QPointF a(it->key, it->value);
        QPointF b((it + 1)->key, (it + 1)->value);
        if (!std::isfinite(a.y()) || !std::isfinite(b.y()) ||
            !clip_segment(a, b, xr.lower, xr.upper, yr.lower, yr.upper)) {
            open = false;
            continue;
        }
        if (!open) {
            if (!points.isEmpty())
                points.append(QCPGraphData(a.x(), std::numeric_limits<double>::quiet_NaN()));
            points.append(QCPGraphData(a.x(), a.y()));
        }
        points.append(QCPGraphData(b.x(), b.y()));
        open = b == QPointF((it + 1)->key, (it + 1)->value); // still inside at the segment's end
    }
    out->set(points, true);
    return out;
}

void style_rect(QCPAxisRect* rect, const QString& y_label) {
    rect->axis(QCPAxis::atLeft)->setLabel(y_label);
    for (QCPAxis* axis : rect->axes()) {
        axis->grid()->setSubGridVisible(false);
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 0, Qt::SolidLine));
        axis->grid()->setZeroLinePen(QPen(QColor(0, 0, 0, 90), 0, Qt::SolidLine));
    }
    rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    // The wheel zooms x; the view turns it to y while Ctrl is held.
    rect->setRangeZoom(Qt::Horizontal);
}

} // namespace

QString curve_label(const CurveSpec& spec) {
    const auto& a = info(spec.id);
    QString label = function_name(spec.id);
    if (a.params.empty()) return label;
    QStringList parts;
    for (std::size_t i = 0; i < a.params.size(); ++i)
        parts << QStringLiteral("%1 = %2").arg(QString::fromLatin1(a.params[i].name),
                                               QLocale().toString(spec.params[i], 'g', 6));
    return label + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

CurvePlotter::CurvePlotter(QCustomPlot* plot)
    : m_plot(plot)
    , m_valueRect(plot->axisRect()) {
    follow_screen_style(m_plot);
    style_rect(m_valueRect, QCoreApplication::translate("activa::ui::CurvePlotter", "f(x)"));
    m_plot->legend->setBrush(QColor(255, 255, 255, 215));
    m_plot->legend->setBorderPen(QPen(QColor(0, 0, 0, 60)));
    // Room between icon and text: SVG output (no clipping) draws icon lines a little longer.
    m_plot->legend->setIconTextPadding(12);
    // In a free corner of the value plot, or in a strip above it when the curves fill them all.
    m_legend = new PlotLegend(m_plot, m_plot->legend, m_valueRect, PlotLegend::Beside::Above, true);
}

void CurvePlotter::build_layout(bool with_derivative) {
    const QString x_label = QStringLiteral("x");
    if (with_derivative && !m_derivativeRect) {
        m_derivativeRect = new QCPAxisRect(m_plot);
        // Right under the value plot, whether or not the legend has a strip above it.
        QCPLayoutGrid* grid = m_plot->plotLayout();
        int row = 0;
        int column = 0;
        for (int i = 0; i < grid->elementCount(); ++i)
            if (grid->elementAt(i) == m_valueRect) grid->indexToRowCol(i, row, column);
        grid->addElement(row + 1, column, m_derivativeRect);
        style_rect(m_derivativeRect,
                   QCoreApplication::translate("activa::ui::CurvePlotter", "f′(x) (dashed)"));
        // Same left margin for both plots, so that their x axes line up.
        auto* group = new QCPMarginGroup(m_plot);
        m_valueRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        m_derivativeRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        // Panning or zooming either plot moves both along x.
        QObject::connect(m_valueRect->axis(QCPAxis::atBottom),
                         qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                         m_derivativeRect->axis(QCPAxis::atBottom),
                         qOverload<const QCPRange&>(&QCPAxis::setRange));
        QObject::connect(m_derivativeRect->axis(QCPAxis::atBottom),
                         qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                         m_valueRect->axis(QCPAxis::atBottom),
                         qOverload<const QCPRange&>(&QCPAxis::setRange));
    } else if (!with_derivative && m_derivativeRect) {
        m_plot->plotLayout()->remove(m_derivativeRect);
        m_plot->plotLayout()->simplify();
        m_derivativeRect = nullptr;
        m_valueRect->setMarginGroup(QCP::msLeft | QCP::msRight, nullptr);
    }
    m_valueRect->axis(QCPAxis::atBottom)->setLabel(with_derivative ? QString() : x_label);
    if (m_derivativeRect) {
        m_derivativeRect->axis(QCPAxis::atBottom)->setLabel(x_label);
    }
}

struct CurvePlotter::SavedView {
    QCPRange x;
    QCPRange y;
    QCPRange dy;
    bool derivative = false;
    bool log = false;
};

CurvePlotter::SavedView CurvePlotter::saved_view() const {
    SavedView v;
    v.x = m_valueRect->axis(QCPAxis::atBottom)->range();
    v.y = m_valueRect->axis(QCPAxis::atLeft)->range();
    v.derivative = m_derivativeRect != nullptr;
    if (m_derivativeRect) {
        v.dy = m_derivativeRect->axis(QCPAxis::atLeft)->range();
        v.log = m_derivativeRect->axis(QCPAxis::atLeft)->scaleType() == QCPAxis::stLogarithmic;
    }
    return v;
}

void CurvePlotter::draw(const CurvesState& state, bool keep_view) {
    const SavedView before = saved_view();
    m_plot->clearPlottables();
    m_plot->clearItems();
    build_layout(state.show_derivative);
    m_xmin = state.xmin;
    m_xmax = state.xmax;
    m_bandCount = 0;
    m_bandSlopes = {};
    const bool log_slope = m_derivativeRect && state.log_derivative;
    if (m_derivativeRect) style_derivative_axis(log_slope);
    // A function hidden and then unchecked comes back shown.
    std::erase_if(m_hidden, [&](ActivationId id) {
        return std::none_of(state.curves.begin(), state.curves.end(),
                            [id](const CurveSpec& c) { return c.id == id; });
    });

    const auto count = static_cast<std::size_t>(std::clamp(state.points, kMinPoints, kMaxPoints));
    std::vector<Curve> data;
    for (const CurveSpec& spec : state.curves)
        data.push_back(evaluate_range(spec.id, spec.params, state.xmin, state.xmax, count));
    // Vanishing-gradient regions of the selected curve, under everything else.
    if (state.show_saturation && state.selected >= 0 &&
        state.selected < static_cast<int>(data.size()))
        draw_bands(data[static_cast<std::size_t>(state.selected)]);
    for (std::size_t k = 0; k < data.size(); ++k)
        draw_curve(state.curves[k], data[k], log_slope);
    if (m_bandCount > 0) draw_band_key(state.curves[static_cast<std::size_t>(state.selected)].id);

    if (keep_view && before.derivative == (m_derivativeRect != nullptr))
        restore_view(before, log_slope);
    else
        reset_view();
}

void CurvePlotter::style_derivative_axis(bool log) {
    QCPAxis* dy = m_derivativeRect->axis(QCPAxis::atLeft);
    dy->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log)
        dy->setTicker(QSharedPointer<PowerTicker>::create());
    else
        dy->setTicker(QSharedPointer<QCPAxisTicker>::create());
    dy->setNumberFormat(log ? QStringLiteral("eb") : QStringLiteral("gb"));
    dy->setNumberPrecision(log ? 0 : 6);
    dy->setLabel(
        log ? QCoreApplication::translate("activa::ui::CurvePlotter", "|f′(x)| (dashed, log scale)")
            : QCoreApplication::translate("activa::ui::CurvePlotter", "f′(x) (dashed)"));
}

void CurvePlotter::draw_bands(const Curve& curve) {
    const std::vector<Interval> bands = saturation_intervals(curve);
    for (const Interval& band : bands) {
        for (QCPAxisRect* rect : {m_valueRect, m_derivativeRect}) {
            if (!rect) continue;
            auto* item = new QCPItemRect(m_plot);
            item->setClipAxisRect(rect);
            for (QCPItemPosition* p : {item->topLeft, item->bottomRight}) {
                p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                p->setAxisRect(rect);
                p->setTypeX(QCPItemPosition::ptPlotCoords);
                p->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            item->topLeft->setCoords(band.from, 0.0);
            item->bottomRight->setCoords(band.to, 1.0);
            item->setPen(Qt::NoPen);
            item->setBrush(kBandColour);
            item->setSelectable(false);
        }
        ++m_bandCount;
    }
    m_bandSlopes = activa::band_slopes(curve, bands);
}

void CurvePlotter::draw_curve(const CurveSpec& spec, const Curve& c, bool log_slope) {
    QCPAxis* vx = m_valueRect->axis(QCPAxis::atBottom);
    QCPAxis* vy = m_valueRect->axis(QCPAxis::atLeft);
    const QColor colour = function_colour(spec.id);
    const QVector<double> keys = to_qvector(c.x);
    const bool shown = !m_hidden.contains(spec.id);

    QCPGraph* g = new CurveGraph(vx, vy);
    g->setPen(QPen(colour, 2.2));
    g->setName(curve_label(spec));
    g->setData(keys, to_qvector(c.value), true);
    g->setAdaptiveSampling(true);
    g->setVisible(shown);
    g->setProperty("activation", static_cast<int>(spec.id));
    if (auto* item = m_plot->legend->itemWithPlottable(g))
        item->setTextColor(shown ? QColor(Qt::black) : QColor(150, 150, 150));

    if (m_derivativeRect) {
        QCPGraph* gd = m_plot->addGraph(m_derivativeRect->axis(QCPAxis::atBottom),
                                        m_derivativeRect->axis(QCPAxis::atLeft));
        gd->setPen(QPen(colour, 2.0, Qt::DashLine));
        gd->setName(curve_label(spec));
        gd->setData(keys, log_slope ? magnitudes(c.derivative) : to_qvector(c.derivative), true);
        gd->removeFromLegend();
        gd->setVisible(shown);
    }

    // Kinks: where the function or its derivative jumps, marked on the curve.
    QVector<double> kx;
    QVector<double> ky;
    for (const double k0 : kinks(spec.id, spec.params)) {
        if (k0 < m_xmin || k0 > m_xmax) continue;
        kx << k0;
        ky << value(spec.id, k0, spec.params);
    }
    if (kx.isEmpty()) return;
    QCPGraph* marks = m_plot->addGraph(vx, vy);
    marks->setLineStyle(QCPGraph::lsNone);
    marks->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.8), Qt::white, 8));
    marks->setData(kx, ky, true);
    marks->removeFromLegend();
    marks->setVisible(shown);
}

void CurvePlotter::draw_band_key(ActivationId selected) {
    // Whose bands they are, for a picture that leaves the window.
    auto* key =
        new QCPBars(m_valueRect->axis(QCPAxis::atBottom), m_valueRect->axis(QCPAxis::atLeft));
    key->setName(
        QCoreApplication::translate("activa::ui::CurvePlotter", "Grey bands: |f′| < %1 for %2")
            .arg(shown_number(kSaturationThreshold), function_name(selected)));
    key->setBrush(kBandColour);
    key->setPen(QPen(QColor(0, 0, 0, 60)));
}

void CurvePlotter::restore_view(const SavedView& before, bool log_slope) {
    m_valueRect->axis(QCPAxis::atBottom)->setRange(before.x);
    m_valueRect->axis(QCPAxis::atLeft)->setRange(before.y);
    if (!m_derivativeRect) return;
    m_derivativeRect->axis(QCPAxis::atBottom)->setRange(before.x);
    if (before.log == log_slope)
        m_derivativeRect->axis(QCPAxis::atLeft)->setRange(before.dy);
    else
        fit_rect_y(m_derivativeRect);
}

void CurvePlotter::set_hidden(ActivationId id, bool hidden) {
    if (hidden)
        m_hidden.insert(id);
    else
        m_hidden.erase(id);
}

void CurvePlotter::clip_to_view() {
    for (QCPAxisRect* rect : {m_valueRect, m_derivativeRect}) {
        if (!rect) continue;
        const QCPRange xr = rect->axis(QCPAxis::atBottom)->range();
        const QCPRange yr = rect->axis(QCPAxis::atLeft)->range();
        for (QCPGraph* g : rect->graphs())
            g->setData(clipped(g, xr, yr));
    }
    const QCPRange xr = m_valueRect->axis(QCPAxis::atBottom)->range();
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto* band = qobject_cast<QCPItemRect*>(m_plot->item(i));
        if (!band) continue;
        const double x0 = std::clamp(band->topLeft->coords().x(), xr.lower, xr.upper);
        const double x1 = std::clamp(band->bottomRight->coords().x(), xr.lower, xr.upper);
        band->topLeft->setCoords(x0, 0.0);
        band->bottomRight->setCoords(x1, 1.0);
        band->setVisible(x1 > x0);
    }
}

void CurvePlotter::reset_view() {
    m_valueRect->axis(QCPAxis::atBottom)->setRange(m_xmin, m_xmax);
    if (m_derivativeRect) m_derivativeRect->axis(QCPAxis::atBottom)->setRange(m_xmin, m_xmax);
    fit_y();
}

void CurvePlotter::fit_y() {
    for (QCPAxisRect* rect : {m_valueRect, m_derivativeRect})
        if (rect) fit_rect_y(rect);
}

void CurvePlotter::fit_rect_y(QCPAxisRect* rect) {
    const QCPRange x = m_valueRect->axis(QCPAxis::atBottom)->range();
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    const bool log = y->scaleType() == QCPAxis::stLogarithmic;
    double lo = 0.0;
    double hi = 0.0;
    finite_extent(rect->graphs(), x.lower, x.upper, log, &lo, &hi);
    y->setRange(log ? fitted_log(lo, hi) : fitted(lo, hi));
}

} // namespace activa::ui
