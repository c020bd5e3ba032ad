// SPDX-License-Identifier: MIT
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
#include <QTextBrowser>
#include <QTreeWidgetItem>

#include <gtest/gtest.h>

#include <cmath>

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
    EXPECT_EQ(view.propertiesPanel()->comparison()->columnCount(), 1);
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
