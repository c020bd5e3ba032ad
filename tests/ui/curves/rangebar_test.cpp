// SPDX-License-Identifier: MIT
// The line above the curves: the typed range and points, their reasons, and the toggles.
#include "../typing.hpp"
#include "curves_helpers.hpp"

#include <QAction>
#include <QCheckBox>

using namespace activa::ui::curves_test;

namespace {

QCheckBox* toggle(const CurvesView& view, const QString& text) {
    for (QCheckBox* box : view.findChildren<QCheckBox*>())
        if (box->text() == text) return box;
    return nullptr;
}

QAction* context_action(const CurvesView& view, const QString& text) {
    for (QAction* action : view.contextActions())
        if (action->text() == text) return action;
    return nullptr;
}

} // namespace

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

// The x range's three fields keep one line for their reasons, not one each above the plot.
TEST(CurvesView, TheRangeFieldsShareOneMessageLine) {
    CurvesView view;
    view.resize(1024, 640);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    std::vector<int> tops;
    for (const char* name : {"xFromBox", "xToBox", "pointsBox"}) {
        auto* box = view.findChild<NumberBox*>(QString::fromLatin1(name));
        ASSERT_NE(box, nullptr) << name;
        tops.push_back(box->messageLabel()->mapTo(&view, QPoint(0, 0)).y());
    }
    EXPECT_EQ(tops[0], tops[1]);
    EXPECT_EQ(tops[1], tops[2]);
}

// A typed range is where Reset view goes back to, however the view was moved before.
TEST(CurvesView, ATypedRangeIsWhereResetViewGoesBack) {
    CurvesView view;
    view.setState(only(ActivationId::Tanh));
    view.zoomIn();
    view.pan(0.3, 0.2);
    type_into(child<NumberBox>(view, "xToBox"), QStringLiteral("4"));
    EXPECT_EQ(x_range(view).lower, view.state().xmin);
    EXPECT_EQ(x_range(view).upper, 4.0);
    view.navigation()->zoomOut();
    view.navigation()->resetView();
    EXPECT_EQ(view.state().xmax, 4.0);
    EXPECT_EQ(x_range(view).upper, 4.0);
}

// The check boxes and the picture menu's entries show one state, whichever is used.
TEST(CurvesView, TheTogglesAndTheirMenuEntriesAgree) {
    CurvesView view;
    QCheckBox* derivative = toggle(view, QStringLiteral("&Derivative"));
    QCheckBox* log = toggle(view, QStringLiteral("&log |f′|"));
    QAction* derivative_entry = context_action(view, QStringLiteral("&Derivative"));
    QAction* log_entry = context_action(view, QStringLiteral("&Logarithmic |f′|"));
    ASSERT_TRUE(derivative && log && derivative_entry && log_entry);
    derivative->click();
    EXPECT_FALSE(view.state().show_derivative);
    EXPECT_FALSE(derivative_entry->isChecked());
    EXPECT_FALSE(log->isEnabled());
    EXPECT_FALSE(log_entry->isEnabled());
    EXPECT_EQ(view.plotter().derivative_rect(), nullptr);
    derivative_entry->trigger();
    EXPECT_TRUE(view.state().show_derivative);
    EXPECT_TRUE(derivative->isChecked());
    log_entry->trigger();
    EXPECT_TRUE(view.state().log_derivative);
    EXPECT_TRUE(log->isChecked());
    EXPECT_EQ(view.plotter().derivative_rect()->axis(QCPAxis::atLeft)->scaleType(),
              QCPAxis::stLogarithmic);
}

// The saturation toggle's tip states the threshold the bands use.
TEST(CurvesView, TheSaturationTipStatesTheThreshold) {
    CurvesView view;
    QCheckBox* saturation = toggle(view, QStringLiteral("S&aturation"));
    ASSERT_NE(saturation, nullptr);
    EXPECT_TRUE(saturation->toolTip().contains(
        QStringLiteral("below %1 in magnitude").arg(QLocale().toString(kSaturationThreshold))))
        << saturation->toolTip().toStdString();
}
