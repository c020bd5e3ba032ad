// SPDX-License-Identifier: MIT
// The editor of typed functions as a user types into it: the curve and its derivative drawn
// while typing, a mistake marked where it is in the UI language, the last good formula kept.
#include "../children.hpp"
#include "../language.hpp"
#include "common/palette.hpp"
#include "functions/functioneditor.hpp"
#include "functions/functionsdialog.hpp"
#include "mainwindow.hpp"

#include <activa/functions.hpp>
#include <qcustomplot.h>

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <cmath>
#include <exception>

using activa::ui::test::child;
using activa::ui::test::EnglishAfterwards;

namespace {

using activa::ui::FunctionEditor;

// Types into the editor's field of that name as a user does: selects what is there, erases it
// and types the text.
void type(const FunctionEditor& editor, const char* name, const QString& text) {
    QLineEdit* field = child<QLineEdit>(editor, name);
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

// The mistake the editor shows, "" when there is none.
QString shown_problem(const FunctionEditor& editor) {
    return child<QLabel>(editor, "problemLabel")->text();
}

// The plotted value of the preview's graph g at x, by the nearest point.
double drawn_at(const FunctionEditor& editor, int g, double x) {
    const auto data = child<QCustomPlot>(editor, "functionPreview")->graph(g)->data();
    const auto it = data->findBegin(x, false); // the first point at or after x
    return it->value;
}

TEST(FunctionEditor, TypingDrawsTheCurveItsDerivativeAndItsFormula) {
    FunctionEditor editor;
    type(editor, "nameField", QStringLiteral("pswish"));
    editor.addParameter(QStringLiteral("beta"), 1.0, 0.1, 5.0);
    type(editor, "formulaField", QStringLiteral("x*sigmoid(beta*x)"));
    ASSERT_TRUE(editor.definition().has_value());
    EXPECT_TRUE(child<QPushButton>(editor, "okButton")->isEnabled());
    EXPECT_EQ(editor.definition()->text, "pswish(x, beta=1) = x*sigmoid(beta*x)");
    // x σ(x) at 2 and its slope σ(x)(1 + x σ(−x)) at 2.
    const double s = 1.0 / (1.0 + std::exp(-2.0));
    EXPECT_NEAR(drawn_at(editor, 0, 2.0), 2.0 * s, 1e-12);
    EXPECT_NEAR(drawn_at(editor, 1, 2.0), s * (1.0 + 2.0 * (1.0 - s)), 1e-12);
    EXPECT_TRUE(
        child<QLabel>(editor, "derivativeLabel")->text().startsWith(QStringLiteral("f′(x) = ")));
    EXPECT_TRUE(shown_problem(editor).isEmpty());
}

// "tahn" is marked at its column with the nearest known name; the last good formula stays
// drawn and OK waits.
TEST(FunctionEditor, AMistakeIsMarkedWhereItIsAndTheLastGoodCurveStays) {
    FunctionEditor editor;
    type(editor, "nameField", QStringLiteral("mine"));
    type(editor, "formulaField", QStringLiteral("x*tanh(x)"));
    const double good = drawn_at(editor, 0, 1.0);
    child<QLineEdit>(editor, "formulaField")->setText(QStringLiteral("x*tahn(x)")); // pasted over
    ASSERT_EQ(good, std::tanh(1.0));
    EXPECT_FALSE(editor.definition().has_value());
    EXPECT_FALSE(child<QPushButton>(editor, "okButton")->isEnabled());
    const QString problem = shown_problem(editor);
    EXPECT_TRUE(problem.contains(QStringLiteral("Unknown function “tahn”: did you mean “tanh”?")))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("Column 3"))) << problem.toStdString();
    // The caret stands under the t of tahn: two spaces, then ^ and a ~ for each further letter.
    EXPECT_TRUE(problem.contains(QStringLiteral("  ^~~~"))) << problem.toStdString();
    EXPECT_EQ(drawn_at(editor, 0, 1.0), good);
    type(editor, "formulaField", QStringLiteral("x*tanh(x)"));
    EXPECT_TRUE(editor.definition().has_value());
}

TEST(FunctionEditor, TheReasonIsInSpanish) {
    EnglishAfterwards restore;
    activa::ui::MainWindow::installLanguage(QStringLiteral("es"));
    FunctionEditor editor;
    type(editor, "nameField", QStringLiteral("mia"));
    type(editor, "formulaField", QStringLiteral("x*tahn(x)"));
    const QString problem = shown_problem(editor);
    EXPECT_TRUE(problem.contains(QStringLiteral("¿quisiste decir «tanh»?")))
        << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("Columna 3"))) << problem.toStdString();
}

