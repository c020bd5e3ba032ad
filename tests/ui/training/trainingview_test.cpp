// SPDX-License-Identifier: MIT
#include "../children.hpp"
#include "../files.hpp"
#include "common/coretext.hpp"
#include "common/exporter.hpp"
#include "common/numberbox.hpp"
#include "mainwindow.hpp"
#include "racehelpers.hpp"
#include "training/racereading.hpp"
#include "training/trainingview.hpp"
#include "wizard/wizardview.hpp"

#include <activa/csv.hpp>

#include <qcustomplot.h>

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

using namespace activa;
using namespace activa::ui;
using namespace activa::ui::test;

namespace {

// Cells of the map that hold a number: the map has been drawn.
int filled_cells(QCPColorMap* map) {
    int n = 0;
    QCPColorMapData* d = map->data();
    for (int i = 0; i < d->keySize(); ++i)
        for (int j = 0; j < d->valueSize(); ++j)
            n += std::isfinite(d->cell(i, j)) ? 1 : 0;
    return n;
}

} // namespace

TEST(TrainingView, RaceFillsTheLossPlotAndTheMaps) {
    TrainingView v;
    v.resize(1200, 800);
    v.setState(small_race(200));
    ASSERT_EQ(v.plotter().runs(), 2u);
    // The untrained networks' maps arrive from the worker before any epoch.
    ASSERT_TRUE(wait_for([&] { return filled_cells(v.plotter().map(0)) > 0; }, 5000));
    EXPECT_EQ(v.epoch(), 0u);
    v.play();
    EXPECT_FALSE(child<QPushButton>(v, "playButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(v, "pauseButton")->isEnabled());
    ASSERT_TRUE(wait_for([&] { return v.epoch() >= 5; }, 10000));
    v.pause();
    for (std::size_t r = 0; r < 2; ++r) {
        EXPECT_GT(v.plotter().trainGraph(r)->dataCount(), 0);
        EXPECT_GT(v.plotter().testGraph(r)->dataCount(), 0);
        EXPECT_EQ(filled_cells(v.plotter().map(r)), static_cast<int>(kMapNodes * kMapNodes));
        // Binary: the map holds the probability of the second class.
        const double p = v.plotter().map(r)->data()->cell(3, 3);
        EXPECT_GE(p, 0.0);
        EXPECT_LE(p, 1.0);
    }
    EXPECT_FALSE(v.plotter().reading().isEmpty());
    EXPECT_NE(v.plotter().reading(), race_reading(v.state(), {}));
}

namespace {

// Plays a long small race until three epochs are done.
void play_three_epochs(TrainingView& v) {
    v.setState(small_race(5000));
    v.play();
    ASSERT_TRUE(wait_for([&] { return v.epoch() >= 3; }, 10000));
}

} // namespace

TEST(TrainingView, PauseStopsTheEpochsAndStepAddsOne) {
    TrainingView v;
    ASSERT_NO_FATAL_FAILURE(play_three_epochs(v));
    v.pause();
    // The epoch in progress finishes and is shown; then nothing moves. How long that epoch
    // takes depends on the build, so wait until the count holds still.
    ASSERT_TRUE(wait_for(
        [&] {
            const std::size_t e = v.epoch();
            wait_ms(2000); // longer than any epoch of this small race, even in a debug build
            return v.epoch() == e;
        },
        30000));
    const std::size_t paused_at = v.epoch();
    wait_ms(400);
    EXPECT_EQ(v.epoch(), paused_at);
    EXPECT_TRUE(child<QPushButton>(v, "playButton")->isEnabled());
    v.step();
    ASSERT_TRUE(wait_for([&] { return v.epoch() == paused_at + 1; }, 10000))
        << v.epoch() << " after a step from " << paused_at;
    wait_ms(200);
    EXPECT_EQ(v.epoch(), paused_at + 1);
}

TEST(TrainingView, ResetClearsAtOnce) {
    TrainingView v;
    ASSERT_NO_FATAL_FAILURE(play_three_epochs(v));
    v.reset();
    EXPECT_EQ(v.epoch(), 0u);
    EXPECT_FALSE(v.isPlaying());
    EXPECT_EQ(v.plotter().trainGraph(0)->dataCount(), 0);
    wait_ms(300);
    EXPECT_EQ(v.epoch(), 0u); // the old race's last epochs do not come back
    EXPECT_EQ(v.plotter().trainGraph(0)->dataCount(), 0);
}

TEST(TrainingView, RaceStopsAtItsLastEpoch) {
    TrainingView v;
    v.setState(small_race(12));
    v.play();
    ASSERT_TRUE(wait_for([&] { return v.isFinished(); }, 10000));
    EXPECT_EQ(v.epoch(), 12u);
    EXPECT_FALSE(child<QPushButton>(v, "playButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(v, "stepButton")->isEnabled());
}

// The plots follow the race as it runs, frame after frame, not only at its end. (How many
// frames a second is a matter of speed, measured by the benchmarks, not by a test.)
TEST(TrainingView, ShowsFramesWhileTraining) {
    TrainingView v;
    v.resize(1400, 900);
    TrainingState s; // a race on the spiral, 4 × 16, relu, tanh and sigmoid
    s.settings.epochs = 10000;
    v.setState(s);
    v.setPace(0); // epochs as fast as they come
    v.show();
    ASSERT_TRUE(wait_for([&] { return v.framesShown() >= 1; }, 5000));
    const int before = v.framesShown();
    v.play();
    ASSERT_TRUE(wait_for([&] { return v.framesShown() >= before + 3; }, 30000));
    v.pause();
    EXPECT_FALSE(v.isFinished());
    EXPECT_GT(v.epoch(), 0u);
}

TEST(TrainingView, ExportsPngAndTheRaceCsv) {
    QTemporaryDir dir;
    TrainingView v;
    v.resize(1000, 700);
    v.setState(small_race(4));
    v.trainToEnd();
    EXPECT_EQ(v.epoch(), 4u);
    EXPECT_TRUE(v.isFinished());
    QString error;
    const QString png = dir.filePath(QStringLiteral("race.png"));
    ASSERT_TRUE(export_image(v, png, ImageFormat::Png, QSize(900, 600), 1.0, &error))
        << error.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(900, 600));
    const QString csv = dir.filePath(QStringLiteral("race.csv"));
    ASSERT_TRUE(export_data(v, csv, &error)) << error.toStdString();
    const QList<QByteArray> rows = read_all(csv).trimmed().split('\n');
    ASSERT_EQ(rows.size(), 1 + 2 * 4);
    EXPECT_EQ(rows[0], "activation,epoch,train_loss,test_loss,train_accuracy,test_accuracy,"
                       "first_layer_grad_norm,last_layer_grad_norm,dead_fraction");
    EXPECT_TRUE(rows[1].startsWith("relu,1,"));
    EXPECT_TRUE(rows[2].startsWith("sigmoid,1,"));
    EXPECT_EQ(v.fileStem(), QStringLiteral("training"));
}

TEST(TrainingView, SameRaceOnTheWorkerAndAtOnce) {
    TrainingView worker;
    worker.setState(small_race(6));
    worker.play();
    ASSERT_TRUE(wait_for([&] { return worker.isFinished(); }, 10000));
    TrainingView at_once;
    at_once.setState(small_race(6));
    at_once.trainToEnd();
    ASSERT_EQ(worker.histories().size(), at_once.histories().size());
    for (std::size_t r = 0; r < worker.histories().size(); ++r)
        for (std::size_t e = 0; e < 6; ++e)
            EXPECT_EQ(worker.histories()[r][e].train_loss, at_once.histories()[r][e].train_loss);
}

TEST(TrainingView, RaceListFollowsTheStateAndKeepsOneChecked) {
    TrainingView v;
    v.setState(small_race(10));
    int checked = 0;
    QListWidgetItem* relu = nullptr;
    QListWidgetItem* sigmoid = nullptr;
    const QListWidget* list = child<QListWidget>(v, "raceList");
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        checked += item->checkState() == Qt::Checked ? 1 : 0;
        if (item->text() == function_name(ActivationId::Relu)) relu = item;
        if (item->text() == function_name(ActivationId::Sigmoid)) sigmoid = item;
    }
    EXPECT_EQ(checked, 2);
    ASSERT_NE(relu, nullptr);
    ASSERT_NE(sigmoid, nullptr);
    relu->setCheckState(Qt::Unchecked);
    ASSERT_EQ(v.state().race.size(), 1u);
    EXPECT_EQ(v.state().race[0].activation, ActivationId::Sigmoid);
    sigmoid->setCheckState(Qt::Unchecked); // the last one stays
    EXPECT_EQ(v.state().race.size(), 1u);
    EXPECT_EQ(sigmoid->checkState(), Qt::Checked);
    EXPECT_EQ(v.plotter().runs(), 1u);
}

TEST(TrainingView, TryItFromTheWizardRacesTheRecipeAgainstSigmoidAndTanh) {
    MainWindow w;
    WizardView* wizard = w.view<activa::ui::WizardView>();
    wizard->answer(QStringLiteral("cnn"));
    wizard->next();
    wizard->answer(QStringLiteral("classification"));
    wizard->next();
    wizard->answer(QStringLiteral("binary"));
    wizard->next();
    ASSERT_EQ(wizard->step(), WizardView::RecipeStep);
    QPushButton* try_it = nullptr;
    for (QPushButton* b : wizard->findChildren<QPushButton*>())
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Try it")) try_it = b;
    ASSERT_NE(try_it, nullptr);
    try_it->click();
    EXPECT_EQ(child<QTabWidget>(w, "viewTabs")->currentWidget(),
              w.view<activa::ui::TrainingView>());
    const TrainingState& s = w.view<activa::ui::TrainingView>()->state();
    EXPECT_EQ(dataset_info(s.settings.dataset).problem, ProblemType::Binary);
    ASSERT_EQ(s.race.size(), 3u);
    EXPECT_EQ(s.race[0].activation, ActivationId::Relu);
    EXPECT_EQ(s.race[1].activation, ActivationId::Sigmoid);
    EXPECT_EQ(s.race[2].activation, ActivationId::Tanh);
    EXPECT_TRUE(w.view<activa::ui::TrainingView>()->isPlaying());
    ASSERT_TRUE(wait_for([&] { return w.view<activa::ui::TrainingView>()->epoch() >= 1; }, 10000));
}

// The combos name initialisations, output layers and losses as people do, not by the command
// line's keys (glorot_uniform, mean_squared_error).
TEST(TrainingView, CombosShowNamesNotCommandLineKeys) {
    TrainingView v;
    QStringList items;
    for (const QComboBox* box : v.findChildren<QComboBox*>())
        for (int i = 0; i < box->count(); ++i)
            items << box->itemText(i);
    for (const QString& item : items)
        EXPECT_FALSE(item.contains(QLatin1Char('_'))) << item.toStdString();
    for (const char* name :
         {"He uniform", "LeCun normal", "Glorot (Xavier) uniform", "Normal, σ = 1", "Softmax",
          "Mean squared error", "Binary cross-entropy"})
        EXPECT_TRUE(items.contains(QString::fromUtf8(name))) << name;
}

// The init tooltip is the catalogue's: GELU gets He, SELU LeCun normal.
TEST(TrainingView, TheInitTooltipNamesEachActivationsRecipe) {
    TrainingView v;
    QString tip;
    for (const QComboBox* box : v.findChildren<QComboBox*>())
        if (box->findText(QStringLiteral("He uniform")) >= 0) tip = box->toolTip();
    ASSERT_FALSE(tip.isEmpty());
    const qsizetype he = tip.indexOf(QStringLiteral("He uniform for "));
    const qsizetype lecun = tip.indexOf(QStringLiteral("LeCun normal for SELU"));
    ASSERT_GE(he, 0) << tip.toStdString();
    EXPECT_GE(lecun, 0) << tip.toStdString();
    const QString he_list = tip.mid(he, tip.indexOf(u';', he) - he);
    EXPECT_TRUE(he_list.contains(QStringLiteral("GELU"))) << he_list.toStdString();
    EXPECT_FALSE(he_list.contains(QStringLiteral("SELU"))) << he_list.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("ReLU family")));
}

