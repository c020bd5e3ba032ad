// SPDX-License-Identifier: MIT
#include "typing.hpp"
#include "wizard/flowchartview.hpp"
#include "wizard/wizardview.hpp"

#include <activa/snippets.hpp>

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <set>

using namespace activa;
using namespace activa::ui;

namespace {

struct Path {
    const char* network; // or "not_sure"
    const char* problem;
    unsigned classes;
};

// Walks the wizard as a user does: one answer, then Next.
void walk(WizardView& w, const Path& p) {
    w.answer(QString::fromLatin1(p.network));
    w.next();
    const bool regression = std::string_view(p.problem) == "regression";
    w.answer(regression ? QStringLiteral("regression") : QStringLiteral("classification"));
    w.next();
    if (regression) return;
    w.answer(QString::fromLatin1(p.problem));
    w.next();
    if (std::string_view(p.problem) == "binary") return;
    w.classesSpinBox()->setValue(static_cast<int>(p.classes));
    w.next();
}

std::set<QString> highlighted(const FlowchartView* chart) {
    std::set<QString> ids;
    for (QGraphicsItem* item : chart->scene()->items())
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
    ASSERT_EQ(w.recipeTable()->rowCount(), static_cast<int>(lines.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_EQ(w.recipeTable()->item(static_cast<int>(i), 1)->text().toStdString(),
                  lines[i].value);
        EXPECT_FALSE(w.recipeTable()->item(static_cast<int>(i), 2)->text().isEmpty());
    }
    EXPECT_EQ(w.kerasCode().toStdString(), keras_snippet(*expected));
    EXPECT_EQ(w.pytorchCode().toStdString(), pytorch_snippet(*expected));
    // The diagrams highlight exactly the path of the answers.
    EXPECT_EQ(highlighted(w.hiddenChart()), as_set(hidden_path(network)));
    EXPECT_EQ(highlighted(w.outputChart()), as_set(output_path(problem)));
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
    EXPECT_FALSE(w.nextButton()->isEnabled());
    w.next();
    EXPECT_EQ(w.step(), WizardView::NetworkStep);
    w.answer(QStringLiteral("cnn"));
    EXPECT_TRUE(w.nextButton()->isEnabled());
}

TEST(Wizard, ImpossibleClassCountsAreRefusedWithAMessage) {
    WizardView w;
    walk(w, {"mlp", "multiclass", 2});
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    EXPECT_FALSE(w.classesProblem().isEmpty());
    EXPECT_FALSE(w.nextButton()->isEnabled());
    w.classesSpinBox()->setValue(1);
    EXPECT_FALSE(w.classesProblem().isEmpty());
    w.next();
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    w.classesSpinBox()->setValue(3);
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
    type_into(w.classesSpinBox(), QStringLiteral("99999999"));
    EXPECT_EQ(w.answers().classes, 5u); // not cut to 99999
    EXPECT_EQ(w.classesSpinBox()->problem(),
              QStringLiteral("The largest value here is %1.").arg(kMaxClasses));
    EXPECT_FALSE(w.nextButton()->isEnabled());
    w.next();
    EXPECT_EQ(w.step(), WizardView::ClassesStep);

    // An emptied field, with Next reached by its shortcut while the focus stays in the field.
    w.classesSpinBox()->selectAll();
    QTest::keyClick(w.classesSpinBox(), Qt::Key_Backspace);
    w.next();
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    EXPECT_EQ(w.classesSpinBox()->problem(), QStringLiteral("Type a number."));

    QTest::keyClicks(w.classesSpinBox(), QStringLiteral("12"));
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
    EXPECT_EQ(w.classesSpinBox()->value(), 6);
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
    EXPECT_TRUE(highlighted(w.hiddenChart()).empty());
    EXPECT_TRUE(highlighted(w.outputChart()).empty());
}

TEST(Wizard, ClickingTheDiagramAnswersTheStep) {
    WizardView w;
    w.resize(1400, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto click = [&](FlowchartView* chart, const QString& key) {
        QGraphicsItem* label = answer_label(chart, key);
        ASSERT_NE(label, nullptr) << key.toStdString();
        const QPoint at = chart->mapFromScene(label->sceneBoundingRect().center());
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
    };
    click(w.hiddenChart(), QStringLiteral("cnn"));
    EXPECT_EQ(w.answers().network, NetworkType::Cnn);
    EXPECT_EQ(w.step(), WizardView::ProblemStep);
    click(w.outputChart(), QStringLiteral("classification"));
    EXPECT_EQ(w.step(), WizardView::ClassificationStep);
    click(w.outputChart(), QStringLiteral("multiclass"));
    EXPECT_EQ(w.answers().problem, ProblemType::Multiclass);
    EXPECT_EQ(w.step(), WizardView::ClassesStep);
    EXPECT_EQ(highlighted(w.outputChart()), as_set(output_path(ProblemType::Multiclass)));
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
    for (QPushButton* b : w.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("explorer"))) b->click();
    ASSERT_EQ(shown.curves.size(), 2U); // tanh hidden, sigmoid gate and output
    EXPECT_EQ(shown.curves[0].id, ActivationId::Tanh);
    EXPECT_EQ(shown.curves[1].id, ActivationId::Sigmoid);
    EXPECT_TRUE(shown.show_derivative);
    EXPECT_FALSE(softmax);

    w.restart();
    walk(w, {"mlp", "multiclass", 7});
    for (QPushButton* b : w.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("explorer"))) b->click();
    ASSERT_TRUE(softmax);
    EXPECT_EQ(softmax->logits.size(), 7U);
    EXPECT_EQ(softmax->classes.size(), 7);
    EXPECT_EQ(shown.curves.front().id, ActivationId::Relu);
}

// The step count follows the answers: a regression has three steps, binary four, others five.
TEST(Wizard, StepCountFollowsTheAnswers) {
    WizardView w;
    const auto label = [&w] {
        for (QLabel* l : w.findChildren<QLabel*>())
            if (l->text().startsWith(QStringLiteral("Step "))) return l->text();
        return QString();
    };
    EXPECT_TRUE(label().startsWith(QStringLiteral("Step 1 of 5"))) << label().toStdString();
    w.answer(QStringLiteral("mlp"));
    w.next();
    w.answer(QStringLiteral("regression"));
    EXPECT_TRUE(label().startsWith(QStringLiteral("Step 2 of 3"))) << label().toStdString();
    w.answer(QStringLiteral("binary"));
    w.next();
    EXPECT_TRUE(label().startsWith(QStringLiteral("Step 3 of 4"))) << label().toStdString();
    w.answer(QStringLiteral("multiclass"));
    w.next();
    EXPECT_TRUE(label().startsWith(QStringLiteral("Step 4 of 5"))) << label().toStdString();
}
