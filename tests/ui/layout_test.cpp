// SPDX-License-Identifier: MIT
// Nothing moves under the pointer: messages and readouts keep the place they will need.
#include "curves/curvesview.hpp"
#include "gradflow/gradflowview.hpp"
#include "typing.hpp"

#include <qcustomplot.h>

#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;

// A refused number's reason shows under its field without moving the fields below: the next
// field stays under the pointer that was aimed at it.
TEST(NumberBox, AMessageUnderAFieldMovesNothingBelowIt) {
    activa::ui::GradFlowView view;
    view.resize(1024, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* depth = view.findChild<NumberBox*>(QStringLiteral("depthSpinBox"));
    auto* width = view.findChild<NumberBox*>(QStringLiteral("widthSpinBox"));
    ASSERT_TRUE(depth && width);
    const QPoint aim = width->mapTo(&view, width->rect().center());
    type_into(depth, QStringLiteral("1,5"));
    QCoreApplication::processEvents();
    ASSERT_FALSE(depth->problem().isEmpty());
    ASSERT_TRUE(depth->messageLabel()->isVisible());
    QWidget* under = view.childAt(aim);
    EXPECT_TRUE(under == width || width->isAncestorOf(under))
        << (under ? under->metaObject()->className() : "nothing");
    QTest::keyClick(depth, Qt::Key_Escape);
    QCoreApplication::processEvents();
    EXPECT_TRUE(depth->problem().isEmpty());
    under = view.childAt(aim);
    EXPECT_TRUE(under == width || width->isAncestorOf(under))
        << (under ? under->metaObject()->className() : "nothing");
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
