// SPDX-License-Identifier: MIT
// The training tab's side panel and what surrounds the race: the wheel, a restart that can be
// undone, and a change of language.
#include "../children.hpp"
#include "../typing.hpp"
#include "../wheel.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "mainwindow.hpp"
#include "racehelpers.hpp"
#include "training/trainingview.hpp"

#include <activa/functions.hpp>

#include <qcustomplot.h>

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;
using namespace activa::ui::test;

namespace {

QComboBox* optimiser_box(const TrainingView& view) {
    for (QComboBox* box : view.findChildren<QComboBox*>())
        if (box->findData(static_cast<int>(Optimizer::Sgd)) >= 0 && box->count() == 2) return box;
    return nullptr;
}

std::vector<double> losses(const TrainingView& view) {
    std::vector<double> out;
    for (const auto& run : view.histories())
        for (const EpochStats& e : run)
            out.push_back(e.train_loss);
    return out;
}

// Every text the race's picture shows: title, axis titles, legend, the maps' titles, reading;
// as drawn, broken into lines for the plot's size.
QStringList picture_texts(const TrainingView& view) {
    QStringList texts;
    QCustomPlot* plot = view.plot();
    plot->replot();
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* text = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            texts << text->text();
    const TrainingPlotter& p = view.plotter();
    texts << p.lossRect()->axis(QCPAxis::atBottom)->label()
          << p.lossRect()->axis(QCPAxis::atLeft)->label();
    for (std::size_t r = 0; r < p.runs(); ++r)
        texts << p.trainGraph(r)->name()
              << p.map(r)->keyAxis()->axisRect()->axis(QCPAxis::atTop)->label();
    texts << p.reading();
    return texts;
}

} // namespace

// The wheel over a panel that has not been clicked scrolls it: it once switched the
// initialisation and the optimiser on its way down and threw a finished race away.
TEST(TrainingPanel, TheWheelScrollsThePanelAndChangesNoSetting) {
    TrainingView view;
    show_at(view, QSize(1024, 560));
    view.setState(small_race(5));
    view.trainToEnd();
    ASSERT_TRUE(view.isFinished());
    view.plot()->setFocus();
    const TrainingState before = view.state();
    const std::vector<double> trained = losses(view);
    auto* scroll = view.findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0) << "the panel must be taller than shown";
    int fields = 0;
    for (QWidget* field : scroll->widget()->findChildren<QWidget*>()) {
        if (!qobject_cast<QComboBox*>(field) && !qobject_cast<NumberBox*>(field)) continue;
        ++fields;
        turn_wheel_over(field, -2);
        turn_wheel_over(field, 1);
    }
    EXPECT_GE(fields, 14);
    EXPECT_GT(scroll->verticalScrollBar()->value(), 0);
    EXPECT_EQ(view.state(), before);
    EXPECT_TRUE(view.isFinished());
    EXPECT_EQ(losses(view), trained);
}

// A field the user has chosen still answers the wheel.
TEST(TrainingPanel, TheWheelStepsTheFieldThatHasTheFocus) {
    TrainingView view;
    show_at(view, QSize(1024, 700));
    view.setState(small_race(100));
    NumberBox* epochs = nullptr;
    for (NumberBox* box : view.findChildren<NumberBox*>())
        if (box->value() == 100.0) epochs = box;
    ASSERT_NE(epochs, nullptr);
    epochs->setFocus();
    ASSERT_TRUE(epochs->hasFocus());
    turn_wheel_over(epochs, 1);
    EXPECT_GT(view.state().settings.epochs, 100u);
}

// A change to a race that has run says so, and Undo brings the race back: its settings, its
// epochs, and its networks, which go on training from where they were.
TEST(TrainingPanel, AnEditThatRestartsARaceSaysSoAndCanBeUndone) {
    TrainingView view;
    show_at(view, QSize(1400, 900));
    view.setState(small_race(40));
    for (int i = 0; i < 3; ++i) {
        view.step();
        ASSERT_TRUE(wait_for([&] { return view.epoch() == static_cast<std::size_t>(i + 1); }));
    }
    const TrainingState before = view.state();
    const std::vector<double> trained = losses(view);

    QComboBox* optimiser = optimiser_box(view);
    ASSERT_NE(optimiser, nullptr);
    optimiser->setCurrentIndex(optimiser->findData(static_cast<int>(Optimizer::Sgd)));
    EXPECT_EQ(view.state().settings.optimizer, Optimizer::Sgd);
    EXPECT_EQ(view.epoch(), 0u);
    auto* notice = view.findChild<QLabel*>(QStringLiteral("restartNotice"));
    auto* undo = view.findChild<QPushButton*>(QStringLiteral("undoRestartButton"));
    ASSERT_TRUE(notice && undo);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Optimiser")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("3"))) << notice->text().toStdString();
    EXPECT_TRUE(undo->isVisible());

    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_EQ(view.state(), before);
    EXPECT_EQ(optimiser->currentData().toInt(), static_cast<int>(Optimizer::Adam));
    EXPECT_EQ(view.epoch(), 3u);
    EXPECT_EQ(losses(view), trained);
    EXPECT_FALSE(undo->isVisible());
    EXPECT_TRUE(notice->text().isEmpty());
    // The networks come back too: the next epoch follows the third.
    view.step();
    ASSERT_TRUE(wait_for([&] { return view.epoch() == 4u; }));
    const std::vector<double> now = losses(view);
    ASSERT_EQ(now.size(), 8u);
    EXPECT_EQ(std::vector<double>(now.begin(), now.begin() + 3),
              std::vector<double>(trained.begin(), trained.begin() + 3));
}

