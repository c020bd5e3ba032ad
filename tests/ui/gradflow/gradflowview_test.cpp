// SPDX-License-Identifier: MIT
#include "../children.hpp"
#include "../language.hpp"
#include "../typing.hpp"
#include "common/exporter.hpp"
#include "gradflow/gradflowplot.hpp"
#include "gradflow/gradflowview.hpp"
#include "mainwindow.hpp"

#include <activa/gradflow.hpp>

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <cmath>

using activa::ActivationId;
using activa::GradFlowState;
using activa::InitScheme;
using activa::ui::GradFlowView;
using activa::ui::NumberBox;
using activa::ui::type_into;
using activa::ui::test::child;

using activa::ui::test::EnglishAfterwards;

namespace {

// Lets the worker finish and its result arrive; false when it took longer than timeout_ms.
// A bound for a hung worker, not a speed check: the sanitizer build, several tests at once and
// other builds on two cores can take well over ten seconds for a deep network's weights.
bool wait_for_results(GradFlowView& view, int timeout_ms = 180000) {
    QElapsedTimer timer;
    timer.start();
    while (view.computing() && timer.elapsed() < timeout_ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !view.computing();
}

// The plotted gradient norm at layer (1-based) of the k-th graph.
double plotted_norm(const GradFlowView& view, std::size_t k, int layer) {
    const auto data = view.plotter().gradient_graphs().at(k)->data();
    const auto it = data->findBegin(layer, false);
    EXPECT_EQ(it->key, layer);
    return it->value;
}

// The default state but for its two curves and its depth.
GradFlowState two_curves(activa::GradFlowCurve first, activa::GradFlowCurve second,
                         std::size_t depth) {
    GradFlowState state;
    state.curves = {first, second};
    state.depth = depth;
    return state;
}

TEST(GradFlowView, ComputesInTheBackgroundAndPlotsOneGraphPerActivation) {
    GradFlowView view;
    QSignalSpy shown(&view, &GradFlowView::resultsShown);
    ASSERT_TRUE(wait_for_results(view));
    EXPECT_EQ(shown.count(), 1);
    const GradFlowState defaults;
    ASSERT_EQ(view.shown().state, defaults);
    ASSERT_EQ(view.plotter().gradient_graphs().size(), 3u);
    for (const auto* graphs : {&view.plotter().gradient_graphs(), &view.plotter().spread_graphs(),
                               &view.plotter().saturated_graphs(), &view.plotter().dead_graphs(),
                               &view.plotter().zero_graphs()})
        for (QCPGraph* g : *graphs)
            EXPECT_EQ(g->data()->size(), 20);
    EXPECT_EQ(view.plotter().gradient_rect()->axis(QCPAxis::atLeft)->scaleType(),
              QCPAxis::stLogarithmic);
}

TEST(GradFlowView, SigmoidFirstLayerGetsOrdersOfMagnitudeLessThanReluWithHe) {
    GradFlowView view;
    ASSERT_TRUE(wait_for_results(view));
    const auto& curves = view.shown().state.curves;
    ASSERT_EQ(curves[0].activation, ActivationId::Sigmoid);
    ASSERT_EQ(curves[2].activation, ActivationId::Relu);
    ASSERT_EQ(curves[2].init, InitScheme::HeUniform);
    const double sigmoid = plotted_norm(view, 0, 1);
    const double relu = plotted_norm(view, 2, 1);
    EXPECT_LT(sigmoid, 1e-3 * relu);
    // ReLU with He holds: the top and the bottom of the stack within a factor 20.
    EXPECT_LT(relu / plotted_norm(view, 2, 20), 20.0);
    EXPECT_GT(relu / plotted_norm(view, 2, 20), 1.0 / 20);
    // The same colours as the curves view gives its first three functions.
    EXPECT_NE(view.plotter().gradient_graphs()[0]->pen().color(),
              view.plotter().gradient_graphs()[2]->pen().color());
}

TEST(GradFlowView, ChangingTheDepthRecomputes) {
    GradFlowView view;
    ASSERT_TRUE(wait_for_results(view));
    auto* depth = child<NumberBox>(view, "depthSpinBox");
    ASSERT_NE(depth, nullptr);
    depth->setValue(35);
    EXPECT_EQ(view.state().depth, 35u);
    ASSERT_TRUE(wait_for_results(view));
    EXPECT_EQ(view.shown().state.depth, 35u);
    for (QCPGraph* g : view.plotter().gradient_graphs())
        EXPECT_EQ(g->data()->size(), 35);
}

TEST(GradFlowView, ANewerRequestWins) {
    GradFlowView view;
    QSignalSpy shown(&view, &GradFlowView::resultsShown);
    // Edits in quick succession: only the last one's numbers may end up on screen.
    for (int depth : {150, 120, 90, 7}) {
        GradFlowState next = view.state();
        next.depth = static_cast<std::size_t>(depth);
        next.width = 256;
        view.setState(next);
    }
    ASSERT_TRUE(wait_for_results(view));
    QCoreApplication::processEvents(); // anything still queued would arrive now
    EXPECT_EQ(view.shown().state.depth, 7u);
    EXPECT_EQ(view.plotter().gradient_graphs().at(0)->data()->size(), 7);
    EXPECT_GE(shown.count(), 1);
}

TEST(GradFlowView, TooMuchMemoryIsRefusedAndNamed) {
    GradFlowView view;
    ASSERT_TRUE(wait_for_results(view));
    type_into(child<NumberBox>(view, "batchSpinBox"), QStringLiteral("4096"));
    EXPECT_EQ(view.state().batch, 4096u);
    auto* width = child<NumberBox>(view, "widthSpinBox");
    type_into(width, QStringLiteral("2048")); // 20 × 2048 × 6144 doubles: 2 GiB
    EXPECT_EQ(view.state().width, 64u);
    EXPECT_EQ(width->value(), 64);
    EXPECT_TRUE(width->problem().contains(QStringLiteral("MiB")));
    EXPECT_TRUE(width->messageLabel()->isVisibleTo(&view));
    type_into(width, QStringLiteral("128"));
    EXPECT_EQ(view.state().width, 128u);
    EXPECT_TRUE(width->messageLabel()->text().isEmpty()); // its line stays, empty
}

TEST(GradFlowView, AddAndRemoveActivations) {
    GradFlowView view;
    auto* add = child<QPushButton>(view, "addButton");
    auto* remove = child<QPushButton>(view, "removeButton");
    auto* table = child<QTableWidget>(view, "curveTable");
    auto* combo = child<QComboBox>(view, "addCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(ActivationId::Selu)));
    add->click();
    ASSERT_EQ(view.state().curves.size(), 4u);
    EXPECT_EQ(view.state().curves.back().activation, ActivationId::Selu);
    EXPECT_EQ(view.state().curves.back().init, InitScheme::LecunNormal);
    EXPECT_EQ(table->rowCount(), 4);
    add->click(); // already listed: nothing new
    EXPECT_EQ(view.state().curves.size(), 4u);
    table->selectRow(0);
    remove->click();
    ASSERT_EQ(view.state().curves.size(), 3u);
    EXPECT_EQ(view.state().curves.front().activation, ActivationId::Tanh);
    ASSERT_TRUE(wait_for_results(view));
    EXPECT_EQ(view.plotter().gradient_graphs().size(), 3u);
}

TEST(GradFlowView, ExportsAPngAndACsvThroughThePicture) {
    GradFlowView view;
    const GradFlowState state = two_curves({ActivationId::Sigmoid, InitScheme::GlorotUniform},
                                           {ActivationId::Relu, InitScheme::HeUniform}, 12);
    view.setState(state);
    view.computeNow();
    EXPECT_FALSE(view.computing());
    EXPECT_EQ(view.shown().state, state);
    view.resize(900, 600);

    QTemporaryDir dir;
    QString error;
    activa::ui::Picture& picture = view;
    EXPECT_EQ(picture.fileStem(), QStringLiteral("gradient-flow"));
    const QString png = dir.filePath(QStringLiteral("flow.png"));
    ASSERT_TRUE(activa::ui::export_image(picture, png, activa::ui::ImageFormat::Png,
                                         QSize(640, 480), 1.0, &error))
        << error.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(640, 480));

    const QString csv = dir.filePath(QStringLiteral("flow.csv"));
    ASSERT_TRUE(activa::ui::export_data(picture, csv, &error)) << error.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 14); // header, 12 layers, the empty piece after the last '\n'
    EXPECT_EQ(lines[0], "layer,sigmoid_grad_norm,sigmoid_activation_mean,sigmoid_activation_std,"
                        "sigmoid_saturated_fraction,sigmoid_dead_fraction,"
                        "sigmoid_zero_gradient_fraction,relu_grad_norm,"
                        "relu_activation_mean,relu_activation_std,relu_saturated_fraction,"
                        "relu_dead_fraction,relu_zero_gradient_fraction");
    EXPECT_TRUE(lines[1].startsWith("1,"));
    EXPECT_TRUE(lines[12].startsWith("12,"));
}

TEST(GradFlowView, SetStateCleansABadState) {
    GradFlowView view;
    GradFlowState bad = two_curves({ActivationId::Relu, InitScheme::HeNormal},
                                   {ActivationId::Relu, InitScheme::GlorotUniform}, 0);
    bad.bias = std::nan("");
    view.setState(bad);
    ASSERT_EQ(view.state().curves.size(), 1u);
    EXPECT_EQ(view.state().curves[0].init, InitScheme::HeNormal);
    EXPECT_EQ(view.state().depth, GradFlowState{}.depth);
    EXPECT_EQ(view.state().bias, 0.0);
}

} // namespace

