// SPDX-License-Identifier: MIT
#include "../children.hpp"
#include "../contrast.hpp"
#include "../typing.hpp"
#include "common/coretext.hpp"
#include "curves/curvesview.hpp"
#include "mainwindow.hpp"
#include "softmax/softmaxview.hpp"
#include "walk.hpp"
#include "wizard/flowchartview.hpp"
#include "wizard/wizardview.hpp"

#include <activa/snippets.hpp>

#include <QAction>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

using namespace activa;
using namespace activa::ui;
using activa::ui::test::child;

namespace {

using Path = activa::test::WizardPath;
using activa::test::walk;

// The nodes the wizard's chart of that name ("hiddenChart", "outputChart") highlights.
std::set<QString> highlighted(const WizardView& w, const char* chart) {
    std::set<QString> ids;
    for (QGraphicsItem* item : child<FlowchartView>(w, chart)->scene()->items())
        if (item->data(kItemKindRole).toInt() == static_cast<int>(FlowItemKind::Node) &&
            item->data(kHighlightRole).toBool())
            ids.insert(item->data(kNodeIdRole).toString());
    return ids;
}

std::set<QString> as_set(const std::vector<std::string_view>& ids) {
    std::set<QString> out;
    for (const auto id : ids)
        out.insert(QString::fromLatin1(id));
    return out;
}

QGraphicsItem* answer_label(const FlowchartView* chart, const QString& key) {
    for (QGraphicsItem* item : chart->scene()->items())
        if (item->data(kItemKindRole).toInt() == static_cast<int>(FlowItemKind::EdgeLabel) &&
            item->data(kAnswerRole).toString() == key)
            return item;
    return nullptr;
}

} // namespace

class WizardPaths : public testing::TestWithParam<Path> {};

