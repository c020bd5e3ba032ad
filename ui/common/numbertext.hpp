// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace activa::ui {

// Numbers as the window shows them, in the UI language (its decimal mark, no group separators),
// one place for every view. A number field shows what is typed (format_typed_number,
// numberbox.hpp); the settings and every file keep core's format_number.

// Six significant digits; "—" for NaN, "∞" and "−∞" for the infinities.
QString shown_number(double v, int significant = 6);
// As few digits as give v back exactly (a parameter's value, a logit).
QString shown_shortest(double v);
// A fixed number of decimals (a probability: 0,665).
QString shown_fixed(double v, int decimals);
// A fraction as a percentage with the language's sign ("59 %", "59 %").
QString shown_percent(double fraction, int decimals = 0);
// Rich text: "1.23 × 10<sup>−5</sup>" (mantissa decimals), or shown_fixed between 0.01 and 1000.
QString shown_scientific(double v, int decimals = 2);
// A percentage's number with the language's sign around it ("%1 %").
QString percent_text(const QString& number);

} // namespace activa::ui
