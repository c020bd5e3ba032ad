// SPDX-License-Identifier: MIT
#include "../children.hpp"
#include "mainwindow.hpp"
#include "racehelpers.hpp"
#include "training/trainingview.hpp"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;
using namespace activa::ui::test;

// Spanish at 1024 × 700, the Training tab opened after the window started on another: its loss
// title, «pérdida (continua: entrenamiento; discontinua: prueba)», runs along its plot in as
// many lines as it takes, none past the plot's top. It was once broken for the height the plot
// had before the tab was shown, and ran off the picture.
TEST(TrainingPlot, TheLossTitleFitsItsPlotWhenTheTabIsOpenedInSpanishAt1024) {
    EnglishAfterwards restore;
    MainWindow::installLanguage(QStringLiteral("es"));
    MainWindow w;
    w.resize(1024, 700);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto* view = w.view<TrainingView>();
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    ASSERT_NE(tabs->currentWidget(), view);
    // The untrained networks' maps arrive while the tab is hidden.
    ASSERT_TRUE(wait_for([&] { return view->framesShown() > 0; }));
    tabs->setCurrentWidget(view);
    wait_ms(300); // the tab is shown and drawn, as a user opening it sees it

    QCPAxisRect* loss = view->plotter().lossRect();
    QCPAxis* y = loss->axis(QCPAxis::atLeft);
    const QFontMetrics metrics(y->labelFont());
    const QStringList lines = y->label().split(QLatin1Char('\n'));
    EXPECT_GE(lines.size(), 3) << y->label().toStdString();
    for (const QString& line : lines)
        EXPECT_LE(metrics.horizontalAdvance(line), loss->height())
            << line.toStdString() << " beside a plot of " << loss->height() << " px";
}
