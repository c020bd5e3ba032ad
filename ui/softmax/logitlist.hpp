// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace activa::ui {

// Parses a pasted list of logits: "1, 3, 2", "1;3;2", "[1, 3, 2]", one number per line, or
// numbers separated by spaces. '.' is always a decimal separator; the locale's own decimal
// separator is accepted too when it cannot be mistaken for a list separator (that is, when the
// numbers are separated by semicolons, tabs or line breaks). Every number must be finite and
// within ±kMaxLogit, and there may be at most kMaxSoftmaxClasses. On failure *error (translated)
// names the offending item.
std::optional<std::vector<double>> parse_logit_list(const QString& text, const QLocale& locale,
                                                    QString* error);

} // namespace activa::ui
