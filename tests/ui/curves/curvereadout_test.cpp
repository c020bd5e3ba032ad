// SPDX-License-Identifier: MIT
// The crosshair and the line under the plots that reads x, f(x) and f′(x) of every curve.
#include "curves_helpers.hpp"

#include <cmath>

using namespace activa::ui::curves_test;

TEST(CurvesView, ReadoutShowsExactValuesAtTheCrosshair) {
    CurvesView view;
    view.setState(only(ActivationId::Tanh));
    view.showReadoutAt(0.5);
    const QString text = readout_text(view);
    EXPECT_TRUE(text.contains(QLocale().toString(std::tanh(0.5), 'g', 6))) << text.toStdString();
}

TEST(CurvesView, ReadoutEntriesNeverBreakInside) {
    CurvesView view;
    view.showReadoutAt(-16712.4);
    const QString text = readout_text(view);
    EXPECT_EQ(text.count(QStringLiteral("white-space:nowrap")), 3);
    EXPECT_TRUE(text.contains(QStringLiteral("x = -16712.4"))); // as the axes write it
}

TEST(CurvesView, TheReadoutListsTheFunctionsShownNow) {
    CurvesView view;
    show_view(view);
    view.showReadoutAt(1.0);
    ASSERT_TRUE(readout_text(view).contains(QStringLiteral("Tanh")));
    list_item(view, ActivationId::Tanh)->setCheckState(0, Qt::Unchecked);
    EXPECT_FALSE(readout_text(view).contains(QStringLiteral("Tanh")))
        << readout_text(view).toStdString();
    list_item(view, ActivationId::Gelu)->setCheckState(0, Qt::Checked);
    EXPECT_TRUE(readout_text(view).contains(QStringLiteral("GELU")))
        << readout_text(view).toStdString();
    // A whole new set of curves, as the wizard's Show in explorer brings.
    view.setState(only(ActivationId::Elu));
    const QString text = readout_text(view);
    for (const char* gone : {"Sigmoid", "Tanh", "ReLU", "GELU"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(gone)))
            << gone << ": " << text.toStdString();
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
    list_item(view, ActivationId::Sigmoid)->setCheckState(0, Qt::Checked);
    EXPECT_EQ(view.state().curves.size(), 5U);
    EXPECT_EQ(view.state().points, 800000);
    EXPECT_TRUE(readout_text(view).contains(QStringLiteral("800")))
        << readout_text(view).toStdString();
    EXPECT_LE(static_cast<long long>(view.state().curves.size()) * view.state().points,
              activa::kMaxTotalPoints);
}

// The readout under the plot keeps its height as the mouse moves: six curves' values wrapped
// to more lines at some points than at others and pushed the plot up and down.
TEST(CurvesView, TheReadoutKeepsThePlotInPlaceAsTheMouseMoves) {
    CurvesView view;
    CurvesState s;
    s.curves = {{ActivationId::Sigmoid, {}},  {ActivationId::Tanh, {}},
                {ActivationId::Relu, {}},     {ActivationId::Gelu, {}},
                {ActivationId::Softplus, {}}, {ActivationId::Mish, {}}};
    view.setState(s);
    view.resize(1024, 640);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const QRect plot = view.plot()->geometry();
    for (const double x : {0.5, -7.123456, 1e-7, -3.0}) {
        view.showReadoutAt(x);
        QCoreApplication::processEvents();
        EXPECT_EQ(view.plot()->geometry(), plot) << "at x = " << x;
    }
}

// The mouse moving over the plot reads the curves where it is; leaving, it takes the crosshair
// with it.
TEST(CurvesView, TheMouseReadsTheCurvesWhereItIs) {
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    show_view(view);
    QCPAxis* x = view.plotter().value_rect()->axis(QCPAxis::atBottom);
    const QPoint at(static_cast<int>(x->coordToPixel(2.0)),
                    view.plotter().value_rect()->rect().center().y());
    send_mouse(view.plot(), QEvent::MouseMove, at);
    const double read = x->pixelToCoord(at.x());
    EXPECT_TRUE(readout_text(view).contains(QStringLiteral("x = %1").arg(read, 0, 'g', 6)))
        << readout_text(view).toStdString();
    const auto crosshair_shown = [&] {
        for (int i = 0; i < view.plot()->itemCount(); ++i)
            if (auto* line = qobject_cast<QCPItemStraightLine*>(view.plot()->item(i));
                line && line->visible())
                return true;
        return false;
    };
    EXPECT_TRUE(crosshair_shown());
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view.plot(), &leave);
    EXPECT_FALSE(crosshair_shown());
}
