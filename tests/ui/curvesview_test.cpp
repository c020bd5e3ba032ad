// SPDX-License-Identifier: MIT
#include "common/palette.hpp"
#include "curves/curvesview.hpp"
#include "curves/functionlist.hpp"
#include "curves/parameterpanel.hpp"
#include "curves/propertiespanel.hpp"
#include "typing.hpp"

#include <qcustomplot.h>

#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidgetItem>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace activa;
using namespace activa::ui;

namespace {

// The value-plot graphs that carry a legend entry: one per checked function.
QList<QCPGraph*> curve_graphs(const CurvesView& view) {
    QList<QCPGraph*> out;
    for (QCPGraph* g : view.plotter().value_rect()->graphs())
        if (g->lineStyle() != QCPGraph::lsNone) out << g;
    return out;
}

// The plotted value nearest to x.
double plotted_at(QCPGraph* g, double x) {
    const auto it = g->data()->findBegin(x, false);
    return it->value;
}

CurvesState only(ActivationId id) {
    CurvesState s;
    s.curves = {{id, default_params(id)}};
    return s;
}

} // namespace

TEST(CurvesView, StartsWithTheArticlesThreeFunctions) {
    CurvesView view;
    ASSERT_EQ(curve_graphs(view).size(), 3);
    EXPECT_EQ(view.state().xmin, -10.0);
    EXPECT_EQ(view.state().xmax, 10.0);
    EXPECT_NE(view.plotter().derivative_rect(), nullptr);
}

TEST(CurvesView, CheckingAFunctionAddsItsCurveAndUncheckingRemovesIt) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    ASSERT_EQ(curve_graphs(view).size(), 1);
    view.functionList()->itemFor(ActivationId::Gelu)->setCheckState(0, Qt::Checked);
    ASSERT_EQ(curve_graphs(view).size(), 2);
    EXPECT_EQ(view.state().curves.back().id, ActivationId::Gelu);
    EXPECT_TRUE(curve_graphs(view).back()->name().startsWith(QStringLiteral("GELU")));
    view.functionList()->itemFor(ActivationId::Relu)->setCheckState(0, Qt::Unchecked);
    ASSERT_EQ(curve_graphs(view).size(), 1);
    EXPECT_EQ(view.state().curves.front().id, ActivationId::Gelu);
}

TEST(CurvesView, PlottedValuesAreCoresValues) {
    CurvesView view;
    view.setState(only(ActivationId::Sigmoid));
    QCPGraph* g = curve_graphs(view).front();
    EXPECT_EQ(g->data()->size(), 1001);
    EXPECT_EQ(plotted_at(g, 0.0), 0.5);
    EXPECT_EQ(plotted_at(g, 2.0), value(ActivationId::Sigmoid, 2.0, {}));
    QCPGraph* d = view.plotter().derivative_rect()->graphs().front();
    EXPECT_EQ(d->data()->findBegin(0.0, false)->value, 0.25);
}

TEST(CurvesView, ParameterSliderChangesThePlottedValueAtAKnownX) {
    CurvesView view;
    view.setState(only(ActivationId::LeakyRelu));
    QCPGraph* g = curve_graphs(view).front();
    EXPECT_DOUBLE_EQ(plotted_at(g, -10.0), -0.1);
    NumberBox* spin = view.parameterPanel()->spinBox(0, 0);
    ASSERT_NE(spin, nullptr);
    spin->setValue(0.2);
    g = curve_graphs(view).front();
    EXPECT_DOUBLE_EQ(plotted_at(g, -10.0), -2.0);
    EXPECT_EQ(view.state().curves.front().params[0], 0.2);
    EXPECT_TRUE(g->name().contains(QStringLiteral("0.2")));
    // The slider follows the spin box.
    QSlider* slider = view.parameterPanel()->slider(0, 0);
    EXPECT_EQ(slider->value(), 200);
    slider->setValue(500);
    EXPECT_DOUBLE_EQ(plotted_at(curve_graphs(view).front(), -10.0), -5.0);
}

TEST(CurvesView, HardtanhRefusesMinValAboveMaxVal) {
    CurvesView view;
    view.setState(only(ActivationId::Hardtanh));
    NumberBox* min_val = view.parameterPanel()->spinBox(0, 0);
    type_into(min_val, QStringLiteral("5")); // past max_val = 1
    EXPECT_EQ(view.state().curves.front().params[0], -1.0);
    EXPECT_EQ(min_val->value(), -1.0);
    EXPECT_EQ(min_val->problem(), QStringLiteral("min_val must be less than max_val."));
    type_into(min_val, QStringLiteral("0.5"));
    EXPECT_EQ(view.state().curves.front().params[0], 0.5);
    EXPECT_TRUE(min_val->problem().isEmpty());
}

