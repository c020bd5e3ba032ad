// SPDX-License-Identifier: MIT
#include "gradflowplot.hpp"

#include "common/axistitles.hpp"
#include "common/coretext.hpp"
#include "common/numbertext.hpp"
#include "common/palette.hpp"
#include "common/plotlegend.hpp"
#include "common/plotstyle.hpp"
#include "gradflow/gradflowlegends.hpp"

#include <QCoreApplication>
#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace activa::ui {
namespace {

const QColor kStyleColour(0x55, 0x55, 0x55);

void style_rect(QCPAxisRect* rect, std::size_t depth) {
    for (QCPAxis* axis : rect->axes()) {
        axis->grid()->setSubGridVisible(false);
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 0, Qt::SolidLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    // Whole layers only; QCustomPlot picks a multiple of 1 that keeps the labels apart.
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    x->setTicker(ticker);
    x->setSubTicks(false);
    x->setRange(0.5, static_cast<double>(std::max<std::size_t>(depth, 1)) + 0.5);
    rect->setRangeDrag({});
    rect->setRangeZoom({});
}

QCPGraph* add_graph(QCustomPlot* plot, QCPAxis* x, QCPAxis* y, const QPen& pen) {
    QCPGraph* g = plot->addGraph(x, y);
    g->setPen(pen);
    g->setLineStyle(QCPGraph::lsLine);
    return g;
}

// Powers of ten typeset as 10 with an exponent. QCustomPlot raises the exponent only when the
// label reads "1e-05", which some locales print as "1E-05"; a power of ten has no decimal
// separator, so the C locale loses nothing.
class PowerOfTenTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale&, QChar format, int precision) override {
        return QCPAxisTickerLog::getTickLabel(tick, QLocale::c(), format, precision);
    }
};

