// SPDX-License-Identifier: MIT
// Legends seen as a user sees them: where they are drawn against the curves, and what a drag or
// the View menu does to them.
#include "children.hpp"
#include "curves/curvesview.hpp"
#include "gradflow/gradflowview.hpp"
#include "mainwindow.hpp"
#include "training/trainingplot.hpp"
#include "training/trainingview.hpp"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace activa;
using namespace activa::ui;
using activa::ui::test::child;

namespace {

// Whether any drawn point of the graph, or any point along the line between two of them, falls
// in the rectangle (pixels). Each segment is walked in steps of under a pixel.
bool graph_enters(QCPGraph* g, const QRectF& rect) {
    if (!g->visible()) return false;
    const auto at = [g](double key, double value) {
        return QPointF(g->keyAxis()->coordToPixel(key), g->valueAxis()->coordToPixel(value));
    };
    const auto data = g->data();
    const bool markers = g->lineStyle() == QCPGraph::lsNone;
    for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
        if (!std::isfinite(it->value)) continue;
        const QPointF a = at(it->key, it->value);
        if (rect.contains(a)) return true;
        if (markers || it + 1 == data->constEnd() || !std::isfinite((it + 1)->value)) continue;
        const QPointF b = at((it + 1)->key, (it + 1)->value);
        const int steps = static_cast<int>(std::ceil(QLineF(a, b).length())) + 1;
        if (steps > 100000) continue; // far outside the plot
        for (int k = 1; k < steps; ++k)
            if (rect.contains(a + (b - a) * (double(k) / steps))) return true;
    }
    return false;
}

// The legend's box as drawn, and whether a line or marker of the plot runs through it.
bool legend_covers_data(QCustomPlot* plot, QCPLegend* legend) {
    if (!legend->realVisibility()) return false;
    const QRectF box = legend->outerRect();
    for (int i = 0; i < plot->graphCount(); ++i)
        if (graph_enters(plot->graph(i), box)) return true;
    return false;
}

CurvesState with_saturation(std::vector<CurveSpec> curves, int selected) {
    CurvesState s;
    s.curves = std::move(curves);
    s.selected = selected;
    s.show_saturation = true;
    return s;
}

void send_mouse(QWidget* widget, QEvent::Type type, QPoint pos, Qt::MouseButton button,
                Qt::MouseButtons buttons) {
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

QAction* find_action(QWidget* window, const QString& name) {
    return window->findChild<QAction*>(name);
}

} // namespace

TEST(PlotLegend, TheCurvesLegendCoversNoCurveAtAnySize) {
    const std::vector<CurvesState> states{
        CurvesState{},
        with_saturation({{ActivationId::Sigmoid, {}},
                         {ActivationId::Tanh, {}},
                         {ActivationId::Relu, {}},
                         {ActivationId::LeakyRelu, default_params(ActivationId::LeakyRelu)},
                         {ActivationId::Gelu, {}}},
                        0),
        with_saturation({{ActivationId::Elu, {8.0}}, {ActivationId::Softplus, {2.0}}}, 0),
    };
    const std::vector<QSize> sizes{{1600, 1000}, {1024, 700}, {760, 560}, {560, 420}};
    for (const CurvesState& state : states)
        for (const QSize size : sizes) {
            CurvesView view;
            view.setState(state);
            view.resize(size);
            view.show();
            view.plot()->replot();
            QCPLegend* legend = view.plot()->legend;
            EXPECT_TRUE(legend->realVisibility());
            EXPECT_FALSE(legend_covers_data(view.plot(), legend))
                << state.curves.size() << " curves at " << size.width() << "x" << size.height();
            // Nothing of it leaves the plot.
            EXPECT_TRUE(view.plot()->rect().contains(legend->outerRect()));
        }
}