// One click races the same again with SGD, and back with Adam.
TEST(TrainingView, RaceAgainWithTheOtherOptimiserIsOneClick) {
    TrainingView v;
    v.resize(1200, 800);
    TrainingState s = small_race(5000);
    v.setState(s);
    v.show();
    QPushButton* button = child<QPushButton>(v, "otherOptimizerButton");
    ASSERT_TRUE(button->isVisible());
    EXPECT_EQ(button->text().remove(QLatin1Char('&')), QStringLiteral("Race again with SGD"));
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    EXPECT_EQ(v.state().settings.optimizer, Optimizer::Sgd);
    s.settings.optimizer = Optimizer::Sgd;
    EXPECT_EQ(v.state(), s); // nothing else changed
    EXPECT_TRUE(v.isPlaying());
    ASSERT_TRUE(wait_for([&] { return v.epoch() >= 1; }, 10000));
    EXPECT_EQ(button->text().remove(QLatin1Char('&')), QStringLiteral("Race again with Adam"));
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    EXPECT_EQ(v.state().settings.optimizer, Optimizer::Adam);
    v.pause();
}

// Which sets are TensorFlow Playground's and which Activa's own, under the dataset's name.
TEST(TrainingView, TheDatasetSaysWhoseItIs) {
    TrainingView v;
    QLabel* description = nullptr;
    for (QLabel* label : v.findChildren<QLabel*>())
        if (label->text().startsWith(QStringLiteral("Binary: two interleaved")))
            description = label;
    ASSERT_NE(description, nullptr);
    EXPECT_TRUE(description->text().contains(QStringLiteral("From TensorFlow Playground")));
    QComboBox* dataset = child<QComboBox>(v, "datasetBox");
    const int multigaussian = dataset->findText(QStringLiteral("Multi-Gaussian"));
    ASSERT_GE(multigaussian, 0);
    dataset->setCurrentIndex(multigaussian);
    EXPECT_EQ(v.state().settings.dataset, DatasetId::MultiGaussian);
    EXPECT_TRUE(description->text().contains(QStringLiteral("From TensorFlow Playground")));
    dataset->setCurrentIndex(dataset->findText(QStringLiteral("Sine surface")));
    EXPECT_TRUE(description->text().contains(QStringLiteral("Activa's own")))
        << description->text().toStdString();
}

// The hidden-layers tooltip says what TrainingClaims.DeeperNetworksStarveSigmoidsFirstLayer...
// computes: sigmoid's first layer is starved with depth, tanh's and ReLU's are not (at depth 10
// tanh's first layer gets more gradient than ReLU's, so tanh does not vanish "sooner").
TEST(TrainingView, TheHiddenLayersTooltipBlamesSigmoidAlone) {
    TrainingView v;
    const QString tip =
        child_text_containing<NumberBox>(v, QStringLiteral("deeper"), &NumberBox::toolTip);
    ASSERT_FALSE(tip.isEmpty());
    EXPECT_TRUE(tip.contains(QStringLiteral("at most a quarter"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("sooner"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("of sigmoid and tanh"))) << tip.toStdString();
}
