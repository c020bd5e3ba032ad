// SPDX-License-Identifier: MIT
// The names of a recipe's choices: one each, in English and in Spanish, and the same in the
// wizard's recipe, the training lab's combos and the function editor.
#include "../language.hpp"
#include "../wizard/walk.hpp"
#include "common/recipenames.hpp"
#include "functions/functioneditor.hpp"
#include "training/trainingview.hpp"
#include "wizard/wizardview.hpp"

#include <QComboBox>
#include <QStringList>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;
using activa::ui::test::EnglishAfterwards;

namespace {

struct Named {
    QString name;
    const char* english;
    const char* spanish;
};

std::vector<Named> every_name() {
    return {
        {output_name(OutputActivation::Linear), "Linear", "Lineal"},
        {output_name(OutputActivation::Sigmoid), "Sigmoid", "Sigmoide"},
        {output_name(OutputActivation::Softmax), "Softmax", "Softmax"},
        {loss_name(Loss::MeanSquaredError), "Mean squared error", "Error cuadrático medio"},
        {loss_name(Loss::BinaryCrossentropy), "Binary cross-entropy", "Entropía cruzada binaria"},
        {loss_name(Loss::CategoricalCrossentropy), "Categorical cross-entropy",
         "Entropía cruzada categórica"},
        {input_scaling_name(InputScaling::ZeroOne), "Scaled to [0, 1]", "Escaladas a [0, 1]"},
        {input_scaling_name(InputScaling::MinusOneOne), "Scaled to [−1, 1]", "Escaladas a [−1, 1]"},
        {input_scaling_name(InputScaling::Standardised), "Standardised (mean 0, variance 1)",
         "Estandarizadas (media 0, varianza 1)"},
    };
}

// Every item of every combo box under `widget`.
QStringList combo_items(const QWidget& widget) {
    QStringList items;
    for (const QComboBox* box : widget.findChildren<QComboBox*>())
        for (int i = 0; i < box->count(); ++i)
            items << box->itemText(i);
    return items;
}

} // namespace

TEST(RecipeNames, EachChoiceIsNamedInEnglishAndInSpanish) {
    const EnglishAfterwards english;
    for (const Named& n : every_name())
        EXPECT_EQ(n.name, QString::fromUtf8(n.english));
    ASSERT_TRUE(MainWindow::installLanguage(QStringLiteral("es")));
    for (const Named& n : every_name())
        EXPECT_EQ(n.name, QString::fromUtf8(n.spanish)) << n.english;
}

// The recipe of a binary MLP (ReLU, inputs scaled to [0, 1], a sigmoid and binary
// cross-entropy) names its choices as the training lab and the function editor offer them.
TEST(RecipeNames, TheWizardTheTrainingLabAndTheEditorNameThemAlike) {
    const EnglishAfterwards english;
    ASSERT_TRUE(MainWindow::installLanguage(QStringLiteral("es")));
    WizardView wizard;
    activa::test::walk(wizard, {"mlp", "binary", 2});
    ASSERT_EQ(wizard.step(), WizardView::RecipeStep);
    const QStringList recipe = activa::test::recipe_choices(wizard);
    EXPECT_TRUE(recipe.contains(QStringLiteral("Escaladas a [0, 1]")))
        << recipe.join(u'|').toStdString();
    EXPECT_TRUE(recipe.contains(QStringLiteral("Sigmoide (sigmoid)")))
        << recipe.join(u'|').toStdString();
    EXPECT_TRUE(recipe.contains(QStringLiteral("Entropía cruzada binaria (binary_crossentropy)")))
        << recipe.join(u'|').toStdString();

    const TrainingView lab;
    const QStringList offered = combo_items(lab);
    EXPECT_TRUE(offered.contains(QStringLiteral("Sigmoide")));
    EXPECT_TRUE(offered.contains(QStringLiteral("Entropía cruzada binaria")));

    const FunctionEditor editor;
    EXPECT_TRUE(combo_items(editor).contains(QStringLiteral("Escaladas a [0, 1]")));
}
