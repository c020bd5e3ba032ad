// SPDX-License-Identifier: MIT
// The wizard's last step: the recipe's table, its code, and the languages they are read in.
#include "../children.hpp"
#include "../language.hpp"
#include "common/coretext.hpp"
#include "common/numberbox.hpp"
#include "mainwindow.hpp"
#include "walk.hpp"
#include "wizard/wizardview.hpp"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace activa;
using namespace activa::ui;

using activa::ui::test::child;
using activa::ui::test::EnglishAfterwards;

namespace {

using Path = activa::test::WizardPath;
using activa::test::walk;

// The wizard of the window at that size, shown and walked to the recipe of the path.
WizardView& recipe_in_window(MainWindow& window, QSize size, const Path& path) {
    window.resize(size);
    child<QTabWidget>(window, "viewTabs")->setCurrentWidget(window.view<activa::ui::WizardView>());
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    WizardView& w = *window.view<activa::ui::WizardView>();
    w.restart();
    walk(w, path);
    QCoreApplication::processEvents();
    return w;
}

} // namespace

// Each choice names what it is in words, with the id the code uses beside it, so a Spanish
// table reads "Sigmoide (sigmoid)" rather than a bare id.
TEST(Recipe, RecipeChoicesGiveTheNameAndTheId) {
    WizardView w;
    walk(w, {"rnn", "multilabel", 4});
    ASSERT_EQ(w.step(), WizardView::RecipeStep);
    const auto lines = activa::recipe_lines(*w.recipe());
    const QStringList choices = activa::test::recipe_choices(w);
    ASSERT_EQ(choices.size(), static_cast<qsizetype>(lines.size()));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const QString text = choices[static_cast<qsizetype>(i)];
        const QString id = QString::fromStdString(lines[i].value);
        if (lines[i].key == "output_nodes") {
            EXPECT_EQ(text, QStringLiteral("4"));
            continue;
        }
        if (lines[i].key == "input_scaling") {
            EXPECT_NE(text, id); // "[-1, 1]" is no id; it is said in words
            continue;
        }
        EXPECT_TRUE(text.contains(id)) << text.toStdString();
        EXPECT_GT(text.size(), id.size() + 3) << text.toStdString();
    }
    EXPECT_EQ(choices[0], QStringLiteral("%1 (tanh)").arg(function_name(ActivationId::Tanh)));
    EXPECT_EQ(choices[1], QStringLiteral("Sigmoid (sigmoid)"));
}

// At 1024x700 a recipe of the usual length reads whole: the table's rows at their height, every
// column within the width, and the code without a scroll bar.
TEST(Recipe, TableAndCodeReadWholeAt1024) {
    MainWindow window;
    WizardView& w = recipe_in_window(window, QSize(1024, 700), {"mlp", "multiclass", 10});
    ASSERT_EQ(w.step(), WizardView::RecipeStep);
    auto* table = child<QTableWidget>(w, "recipeTable");
    int rows = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        rows += table->rowHeight(r);
    EXPECT_GE(table->viewport()->height(), rows);
    EXPECT_FALSE(table->verticalScrollBar()->isVisible());
    // Every column fits in the table's width, and no reason is squeezed so narrow that it runs
    // to many lines.
    EXPECT_LE(table->horizontalHeader()->length(), table->viewport()->width());
    const int line = table->fontMetrics().lineSpacing();
    for (int r = 0; r < table->rowCount(); ++r)
        EXPECT_LE(table->rowHeight(r), 5 * line) << "row " << r;
    auto* scroll = w.findChild<QScrollArea*>(QStringLiteral("recipeScrollArea"));
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    // The visible code is whole, without a scroll bar of its own.
    for (QPlainTextEdit* code : w.findChildren<QPlainTextEdit*>()) {
        if (!code->isVisible()) continue;
        const int lines = code->document()->blockCount();
        EXPECT_GE(code->viewport()->height(), lines * code->fontMetrics().lineSpacing());
        EXPECT_FALSE(code->verticalScrollBar()->isVisible());
    }
    // The next recipe is shown from its top, wherever the last one was left.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    w.back();
    w.next();
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0);
}

