// SPDX-License-Identifier: MIT
#pragma once

#include <activa/formula.hpp>

#include <QCoreApplication>
#include <QString>

namespace activa::ui {

// A formula's mistake as a sentence in the UI language, built from its code and arguments as
// core's English message() is: "unknown function 'tahn': did you mean 'tanh'?".
class FormulaText {
    Q_DECLARE_TR_FUNCTIONS(activa::ui::FormulaText)
public:
    static QString reason(const FormulaError& error);
};

} // namespace activa::ui