TEST(CurvesView, TypedRangesAreTakenExactlyOrRefused) {
    CurvesView view;
    view.setState(only(ActivationId::Tanh));
    auto* from = view.findChild<NumberBox*>(QStringLiteral("xFromBox"));
    auto* to = view.findChild<NumberBox*>(QStringLiteral("xToBox"));
    auto* points = view.findChild<NumberBox*>(QStringLiteral("pointsBox"));
    ASSERT_TRUE(from && to && points);

    type_into(to, QStringLiteral("1e300")); // was read as 1300 by a plain spin box
    EXPECT_EQ(view.state().xmax, 10.0);
    EXPECT_EQ(to->problem(), QStringLiteral("The largest value here is 1000000."));
    EXPECT_TRUE(to->messageLabel()->isVisibleTo(&view));

    type_into(from, QStringLiteral("20")); // past x to: refused, x to not moved
    EXPECT_EQ(view.state().xmin, -10.0);
    EXPECT_EQ(view.state().xmax, 10.0);
    EXPECT_FALSE(from->problem().isEmpty());

    type_into(from, QStringLiteral("-2.125"));
    type_into(to, QStringLiteral("3e2"));
    type_into(points, QStringLiteral("2001"));
    EXPECT_EQ(view.state().xmin, -2.125);
    EXPECT_EQ(view.state().xmax, 300.0);
    EXPECT_EQ(view.state().points, 2001);
    EXPECT_TRUE(from->problem().isEmpty());
    EXPECT_TRUE(to->problem().isEmpty());

    type_into(points, QStringLiteral("20.5"));
    EXPECT_EQ(view.state().points, 2001);
    EXPECT_EQ(points->problem(), QStringLiteral("Type a whole number."));
}

TEST(CurvesView, RangeControlsSetTheComputedRange) {
    CurvesState s = only(ActivationId::Tanh);
    s.xmin = -3.0;
    s.xmax = 5.0;
    s.points = 17;
    CurvesView view;
    view.setState(s);
    QCPGraph* g = curve_graphs(view).front();
    EXPECT_EQ(g->data()->size(), 17);
    EXPECT_EQ(g->data()->constBegin()->key, -3.0);
    EXPECT_EQ((g->data()->constEnd() - 1)->key, 5.0);
    EXPECT_EQ(view.plotter().value_rect()->axis(QCPAxis::atBottom)->range().lower, -3.0);
}

TEST(CurvesView, BadStateFallsBackToDefaults) {
    CurvesState s = only(ActivationId::Elu);
    s.xmin = 4.0;
    s.xmax = -4.0;
    s.points = 0;
    s.curves.front().params[0] = 1e9;
    s.selected = 7;
    CurvesView view;
    view.setState(s);
    EXPECT_EQ(view.state().xmin, -10.0);
    EXPECT_EQ(view.state().points, CurvesState{}.points);
    EXPECT_EQ(view.state().curves.front().params[0], 1.0);
    EXPECT_EQ(view.state().selected, 0);
}

TEST(CurvesView, YAxisFitsFiniteValuesOnly) {
    CurvesView view;
    view.setState(only(ActivationId::Sigmoid));
    const QCPRange y = view.plotter().value_rect()->axis(QCPAxis::atLeft)->range();
    EXPECT_LT(y.lower, 0.01);
    EXPECT_GT(y.upper, 0.99);
    EXPECT_LT(y.upper, 1.2);
    EXPECT_TRUE(std::isfinite(y.lower) && std::isfinite(y.upper));
}

TEST(CurvesView, DerivativeToggleRemovesTheSecondPlot) {
    CurvesState s = only(ActivationId::Relu);
    s.show_derivative = false;
    CurvesView view;
    view.setState(s);
    EXPECT_EQ(view.plotter().derivative_rect(), nullptr);
    s.show_derivative = true;
    view.setState(s);
    EXPECT_NE(view.plotter().derivative_rect(), nullptr);
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

TEST(CurvesView, ReadoutShowsExactValuesAtTheCrosshair) {
    CurvesView view;
    view.setState(only(ActivationId::Tanh));
    view.showReadoutAt(0.5);
    const QString text = view.readout()->text();
    EXPECT_TRUE(text.contains(QLocale().toString(std::tanh(0.5), 'g', 6))) << text.toStdString();
}

TEST(CurvesView, ZoomAndResetView) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    QCPAxis* x = view.plotter().value_rect()->axis(QCPAxis::atBottom);
    view.zoomIn();
    EXPECT_LT(x->range().size(), 20.0);
    view.pan(0.1, 0.0);
    view.resetView();
    EXPECT_EQ(x->range().lower, -10.0);
    EXPECT_EQ(x->range().upper, 10.0);
}

