// SPDX-License-Identifier: MIT
#include "../children.hpp"
#include "../language.hpp"
#include "gradflow/gradflowlegends.hpp"
#include "gradflow/gradflowplot.hpp"
#include "gradflow/gradflowview.hpp"
#include "mainwindow.hpp"

#include <activa/functions.hpp>
#include <activa/gradflow.hpp>

#include <qcustomplot.h>

#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using activa::ui::GradFlowLegends;
using activa::ui::GradFlowView;
using activa::ui::MainWindow;

using activa::ui::test::EnglishAfterwards;

namespace {

// The gradient-flow tab of a window of this size in this language, computed and drawn.
struct Shown {
    MainWindow window;
    GradFlowView* view = nullptr;

    Shown(QSize size, const QString& language) {
        MainWindow::installLanguage(language);
        window.setLanguage(language);
        window.resize(size);
        view = window.view<GradFlowView>();
        activa::ui::test::child<QTabWidget>(window, "viewTabs")->setCurrentWidget(view);
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

// In English and in Spanish, at this window size: calls check(picture, plot, legend) for the
// upper plot and its legend, then for the lower ones.
template <typename Check> void for_each_plot(QSize size, Check check) {
    EnglishAfterwards restore;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("es")}) {
        Shown shown(size, language);
        const QRect picture = shown.view->plot()->viewport();
        for (const bool upper : {true, false}) {
            SCOPED_TRACE(language.toStdString() + (upper ? " upper" : " lower"));
            check(picture, shown.plotRect(upper), shown.legendRect(upper));
        }
    }
}

} // namespace

// At 1024 × 700 the legends once stood beside the plots and left them about 120 px wide: they
// go under the plots, which keep the width, in both languages. Every legend stays whole inside
// the picture.
TEST(GradFlowPlot, At1024ThePlotsKeepTheirWidthAndTheLegendsGoUnderThem) {
    for_each_plot(QSize(1024, 700), [](QRect picture, QRect plot, QRect legend) {
        EXPECT_GE(plot.width(), GradFlowLegends::kMinPlotWidth);
        EXPECT_GE(legend.top(), plot.bottom());
        EXPECT_TRUE(picture.contains(legend));
    });
}

// Where there is room (1600 × 1000) the legends stand beside their plots, as before.
TEST(GradFlowPlot, At1600TheLegendsStandBesideThePlots) {
    for_each_plot(QSize(1600, 1000), [](QRect picture, QRect plot, QRect legend) {
        EXPECT_GE(legend.left(), plot.right());
        EXPECT_LT(legend.top(), plot.bottom());
        EXPECT_GE(plot.width(), GradFlowLegends::kMinPlotWidth);
        EXPECT_TRUE(picture.contains(legend));
    });
}

// A typed function that is undefined for the inputs it meets (log of a negative) gives NaN at
// every layer: nothing of it can be drawn, and the note says why in words, not "nan".
TEST(GradFlowPlot, AFunctionUndefinedForItsInputsIsNamedInANote) {
    const auto id = activa::define_function({"undefined_log(x) = log(x)", {}, {}});
    ASSERT_TRUE(id.has_value());
    GradFlowView view;
    activa::GradFlowState state;
    state.curves = {{*id, activa::recommended_init(*id)}};
    view.setState(state);
    view.computeNow();
    QStringList notes;
    for (int i = 0; i < view.plot()->itemCount(); ++i)
        if (const auto* text = qobject_cast<QCPItemText*>(view.plot()->item(i)))
            notes << text->text();
    const QString all = notes.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("No finite gradient"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("undefined_log"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("nan"), Qt::CaseInsensitive)) << all.toStdString();
    activa::forget_function(*id);
}