TEST(PlotLegend, TheLossLegendCoversNoLossCurve) {
    for (const QSize size : {QSize(1600, 1000), QSize(1024, 700), QSize(760, 560)}) {
        TrainingView view;
        TrainingState s;
        s.settings.dataset = DatasetId::Xor;
        s.settings.points = 120;
        s.settings.hidden_layers = 2;
        s.settings.units = 8;
        s.settings.epochs = 60;
        s.race = {{ActivationId::Relu, {}}, {ActivationId::Sigmoid, {}}, {ActivationId::Tanh, {}}};
        view.setState(s);
        view.resize(size);
        view.show();
        view.trainToEnd();
        view.plot()->replot();
        QCPLegend* legend = view.plot()->legend;
        EXPECT_TRUE(legend->realVisibility());
        EXPECT_FALSE(legend_covers_data(view.plot(), legend))
            << size.width() << "x" << size.height();
        EXPECT_TRUE(view.plot()->rect().contains(legend->outerRect()));
    }
}

TEST(PlotLegend, ADraggedLegendStaysWhereItIsDropped) {
    CurvesView view;
    view.resize(1200, 800);
    view.show();
    view.plot()->replot();
    QCPLegend* legend = view.plot()->legend;
    const QRect before = legend->outerRect();
    const QCPRange x = view.plotter().value_rect()->axis(QCPAxis::atBottom)->range();
    const QPoint grip = legend->item(1)->rect().center();
    const QPoint shift(150, 90);
    send_mouse(view.plot(), QEvent::MouseButtonPress, grip, Qt::LeftButton, Qt::LeftButton);
    for (int k = 1; k <= 10; ++k)
        send_mouse(view.plot(), QEvent::MouseMove, grip + shift * k / 10, Qt::NoButton,
                   Qt::LeftButton);
    send_mouse(view.plot(), QEvent::MouseButtonRelease, grip + shift, Qt::LeftButton, Qt::NoButton);
    view.plot()->replot();
    // The legend went where it was dropped; the plot did not pan, and no curve was hidden.
    EXPECT_NEAR(legend->outerRect().left() - before.left(), shift.x(), 2);
    EXPECT_NEAR(legend->outerRect().top() - before.top(), shift.y(), 2);
    const QCPRange after = view.plotter().value_rect()->axis(QCPAxis::atBottom)->range();
    EXPECT_EQ(after.lower, x.lower);
    EXPECT_EQ(after.upper, x.upper);
    EXPECT_FALSE(view.plotter().is_hidden(ActivationId::Tanh));
    // It stays there when the curves change.
    view.setCurveHidden(ActivationId::Relu, true);
    view.plot()->replot();
    EXPECT_NEAR(legend->outerRect().left() - before.left(), shift.x(), 2);
}

TEST(PlotLegend, TheViewMenuHidesAndShowsEveryLegend) {
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QAction* legends = find_action(&w, QStringLiteral("legendsAction"));
    ASSERT_NE(legends, nullptr);
    EXPECT_TRUE(legends->isCheckable());
    EXPECT_TRUE(legends->isChecked());
    QCustomPlot* curves = w.view<activa::ui::CurvesView>()->plot();
    QCustomPlot* training = w.view<activa::ui::TrainingView>()->plot();
    QCustomPlot* gradflow = w.view<activa::ui::GradFlowView>()->plot();
    // Every legend drawn on a plot, whichever layout it stands in.
    const auto legends_of = [](QCustomPlot* plot) {
        QList<QCPLegend*> out;
        for (QCPLegend* legend : plot->findChildren<QCPLegend*>())
            if (legend->realVisibility()) out << legend;
        return out;
    };
    child<QTabWidget>(w, "viewTabs")
        ->setCurrentWidget(
            w.view<activa::ui::GradFlowView>()); // laid out at its size in the window
    ASSERT_TRUE(QTest::qWaitFor([&] { return legends_of(gradflow).size() == 2; }, 20000));
    gradflow->replot();
    const int gradient_width = gradflow->axisRects().first()->width();
    // The plots are drawn again by themselves, as the window would.
    legends->trigger();
    QTest::qWait(50);
    for (QCustomPlot* plot : {curves, training, gradflow})
        EXPECT_TRUE(legends_of(plot).isEmpty());
    // The gradient plot takes the room its legend had.
    EXPECT_GT(gradflow->axisRects().first()->width(), gradient_width + 100);
    legends->trigger();
    QTest::qWait(50);
    EXPECT_TRUE(curves->legend->realVisibility());
    EXPECT_TRUE(training->legend->realVisibility());
    EXPECT_EQ(legends_of(gradflow).size(), 2);
    EXPECT_EQ(gradflow->axisRects().first()->width(), gradient_width);
}
