// SPDX-License-Identifier: MIT
#include "gradflow/gradflowlegends.hpp"
#include "gradflow/gradflowplot.hpp"
#include "gradflow/gradflowview.hpp"
#include "mainwindow.hpp"

#include <qcustomplot.h>

#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using activa::ui::GradFlowLegends;
using activa::ui::GradFlowView;
using activa::ui::MainWindow;

namespace {

struct EnglishAfterwards {
    ~EnglishAfterwards() { MainWindow::installLanguage(QStringLiteral("en")); }
};

// The gradient-flow tab of a window of this size in this language, computed and drawn.
struct Shown {
    MainWindow window;
    GradFlowView* view = nullptr;

    Shown(QSize size, const QString& language) {
        MainWindow::installLanguage(language);
        window.setLanguage(language);
        window.resize(size);
        view = window.view<GradFlowView>();
        window.tabs()->setCurrentWidget(view);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        view->computeNow();
        view->plot()->replot();
    }
    QRect plotRect(bool upper) const {
        return upper ? view->plotter().gradient_rect()->rect()
                     : view->plotter().statistics_rect()->rect();
    }
    QRect legendRect(bool upper) const {
        const GradFlowLegends& legends = view->plotter().legends();
        return (upper ? legends.curves() : legends.styles())->outerRect();
    }
};

} // namespace

// At 1024 × 700 the legends once stood beside the plots and left them about 120 px wide: they
// go under the plots, which keep the width, in both languages. Every legend stays whole inside
// the picture.
TEST(GradFlowPlot, At1024ThePlotsKeepTheirWidthAndTheLegendsGoUnderThem) {
    EnglishAfterwards restore;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("es")}) {
        Shown shown(QSize(1024, 700), language);
        const QRect picture = shown.view->plot()->viewport();
        for (const bool upper : {true, false}) {
            const QRect plot = shown.plotRect(upper);
            const QRect legend = shown.legendRect(upper);
            EXPECT_GE(plot.width(), GradFlowLegends::kMinPlotWidth)
                << language.toStdString() << (upper ? " upper" : " lower");
            EXPECT_GE(legend.top(), plot.bottom()) << language.toStdString();
            EXPECT_TRUE(picture.contains(legend)) << language.toStdString();
        }
    }
}

// Where there is room (1600 × 1000) the legends stand beside their plots, as before.
TEST(GradFlowPlot, At1600TheLegendsStandBesideThePlots) {
    EnglishAfterwards restore;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("es")}) {
        Shown shown(QSize(1600, 1000), language);
        const QRect picture = shown.view->plot()->viewport();
        for (const bool upper : {true, false}) {
            const QRect plot = shown.plotRect(upper);
            const QRect legend = shown.legendRect(upper);
            EXPECT_GE(legend.left(), plot.right()) << language.toStdString();
            EXPECT_LT(legend.top(), plot.bottom()) << language.toStdString();
            EXPECT_GE(plot.width(), GradFlowLegends::kMinPlotWidth) << language.toStdString();
            EXPECT_TRUE(picture.contains(legend)) << language.toStdString();
        }
    }
}