namespace {

// The values a graph draws, layer by layer.
std::vector<double> drawn(const QCPGraph* g) {
    std::vector<double> values;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

// The text of the lower plot's legend entries.
QStringList style_legend(const GradFlowView& view) {
    QStringList names;
    QCustomPlot* plot = view.findChild<QCustomPlot*>();
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* g = qobject_cast<QCPGraph*>(plot->plottable(i)); g && g->data()->isEmpty())
            names << g->name();
    return names;
}

} // namespace

// ReLU's negative side passes no gradient at all: drawn as its own line (dash-dot), not as
// saturation, which stays at 0 for sigmoid, tanh and ReLU at the defaults.
TEST(GradFlowView, ZeroSlopesAreDrawnApartFromSaturatedOnes) {
    GradFlowView view;
    ASSERT_TRUE(wait_for_results(view));
    ASSERT_EQ(view.plotter().zero_graphs().size(), 3u);
    for (std::size_t k = 0; k < 3; ++k)
        for (const double v : drawn(view.plotter().saturated_graphs()[k]))
            EXPECT_EQ(v, 0.0) << "curve " << k;
    const std::vector<double> relu_zero = drawn(view.plotter().zero_graphs()[2]);
    ASSERT_EQ(relu_zero.size(), 20u);
    for (const double v : relu_zero) {
        EXPECT_GT(v, 0.3);
        EXPECT_LT(v, 0.7);
    }
    EXPECT_EQ(view.plotter().zero_graphs()[2]->pen().style(), Qt::DashDotLine);
    const QStringList legend = style_legend(view);
    EXPECT_TRUE(legend.contains(QStringLiteral("Saturated, 0 < |f′| < 0.01")))
        << legend.join(u'|').toStdString();
    EXPECT_TRUE(legend.contains(QStringLiteral("Zero gradient, f′ = 0")));
}

