// SPDX-License-Identifier: MIT
// Nothing moves under the pointer: messages and readouts keep the place they will need.
#include "common/formbuilder.hpp"
#include "gradflow/gradflowview.hpp"
#include "typing.hpp"

#include <qcustomplot.h>

#include <QFormLayout>
#include <QGroupBox>
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

// A box of form rows is titled in the language of the moment, and its rows sit close together:
// the number fields' message lines, there even when empty, part them.
TEST(FormBox, IsTitledInTheLanguageOfTheMomentWithItsRowsCloseTogether) {
    Retranslator tr;
    QString title = QStringLiteral("Network");
    QWidget panel;
    const auto [box, form] = form_box(&panel, tr, [&title] { return title; });
    EXPECT_EQ(box->parentWidget(), &panel);
    EXPECT_EQ(box->layout(), form);
    EXPECT_EQ(box->title(), QStringLiteral("Network"));
    EXPECT_EQ(form->verticalSpacing(), 2);
    title = QStringLiteral("Red");
    tr.run();
    EXPECT_EQ(box->title(), QStringLiteral("Red"));
}