// Log axes cannot show zero: a layer whose gradient is exactly zero (every unit dead) is a gap.
double loggable(double v) {
    return v > 0.0 && std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

QString gradflow_curve_label(const GradFlowCurve& curve) {
    return QStringLiteral("%1 · %2").arg(
        function_name(curve.activation),
        core_text(init_schemes()[static_cast<std::size_t>(curve.init)].name));
}

GradFlowPlotter::GradFlowPlotter(QCustomPlot* plot)
    : m_plot(plot)
    , m_titles(plot) {
    follow_screen_style(m_plot);
    // Two plots one above the other sharing the layer axis, each with its legend.
    m_plot->plotLayout()->clear();
    // Legends are filled by hand: the curves' above, the line styles' below.
    m_plot->setAutoAddPlottableToLegend(false);
    m_title = new QCPTextElement(m_plot, QString(), m_plot->font());
    m_gradientRect = new QCPAxisRect(m_plot);
    m_statisticsRect = new QCPAxisRect(m_plot);
    // The title spans the whole width above the plots and their legends.
    auto* body = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->addElement(1, 0, body);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(1, 1.0);
    m_legends = std::make_unique<GradFlowLegends>(m_plot, body, m_gradientRect, m_statisticsRect);
    QObject::connect(m_plot, &QCustomPlot::beforeReplot, m_plot,
                     [this] { m_legends->followSwitch(!m_gradient.empty()); });
    auto* margins = new QCPMarginGroup(m_plot);
    for (QCPAxisRect* rect : {m_gradientRect, m_statisticsRect})
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    QCPAxis* gradient_y = m_gradientRect->axis(QCPAxis::atLeft);
    gradient_y->setScaleType(QCPAxis::stLogarithmic);
    auto log_ticker = QSharedPointer<PowerOfTenTicker>::create();
    log_ticker->setLogBase(10.0);
    log_ticker->setSubTickCount(0);
    gradient_y->setTicker(log_ticker);
    gradient_y->setNumberFormat(QStringLiteral("eb")); // 10 to the power, typeset
    gradient_y->setNumberPrecision(0);

    QCPAxis* fraction_y = m_statisticsRect->axis(QCPAxis::atRight);
    fraction_y->setVisible(true);
    fraction_y->setTickLabels(true);
    fraction_y->setRange(0.0, 1.0);
    setAxisTitles();
    // Legends and titles take their places for the picture's size, the window's or an
    // export's, once the layout has given the plots theirs: the legends first, since where
    // they stand sets the plots' widths.
    QObject::connect(m_plot, &QCustomPlot::afterLayout, m_plot, [this] {
        m_legends->arrange();
        m_titles.fit();
    });
}

void GradFlowPlotter::setAxisTitles() {
    m_titles.set(m_gradientRect->axis(QCPAxis::atLeft), tr("Gradient norm (log scale)"));
    m_titles.set(m_gradientRect->axis(QCPAxis::atBottom), tr("Layer (1 = nearest the input)"));
    m_titles.set(m_statisticsRect->axis(QCPAxis::atLeft), tr("Spread of the activations (std)"));
    m_titles.set(m_statisticsRect->axis(QCPAxis::atRight), tr("Fraction saturated, zero or dead"));
    m_titles.set(m_statisticsRect->axis(QCPAxis::atBottom), tr("Layer"));
}

GradFlowPlotter::~GradFlowPlotter() = default;

void GradFlowPlotter::draw(const GradFlowState& state, const std::vector<GradFlowResult>& results) {
    m_legends->curves()->clearItems();
    m_legends->styles()->clearItems();
    m_plot->clearItems();
    m_plot->clearPlottables();
    m_gradient.clear();
    m_spread.clear();
    m_saturated.clear();
    m_dead.clear();
    m_zero.clear();
    // The sizes in the picture itself, so an exported image says what it shows.
    m_title->setText(tr("At initialisation: depth %1 · width %2 · batch %3 · bias %4 · seed %5")
                         .arg(static_cast<qulonglong>(state.depth))
                         .arg(static_cast<qulonglong>(state.width))
                         .arg(static_cast<qulonglong>(state.batch))
                         .arg(shown_number(state.bias))
                         .arg(static_cast<qulonglong>(state.seed)));
    style_rect(m_gradientRect, state.depth);
    style_rect(m_statisticsRect, state.depth);
    setAxisTitles(); // in the language of the moment
    drawStyleKey();

    Extent extent;
    QStringList without_gradient; // a log axis has no place for zero
    QStringList overflowed;       // nor for inf and NaN (log(x) of a negative, an overflow)
    const std::size_t count = std::min(results.size(), state.curves.size());
    for (std::size_t k = 0; k < count; ++k) {
        drawCurve(state.curves[k], results[k], extent);
        const auto& rows = results[k].layers;
        if (std::any_of(rows.begin(), rows.end(),
                        [](const GradFlowLayer& r) { return !std::isfinite(r.grad_norm); }))
            overflowed << function_name(state.curves[k].activation);
        else if (std::any_of(rows.begin(), rows.end(),
                             [](const GradFlowLayer& r) { return r.grad_norm == 0.0; }))
            without_gradient << function_name(state.curves[k].activation);
    }
    setRanges(extent);
    m_legends->curves()->setVisible(count > 0 && PlotLegend::allShown());
    QStringList notes;
    if (!overflowed.isEmpty())
        notes << tr("No finite gradient at some layers (the function is undefined there, or "
                    "the numbers overflowed; not drawn): %1")
                     .arg(overflowed.join(QStringLiteral(", ")));
    if (!without_gradient.isEmpty())
        notes << tr("Gradient exactly zero at some layers (not drawn on a log scale): %1")
                     .arg(without_gradient.join(QStringLiteral(", ")));
    if (!notes.isEmpty()) addNote(notes.join(u'\n'));
}

void GradFlowPlotter::drawStyleKey() {
    QCPAxis* sx = m_statisticsRect->axis(QCPAxis::atBottom);
    QCPAxis* sy = m_statisticsRect->axis(QCPAxis::atLeft);
    // The legend of the lower plot explains line styles, not colours: the colours are above.
    // A slope of exactly 0 is not saturation: ReLU's negative side passes no gradient at all,
    // sigmoid's small slopes some.
    const std::pair<Qt::PenStyle, QString> styles[] = {
        {Qt::SolidLine, tr("Spread (std), left axis")},
        {Qt::DashLine, tr("Saturated, 0 < |f′| < %1").arg(shown_number(kSaturationThreshold))},
        {Qt::DashDotLine, tr("Zero gradient, f′ = 0")},
        {Qt::DotLine, tr("Dead, f′ = 0 for all inputs")}};
    for (const auto& [style, name] : styles) {
        QCPGraph* key = add_graph(m_plot, sx, sy, QPen(kStyleColour, 2, style));
        key->setName(name);
        key->addToLegend(m_legends->styles());
    }
}

void GradFlowPlotter::drawCurve(const GradFlowCurve& curve, const GradFlowResult& result,
                                Extent& extent) {
    QCPAxis* gx = m_gradientRect->axis(QCPAxis::atBottom);
    QCPAxis* gy = m_gradientRect->axis(QCPAxis::atLeft);
    QCPAxis* sx = m_statisticsRect->axis(QCPAxis::atBottom);
    QCPAxis* sy = m_statisticsRect->axis(QCPAxis::atLeft);
    QCPAxis* fy = m_statisticsRect->axis(QCPAxis::atRight);
    const QColor colour = function_colour(curve.activation);
    QCPGraph* g = add_graph(m_plot, gx, gy, QPen(colour, 2.5));
    g->setName(gradflow_curve_label(curve));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 4));
    g->addToLegend(m_legends->curves());
    QCPGraph* spread = add_graph(m_plot, sx, sy, QPen(colour, 2, Qt::SolidLine));
    QCPGraph* saturated = add_graph(m_plot, sx, fy, QPen(colour, 1.5, Qt::DashLine));
    QCPGraph* zero = add_graph(m_plot, sx, fy, QPen(colour, 1.5, Qt::DashDotLine));
    QCPGraph* dead = add_graph(m_plot, sx, fy, QPen(colour, 2, Qt::DotLine));
    for (QCPGraph* s : {spread, saturated, zero, dead})
        s->setName(g->name());

    QVector<double> layers, norms, spreads, saturations, zeros, deaths;
    for (const GradFlowLayer& row : result.layers) {
        layers << static_cast<double>(row.layer);
        norms << loggable(row.grad_norm);
        spreads << row.activation_std;
        saturations << row.saturated_fraction;
        zeros << row.zero_gradient_fraction;
        deaths << row.dead_fraction;
        if (std::isfinite(norms.back())) {
            extent.lo = std::min(extent.lo, norms.back());
            extent.hi = std::max(extent.hi, norms.back());
        }
        if (std::isfinite(row.activation_std))
            extent.spread_hi = std::max(extent.spread_hi, row.activation_std);
    }
    g->setData(layers, norms, true);
    spread->setData(layers, spreads, true);
    saturated->setData(layers, saturations, true);
    zero->setData(layers, zeros, true);
    dead->setData(layers, deaths, true);
    m_gradient.push_back(g);
    m_spread.push_back(spread);
    m_saturated.push_back(saturated);
    m_dead.push_back(dead);
    m_zero.push_back(zero);
}

