// SPDX-License-Identifier: MIT
#include "propertytexts.hpp"

#include "common/coretext.hpp"
#include "common/enumnames.hpp"
#include "common/numbertext.hpp"
#include "curves/propertiespanel.hpp"

#include <activa/formula.hpp>
#include <activa/functions.hpp>

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace activa::ui {
namespace {

QString yes_no(bool b) {
    return b ? PropertiesPanel::tr("yes") : PropertiesPanel::tr("no");
}

QString continuity(int order) {
    switch (order) {
    case -1:
        return PropertiesPanel::tr("discontinuous");
    case 0:
        return PropertiesPanel::tr("continuous, with kinks");
    case 1:
        return PropertiesPanel::tr("continuously differentiable (C¹)");
    default:
        return PropertiesPanel::tr("smooth (C∞)");
    }
}

// The catalogue's advice as the panel words it: beside a label, shorter than the recipe's
// choices (recipenames.hpp).
constexpr EnumNames<WeightInit, 3> kInitNames{
    "activa::ui::PropertiesPanel",
    {{
        {WeightInit::He,
         QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "He (normal or uniform)")},
        {WeightInit::Glorot,
         QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "Glorot / Xavier (normal or uniform)")},
        {WeightInit::LeCun, QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "LeCun normal")},
    }}};

constexpr EnumNames<InputScaling, 3> kScalingNames{
    "activa::ui::PropertiesPanel",
    {{
        {InputScaling::ZeroOne, QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "[0, 1]")},
        {InputScaling::MinusOneOne, QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "[−1, 1]")},
        {InputScaling::Standardised,
         QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "standardised (mean 0, sd 1)")},
    }}};

constexpr EnumNames<TypicalUse, 4> kUseNames{
    "activa::ui::PropertiesPanel",
    {{
        {TypicalUse::Hidden, QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "hidden layers")},
        {TypicalUse::Output, QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "output layer")},
        {TypicalUse::Both,
         QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "hidden and output layers")},
        {TypicalUse::Teaching,
         QT_TRANSLATE_NOOP("activa::ui::PropertiesPanel", "teaching (not trainable by gradients)")},
    }}};

QString bounds(const Properties& p) {
    if (p.bounded_below && p.bounded_above) return PropertiesPanel::tr("above and below");
    if (p.bounded_below) return PropertiesPanel::tr("below only");
    if (p.bounded_above) return PropertiesPanel::tr("above only");
    return PropertiesPanel::tr("unbounded");
}

// An oscillating function has many intervals: the first few say enough.
constexpr std::size_t kMostListed = 5;

QString listed(QStringList parts, std::size_t count) {
    if (count > kMostListed) parts << QStringLiteral("…");
    return parts.join(QStringLiteral(", "));
}

// "from −10 to −4.595, from 4.595 to 10"; a lone point "at 0"; none: `none`.
QString property_number(double v) {
    return with_minus_signs(shown_number(v));
}

QString intervals_text(const std::vector<Interval>& intervals, const QString& none) {
    if (intervals.empty()) return none;
    QStringList parts;
    for (std::size_t i = 0; i < std::min(intervals.size(), kMostListed); ++i)
        parts << (intervals[i].from == intervals[i].to
                      ? PropertiesPanel::tr("at %1").arg(property_number(intervals[i].from))
                      : PropertiesPanel::tr("from %1 to %2")
                            .arg(property_number(intervals[i].from),
                                 property_number(intervals[i].to)));
    return listed(parts, intervals.size());
}

QString kinks_text(const std::vector<double>& kinks) {
    if (kinks.empty()) return PropertiesPanel::tr("none found");
    QStringList parts;
    for (std::size_t i = 0; i < std::min(kinks.size(), kMostListed); ++i)
        parts << property_number(kinks[i]);
    return PropertiesPanel::tr("at x = %1").arg(listed(parts, kinks.size()));
}

QString values_text(const FormulaProperties& p) {
    if (std::isnan(p.min_value)) return PropertiesPanel::tr("no finite value");
    return PropertiesPanel::tr("from %1 to %2")
        .arg(property_number(p.min_value), property_number(p.max_value));
}