// After a language change the picture reads as one drawn in that language from the start.
TEST(TrainingPanel, ALanguageSwitchRetranslatesTheWholePicture) {
    EnglishAfterwards restore;
    MainWindow::installLanguage(QStringLiteral("en"));
    TrainingView view;
    view.setState(small_race(3));
    view.trainToEnd();
    const QStringList english = picture_texts(view);

    switch_language(QStringLiteral("es"));
    TrainingView fresh;
    fresh.setState(small_race(3));
    fresh.trainToEnd();
    const QStringList spanish = picture_texts(fresh);
    ASSERT_EQ(spanish.size(), english.size());
    const QStringList shown = picture_texts(view);
    for (int i = 0; i < shown.size(); ++i)
        EXPECT_EQ(shown[i], spanish[i]) << "was " << english[i].toStdString();
    EXPECT_NE(shown, english);
}

// Spanish after English at 1024 × 700, a race run to its end: the panel shows its fields
// whole, and the window stays within the screen.
TEST(TrainingPanel, SpanishAt1024KeepsThePanelWholeAndTheWindowOnScreen) {
    EnglishAfterwards restore;
    MainWindow::installLanguage(QStringLiteral("en"));
    MainWindow w;
    w.resize(1024, 700);
    child<QTabWidget>(w, "viewTabs")->setCurrentWidget(w.view<activa::ui::TrainingView>());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.setLanguage(QStringLiteral("es"));
    w.view<activa::ui::TrainingView>()->setState(small_race(300));
    w.view<activa::ui::TrainingView>()->trainToEnd();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_LE(w.minimumSizeHint().width(), 1024);
    EXPECT_EQ(w.width(), 1024);
    auto* scroll = w.view<activa::ui::TrainingView>()->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_LE(scroll->widget()->width(), scroll->viewport()->width());
    for (NumberBox* box : scroll->widget()->findChildren<NumberBox*>()) {
        const QRect shown(box->mapTo(scroll->viewport(), QPoint(0, 0)), box->size());
        EXPECT_LE(shown.right(), scroll->viewport()->width()) << "a field runs off the panel";
    }
    // The loss title fits beside its short plot, in as many lines as it takes.
    w.view<activa::ui::TrainingView>()->plot()->replot();
    w.view<activa::ui::TrainingView>()->plot()->replot();
    QCPAxisRect* loss = w.view<activa::ui::TrainingView>()->plotter().lossRect();
    QCPAxis* y = loss->axis(QCPAxis::atLeft);
    const QFontMetrics metrics(y->labelFont());
    for (const QString& line : y->label().split(QLatin1Char('\n')))
        EXPECT_LE(metrics.horizontalAdvance(line), loss->height()) << line.toStdString();
}

// Counts take their plural in both languages: "1 hidden layer", "1 capa oculta", "1 marcada".
TEST(TrainingPanel, CountsTakeTheirPluralInBothLanguages) {
    EnglishAfterwards restore;
    TrainingState one = small_race(3);
    one.settings.hidden_layers = 1;
    one.settings.units = 1;
    one.race = {{ActivationId::Relu, {}}};
    TrainingState two = one;
    two.settings.hidden_layers = 2;
    two.settings.units = 2;
    two.race = {{ActivationId::Relu, {}}, {ActivationId::Tanh, {}}};
    const auto texts = [](const TrainingState& state) {
        TrainingView view;
        view.setState(state);
        QStringList out{picture_texts(view).first()};
        for (QLabel* label : view.findChildren<QLabel*>())
            if (label->text().contains(QStringLiteral("6."))) out << label->text();
        return out.join(QLatin1Char('|'));
    };
    MainWindow::installLanguage(QStringLiteral("en"));
    EXPECT_TRUE(texts(one).contains(QStringLiteral("1 hidden layer × 1 unit\n")));
    EXPECT_TRUE(texts(two).contains(QStringLiteral("2 hidden layers × 2 units\n")));
    MainWindow::installLanguage(QStringLiteral("es"));
    EXPECT_TRUE(texts(one).contains(QStringLiteral("1 capa oculta × 1 unidad\n")));
    EXPECT_TRUE(texts(one).contains(QStringLiteral("1 marcada de un máximo de 6.")));
    EXPECT_TRUE(texts(two).contains(QStringLiteral("2 capas ocultas × 2 unidades\n")));
    EXPECT_TRUE(texts(two).contains(QStringLiteral("2 marcadas de un máximo de 6.")));
}

