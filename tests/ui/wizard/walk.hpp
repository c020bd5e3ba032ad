// SPDX-License-Identifier: MIT
// Walking the wizard as a user does, for the tests of its steps and of its recipe.
#pragma once

#include "common/numberbox.hpp"
#include "wizard/wizardview.hpp"

#include <QString>

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
    w.classesSpinBox()->setValue(static_cast<int>(p.classes));
    w.next();
}

} // namespace activa::test
