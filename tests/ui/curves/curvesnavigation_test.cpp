// SPDX-License-Identifier: MIT
// Where the curves view looks: zoom, pan, the wheel, y that follows the curves until placed,
// the range that follows the view, Reset view, Back and Forward.
#include "../typing.hpp"
#include "curves/parameterpanel.hpp"
#include "curves_helpers.hpp"

#include <QAction>

using namespace activa::ui::curves_test;

TEST(CurvesView, ZoomAndResetView) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    QCPAxis* x = view.plotter().value_rect()->axis(QCPAxis::atBottom);
    view.zoomIn();
    EXPECT_LT(x->range().size(), 20.0);
    view.pan(0.1, 0.0);
    view.navigation()->resetView();
    EXPECT_EQ(x->range().lower, -10.0);
    EXPECT_EQ(x->range().upper, 10.0);
}

TEST(CurvesView, TheViewFollowsTheCurvesUntilTheUserPlacesIt) {
    CurvesView view;
    view.setState(only(ActivationId::Elu));
    NumberBox* alpha = parameter_panel(view)->spinBox(0, 0);
    type_into(alpha, QStringLiteral("8.7"));
    EXPECT_LE(y_range(view).lower, -8.7 + 1e-3); // ELU(-10) = 8.7 (e^-10 - 1)
    const double lower = y_range(view).lower;

    view.zoomIn(); // the user places the view: it stays
    const QCPRange placed = y_range(view);
    type_into(alpha, QStringLiteral("10"));
    EXPECT_EQ(alpha->value(), 10.0);
    EXPECT_EQ(y_range(view).lower, placed.lower);
    EXPECT_EQ(y_range(view).upper, placed.upper);
    view.navigation()->fitY(); // until asked to fit, and then it follows again
    EXPECT_LT(y_range(view).lower, lower);
    type_into(alpha, QStringLiteral("1"));
    EXPECT_GT(y_range(view).lower, -2.0);
}

TEST(CurvesView, PanningAndZoomingComputeWhatBecomesVisible) {
    CurvesView view;
    view.setState(only(ActivationId::Tanh));
    auto* from = child<NumberBox>(view, "xFromBox");
    auto* to = child<NumberBox>(view, "xToBox");
    view.navigation()->zoomOut();
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

    view.navigation()->resetView(); // back to the typed range
    EXPECT_EQ(view.state().xmin, -10.0);
    EXPECT_EQ(view.state().xmax, 10.0);
    EXPECT_EQ(x_range(view).lower, -10.0);
}

TEST(CurvesView, BackAndForwardWalkThroughViews) {
    CurvesView view;
    view.setState(only(ActivationId::Sigmoid));
    EXPECT_FALSE(view.navigation()->backAction()->isEnabled());
    view.zoomIn();
    const QCPRange zoomed = x_range(view);
    EXPECT_TRUE(view.navigation()->backAction()->isEnabled());
    view.navigation()->back();
    EXPECT_EQ(x_range(view).lower, -10.0);
    EXPECT_EQ(x_range(view).upper, 10.0);
    EXPECT_TRUE(view.navigation()->forwardAction()->isEnabled());
    view.navigation()->forward();
    EXPECT_EQ(x_range(view).lower, zoomed.lower);
    EXPECT_EQ(x_range(view).upper, zoomed.upper);
    EXPECT_FALSE(view.navigation()->forwardAction()->isEnabled());
}

TEST(CurvesView, TheWheelZoomsXAndYKeepsShowingTheCurves) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    show_view(view);
    const QPoint centre = view.plotter().value_rect()->rect().center();
    send_wheel(view.plot(), centre, 120);
    settle(600);
    const QCPRange x = x_range(view);
    ASSERT_LT(x.size(), 20.0);
    // ReLU over the visible x runs from 0 to x.upper: y shows all of it, and little more.
    const double top = std::max(0.0, x.upper);
    const QCPRange y = y_range(view);
    EXPECT_LE(y.lower, 0.0);
    EXPECT_GE(y.upper, top);
    EXPECT_LE(y.size(), 1.2 * top + 0.5);

    // With Ctrl the wheel zooms y alone, and y stays where the user put it.
    send_wheel(view.plot(), centre, 120, Qt::ControlModifier);
    settle(600);
    EXPECT_EQ(x_range(view).lower, x.lower);
    EXPECT_EQ(x_range(view).upper, x.upper);
    EXPECT_LT(y_range(view).size(), 0.95 * y.size());
    const QCPRange placed = y_range(view);
    send_wheel(view.plot(), centre, -120);
    settle(600);
    EXPECT_GT(x_range(view).size(), x.size());
    EXPECT_EQ(y_range(view).lower, placed.lower);
    EXPECT_EQ(y_range(view).upper, placed.upper);
}

// The arrow keys pan and + and - zoom while the plot has the focus.
TEST(CurvesView, TheKeysMoveAndZoomThePlot) {
    CurvesView view;
    view.setState(only(ActivationId::Tanh));
    show_view(view);
    view.plot()->setFocus();
    const QCPRange before = x_range(view);
    QTest::keyClick(view.plot(), Qt::Key_Right);
    EXPECT_NEAR(x_range(view).lower, before.lower + 0.1 * before.size(), 1e-9);
    QTest::keyClick(view.plot(), Qt::Key_Plus);
    EXPECT_LT(x_range(view).size(), before.size());
    QTest::keyClick(view.plot(), Qt::Key_Minus);
    EXPECT_NEAR(x_range(view).size(), before.size(), 1e-9);
}
