// SPDX-License-Identifier: MIT
// The window's one way to name the values of an enum: a table with a row each.
#include "../language.hpp"
#include "../wizard/walk.hpp"
#include "common/enumnames.hpp"
#include "curves/curvesmodel.hpp"
#include "curves/functionlist.hpp"
#include "curves/propertytexts.hpp"
#include "training/trainingplot.hpp"
#include "wizard/wizardview.hpp"

#include <QTreeWidget>

#include <gtest/gtest.h>

using activa::ui::EnumNames;

namespace {

enum class Shade { Light, Dark, Unnamed };

constexpr EnumNames<Shade, 2> kShades{"activa::ui::EnumNamesTest",
                                      {{{Shade::Light, "Light"}, {Shade::Dark, "Dark"}}}};

// Marked in a context the Spanish file translates.
constexpr EnumNames<Shade, 1> kTranslated{"activa::ui::RecipeNames", {{{Shade::Light, "Linear"}}}};

} // namespace

TEST(EnumNames, EachValueHasTheNameOfItsRow) {
    EXPECT_EQ(kShades.name(Shade::Light), QStringLiteral("Light"));
    EXPECT_EQ(kShades.name(Shade::Dark), QStringLiteral("Dark"));
}

TEST(EnumNames, AValueWithoutARowHasNoName) {
    EXPECT_TRUE(kShades.name(Shade::Unnamed).isEmpty());
}

TEST(EnumNames, ANameIsTranslatedInTheTablesContext) {
    const activa::ui::test::EnglishAfterwards english;
    EXPECT_EQ(kTranslated.name(Shade::Light), QStringLiteral("Linear"));
    ASSERT_TRUE(activa::ui::MainWindow::installLanguage(QStringLiteral("es")));
    EXPECT_EQ(kTranslated.name(Shade::Light), QStringLiteral("Lineal"));
    EXPECT_EQ(kShades.name(Shade::Dark), QStringLiteral("Dark")); // a context without Spanish
}

// Each table of the window says its context twice, for lupdate and for the lookup: a name
// that stays English in Spanish would mean the two differ.
TEST(EnumNames, TheWindowsTablesAreReadInSpanish) {
    using namespace activa::ui;
    const test::EnglishAfterwards english;
    ASSERT_TRUE(MainWindow::installLanguage(QStringLiteral("es")));
    // builtin_properties: … weight init, input scaling, typical use.
    const std::vector<PropertyRow> relu = builtin_properties(activa::ActivationId::Relu);
    EXPECT_EQ(relu[9].value, QStringLiteral("He (normal o uniforme)"));
    EXPECT_EQ(relu[11].value, QStringLiteral("capas ocultas"));
    EXPECT_EQ(builtin_properties(activa::ActivationId::Selu)[10].value,
              QStringLiteral("estandarizadas (media 0, desv. típica 1)"));
    EXPECT_EQ(dataset_name(activa::DatasetId::Circle), QStringLiteral("Círculo"));

    CurvesModel model;
    const FunctionList list(&model);
    EXPECT_EQ(list.findChild<QTreeWidget*>()->topLevelItem(0)->text(0), QStringLiteral("Clásicas"));

    WizardView wizard;
    activa::test::walk(wizard, {"mlp", "regression", 1});
    const QStringList recipe = activa::test::recipe_choices(wizard);
    EXPECT_TRUE(recipe.contains(QStringLiteral("Objetivos escalados (scaled)")))
        << recipe.join(u'|').toStdString();
}