// In the default window (1480 × 900) the recipe and its code both show whole.
TEST(Recipe, TableAndCodeBothShowInTheDefaultWindow) {
    MainWindow window;
    WizardView& w = recipe_in_window(window, QSize(1480, 900), {"cnn", "multiclass", 10});
    auto* scroll = w.findChild<QScrollArea*>(QStringLiteral("recipeScrollArea"));
    ASSERT_NE(scroll, nullptr);
    EXPECT_FALSE(scroll->verticalScrollBar()->isVisible());
    for (QPlainTextEdit* code : w.findChildren<QPlainTextEdit*>()) {
        if (!code->isVisible()) continue;
        EXPECT_GE(code->viewport()->height(),
                  code->document()->blockCount() * code->fontMetrics().lineSpacing());
    }
}

// In a 1024 × 700 window the code of a long recipe comes first: under the recipe's table it
// showed a line and a half, the rest below the page's fold. Now the table scrolls in what is
// left and the code shows 20 lines, or all there are, whichever tab is chosen.
TEST(Recipe, CodeComesFirstInASmallWindow) {
    MainWindow window;
    WizardView& w = recipe_in_window(window, QSize(1024, 700), {"rnn", "multiclass", 3});
    ASSERT_EQ(w.step(), WizardView::RecipeStep);
    const auto codes = w.findChildren<QPlainTextEdit*>();
    ASSERT_EQ(codes.size(), 2);
    for (QPlainTextEdit* code : codes) {
        auto* tabs = qobject_cast<QTabWidget*>(code->parentWidget()->parentWidget());
        ASSERT_NE(tabs, nullptr);
        QTabBar* bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(code)).center());
        QCoreApplication::processEvents();
        ASSERT_TRUE(code->isVisible());
        // Nothing of it is hidden below the fold, and it shows 20 lines or all there are.
        QWidget* text = code->viewport();
        EXPECT_EQ(text->visibleRegion().boundingRect(), text->rect());
        const int lines = code->document()->blockCount();
        const int shown = code->viewport()->height() / code->fontMetrics().lineSpacing();
        EXPECT_GE(shown, std::min(lines, 20)) << lines << " lines";
    }
}

// The code's comments read in the language of the window; the code itself stays as it runs.
TEST(Recipe, CodeCommentsFollowTheLanguage) {
    EnglishAfterwards restore;
    MainWindow::installLanguage(QStringLiteral("es"));
    WizardView w;
    walk(w, {"rnn", "multiclass", 3});
    ASSERT_EQ(w.step(), WizardView::RecipeStep);
    const QString keras = w.kerasCode();
    const QString pytorch = w.pytorchCode();
    EXPECT_TRUE(keras.startsWith(QStringLiteral(
        "# Receta de Activa: red recurrente (RNN) con celdas LSTM para clasificación multiclase "
        "con 3 clases.\n")))
        << keras.toStdString();
    EXPECT_TRUE(keras.contains(QStringLiteral("# escala las entradas a [-1, 1]\n")));
    EXPECT_TRUE(pytorch.contains(QStringLiteral("# el último paso de tiempo\n")));
    for (const QString& code : {keras, pytorch}) {
        EXPECT_FALSE(code.contains(QStringLiteral("# inputs"))) << code.toStdString();
        EXPECT_FALSE(code.contains(QStringLiteral("# targets"))) << code.toStdString();
    }
    // The code is the same code.
    EXPECT_TRUE(keras.contains(QStringLiteral("recurrent_activation=\"sigmoid\"")));
    EXPECT_TRUE(pytorch.contains(QStringLiteral("loss_fn = nn.CrossEntropyLoss()")));
    MainWindow::installLanguage(QStringLiteral("en"));
    EXPECT_TRUE(w.kerasCode().startsWith(QStringLiteral("# Activa recipe: ")));
}