// Nothing is defined, and the problem shown says why.
void expect_refused(const FunctionEditor& editor, const QString& reason) {
    EXPECT_FALSE(editor.definition().has_value());
    ASSERT_TRUE(shown_problem(editor).contains(reason)) << shown_problem(editor).toStdString();
}

// An undeclared name is one click from being a parameter.
TEST(FunctionEditor, AnUnknownNameCanBeDeclaredAsAParameter) {
    FunctionEditor editor;
    type(editor, "nameField", QStringLiteral("snake_here"));
    type(editor, "formulaField", QStringLiteral("x + sin(b*x)^2/b"));
    ASSERT_NO_FATAL_FAILURE(expect_refused(editor, QStringLiteral("param:b")));
    emit child<QLabel>(editor, "problemLabel")->linkActivated(QStringLiteral("param:b"));
    ASSERT_EQ(editor.parameterRows().size(), 1u);
    EXPECT_EQ(editor.parameterRows()[0].name->text(), QStringLiteral("b"));
    ASSERT_TRUE(editor.definition().has_value());
    EXPECT_EQ(editor.definition()->text, "snake_here(x, b=1) = x + sin(b*x)^2/b");
}

TEST(FunctionEditor, ANameOrARangeThatCannotBeIsRefusedWithItsReason) {
    FunctionEditor editor;
    type(editor, "formulaField", QStringLiteral("x"));
    type(editor, "nameField", QStringLiteral("relu"));
    expect_refused(editor, QStringLiteral("“relu” is taken"));
    // A whole signature typed into the name's field: the parameters have their own rows.
    type(editor, "nameField", QStringLiteral("snake(x, b=1)"));
    expect_refused(editor, QStringLiteral("“snake(x, b=1)” is not a name"));
    type(editor, "nameField", QStringLiteral("ranged"));
    editor.addParameter(QStringLiteral("a"), 5.0, 0.0, 1.0);
    type(editor, "formulaField", QStringLiteral("a*x"));
    expect_refused(editor, QStringLiteral("range of parameter “a”"));
}

// Editing a function fills the fields from its definition; what is defined from them is the
// same function.
TEST(FunctionEditor, EditingStartsFromTheDefinition) {
    const activa::TypedDefinition start{"editable(x, k=2) = k*tanh(x/k)",
                                        {{"k", 2.0, 0.5, 4.0}},
                                        {activa::WeightInit::He, activa::InputScaling::ZeroOne}};
    FunctionEditor editor;
    editor.setDefinition(start);
    EXPECT_EQ(child<QLineEdit>(editor, "nameField")->text(), QStringLiteral("editable"));
    EXPECT_EQ(child<QLineEdit>(editor, "formulaField")->text(), QStringLiteral("k*tanh(x/k)"));
    ASSERT_TRUE(editor.definition().has_value());
    EXPECT_EQ(*editor.definition(), start);
}

// Functions → New function…: what the editor defines joins every list of functions.
TEST(FunctionEditor, ANewFunctionJoinsTheListsOfFunctions) {
    QSignalSpy changed(&activa::ui::FunctionsChanged::instance(),
                       &activa::ui::FunctionsChanged::changed);
    QTimer::singleShot(0, [] {
        auto* editor = qobject_cast<FunctionEditor*>(QApplication::activeModalWidget());
        ASSERT_NE(editor, nullptr);
        // A missing field fails the test; its exception must not cross the dialog's event loop.
        try {
            type(*editor, "nameField", QStringLiteral("from_the_menu"));
            type(*editor, "formulaField", QStringLiteral("x/(1 + abs(x))"));
            QTest::mouseClick(child<QPushButton>(*editor, "okButton"), Qt::LeftButton);
        } catch (const std::exception&) {
            editor->reject();
        }
    });
    const auto id = activa::ui::define_new_function(nullptr);
    ASSERT_TRUE(id.has_value());
    EXPECT_GE(changed.count(), 1);
    const auto listed = activa::ui::listed_functions();
    EXPECT_NE(std::find(listed.begin(), listed.end(), *id), listed.end());
    EXPECT_EQ(activa::info(*id).key, "from_the_menu");
}

TEST(FunctionEditor, TheWindowHasAFunctionsMenu) {
    activa::ui::MainWindow window;
    const QAction* add = window.findChild<QAction*>(QStringLiteral("newFunctionAction"));
    ASSERT_NE(add, nullptr);
    EXPECT_EQ(add->text(), QStringLiteral("&New function…"));
    EXPECT_NE(window.findChild<QAction*>(QStringLiteral("yourFunctionsAction")), nullptr);
}

} // namespace
