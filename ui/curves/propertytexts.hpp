// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>

#include <QString>

#include <vector>

namespace activa::ui {

// One line of the properties: what it is and its value for one function.
struct PropertyRow {
    QString label;
    QString value;
};

// A number's text with minus signs, as the catalogue's rows write theirs, not hyphens.
QString with_minus_signs(QString number);
// The catalogue's properties of a built-in, in the order both tabs show them.
std::vector<PropertyRow> builtin_properties(ActivationId id);
// A typed function's properties, computed (analyse()) at these values over xmin..xmax: its
// formulas, the range of its values, whether it is monotonic and zero-centred, where |f′| is
// below kSaturationThreshold, the kinks found, where it is undefined, and its recipe.
std::vector<PropertyRow> typed_properties(const CurveSpec& curve, double xmin, double xmax);
// A typed function's line under each of builtin_properties()' labels, for the comparison.
std::vector<PropertyRow> typed_comparison(const CurveSpec& curve, double xmin, double xmax);

} // namespace activa::ui