void GradFlowPlotter::setRanges(const Extent& extent) {
    // A decade of room on each side, and at least four decades shown, so a flat line reads as
    // flat rather than as noise blown up to fill the plot.
    QCPAxis* gy = m_gradientRect->axis(QCPAxis::atLeft);
    if (extent.lo <= extent.hi) {
        double bottom = extent.lo / 10.0;
        double top = extent.hi * 10.0;
        if (top / bottom < 1e4) {
            const double centre = std::sqrt(top * bottom);
            bottom = centre / 100.0;
            top = centre * 100.0;
        }
        gy->setRange(std::max(bottom, 1e-300), std::min(top, 1e300));
    } else {
        gy->setRange(1e-3, 1e1);
    }
    m_statisticsRect->axis(QCPAxis::atLeft)
        ->setRange(0.0, extent.spread_hi > 0.0 ? extent.spread_hi * 1.1 : 1.0);
    m_statisticsRect->axis(QCPAxis::atRight)->setRange(0.0, 1.02);
}

void GradFlowPlotter::addNote(const QString& text) {
    QCPItemText* note = add_corner_note(m_gradientRect, Qt::AlignLeft | Qt::AlignBottom, text);
    note->setTextAlignment(Qt::AlignLeft);
    note->setColor(QColor(0x55, 0x55, 0x55));
}

} // namespace activa::ui
