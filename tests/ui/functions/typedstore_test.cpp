// SPDX-License-Identifier: MIT
// The user's typed functions kept between sessions and shared as files: a bad one is skipped
// and named, the others load.
#include "../children.hpp"
#include "common/palette.hpp"
#include "functions/functionsdialog.hpp"
#include "functions/typedstore.hpp"

#include <activa/functions.hpp>

#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

activa::ActivationId define(const std::string& text) {
    const auto id = activa::define_function({text, {}, {}});
    EXPECT_TRUE(id.has_value());
    return *id;
}

TEST(TypedStore, SavedFunctionsAreDefinedAgainAtTheNextStart) {
    const QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("Activa.conf"));
    const activa::ActivationId id = define("kept_between(x, a=2) = a*x^2");
    {
        QSettings s(ini, QSettings::IniFormat);
        activa::ui::save_typed_functions(s);
    }
    activa::forget_function(id); // as if the program had ended
    ASSERT_FALSE(activa::find_activation("kept_between"));
    QSettings s(ini, QSettings::IniFormat);
    EXPECT_TRUE(activa::ui::load_typed_functions(s).isEmpty());
    const auto back = activa::find_activation("kept_between");
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(activa::value(*back, 3.0, activa::default_params(*back)), 18.0);
}

TEST(TypedStore, ABadSavedFunctionIsSkippedAndNamedTheOthersLoad) {
    const QTemporaryDir dir;
    QSettings s(dir.filePath(QStringLiteral("Activa.conf")), QSettings::IniFormat);
    s.setValue(QStringLiteral("functions/definitions"),
               QStringLiteral("loads_fine(x) = 2*x\nnot_fine(x) = x*tahn(x)\nloads_too(x) = -x\n"));
    const QStringList skipped = activa::ui::load_typed_functions(s);
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_TRUE(skipped[0].startsWith(QStringLiteral("not_fine (line 2)")))
        << skipped[0].toStdString();
    EXPECT_TRUE(activa::find_activation("loads_fine"));
    EXPECT_TRUE(activa::find_activation("loads_too"));
}

TEST(TypedStore, ExportedFileImportsBack) {
    const QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.txt"));
    const activa::ActivationId id = define("shared_one(x, t=0.5) = where(x > t, x, 0)");
    QString error;
    ASSERT_TRUE(activa::ui::export_typed_functions(file, &error)) << error.toStdString();
    activa::forget_function(id);
    activa::ui::Imported imported;
    ASSERT_TRUE(activa::ui::import_typed_functions(file, &imported, &error));
    EXPECT_TRUE(imported.defined.contains(QStringLiteral("shared_one")));
    EXPECT_TRUE(imported.skipped.isEmpty());
    EXPECT_TRUE(activa::find_activation("shared_one"));
}

TEST(TypedStore, AFailedExportLeavesTheFileAsItWas) {
    const QTemporaryDir dir;
    define("export_failing(x) = x");
    QString error;
    EXPECT_FALSE(
        activa::ui::export_typed_functions(dir.filePath(QStringLiteral("no/such/f.txt")), &error));
    EXPECT_FALSE(error.isEmpty());
}

// Redefining a name (an import, an edit) tells the views which id replaces which.
TEST(TypedStore, AnImportedNameReplacesTheFunctionOfThatName) {
    const QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("again.txt"));
    const activa::ActivationId old = define("replaced_by_import(x) = x");
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("replaced_by_import(x) = 2*x\n");
    f.close();
    activa::ActivationId from{}, to{};
    // Connected for this test only: the announcement outlives it, `from` and `to` do not.
    const QObject listening;
    QObject::connect(&activa::ui::FunctionsChanged::instance(),
                     &activa::ui::FunctionsChanged::replaced, &listening,
                     [&](activa::ActivationId a, activa::ActivationId b) {
                         from = a;
                         to = b;
                     });
    activa::ui::Imported imported;
    QString error;
    ASSERT_TRUE(activa::ui::import_typed_functions(file, &imported, &error));
    EXPECT_EQ(from, old);
    EXPECT_EQ(activa::find_activation("replaced_by_import"), to);
}

TEST(FunctionsDialog, ListsEveryTypedFunctionWithItsFormula) {
    define("listed_in_dialog(x) = x^2");
    activa::ui::FunctionsDialog dialog;
    const auto* list = activa::ui::test::child<QListWidget>(dialog, "functionsList");
    bool found = false;
    for (int i = 0; i < list->count(); ++i)
        found = found || list->item(i)->text() == QStringLiteral("listed_in_dialog(x) = x^2");
    EXPECT_TRUE(found);
}

} // namespace