TEST(CurvesView, PropertiesDescribeTheSelectedFunction) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    view.functionList()->setCurrent(ActivationId::Tanh);
    const QString html = view.propertiesPanel()->details()->toPlainText();
    EXPECT_TRUE(html.contains(QStringLiteral("Glorot"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("vanishing")));
    // Compared property by property: each function named under each property.
    const QString compared = view.propertiesPanel()->comparison()->toPlainText();
    EXPECT_EQ(compared.count(QStringLiteral("ReLU")), PropertiesPanel::propertyLabels().size());
}

TEST(FunctionList, FilterHidesNonMatchingFunctions) {
    FunctionList list;
    list.filterEdit()->setText(QStringLiteral("swish"));
    EXPECT_FALSE(list.itemFor(ActivationId::Silu)->isHidden());
    EXPECT_TRUE(list.itemFor(ActivationId::Relu)->isHidden());
    list.filterEdit()->clear();
    EXPECT_FALSE(list.itemFor(ActivationId::Relu)->isHidden());
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

TEST(CurvesView, VectorPictureLeavesTheFullCurvesInTheWindow) {
    CurvesView view;
    view.resize(1000, 700);
    view.setState(CurvesState{});
    view.zoomIn();
    QImage image(800, 600, QImage::Format_RGB32);
    {
        QCPPainter painter(&image);
        view.paintPicture(&painter, QSize(800, 600), true);
    }
    EXPECT_EQ(curve_graphs(view).front()->data()->size(), 1001); // the full curves are back
}

// Memory stays bounded: all curves together hold at most kMaxTotalPoints, and the view says so
// when a newly checked function lowers the points per curve.
TEST(CurvesView, MoreCurvesLowerThePointsAndSaySo) {
    CurvesView view;
    CurvesState s;
    s.curves = {{ActivationId::Relu, {}},
                {ActivationId::Tanh, {}},
                {ActivationId::Gelu, {}},
                {ActivationId::Elu, activa::default_params(ActivationId::Elu)}};
    s.points = activa::kMaxPoints;
    view.setState(s);
    ASSERT_EQ(view.state().points, activa::kMaxPoints); // 4 x 1,000,000 is allowed
    view.functionList()->itemFor(ActivationId::Sigmoid)->setCheckState(0, Qt::Checked);
    EXPECT_EQ(view.state().curves.size(), 5U);
    EXPECT_EQ(view.state().points, 800000);
    EXPECT_TRUE(view.readout()->text().contains(QStringLiteral("800")))
        << view.readout()->text().toStdString();
    EXPECT_LE(static_cast<long long>(view.state().curves.size()) * view.state().points,
              activa::kMaxTotalPoints);
}

namespace {

QCPRange x_range(const CurvesView& view) {
    return view.plotter().value_rect()->axis(QCPAxis::atBottom)->range();
}
QCPRange y_range(const CurvesView& view) {
    return view.plotter().value_rect()->axis(QCPAxis::atLeft)->range();
}

// The visible range is computed a moment after a pan or zoom.
bool followed(const CurvesView& view) {
    return QTest::qWaitFor([&] {
        const QCPRange x = x_range(view);
        return view.state().xmin <= x.lower && view.state().xmax >= x.upper &&
               view.state().xmax - view.state().xmin < 1.01 * x.size();
    });
}

} // namespace

TEST(CurvesView, TheViewFollowsTheCurvesUntilTheUserPlacesIt) {
    CurvesView view;
    view.setState(only(ActivationId::Elu));
    NumberBox* alpha = view.parameterPanel()->spinBox(0, 0);
    type_into(alpha, QStringLiteral("8.7"));
    EXPECT_LE(y_range(view).lower, -8.7 + 1e-3); // ELU(-10) = 8.7 (e^-10 - 1)
    const double lower = y_range(view).lower;

    view.zoomIn(); // the user places the view: it stays
    const QCPRange placed = y_range(view);
    type_into(alpha, QStringLiteral("10"));
    EXPECT_EQ(alpha->value(), 10.0);
    EXPECT_EQ(y_range(view).lower, placed.lower);
    EXPECT_EQ(y_range(view).upper, placed.upper);
    view.fitY(); // until asked to fit, and then it follows again
    EXPECT_LT(y_range(view).lower, lower);
    type_into(alpha, QStringLiteral("1"));
    EXPECT_GT(y_range(view).lower, -2.0);
}

TEST(CurvesView, PanningAndZoomingComputeWhatBecomesVisible) {
    CurvesView view;
    view.setState(only(ActivationId::Tanh));
    auto* from = view.findChild<NumberBox*>(QStringLiteral("xFromBox"));
    auto* to = view.findChild<NumberBox*>(QStringLiteral("xToBox"));
    view.zoomOut();
    ASSERT_TRUE(followed(view));
    EXPECT_LT(view.state().xmin, -10.0);
    EXPECT_EQ(from->value(), view.state().xmin); // the boxes follow
    EXPECT_EQ(to->value(), view.state().xmax);
    EXPECT_FALSE(from->text().contains(QStringLiteral("0000000"))); // a readable number
    QCPGraph* g = curve_graphs(view).front();
    EXPECT_LE(g->data()->constBegin()->key, x_range(view).lower);
    EXPECT_GE((g->data()->constEnd() - 1)->key, x_range(view).upper);

    view.pan(1.0, 0.0);
    ASSERT_TRUE(followed(view));
    EXPECT_GT(view.state().xmax, 20.0);
    EXPECT_EQ(to->value(), view.state().xmax);

    view.resetView(); // back to the typed range
    EXPECT_EQ(view.state().xmin, -10.0);
    EXPECT_EQ(view.state().xmax, 10.0);
    EXPECT_EQ(x_range(view).lower, -10.0);
}

TEST(CurvesView, BackAndForwardWalkThroughViews) {
    CurvesView view;
    view.setState(only(ActivationId::Sigmoid));
    EXPECT_FALSE(view.backAction()->isEnabled());
    view.zoomIn();
    const QCPRange zoomed = x_range(view);
    EXPECT_TRUE(view.backAction()->isEnabled());
    view.back();
    EXPECT_EQ(x_range(view).lower, -10.0);
    EXPECT_EQ(x_range(view).upper, 10.0);
    EXPECT_TRUE(view.forwardAction()->isEnabled());
    view.forward();
    EXPECT_EQ(x_range(view).lower, zoomed.lower);
    EXPECT_EQ(x_range(view).upper, zoomed.upper);
    EXPECT_FALSE(view.forwardAction()->isEnabled());
}

TEST(CurvesView, ClickingALegendEntryHidesAndShowsItsCurve) {
    CurvesView view;
    view.resize(1200, 800);
    view.show();
    view.setState(CurvesState{});
    view.plot()->replot();
    QCPLegend* legend = view.plot()->legend;
    QCPAbstractLegendItem* tanh_entry = legend->item(1);
    ASSERT_NE(tanh_entry, nullptr);
    QTest::mouseClick(view.plot(), Qt::LeftButton, {}, tanh_entry->rect().center());
    EXPECT_TRUE(view.plotter().is_hidden(ActivationId::Tanh));
    EXPECT_FALSE(curve_graphs(view).at(1)->visible());
    EXPECT_FALSE(view.plotter().derivative_rect()->graphs().at(1)->visible());
    EXPECT_TRUE(curve_graphs(view).at(0)->visible());
    view.plot()->replot();
    QTest::mouseClick(view.plot(), Qt::LeftButton, {}, legend->item(1)->rect().center());
    EXPECT_TRUE(curve_graphs(view).at(1)->visible());
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

TEST(CurvesView, PropertiesShowTheCurrentParameters) {
    CurvesView view;
    view.setState(only(ActivationId::LeakyRelu));
    view.functionList()->setCurrent(ActivationId::LeakyRelu);
    type_into(view.parameterPanel()->spinBox(0, 0), QStringLiteral("0.826"));
    const QString text = view.propertiesPanel()->details()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("negative_slope = 0.826 (default 0.01)")))
        << text.toStdString();
}

TEST(CurvesView, EachFunctionKeepsItsColour) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    const QColor alone = curve_graphs(view).front()->pen().color();
    view.setState(CurvesState{}); // sigmoid, tanh, ReLU
    EXPECT_EQ(curve_graphs(view).at(2)->pen().color(), alone);
    // The usual comparisons never share a colour.
    using enum ActivationId;
    const std::vector<ActivationId> usual{Sigmoid, Tanh, Relu, LeakyRelu, Elu,
                                          Selu,    Gelu, Silu, Mish,      Softplus};
    std::set<QRgb> colours;
    for (ActivationId id : usual)
        colours.insert(function_colour(id).rgb());
    EXPECT_EQ(colours.size(), usual.size());
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

TEST(CurvesView, ReadoutEntriesNeverBreakInside) {
    CurvesView view;
    view.showReadoutAt(-16712.4);
    const QString text = view.readout()->text();
    EXPECT_EQ(text.count(QStringLiteral("white-space:nowrap")), 3);
    EXPECT_TRUE(text.contains(QStringLiteral("x = -16712.4"))); // as the axes write it
}
