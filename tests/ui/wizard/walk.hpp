// SPDX-License-Identifier: MIT
// Walking the wizard as a user does, for the tests of its steps and of its recipe.
#pragma once

#include "../children.hpp"
#include "common/numberbox.hpp"
#include "wizard/wizardview.hpp"

#include <QString>
#include <QStringList>
#include <QTableWidget>

#include <string_view>

namespace activa::test {

struct WizardPath {
    const char* network; // or "not_sure"
    const char* problem;
    unsigned classes;
};

// One answer, then Next, step after step to the recipe.
inline void walk(activa::ui::WizardView& w, const WizardPath& p) {
    w.answer(QString::fromLatin1(p.network));
    w.next();
    const bool regression = std::string_view(p.problem) == "regression";
    w.answer(regression ? QStringLiteral("regression") : QStringLiteral("classification"));
    w.next();
    if (regression) return;
    w.answer(QString::fromLatin1(p.problem));
    w.next();
    if (std::string_view(p.problem) == "binary") return;
    activa::ui::test::child<activa::ui::NumberBox>(w, "classesBox")
        ->setValue(static_cast<int>(p.classes));
    w.next();
}

// The recipe's choices as its table shows them, one a setting: each setting takes a row with
// its name and choice, then a row with the reason.
inline QStringList recipe_choices(const activa::ui::WizardView& w) {
    const auto* table = activa::ui::test::child<QTableWidget>(w, "recipeTable");
    QStringList choices;
    for (int row = 0; row < table->rowCount(); row += 2)
        choices << table->item(row, 1)->text();
    return choices;
}

} // namespace activa::test
