// SPDX-License-Identifier: MIT
#include "curveplot.hpp"

#include "common/coretext.hpp"

#include <qcustomplot.h>

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace activa::ui {
namespace {

// Okabe & Ito (2008), ordered so that neighbours differ in lightness as well as hue.
constexpr std::array<QRgb, 8> kPalette{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                       0xE69F00, 0x56B4E9, 0x000000, 0xF0E442};

// QCustomPlot refuses ranges beyond this magnitude.
constexpr double kMaxAxis = 1e250;

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

// Finite minimum and maximum of the graphs' values whose keys lie in [x0, x1].
void finite_extent(const QList<QCPGraph*>& graphs, double x0, double x1, double* lo, double* hi) {
    *lo = std::numeric_limits<double>::infinity();
    *hi = -std::numeric_limits<double>::infinity();
    for (QCPGraph* g : graphs) {
        const auto data = g->data();
        for (auto it = data->findBegin(x0, false); it != data->constEnd() && it->key <= x1; ++it) {
            if (!std::isfinite(it->value)) continue;
            *lo = std::min(*lo, it->value);
            *hi = std::max(*hi, it->value);
        }
    }
}

QVector<double> to_qvector(const std::vector<double>& v) {
    return {v.begin(), v.end()};
}

// Liang-Barsky: the part of segment a-b inside the rectangle, if any.
bool clip_segment(QPointF& a, QPointF& b, const QCPRange& xr, const QCPRange& yr) {
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double t0 = 0.0;
    double t1 = 1.0;
    const std::array<std::pair<double, double>, 4> edges{{{-dx, a.x() - xr.lower},
                                                          {dx, xr.upper - a.x()},
                                                          {-dy, a.y() - yr.lower},
                                                          {dy, yr.upper - a.y()}}};
    for (const auto& [p, q] : edges) {
        if (p == 0.0) {
            if (q < 0.0) return false; // parallel to this edge and outside it
            continue;
        }
        const double t = q / p;
        if (p < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    const QPointF start = a;
    a = start + t0 * QPointF(dx, dy);
    b = start + t1 * QPointF(dx, dy);
    return true;
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
        if (!std::isfinite(a.y()) || !std::isfinite(b.y()) || !clip_segment(a, b, xr, yr)) {
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
    rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
}

} // namespace

QColor curve_colour(int index) {
    return QColor::fromRgb(kPalette[static_cast<std::size_t>(index) % kPalette.size()]);
}

QColor function_colour(ActivationId id) {
    using enum ActivationId;
    // The functions races usually compare get distinct colours; the rest share them in turn.
    switch (id) {
    case Sigmoid:
        return curve_colour(0);
    case Tanh:
        return curve_colour(1);
    case Relu:
        return curve_colour(2);
    case LeakyRelu:
        return curve_colour(3);
    case Gelu:
        return curve_colour(4);
    case Elu:
        return curve_colour(5);
    case Silu:
        return curve_colour(6);
    default:
        break;
    }
    // Yellow (the palette's last) is too pale for a line on white.
    return curve_colour(3 + static_cast<int>(id) % 4);
}

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
    style_rect(m_valueRect, QCoreApplication::translate("activa::ui::CurvePlotter", "f(x)"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 215));
    m_plot->legend->setBorderPen(QPen(QColor(0, 0, 0, 60)));
    // Room between icon and text: SVG output (no clipping) draws icon lines a little longer.
    m_plot->legend->setIconTextPadding(12);
    m_valueRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void CurvePlotter::build_layout(bool with_derivative) {
    const QString x_label = QStringLiteral("x");
    if (with_derivative && !m_derivativeRect) {
        m_derivativeRect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(1, 0, m_derivativeRect);
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
    if (m_derivativeRect) m_derivativeRect->axis(QCPAxis::atBottom)->setLabel(x_label);
}

void CurvePlotter::draw(const CurvesState& state, bool keep_view) {
    const QCPRange old_x = m_valueRect->axis(QCPAxis::atBottom)->range();
    const QCPRange old_y = m_valueRect->axis(QCPAxis::atLeft)->range();
    const QCPRange old_dy =
        m_derivativeRect ? m_derivativeRect->axis(QCPAxis::atLeft)->range() : QCPRange();
    const bool had_derivative = m_derivativeRect != nullptr;

    m_plot->clearPlottables();
    m_plot->clearItems();
    build_layout(state.show_derivative);
    m_state = state;
    m_data.clear();

    QCPAxis* vx = m_valueRect->axis(QCPAxis::atBottom);
    QCPAxis* vy = m_valueRect->axis(QCPAxis::atLeft);
    QCPAxis* dx = m_derivativeRect ? m_derivativeRect->axis(QCPAxis::atBottom) : nullptr;
    QCPAxis* dy = m_derivativeRect ? m_derivativeRect->axis(QCPAxis::atLeft) : nullptr;
    const auto count = static_cast<std::size_t>(std::clamp(state.points, kMinPoints, kMaxPoints));

    for (const CurveSpec& spec : state.curves)
        m_data.push_back(evaluate_range(spec.id, spec.params, state.xmin, state.xmax, count));

    // Vanishing-gradient regions of the selected curve, under everything else.
    const bool shade = state.show_saturation && state.selected >= 0 &&
                       state.selected < static_cast<int>(m_data.size());
    if (shade) {
        const Curve& c = m_data[static_cast<std::size_t>(state.selected)];
        auto add_band = [&](double x0, double x1) {
            for (QCPAxisRect* rect : {m_valueRect, m_derivativeRect}) {
                if (!rect) continue;
                auto* band = new QCPItemRect(m_plot);
                band->setClipAxisRect(rect);
                for (QCPItemPosition* p : {band->topLeft, band->bottomRight}) {
                    p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
                    p->setAxisRect(rect);
                    p->setTypeX(QCPItemPosition::ptPlotCoords);
                    p->setTypeY(QCPItemPosition::ptAxisRectRatio);
                }
                band->topLeft->setCoords(x0, 0.0);
                band->bottomRight->setCoords(x1, 1.0);
                band->setPen(Qt::NoPen);
                band->setBrush(QColor(120, 120, 120, 45));
                band->setSelectable(false);
            }
        };
        for (const Interval& band : saturation_intervals(c))
            add_band(band.from, band.to);
    }

    for (std::size_t k = 0; k < m_data.size(); ++k) {
        const CurveSpec& spec = state.curves[k];
        const Curve& c = m_data[k];
        const QColor colour = curve_colour(static_cast<int>(k));
        const QVector<double> keys = to_qvector(c.x);

        QCPGraph* g = m_plot->addGraph(vx, vy);
        g->setPen(QPen(colour, 2.2));
        g->setName(curve_label(spec));
        g->setData(keys, to_qvector(c.value), true);
        g->setAdaptiveSampling(true);

        if (dx) {
            QCPGraph* gd = m_plot->addGraph(dx, dy);
            gd->setPen(QPen(colour, 2.0, Qt::DashLine));
            gd->setName(curve_label(spec));
            gd->setData(keys, to_qvector(c.derivative), true);
            gd->removeFromLegend();
        }

        // Kinks: where the function or its derivative jumps, marked on the curve.
        QVector<double> kx;
        QVector<double> ky;
        for (const double k0 : kinks(spec.id, spec.params)) {
            if (k0 < state.xmin || k0 > state.xmax) continue;
            kx << k0;
            ky << value(spec.id, k0, spec.params);
        }
        if (!kx.isEmpty()) {
            QCPGraph* marks = m_plot->addGraph(vx, vy);
            marks->setLineStyle(QCPGraph::lsNone);
            marks->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.8), Qt::white, 8));
            marks->setData(kx, ky, true);
            marks->removeFromLegend();
        }
    }
    m_plot->legend->setVisible(!state.curves.empty());

    if (keep_view && had_derivative == (m_derivativeRect != nullptr)) {
        vx->setRange(old_x);
        vy->setRange(old_y);
        if (dy) dy->setRange(old_dy);
        if (dx) dx->setRange(old_x);
    } else {
        reset_view();
    }
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
    m_valueRect->axis(QCPAxis::atBottom)->setRange(m_state.xmin, m_state.xmax);
    if (m_derivativeRect)
        m_derivativeRect->axis(QCPAxis::atBottom)->setRange(m_state.xmin, m_state.xmax);
    fit_y();
}

void CurvePlotter::fit_y() {
    const QCPRange x = m_valueRect->axis(QCPAxis::atBottom)->range();
    for (QCPAxisRect* rect : {m_valueRect, m_derivativeRect}) {
        if (!rect) continue;
        double lo = 0.0;
        double hi = 0.0;
        finite_extent(rect->graphs(), x.lower, x.upper, &lo, &hi);
        rect->axis(QCPAxis::atLeft)->setRange(fitted(lo, hi));
    }
}

} // namespace activa::ui