TEST_P(WizardPaths, RecipeIsTheOneOfRecommend) {
    const Path p = GetParam();
    WizardView w;
    walk(w, p);
    ASSERT_EQ(w.step(), WizardView::RecipeStep);
    const bool not_sure = std::string_view(p.network) == "not_sure";
    const NetworkType network = not_sure ? NetworkType::Mlp : *parse_network(p.network);
    const ProblemType problem = *parse_problem(p.problem);
    const bool counted = problem == ProblemType::Multiclass || problem == ProblemType::Multilabel;
    const auto expected =
        recommend(network, problem, counted ? std::optional(p.classes) : std::nullopt);
    ASSERT_TRUE(expected);
    const auto lines = activa::recipe_lines(*expected);
    const auto r = w.recipe();
    ASSERT_TRUE(r);
    // A row with the setting and its choice, then a row with the reason.
    const auto* table = child<QTableWidget>(w, "recipeTable");
    ASSERT_EQ(table->rowCount(), 2 * static_cast<int>(lines.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int row = 2 * static_cast<int>(i);
        EXPECT_EQ(table->item(row, 1)->data(Qt::UserRole).toString(),
                  QString::fromStdString(lines[i].value));
        EXPECT_FALSE(table->item(row + 1, 0)->text().isEmpty());
        EXPECT_EQ(table->columnSpan(row + 1, 0), 2);
    }
    EXPECT_EQ(w.kerasCode().toStdString(), keras_snippet(*expected));
    EXPECT_EQ(w.pytorchCode().toStdString(), pytorch_snippet(*expected));
    // The diagrams highlight exactly the path of the answers; "not sure" names no network.
    EXPECT_EQ(highlighted(w, "hiddenChart"),
              not_sure ? std::set<QString>{} : as_set(hidden_path(network)));
    EXPECT_EQ(highlighted(w, "outputChart"), as_set(output_path(problem)));
}

INSTANTIATE_TEST_SUITE_P(EveryAnswer, WizardPaths,
                         testing::Values(Path{"mlp", "regression", 0}, Path{"mlp", "binary", 2},
                                         Path{"mlp", "multiclass", 5}, Path{"mlp", "multilabel", 4},
                                         Path{"cnn", "regression", 0}, Path{"cnn", "binary", 2},
                                         Path{"cnn", "multiclass", 10},
                                         Path{"cnn", "multilabel", 2}, Path{"rnn", "regression", 0},
                                         Path{"rnn", "binary", 2}, Path{"rnn", "multiclass", 3},
                                         Path{"rnn", "multilabel", 7},
                                         Path{"not_sure", "multiclass", 4},
                                         Path{"not_sure", "regression", 0}),
                         [](const testing::TestParamInfo<Path>& info) {
                             std::string name(info.param.network);
                             name.append(1, '_').append(info.param.problem);
                             if (info.param.classes > 0)
                                 name.append(1, '_').append(std::to_string(info.param.classes));
                             return name;
                         });

TEST(Wizard, NextNeedsAnAnswer) {
    WizardView w;
    const auto* next = child<QPushButton>(w, "nextButton");
    EXPECT_FALSE(next->isEnabled());
    w.next();
    EXPECT_EQ(w.step(), WizardView::NetworkStep);
    w.answer(QStringLiteral("cnn"));
    EXPECT_TRUE(next->isEnabled());
}

TEST(Wizard, ImpossibleClassCountsAreRefusedWithAMessage) {
    WizardView w;
    walk(w, {"mlp", "multiclass", 2});
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    EXPECT_FALSE(w.classesProblem().isEmpty());
    EXPECT_FALSE(child<QPushButton>(w, "nextButton")->isEnabled());
    auto* classes = child<NumberBox>(w, "classesBox");
    classes->setValue(1);
    EXPECT_FALSE(w.classesProblem().isEmpty());
    w.next();
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    classes->setValue(3);
    EXPECT_TRUE(w.classesProblem().isEmpty());
    w.next();
    EXPECT_EQ(w.step(), WizardView::RecipeStep);

    WizardView labels;
    walk(labels, {"mlp", "multilabel", 1});
    EXPECT_EQ(labels.step(), WizardView::ClassesStep);
    EXPECT_FALSE(labels.classesProblem().isEmpty());
}

TEST(Wizard, ATypedClassCountIsTakenExactlyOrNextWaits) {
    WizardView w;
    walk(w, {"mlp", "multiclass", 5});
    w.back();
    ASSERT_EQ(w.step(), WizardView::ClassesStep);
    auto* classes = child<NumberBox>(w, "classesBox");
    type_into(classes, QStringLiteral("99999999"));
    EXPECT_EQ(w.answers().classes, 5u); // not cut to 99999
    EXPECT_EQ(classes->problem(), QStringLiteral("The largest value here is %1.").arg(kMaxClasses));
    EXPECT_FALSE(child<QPushButton>(w, "nextButton")->isEnabled());
    w.next();
    EXPECT_EQ(w.step(), WizardView::ClassesStep);

    // An emptied field, with Next reached by its shortcut while the focus stays in the field.
    classes->selectAll();
    QTest::keyClick(classes, Qt::Key_Backspace);
    w.next();
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    EXPECT_EQ(classes->problem(), QStringLiteral("Type a number."));

    QTest::keyClicks(classes, QStringLiteral("12"));
    w.next();
    EXPECT_EQ(w.step(), WizardView::RecipeStep);
    EXPECT_EQ(w.answers().classes, 12u);
}

TEST(Wizard, BackAndForwardKeepTheAnswers) {
    WizardView w;
    walk(w, {"rnn", "multilabel", 6});
    ASSERT_EQ(w.step(), WizardView::RecipeStep);
    w.back();
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    EXPECT_EQ(child<NumberBox>(w, "classesBox")->value(), 6);
    w.back();
    w.back();
    w.back();
    EXPECT_EQ(w.step(), WizardView::NetworkStep);
    EXPECT_EQ(w.answers().network, NetworkType::Rnn);
    w.next();
    w.next();
    w.next();
    w.next();
    EXPECT_EQ(w.step(), WizardView::RecipeStep);
    EXPECT_EQ(w.recipe()->output_nodes, 6U);
}

TEST(Wizard, RestartClearsEverything) {
    WizardView w;
    walk(w, {"cnn", "binary", 2});
    w.restart();
    EXPECT_EQ(w.step(), WizardView::NetworkStep);
    EXPECT_EQ(w.answers(), WizardAnswers{});
    EXPECT_TRUE(highlighted(w, "hiddenChart").empty());
    EXPECT_TRUE(highlighted(w, "outputChart").empty());
}

TEST(Wizard, ClickingTheDiagramAnswersTheStep) {
    WizardView w;
    w.resize(1400, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto click = [&](const char* name, const QString& key) {
        FlowchartView* chart = child<FlowchartView>(w, name);
        QGraphicsItem* label = answer_label(chart, key);
        ASSERT_NE(label, nullptr) << key.toStdString();
        const QPoint at = chart->mapFromScene(label->sceneBoundingRect().center());
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
    };
    click("hiddenChart", QStringLiteral("cnn"));
    EXPECT_EQ(w.answers().network, NetworkType::Cnn);
    EXPECT_EQ(w.step(), WizardView::ProblemStep);
    click("outputChart", QStringLiteral("classification"));
    EXPECT_EQ(w.step(), WizardView::ClassificationStep);
    click("outputChart", QStringLiteral("multiclass"));
    EXPECT_EQ(w.answers().problem, ProblemType::Multiclass);
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    EXPECT_EQ(highlighted(w, "outputChart"), as_set(output_path(ProblemType::Multiclass)));
}

TEST(Wizard, ShowInExplorerAsksForTheRecommendedCurvesOrSoftmax) {
    qRegisterMetaType<CurvesState>("activa::ui::CurvesState");
    qRegisterMetaType<std::optional<SoftmaxState>>("std::optional<activa::ui::SoftmaxState>");
    WizardView w;
    CurvesState shown;
    std::optional<SoftmaxState> softmax;
    QObject::connect(&w, &WizardView::showInExplorer,
                     [&](const CurvesState& c, const std::optional<SoftmaxState>& s) {
                         shown = c;
                         softmax = s;
                     });
    walk(w, {"rnn", "binary", 2});
    child<QPushButton>(w, "showInExplorerButton")->click();
    ASSERT_EQ(shown.curves.size(), 2U); // tanh hidden, sigmoid gate and output
    EXPECT_EQ(shown.curves[0].id, ActivationId::Tanh);
    EXPECT_EQ(shown.curves[1].id, ActivationId::Sigmoid);
    EXPECT_TRUE(shown.show_derivative);
    EXPECT_FALSE(softmax);

    w.restart();
    walk(w, {"mlp", "multiclass", 7});
    child<QPushButton>(w, "showInExplorerButton")->click();
    ASSERT_TRUE(softmax);
    EXPECT_EQ(softmax->logits.size(), 7U);
    EXPECT_EQ(softmax->classes.size(), 7);
    EXPECT_EQ(shown.curves.front().id, ActivationId::Relu);
}

// Every step keeps its number and the count never changes under the user, whatever is
// answered: a step the answers make unnecessary is skipped, not taken out of the count (it
// read "1 of 5" on the first step and "4 of 4" on the recipe of a binary problem).
TEST(Wizard, StepCountNeverChangesUnderTheUser) {
    WizardView w;
    const auto label = [&w] {
        for (QLabel* l : w.findChildren<QLabel*>())
            if (l->text().startsWith(QStringLiteral("Step "))) return l->text().left(11);
        return QString();
    };
    // Each move ("next", "back" or an answer) and the label after it (none: not looked at).
    struct Move {
        const char* move;
        const char* label;
    };
    const auto make = [&](const Move& m) {
        SCOPED_TRACE(m.move);
        const QString move = QString::fromLatin1(m.move);
        if (move == QLatin1String("next"))
            w.next();
        else if (move == QLatin1String("back"))
            w.back();
        else
            w.answer(move);
        if (m.label) {
            EXPECT_EQ(label(), QString::fromLatin1(m.label));
        }
    };
    EXPECT_EQ(label(), QStringLiteral("Step 1 of 5"));
    for (const Move& m : {Move{"mlp", "Step 1 of 5"}, Move{"next", "Step 2 of 5"},
                          Move{"regression", "Step 2 of 5"}, Move{"classification", "Step 2 of 5"},
                          Move{"next", "Step 3 of 5"}, Move{"binary", "Step 3 of 5"}})
        make(m);
    w.next();
    ASSERT_EQ(w.step(), WizardView::RecipeStep);
    EXPECT_EQ(label(), QStringLiteral("Step 5 of 5"));
    for (const Move& m : {Move{"back", nullptr}, Move{"multiclass", "Step 3 of 5"},
                          Move{"next", "Step 4 of 5"}, Move{"next", "Step 5 of 5"}})
        make(m);
}

// Back and Next keep their places on every step, the last included: a pointer that keeps
// clicking Next never lands on Back.
TEST(Wizard, BackAndNextStayInPlaceOnEveryStep) {
    WizardView w;
    w.resize(1024, 640);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QPushButton* back = nullptr;
    for (QPushButton* b : w.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("Back"))) back = b;
    ASSERT_NE(back, nullptr);
    QPushButton* next = child<QPushButton>(w, "nextButton");
    const auto where = [&w](QPushButton* b) {
        QCoreApplication::processEvents();
        return QRect(b->mapTo(&w, QPoint(0, 0)), b->size());
    };
    const QRect back_at = where(back);
    const QRect next_at = where(next);
    EXPECT_LT(back_at.right(), next_at.left()); // Back left of Next
    const auto same_places = [&](const char* step) {
        EXPECT_TRUE(back->isVisible()) << step;
        EXPECT_TRUE(next->isVisible()) << step;
        EXPECT_EQ(where(back), back_at) << step;
        EXPECT_EQ(where(next), next_at) << step;
    };
    w.answer(QStringLiteral("mlp"));
    w.next();
    same_places("problem");
    w.answer(QStringLiteral("classification"));
    w.next();
    same_places("classification");
    w.answer(QStringLiteral("multiclass"));
    w.next();
    same_places("classes");
    w.next();
    ASSERT_EQ(w.step(), WizardView::RecipeStep);
    same_places("recipe");
    EXPECT_FALSE(next->isEnabled()); // there is nothing after the recipe
    // Clicking on where Next was does nothing on the last step.
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(w.step(), WizardView::RecipeStep);
}

TEST(Wizard, ExportFileIsNamedAfterTheRecipe) {
    WizardView w;
    EXPECT_EQ(w.fileStem(), QStringLiteral("recipe"));
    walk(w, {"mlp", "multiclass", 10});
    EXPECT_EQ(w.fileStem(), QStringLiteral("recipe-mlp-multiclass-10"));
    w.restart();
    walk(w, {"cnn", "regression", 0});
    EXPECT_EQ(w.fileStem(), QStringLiteral("recipe-cnn-regression"));
    w.restart();
    walk(w, {"rnn", "binary", 2});
    EXPECT_EQ(w.fileStem(), QStringLiteral("recipe-rnn-binary"));
}

// "Show in explorer" replaces the user's curves and logits; the status bar offers to bring them
// back, and Undo does.
TEST(Wizard, ShowInExplorerCanBeUndone) {
    MainWindow window;
    CurvesState mine;
    mine.curves = {{ActivationId::Elu, default_params(ActivationId::Elu)},
                   {ActivationId::Gelu, default_params(ActivationId::Gelu)}};
    window.view<activa::ui::CurvesView>()->setState(mine);
    const CurvesState before = window.view<activa::ui::CurvesView>()->state();
    SoftmaxState logits;
    logits.logits = {0.5, -1.0, 2.0, 4.0};
    logits.classes = {"cat", "dog", "bird", "fish"};
    window.view<activa::ui::SoftmaxView>()->setState(logits);
    const SoftmaxState softmax_before = window.view<activa::ui::SoftmaxView>()->state();

    WizardView& w = *window.view<activa::ui::WizardView>();
    w.restart();
    walk(w, {"mlp", "multiclass", 7});
    child<QPushButton>(w, "showInExplorerButton")->click();
    ASSERT_NE(window.view<activa::ui::CurvesView>()->state(), before);
    ASSERT_EQ(window.view<activa::ui::SoftmaxView>()->state().logits.size(), 7U);
    auto* undo = window.statusBar()->findChild<QToolButton*>(QStringLiteral("undoExplorer"));
    ASSERT_NE(undo, nullptr);
    EXPECT_FALSE(undo->isHidden());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Undo")));
    EXPECT_EQ(undo->shortcut().toString(), QKeySequence(QKeySequence::Undo).toString());
    undo->click();
    EXPECT_EQ(window.view<activa::ui::CurvesView>()->state(), before);
    EXPECT_EQ(window.view<activa::ui::SoftmaxView>()->state(), softmax_before);
    EXPECT_TRUE(undo->isHidden());

    // A second time, from the recipe of a binary problem: only the curves change back.
    w.restart();
    walk(w, {"rnn", "binary", 2});
    child<QPushButton>(w, "showInExplorerButton")->click();
    EXPECT_NE(window.view<activa::ui::CurvesView>()->state(), before);
    EXPECT_FALSE(undo->isHidden());
    undo->click();
    EXPECT_EQ(window.view<activa::ui::CurvesView>()->state(), before);
}

// With a dark palette the step count and the refusal stay readable: their colours come from
// the palette, not from a light theme.
TEST(Wizard, LabelsStayReadableWithADarkPalette) {
    WizardView w;
    w.setPalette(dark_desktop_palette());
    walk(w, {"mlp", "multiclass", 2}); // refused: two exclusive classes are binary
    int checked = 0;
    for (QLabel* label : w.findChildren<QLabel*>()) {
        if (label->text().isEmpty() || label->isHidden()) continue;
        const QPalette p = label->palette();
        EXPECT_GE(contrast_ratio(p.color(QPalette::WindowText), p.color(QPalette::Window)), 4.5)
            << label->text().toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 3);
}

TEST(Wizard, UndoOfShowInExplorerFollowsTheLanguage) {
    MainWindow window;
    WizardView& w = *window.view<activa::ui::WizardView>();
    w.restart();
    walk(w, {"cnn", "regression", 0});
    child<QPushButton>(w, "showInExplorerButton")->click();
    auto* undo = window.statusBar()->findChild<QToolButton*>(QStringLiteral("undoExplorer"));
    ASSERT_NE(undo, nullptr);
    window.setLanguage(QStringLiteral("es"));
    const QString spanish = undo->text();
    window.setLanguage(QStringLiteral("en"));
    EXPECT_TRUE(spanish.startsWith(QStringLiteral("Deshacer"))) << spanish.toStdString();
    EXPECT_TRUE(undo->text().startsWith(QStringLiteral("Undo")));
    EXPECT_EQ(undo->shortcut().toString(), QKeySequence(QKeySequence::Undo).toString());
}

// The View menu's presentation mode and dark reach the wizard's diagrams as they reach the
// plots, and leave them as they were when turned off again.
TEST(Wizard, DiagramsFollowTheViewMenusPresentationModeAndDark) {
    MainWindow window;
    auto* presentation = window.findChild<QAction*>(QStringLiteral("presentationAction"));
    auto* dark = window.findChild<QAction*>(QStringLiteral("darkAction"));
    ASSERT_NE(presentation, nullptr);
    ASSERT_NE(dark, nullptr);
    ASSERT_FALSE(presentation->isChecked());
    ASSERT_FALSE(dark->isChecked());
    FlowchartView* chart = child<FlowchartView>(*window.view<WizardView>(), "hiddenChart");
    const auto root_font = [chart] {
        for (QGraphicsItem* item : chart->scene()->items())
            if (item->data(kItemKindRole).toInt() == static_cast<int>(FlowItemKind::NodeText) &&
                item->data(kNodeIdRole).toString() == QStringLiteral("network"))
                return static_cast<FlowchartTextItem*>(item)->font().pixelSize();
        return 0;
    };
    EXPECT_EQ(root_font(), 15);
    EXPECT_EQ(chart->backgroundBrush().color(), QColor(Qt::white));

    presentation->trigger();
    dark->trigger();
    EXPECT_EQ(root_font(), 24);
    EXPECT_LT(chart->backgroundBrush().color().lightnessF(), 0.2);

    presentation->trigger();
    dark->trigger();
    EXPECT_EQ(root_font(), 15);
    EXPECT_EQ(chart->backgroundBrush().color(), QColor(Qt::white));
}