namespace {

// The checkbox of a function in the race list, clicked as a user clicks it.
void click_in_race(TrainingView& view, ActivationId id) {
    auto* list = child<QListWidget>(view, "raceList");
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole + 1).toInt() == static_cast<int>(id))
            item = list->item(i);
    ASSERT_NE(item, nullptr);
    list->scrollToItem(item);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualItemRect(item);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect box =
        list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
}

} // namespace

// A typed function joins the race list after the built-ins, with its colour, and races like
// any other: max(x, 0) with He initialisation is ReLU, epoch for epoch. Defining another keeps
// the race as it is; forgetting it takes it out of the list and the race.
TEST(TrainingPanel, ATypedFunctionRacesLikeReluAndLeavesWhenForgotten) {
    TrainingView view;
    show_at(view, QSize(1200, 800));
    TrainingState state = small_race(3);
    state.race = {{ActivationId::Relu, {}}};
    view.setState(state);
    const QListWidget* list = child<QListWidget>(view, "raceList");
    const int builtins = list->count();

    activa::TypedRecipe he;
    he.init = activa::WeightInit::He;
    const auto mine = activa::define_function({"my_relu(x) = max(x, 0)", {}, he});
    ASSERT_TRUE(mine);
    FunctionsChanged::instance().announce();
    ASSERT_EQ(list->count(), builtins + 1);
    QListWidgetItem* last = list->item(builtins);
    EXPECT_EQ(last->text(), QStringLiteral("my_relu"));
    EXPECT_EQ(last->icon().pixmap(14, 14).toImage().pixelColor(7, 7), function_colour(*mine));

    click_in_race(view, *mine);
    ASSERT_EQ(view.state().race.size(), 2u);
    EXPECT_EQ(view.state().race.back().activation, *mine);
    view.trainToEnd();
    ASSERT_EQ(view.histories().size(), 2u);
    ASSERT_EQ(view.histories()[1].size(), 3u);
    for (std::size_t e = 0; e < 3; ++e)
        EXPECT_EQ(view.histories()[1][e].train_loss, view.histories()[0][e].train_loss);

    const auto other = activa::define_function({"other_bump(x) = x*x", {}, {}});
    ASSERT_TRUE(other);
    FunctionsChanged::instance().announce();
    EXPECT_EQ(list->count(), builtins + 2);
    EXPECT_EQ(view.epoch(), 3u); // the race was left as it was
    EXPECT_EQ(list->item(builtins)->checkState(), Qt::Checked);

    activa::forget_function(*mine);
    activa::forget_function(*other);
    FunctionsChanged::instance().announce();
    EXPECT_EQ(list->count(), builtins);
    ASSERT_EQ(view.state().race.size(), 1u);
    EXPECT_EQ(view.state().race.front().activation, ActivationId::Relu);
}

// The learning rate takes what the command line takes, any rate above 0 up to the limit, and
// refuses 0 with a reason; the test share's limits are core's, written as people read them.
TEST(TrainingPanel, RatesAndSharesHaveCoresLimits) {
    TrainingView view;
    view.setState(small_race(3));
    auto* rate = view.findChild<NumberBox*>(QStringLiteral("learningRateBox"));
    auto* share = view.findChild<NumberBox*>(QStringLiteral("testShareBox"));
    ASSERT_TRUE(rate && share);
    type_into(rate, QStringLiteral("0.000001"));
    EXPECT_EQ(view.state().settings.learning_rate, 0.000001);
    EXPECT_TRUE(rate->problem().isEmpty());
    type_into(rate, QStringLiteral("0"));
    EXPECT_EQ(view.state().settings.learning_rate, 0.000001);
    EXPECT_EQ(rate->problem(), QStringLiteral("The value here must be greater than 0."));
    EXPECT_EQ(share->minimum(), activa::kTrainMinTestShare);
    EXPECT_EQ(share->maximum(), activa::kTrainMaxTestShare);
    type_into(share, QStringLiteral("0.9"));
    EXPECT_EQ(view.state().settings.train_fraction, activa::kTrainMinTrainFraction);
    type_into(share, QStringLiteral("0.25"));
    EXPECT_EQ(view.state().settings.train_fraction, 0.75);
}
