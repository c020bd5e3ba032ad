// SPDX-License-Identifier: MIT
#include "logitlist.hpp"

#include "softmax/softmaxview.hpp"

#include <activa/numbers.hpp>
#include <activa/softmax.hpp>

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace activa::ui {
namespace {

// Reads one pasted item: '.' always works; the locale's decimal separator only when allowed.
std::optional<double> parse_item(const QString& item, const QLocale& locale,
                                 bool locale_decimal_allowed) {
    if (auto v = activa::parse_number(item.toStdString())) return v;
    const QString decimal = locale.decimalPoint();
    if (!locale_decimal_allowed || decimal == QStringLiteral(".") || !item.contains(decimal) ||
        item.contains(QLatin1Char('.')))
        return std::nullopt;
    QString dotted = item;
    dotted.replace(decimal, QStringLiteral("."));
    return activa::parse_number(dotted.toStdString());
}

} // namespace

std::optional<std::vector<double>> parse_logit_list(const QString& text, const QLocale& locale,
                                                    QString* error) {
    auto fail = [error](const QString& why) {
        if (error) *error = why;
        return std::nullopt;
    };

    QString body = text.trimmed();
    // The article writes its example as [1, 3, 2]; Python and NumPy print lists the same way.
    if ((body.startsWith(QLatin1Char('[')) && body.endsWith(QLatin1Char(']'))) ||
        (body.startsWith(QLatin1Char('(')) && body.endsWith(QLatin1Char(')'))))
        body = body.mid(1, body.size() - 2).trimmed();
    body.replace(QChar(0x2212), QLatin1Char('-')); // typographic minus, as some locales print
    if (locale.negativeSign() != QStringLiteral("-"))
        body.replace(locale.negativeSign(), QStringLiteral("-"));
    if (body.isEmpty())
        return fail(SoftmaxView::tr("The list is empty: enter numbers such as 1, 3, 2."));

    // Semicolons, tabs and line breaks leave commas free to be decimal separators; without them
    // commas separate the numbers, and only when there are no commas do spaces.
    static const QRegularExpression strong(QStringLiteral("[;\\t\\r\\n]+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList items;
    bool locale_decimal_allowed = false;
    if (body.contains(strong)) {
        items = body.split(strong);
        locale_decimal_allowed = true;
    } else if (body.contains(QLatin1Char(','))) {
        items = body.split(QLatin1Char(','));
    } else {
        items = body.split(spaces);
    }
    if (items.size() > static_cast<int>(kMaxSoftmaxClasses))
        return fail(SoftmaxView::tr("The list has %1 numbers; at most %2 are allowed.")
                        .arg(items.size())
                        .arg(static_cast<int>(kMaxSoftmaxClasses)));

    std::vector<double> logits;
    logits.reserve(static_cast<std::size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items[i].trimmed();
        if (item.isEmpty())
            return fail(
                SoftmaxView::tr("Item %1 is empty: check for doubled or trailing separators.")
                    .arg(i + 1));
        const std::optional<double> v = parse_item(item, locale, locale_decimal_allowed);
        if (!v)
            return fail(SoftmaxView::tr("Item %1, “%2”, is not a number.").arg(i + 1).arg(item));
        if (!std::isfinite(*v))
            return fail(
                SoftmaxView::tr("Item %1, “%2”, is not a finite number.").arg(i + 1).arg(item));
        if (std::fabs(*v) > kMaxLogit)
            return fail(SoftmaxView::tr("Item %1, “%2”, is outside the range %3 to %4.")
                            .arg(i + 1)
                            .arg(item, locale.toString(-kMaxLogit), locale.toString(kMaxLogit)));
        logits.push_back(*v);
    }
    return logits;
}

} // namespace activa::ui
