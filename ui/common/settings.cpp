// SPDX-License-Identifier: MIT
#include "settings.hpp"

#include <activa/numbers.hpp>

#include <QSettings>
#include <QStringList>

#include <cmath>
#include <limits>

namespace activa::ui {
namespace {

// Numbers as round-trip text with '.', independent of the locale the file was written in.
QString number_text(double v) {
    return QString::fromStdString(format_number(v));
}

// Stands for a missing or unreadable number: the state's check replaces it by the default.
constexpr double kInvalid = std::numeric_limits<double>::quiet_NaN();

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
    s.setValue(QStringLiteral("logDerivative"), state.log_derivative);
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
            if (static_cast<std::size_t>(parts.size()) == n + 1)
                for (std::size_t i = 0; i < n; ++i)
                    c.params[i] = text_number(parts[static_cast<int>(i) + 1]).value_or(kInvalid);
            state.curves.push_back(c);
        }
    }
    state.xmin = text_number(s.value(QStringLiteral("xmin"))).value_or(kInvalid);
    state.xmax = text_number(s.value(QStringLiteral("xmax"))).value_or(kInvalid);
    bool ok = false;
    const int points = s.value(QStringLiteral("points")).toInt(&ok);
    state.points = ok ? points : 0;
    state.show_derivative = s.value(QStringLiteral("derivative"), true).toBool();
    state.log_derivative = s.value(QStringLiteral("logDerivative"), false).toBool();
    state.show_saturation = s.value(QStringLiteral("saturation"), true).toBool();
    const int selected = s.value(QStringLiteral("selected"), 0).toInt(&ok);
    state.selected = ok ? selected : -2;
    s.endGroup();
    return *checked(state, OnInvalid::UseDefault);
}

void save_softmax(QSettings& s, const SoftmaxState& state) {
    s.beginGroup(QStringLiteral("softmax"));
    s.remove(QString());
    QStringList classes;
    for (const std::string& c : state.classes)
        classes << QString::fromStdString(c);
    QStringList logits;
    for (const double l : state.logits)
        logits << number_text(l);
    s.setValue(QStringLiteral("classes"), classes);
    s.setValue(QStringLiteral("logits"), logits);
    s.setValue(QStringLiteral("temperature"), number_text(state.temperature));
    s.endGroup();
}

SoftmaxState load_softmax(QSettings& s) {
    SoftmaxState state;
    s.beginGroup(QStringLiteral("softmax"));
    if (s.contains(QStringLiteral("logits"))) {
        state.logits.clear();
        state.classes.clear();
        for (const QString& l : s.value(QStringLiteral("logits")).toStringList())
            state.logits.push_back(text_number(l).value_or(kInvalid));
        // Names go with their logits; a list of another length is not theirs.
        const QStringList classes = s.value(QStringLiteral("classes")).toStringList();
        if (static_cast<std::size_t>(classes.size()) == state.logits.size())
            for (const QString& c : classes)
                state.classes.push_back(c.toStdString());
    }
    state.temperature = text_number(s.value(QStringLiteral("temperature"))).value_or(kInvalid);
    s.endGroup();
    return *checked(state, OnInvalid::UseDefault);
}

void save_wizard(QSettings& s, const WizardAnswers& a, int step) {
    s.beginGroup(QStringLiteral("wizard"));
    s.remove(QString());
    if (a.network)
        s.setValue(QStringLiteral("network"), QString::fromLatin1(network_key(*a.network)));
    s.setValue(QStringLiteral("notSure"), a.not_sure);
    if (a.classification) s.setValue(QStringLiteral("classification"), *a.classification);
    if (a.problem)
        s.setValue(QStringLiteral("problem"), QString::fromLatin1(problem_key(*a.problem)));
    s.setValue(QStringLiteral("classes"), a.classes);
    s.setValue(QStringLiteral("step"), step);
    s.endGroup();
}

std::pair<WizardAnswers, int> load_wizard(QSettings& s) {
    WizardAnswers a;
    s.beginGroup(QStringLiteral("wizard"));
    a.network = parse_network(s.value(QStringLiteral("network")).toString().toStdString());
    a.not_sure = s.value(QStringLiteral("notSure"), false).toBool();
    if (s.contains(QStringLiteral("classification")))
        a.classification = s.value(QStringLiteral("classification")).toBool();
    a.problem = parse_problem(s.value(QStringLiteral("problem")).toString().toStdString());
    bool ok = false;
    const uint classes = s.value(QStringLiteral("classes"), a.classes).toUInt(&ok);
    a.classes = ok ? classes : 0; // 0 is refused below and becomes the default
    const int step = s.value(QStringLiteral("step"), -1).toInt(&ok);
    s.endGroup();
    return {*checked(a, OnInvalid::UseDefault), ok ? step : -1};
}

void save_view(QSettings& s, const QString& key, const std::vector<double>& ranges) {
    QStringList texts;
    for (const double v : ranges)
        texts << number_text(v);
    s.setValue(QStringLiteral("view/") + key, texts);
}

std::vector<double> load_view(QSettings& s, const QString& key) {
    std::vector<double> ranges;
    for (const QString& text : s.value(QStringLiteral("view/") + key).toStringList()) {
        const auto v = text_number(text);
        if (!v) return {};
        ranges.push_back(*v);
    }
    return ranges;
}

} // namespace activa::ui
