// SPDX-License-Identifier: MIT
#include "settings.hpp"

#include <activa/numbers.hpp>

#include <QSettings>
#include <QStringList>

#include <cmath>

namespace activa::ui {
namespace {

// Numbers as round-trip text with '.', independent of the locale the file was written in.
QString number_text(double v) {
    return QString::fromStdString(format_number(v));
}

std::optional<double> text_number(const QVariant& v) {
    const auto n = parse_number(v.toString().toStdString());
    if (!n || !std::isfinite(*n)) return std::nullopt;
    return n;
}

} // namespace

void save_curves(QSettings& s, const CurvesState& state) {
    s.beginGroup(QStringLiteral("curves"));
    s.remove(QString());
    QStringList functions;
    for (const CurveSpec& c : state.curves) {
        QStringList parts{QString::fromLatin1(info(c.id).key)};
        for (std::size_t i = 0; i < info(c.id).params.size(); ++i)
            parts << number_text(c.params[i]);
        functions << parts.join(QLatin1Char(':'));
    }
    s.setValue(QStringLiteral("functions"), functions);
    s.setValue(QStringLiteral("xmin"), number_text(state.xmin));
    s.setValue(QStringLiteral("xmax"), number_text(state.xmax));
    s.setValue(QStringLiteral("points"), state.points);
    s.setValue(QStringLiteral("derivative"), state.show_derivative);
    s.setValue(QStringLiteral("saturation"), state.show_saturation);
    s.setValue(QStringLiteral("selected"), state.selected);
    s.endGroup();
}

CurvesState load_curves(QSettings& s) {
    CurvesState state;
    s.beginGroup(QStringLiteral("curves"));
    if (s.contains(QStringLiteral("functions"))) {
        state.curves.clear();
        for (const QString& entry : s.value(QStringLiteral("functions")).toStringList()) {
            const QStringList parts = entry.split(QLatin1Char(':'));
            const auto id = find_activation(parts.value(0).toStdString());
            if (!id) continue;
            CurveSpec c{*id, default_params(*id)};
            const std::size_t n = info(*id).params.size();
            if (static_cast<std::size_t>(parts.size()) == n + 1) {
                for (std::size_t i = 0; i < n; ++i)
                    if (const auto v = text_number(parts[static_cast<int>(i) + 1]))
                        c.params[i] = *v;
            }
            if (!validate_params(c.id, c.params).empty()) c.params = default_params(c.id);
            state.curves.push_back(c);
        }
    }
    const auto xmin = text_number(s.value(QStringLiteral("xmin")));
    const auto xmax = text_number(s.value(QStringLiteral("xmax")));
    if (xmin && xmax && *xmin < *xmax) {
        state.xmin = *xmin;
        state.xmax = *xmax;
    }
    bool ok = false;
    const int points = s.value(QStringLiteral("points")).toInt(&ok);
    if (ok && points >= kMinPoints && points <= kMaxPoints) state.points = points;
    state.show_derivative = s.value(QStringLiteral("derivative"), true).toBool();
    state.show_saturation = s.value(QStringLiteral("saturation"), true).toBool();
    const int selected = s.value(QStringLiteral("selected"), 0).toInt(&ok);
    state.selected = ok && selected >= -1 && selected < static_cast<int>(state.curves.size())
                         ? selected
                         : (state.curves.empty() ? -1 : 0);
    s.endGroup();
    return state;
}

void save_softmax(QSettings& s, const SoftmaxState& state) {
    s.beginGroup(QStringLiteral("softmax"));
    s.remove(QString());
    QStringList logits;
    for (const double l : state.logits)
        logits << number_text(l);
    s.setValue(QStringLiteral("classes"), state.classes);
    s.setValue(QStringLiteral("logits"), logits);
    s.setValue(QStringLiteral("temperature"), number_text(state.temperature));
    s.endGroup();
}

SoftmaxState load_softmax(QSettings& s) {
    SoftmaxState state;
    s.beginGroup(QStringLiteral("softmax"));
    const QStringList classes = s.value(QStringLiteral("classes")).toStringList();
    const QStringList logits = s.value(QStringLiteral("logits")).toStringList();
    std::vector<double> values;
    for (const QString& l : logits)
        if (const auto v = text_number(l); v && std::fabs(*v) <= 1000.0) values.push_back(*v);
    if (!values.empty() && values.size() == static_cast<std::size_t>(logits.size()) &&
        classes.size() == logits.size() && logits.size() <= kMaxClassesShown) {
        state.classes = classes;
        state.logits = values;
    }
    const auto t = text_number(s.value(QStringLiteral("temperature")));
    if (t && *t >= kMinTemperature && *t <= kMaxTemperature) state.temperature = *t;
    s.endGroup();
    return state;
}

} // namespace activa::ui