// The explanation gives sigmoid's cause, the slope of at most ¼ at every layer, and says that
// neither it nor ReLU's zeros are saturation.
TEST(GradFlowView, TheExplanationSaysWhySigmoidsGradientShrinks) {
    GradFlowView view;
    const QString text = activa::ui::test::child_text_containing<QLabel>(
        view, QStringLiteral("Backpropagation"), &QLabel::text);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("at most ¼"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not saturation")));
    EXPECT_TRUE(text.contains(QStringLiteral("exactly 0")));
}

namespace {

// The axis titles of both plots and the initialisations offered in the table.
QStringList window_texts(const GradFlowView& view) {
    QStringList texts;
    for (QCPAxisRect* rect : {view.plotter().gradient_rect(), view.plotter().statistics_rect()})
        for (QCPAxis* axis : rect->axes())
            texts << axis->label();
    auto* add = child<QComboBox>(view, "addCombo");
    for (int i = 0; i < add->count(); ++i)
        texts << add->itemText(i);
    auto* table = child<QTableWidget>(view, "curveTable");
    for (int row = 0; row < table->rowCount(); ++row)
        if (auto* box = qobject_cast<QComboBox*>(table->cellWidget(row, 1)))
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
    return texts;
}

} // namespace

// After a language change the axis titles, the activations offered and the initialisations'
// names read as in a view made in that language.
TEST(GradFlowView, ALanguageSwitchRetranslatesAxisTitlesAndInitialisations) {
    EnglishAfterwards restore;
    activa::ui::MainWindow::installLanguage(QStringLiteral("en"));
    GradFlowView view;
    view.computeNow();
    const QStringList english = window_texts(view);
    activa::ui::MainWindow::installLanguage(QStringLiteral("es"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    GradFlowView fresh;
    fresh.computeNow();
    EXPECT_EQ(window_texts(view), window_texts(fresh));
    EXPECT_NE(window_texts(view), english);
}

// In Spanish at 1024 × 700 every axis title fits beside its plot: the long ones break into
// lines instead of running over the plot above.
TEST(GradFlowView, AxisTitlesFitTheirPlotsInSpanishAt1024) {
    EnglishAfterwards restore;
    activa::ui::MainWindow::installLanguage(QStringLiteral("es"));
    activa::ui::MainWindow w;
    w.resize(1024, 700);
    child<QTabWidget>(w, "viewTabs")->setCurrentWidget(w.view<activa::ui::GradFlowView>());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    GradFlowView& view = *w.view<activa::ui::GradFlowView>();
    view.computeNow();
    view.plot()->replot();
    int titles = 0;
    for (QCPAxisRect* rect : {view.plotter().gradient_rect(), view.plotter().statistics_rect()})
        for (QCPAxis* axis : rect->axes()) {
            if (!axis->visible() || axis->label().isEmpty()) continue;
            ++titles;
            const int room = axis->orientation() == Qt::Vertical ? rect->height() : rect->width();
            const QFontMetrics metrics(axis->labelFont());
            for (const QString& line : axis->label().split(QLatin1Char('\n')))
                EXPECT_LE(metrics.horizontalAdvance(line), room)
                    << line.toStdString() << " beside a plot of " << room << " px";
        }
    EXPECT_EQ(titles, 5);
}