QString threshold_text() {
    return shown_number(kSaturationThreshold);
}

FormulaProperties measured(const CurveSpec& curve, double xmin, double xmax) {
    const std::size_t count = info(curve.id).params.size();
    return analyse(*compiled_function(curve.id), std::span(curve.params).first(count), xmin, xmax);
}

} // namespace

QString with_minus_signs(QString number) {
    return number.replace(QLatin1Char('-'), QChar(0x2212));
}

std::vector<PropertyRow> builtin_properties(ActivationId id) {
    const auto& a = info(id);
    const Properties& p = a.properties;
    return {{PropertiesPanel::tr("Formula"), core_text(a.formula)},
            {PropertiesPanel::tr("Derivative"), core_text(a.derivative_formula)},
            {PropertiesPanel::tr("Output range"), core_text(p.output_range)},
            {PropertiesPanel::tr("Monotonic"), yes_no(p.monotonic)},
            {PropertiesPanel::tr("Continuity"), continuity(p.continuity)},
            {PropertiesPanel::tr("Zero-centred"), yes_no(p.zero_centred)},
            {PropertiesPanel::tr("Bounded"), bounds(p)},
            {PropertiesPanel::tr("Saturating"), yes_no(p.saturating)},
            {PropertiesPanel::tr("≈ identity near 0"), yes_no(p.identity_near_zero)},
            {PropertiesPanel::tr("Weight init"), kInitNames.name(p.init)},
            {PropertiesPanel::tr("Input scaling"), kScalingNames.name(p.scaling)},
            {PropertiesPanel::tr("Typical use"), kUseNames.name(p.use)}};
}

std::vector<PropertyRow> typed_properties(const CurveSpec& curve, double xmin, double xmax) {
    const auto& a = info(curve.id);
    const FormulaProperties p = measured(curve, xmin, xmax);
    return {{PropertiesPanel::tr("Formula"), core_text(a.formula)},
            {PropertiesPanel::tr("Derivative"), core_text(a.derivative_formula)},
            {PropertiesPanel::tr("Values"), values_text(p)},
            {PropertiesPanel::tr("Monotonic"), yes_no(p.monotonic)},
            {PropertiesPanel::tr("Zero-centred"), yes_no(p.zero_centred)},
            {PropertiesPanel::tr("|f′| < %1").arg(threshold_text()),
             intervals_text(p.saturated, PropertiesPanel::tr("nowhere"))},
            {PropertiesPanel::tr("Kinks"), kinks_text(p.kinks)},
            {PropertiesPanel::tr("Undefined"),
             intervals_text(p.undefined, PropertiesPanel::tr("nowhere"))},
            {PropertiesPanel::tr("Weight init"), kInitNames.name(a.properties.init)},
            {PropertiesPanel::tr("Input scaling"), kScalingNames.name(a.properties.scaling)}};
}

std::vector<PropertyRow> typed_comparison(const CurveSpec& curve, double xmin, double xmax) {
    const auto& a = info(curve.id);
    const FormulaProperties p = measured(curve, xmin, xmax);
    const ValueAndDerivative at0 = evaluate(curve.id, 0.0, curve.params);
    std::vector<PropertyRow> rows = builtin_properties(curve.id);
    const QStringList values{
        core_text(a.formula),
        core_text(a.derivative_formula),
        values_text(p),
        yes_no(p.monotonic),
        PropertiesPanel::tr("kinks: %1").arg(kinks_text(p.kinks)),
        yes_no(p.zero_centred),
        PropertiesPanel::tr("not known"),
        p.saturated.empty() ? PropertiesPanel::tr("no")
                            : PropertiesPanel::tr("yes: %1").arg(intervals_text(p.saturated, {})),
        yes_no(at0.value == 0.0 && std::fabs(at0.derivative - 1.0) < 1e-9),
        kInitNames.name(a.properties.init),
        kScalingNames.name(a.properties.scaling),
        kUseNames.name(a.properties.use)};
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].value = values[static_cast<qsizetype>(i)];
    return rows;
}

} // namespace activa::ui
