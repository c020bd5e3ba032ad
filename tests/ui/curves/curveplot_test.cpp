// SPDX-License-Identifier: MIT
// What CurvePlotter draws for a state: y fitted to finite values, the grey bands, the kinks, the
// logarithmic derivative, and vector pictures cut to the axes.
#include "curves_helpers.hpp"

#include <cmath>

using namespace activa::ui::curves_test;

namespace {

// The x ranges of the grey bands drawn on the value plot.
std::vector<std::pair<double, double>> drawn_bands(const CurvesView& view) {
    std::vector<std::pair<double, double>> bands;
    QCPAxisRect* rect = view.plotter().value_rect();
    QCustomPlot* plot = rect->parentPlot();
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* band = qobject_cast<QCPItemRect*>(plot->item(i));
            band && band->clipAxisRect() == rect)
            bands.emplace_back(band->topLeft->coords().x(), band->bottomRight->coords().x());
    return bands;
}

} // namespace

TEST(CurvesView, YAxisFitsFiniteValuesOnly) {
    CurvesView view;
    view.setState(only(ActivationId::Sigmoid));
    const QCPRange y = y_range(view);
    EXPECT_LT(y.lower, 0.01);
    EXPECT_GT(y.upper, 0.99);
    EXPECT_LT(y.upper, 1.2);
    EXPECT_TRUE(std::isfinite(y.lower) && std::isfinite(y.upper));
}

TEST(CurvesView, SaturationBandsCoverSigmoidTailsOnly) {
    CurvesView view;
    view.setState(only(ActivationId::Sigmoid));
    // sigmoid'(x) < 0.01 for |x| > 4.59; two bands in each of the two plots.
    EXPECT_EQ(view.plot()->itemCount() - 2, 4); // minus the two crosshair lines
    view.setState(only(ActivationId::Relu));
    EXPECT_EQ(view.plot()->itemCount() - 2, 2); // x <= 0, where relu' = 0
}

TEST(CurvesView, KinksAreMarked) {
    CurvesView view;
    view.setState(only(ActivationId::Relu6));
    int marks = 0;
    for (QCPGraph* g : view.plotter().value_rect()->graphs())
        if (g->lineStyle() == QCPGraph::lsNone) marks += g->data()->size();
    EXPECT_EQ(marks, 2);
}

TEST(CurvesView, ClipToViewKeepsEveryDrawnPointInsideTheAxes) {
    CurvesView view;
    view.resize(1000, 700);
    view.setState(CurvesState{}); // sigmoid, tanh, relu with derivatives
    view.zoomIn();
    view.zoomIn();
    view.zoomIn();
    view.pan(0.2, 0.3);
    // What a vector export draws: the view's own plotter, cut to the axes.
    const_cast<activa::ui::CurvePlotter&>(view.plotter()).clip_to_view();
    int drawn = 0;
    for (QCPAxisRect* rect : {view.plotter().value_rect(), view.plotter().derivative_rect()}) {
        const QCPRange xr = rect->axis(QCPAxis::atBottom)->range();
        const QCPRange yr = rect->axis(QCPAxis::atLeft)->range();
        for (QCPGraph* g : rect->graphs())
            for (const auto& d : *g->data()) {
                if (std::isnan(d.value)) continue; // a gap between visible pieces
                EXPECT_GE(d.key, xr.lower - 1e-9);
                EXPECT_LE(d.key, xr.upper + 1e-9);
                EXPECT_GE(d.value, yr.lower - 1e-9);
                EXPECT_LE(d.value, yr.upper + 1e-9);
                ++drawn;
            }
    }
    EXPECT_GT(drawn, 100); // something is left to see
}

TEST(CurvesView, ALogarithmicDerivativeShowsTheVanishingTails) {
    CurvesState s = only(ActivationId::Tanh);
    s.xmin = -25.0;
    s.xmax = 25.0;
    s.log_derivative = true;
    CurvesView view;
    view.setState(s);
    QCPAxis* dy = view.plotter().derivative_rect()->axis(QCPAxis::atLeft);
    EXPECT_EQ(dy->scaleType(), QCPAxis::stLogarithmic);
    const double tail = derivative(ActivationId::Tanh, 20.0, {}); // 1.7e-17
    QCPGraph* d = view.plotter().derivative_rect()->graphs().front();
    EXPECT_EQ(d->data()->findBegin(20.0, false)->value, tail);
    EXPECT_LT(dy->range().lower, tail);
    EXPECT_GT(dy->range().upper, 1.0);
}

TEST(CurvesView, TheBandsSayWhoseTheyAre) {
    CurvesView view;
    CurvesState s = only(ActivationId::Tanh);
    view.setState(s);
    const QCPLegend* legend = view.plot()->legend;
    QStringList names;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
            names << item->plottable()->name();
    EXPECT_TRUE(names.contains(QStringLiteral("Grey bands: |f′| < 0.01 for Tanh")))
        << names.join('|').toStdString();

    view.setState(only(ActivationId::Identity)); // no band: no entry, and the caption says so
    for (int i = 0; i < legend->itemCount(); ++i)
        EXPECT_FALSE(qobject_cast<QCPPlottableLegendItem*>(legend->item(i))
                         ->plottable()
                         ->name()
                         .startsWith(QStringLiteral("Grey bands")));
    EXPECT_EQ(view.plotter().band_count(), 0u);
}

// Where SiLU′ and GELU′ pass through zero (x ≈ −1.28 and −0.75) there is no grey band: only
// their left tails saturate.
TEST(CurvesView, NoGreyBandWhereTheSlopeOnlyCrossesZero) {
    CurvesView view;
    for (const auto& [id, crossing] :
         {std::pair{ActivationId::Silu, -1.278}, std::pair{ActivationId::Gelu, -0.752}}) {
        view.setState(only(id));
        const auto bands = drawn_bands(view);
        ASSERT_EQ(bands.size(), 1u) << activa::info(id).key;
        EXPECT_LT(bands[0].second, -3.0);
        for (const auto& [from, to] : bands)
            EXPECT_FALSE(from <= crossing && crossing <= to) << activa::info(id).key;
    }
}
