// SPDX-License-Identifier: MIT
// The curves view as a whole: what it starts with, what checking a function draws, the state it
// takes, its legend, its pictures, its colours and the keyboard's way through it.
#include "../typing.hpp"
#include "common/palette.hpp"
#include "curves/parameterpanel.hpp"
#include "curves/propertiespanel.hpp"
#include "curves/rangebar.hpp"
#include "curves_helpers.hpp"

#include <QSlider>

#include <set>

using namespace activa::ui::curves_test;

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
    list_item(view, ActivationId::Gelu)->setCheckState(0, Qt::Checked);
    ASSERT_EQ(curve_graphs(view).size(), 2);
    EXPECT_EQ(view.state().curves.back().id, ActivationId::Gelu);
    EXPECT_TRUE(curve_graphs(view).back()->name().startsWith(QStringLiteral("GELU")));
    list_item(view, ActivationId::Relu)->setCheckState(0, Qt::Unchecked);
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

TEST(CurvesView, ClickingALegendEntryHidesAndShowsItsCurve) {
    CurvesView view;
    show_view(view);
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

TEST(CurvesView, ALegendEntryTakesTheClickWhenTheCrosshairIsOverIt) {
    CurvesView view;
    show_view(view);
    const QPoint at = view.plot()->legend->item(1)->rect().center();
    // The mouse crosses the plot to the entry as a user's does, and the crosshair follows it.
    send_mouse(view.plot(), QEvent::MouseMove, at - QPoint(40, 0));
    send_mouse(view.plot(), QEvent::MouseMove, at);
    QTest::mouseClick(view.plot(), Qt::LeftButton, {}, at);
    EXPECT_TRUE(view.plotter().is_hidden(ActivationId::Tanh));
    EXPECT_FALSE(curve_graphs(view).at(1)->visible());
    EXPECT_TRUE(curve_graphs(view).at(0)->visible());

    // A double-click is one change, not two that undo each other.
    settle();
    const QPoint again = view.plot()->legend->item(1)->rect().center();
    send_mouse(view.plot(), QEvent::MouseMove, again);
    QTest::mousePress(view.plot(), Qt::LeftButton, {}, again);
    QTest::mouseRelease(view.plot(), Qt::LeftButton, {}, again);
    QTest::mousePress(view.plot(), Qt::LeftButton, {}, again);
    QTest::mouseDClick(view.plot(), Qt::LeftButton, {}, again);
    QTest::mouseRelease(view.plot(), Qt::LeftButton, {}, again);
    EXPECT_FALSE(view.plotter().is_hidden(ActivationId::Tanh));
    EXPECT_TRUE(curve_graphs(view).at(1)->visible());
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

// ReLU's band is a slope of exactly 0: its weakness is dead units, not a vanishing gradient.
TEST(CurvesView, TheSaturationNoteNamesWhatTheBandsHold) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    const QString relu = band_note(view);
    EXPECT_TRUE(relu.contains(QStringLiteral("dead"))) << relu.toStdString();
    EXPECT_FALSE(relu.contains(QStringLiteral("vanishing"))) << relu.toStdString();
    view.setState(only(ActivationId::Sigmoid));
    const QString sigmoid = band_note(view);
    EXPECT_TRUE(sigmoid.contains(QStringLiteral("vanishing"))) << sigmoid.toStdString();
    EXPECT_FALSE(sigmoid.contains(QStringLiteral("dead"))) << sigmoid.toStdString();
}

TEST(CurvesView, CurvesDrawnWhileASliderIsDraggedAreThoseDrawnAfterTheRelease) {
    CurvesView view;
    CurvesState s;
    s.curves = {{ActivationId::Sigmoid, {}},
                {ActivationId::Tanh, {}},
                {ActivationId::Elu, activa::default_params(ActivationId::Elu)}};
    s.selected = 2;
    view.setState(s);
    show_view(view);
    settle();
    QSlider* slider = parameter_panel(view)->slider(2, 0);
    ASSERT_NE(slider, nullptr);
    slider->setSliderDown(true); // as a press on the handle does
    const int start = slider->value();
    for (int v = start; v <= start + 4000; v += 400) {
        slider->setValue(v);
        settle(10);
    }
    settle();
    const QImage dragging = view.plot()->grab().toImage();
    slider->setSliderDown(false);
    settle();
    const QImage released = view.plot()->grab().toImage();
    ASSERT_EQ(dragging.size(), released.size());
    int differing = 0;
    for (int y = 0; y < dragging.height(); ++y)
        for (int x = 0; x < dragging.width(); ++x)
            differing += dragging.pixel(x, y) != released.pixel(x, y) ? 1 : 0;
    EXPECT_EQ(differing, 0);
}

// A typed function is drawn like a built-in, in its own colour, with its values.
TEST(CurvesView, ATypedFunctionIsDrawnWithItsValues) {
    const Typed snake("snake_view(x, b=1) = x + sin(b*x)^2/b");
    CurvesView view;
    view.setState(only(snake.id()));
    QCPGraph* g = curve_graphs(view).front();
    EXPECT_EQ(plotted_at(g, 2.0), value(snake.id(), 2.0, default_params(snake.id())));
    EXPECT_EQ(g->pen().color(), function_colour(snake.id()));
    EXPECT_TRUE(g->name().startsWith(QStringLiteral("snake_view (b = 1)")))
        << g->name().toStdString();
}

TEST(CurvesView, TheKeyboardReachesThePlotAfterThePanelsAndBeforeTheRangeBar) {
    CurvesView view;
    QList<QWidget*> order;
    for (QWidget* w = view.nextInFocusChain(); w != &view; w = w->nextInFocusChain())
        order << w;
    const qsizetype plot = order.indexOf(view.plot());
    ASSERT_GE(plot, 0);
    for (QWidget* panel :
         {child<QWidget>(view, "functionList"), child<QWidget>(view, "parameterPanel"),
          child<QWidget>(view, "propertiesPanel")}) {
        EXPECT_LT(order.indexOf(panel), plot);
        for (QWidget* part : panel->findChildren<QWidget*>())
            EXPECT_LT(order.indexOf(part), plot);
    }
    EXPECT_GT(order.indexOf(view.findChild<RangeBar*>()), plot);
}
