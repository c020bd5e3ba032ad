// SPDX-License-Identifier: MIT
#include "numbertext.hpp"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace activa::ui {
namespace {

QLocale shown_locale() {
    QLocale l;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l;
}

} // namespace

QString shown_number(double v, int significant) {
    if (std::isnan(v)) return QStringLiteral("—");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return shown_locale().toString(v, 'g', significant);
}

QString shown_shortest(double v) {
    return shown_locale().toString(v, 'g', QLocale::FloatingPointShortest);
}

QString shown_fixed(double v, int decimals) {
    return shown_locale().toString(v, 'f', decimals);
}

QString percent_text(const QString& number) {
    return QCoreApplication::translate("activa::ui::NumberText", "%1%", "a percentage").arg(number);
}

QString shown_percent(double fraction, int decimals) {
    return percent_text(shown_fixed(100.0 * fraction, decimals));
}

QString shown_scientific(double v, int decimals) {
    if (std::fabs(v) >= 0.01 && std::fabs(v) < 1000.0) return shown_fixed(v, decimals);
    if (v == 0.0 || !std::isfinite(v)) return shown_number(v);
    auto exponent = static_cast<int>(std::floor(std::log10(std::fabs(v))));
    double mantissa = v / std::pow(10.0, exponent);
    const double scale = std::pow(10.0, decimals);
    if (std::round(std::fabs(mantissa) * scale) >= 10.0 * scale) { // 9.996 would print as 10.00
        mantissa /= 10.0;
        ++exponent;
    }
    return QStringLiteral("%1 × 10<sup>%2</sup>")
        .arg(shown_fixed(mantissa, decimals),
             QString::number(exponent).replace(QLatin1Char('-'), QChar(0x2212)));
}

} // namespace activa::ui
