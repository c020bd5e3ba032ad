// SPDX-License-Identifier: MIT
#include "settings.hpp"

#include "common/coretext.hpp"

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

std::string std_text(const QVariant& v) {
    return v.toString().toStdString();
}

// A count or seed written as text, so that 64-bit seeds survive every settings format; a bad
// one reads as `invalid`, which the state's check replaces by the default.
QString count_text(std::uint64_t v) {
    return QString::number(v);
}
std::uint64_t text_count(const QVariant& v, std::uint64_t invalid) {
    bool ok = false;
    const qulonglong n = v.toString().toULongLong(&ok);
    return ok ? n : invalid;
}

// A number or count under `key`, `fallback` when there is none; an unreadable one reads as
// invalid (NaN, 0), which the state's check replaces by the default.
double read_number(QSettings& s, const char* key, double fallback) {
    return text_number(s.value(QLatin1String(key), number_text(fallback))).value_or(kInvalid);
}
std::uint64_t read_count(QSettings& s, const char* key, std::uint64_t fallback) {
    return text_count(s.value(QLatin1String(key), count_text(fallback)), 0);
}

// Reads the list under `key` into `out`, each entry through `parse`, which refuses an entry by
// returning nullopt; without a list, `out` keeps its defaults.
template <class T, class Parse>
void read_list(QSettings& s, const char* key, std::vector<T>& out, Parse parse) {
    if (!s.contains(QLatin1String(key))) return;
    out.clear();
    for (const QString& entry : s.value(QLatin1String(key)).toStringList())
        if (auto v = parse(entry)) out.push_back(std::move(*v));
}

// Parameters after the id, as save_curves writes them: "elu:0.5"; nullopt for the defaults.
QString function_text(ActivationId id, const std::optional<ParamValues>& params) {
    QStringList parts{utf8(info(id).key)};
    if (params)
        for (std::size_t i = 0; i < info(id).params.size(); ++i)
            parts << number_text((*params)[i]);
    return parts.join(QLatin1Char(':'));
}

std::optional<RaceEntry> text_function(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(':'));
    const auto id = find_activation(parts.value(0).toStdString());
    if (!id) return std::nullopt;
    RaceEntry entry{*id, std::nullopt};
    const std::size_t n = info(*id).params.size();
    if (n > 0 && static_cast<std::size_t>(parts.size()) == n + 1) {
        ParamValues p = default_params(*id);
        for (std::size_t i = 0; i < n; ++i)
            p[i] = text_number(parts[static_cast<int>(i) + 1]).value_or(kInvalid);
        entry.params = p;
    }
    return entry;
}

} // namespace

void save_curves(QSettings& s, const CurvesState& state) {
    s.beginGroup(QStringLiteral("curves"));
    s.remove(QString());
    QStringList functions;
    for (const CurveSpec& c : state.curves)
        functions << function_text(c.id, c.params);
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
    read_list(s, "functions", state.curves, [](const QString& entry) -> std::optional<CurveSpec> {
        const auto e = text_function(entry);
        if (!e) return std::nullopt;
        return CurveSpec{e->activation, e->params.value_or(default_params(e->activation))};
    });
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
    if (a.network) s.setValue(QStringLiteral("network"), utf8(network_key(*a.network)));
    s.setValue(QStringLiteral("notSure"), a.not_sure);
    if (a.classification) s.setValue(QStringLiteral("classification"), *a.classification);
    if (a.problem) s.setValue(QStringLiteral("problem"), utf8(problem_key(*a.problem)));
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

void save_gradflow(QSettings& s, const GradFlowState& state) {
    s.beginGroup(QStringLiteral("gradflow"));
    s.remove(QString());
    QStringList curves;
    for (const GradFlowCurve& c : state.curves)
        curves << utf8(info(c.activation).key) + QLatin1Char(':') + utf8(init_scheme_key(c.init));
    s.setValue(QStringLiteral("curves"), curves);
    s.setValue(QStringLiteral("depth"), count_text(state.depth));
    s.setValue(QStringLiteral("width"), count_text(state.width));
    s.setValue(QStringLiteral("batch"), count_text(state.batch));
    s.setValue(QStringLiteral("normalStd"), number_text(state.normal_std));
    s.setValue(QStringLiteral("bias"), number_text(state.bias));
    s.setValue(QStringLiteral("seed"), count_text(state.seed));
    s.endGroup();
}

GradFlowState load_gradflow(QSettings& s) {
    GradFlowState state;
    s.beginGroup(QStringLiteral("gradflow"));
    read_list(s, "curves", state.curves, [](const QString& entry) -> std::optional<GradFlowCurve> {
        const QStringList parts = entry.split(QLatin1Char(':'));
        const auto id = find_activation(parts.value(0).toStdString());
        if (!id) return std::nullopt;
        const auto init = parse_init_scheme(parts.value(1).toStdString());
        return GradFlowCurve{*id, init.value_or(recommended_init(*id))};
    });
    state.depth = read_count(s, "depth", state.depth);
    state.width = read_count(s, "width", state.width);
    state.batch = read_count(s, "batch", state.batch);
    state.normal_std = read_number(s, "normalStd", state.normal_std);
    state.bias = read_number(s, "bias", state.bias);
    state.seed = text_count(s.value(QStringLiteral("seed"), count_text(state.seed)), state.seed);
    s.endGroup();
    return *checked(state, OnInvalid::UseDefault);
}

void save_training(QSettings& s, const TrainingState& state, int pace) {
    s.beginGroup(QStringLiteral("training"));
    s.remove(QString());
    const TrainSettings& t = state.settings;
    QStringList race;
    for (const RaceEntry& e : state.race)
        race << function_text(e.activation, e.params);
    s.setValue(QStringLiteral("race"), race);
    s.setValue(QStringLiteral("dataset"), utf8(dataset_info(t.dataset).key));
    s.setValue(QStringLiteral("points"), count_text(t.points));
    s.setValue(QStringLiteral("noise"), number_text(t.noise));
    s.setValue(QStringLiteral("trainFraction"), number_text(t.train_fraction));
    s.setValue(QStringLiteral("dataSeed"), count_text(t.data_seed));
    s.setValue(QStringLiteral("hiddenLayers"), count_text(t.hidden_layers));
    s.setValue(QStringLiteral("units"), count_text(t.units));
    // An empty choice is "the recipe's": it follows the activation and the problem.
    s.setValue(QStringLiteral("init"), t.init ? utf8(init_scheme_key(*t.init)) : QString());
    s.setValue(QStringLiteral("normalStd"), number_text(t.normal_std));
    s.setValue(QStringLiteral("output"),
               t.output ? utf8(output_activation_key(*t.output)) : QString());
    s.setValue(QStringLiteral("loss"), t.loss ? utf8(loss_key(*t.loss)) : QString());
    s.setValue(QStringLiteral("optimizer"), utf8(optimizer_key(t.optimizer)));
    s.setValue(QStringLiteral("learningRate"), number_text(t.learning_rate));
    s.setValue(QStringLiteral("momentum"), number_text(t.momentum));
    s.setValue(QStringLiteral("batchSize"), count_text(t.batch_size));
    s.setValue(QStringLiteral("l2"), number_text(t.l2));
    s.setValue(QStringLiteral("epochs"), count_text(t.epochs));
    s.setValue(QStringLiteral("seed"), count_text(t.seed));
    s.setValue(QStringLiteral("pace"), pace);
    s.endGroup();
}

std::pair<TrainingState, int> load_training(QSettings& s) {
    TrainingState state;
    TrainSettings& t = state.settings;
    s.beginGroup(QStringLiteral("training"));
    read_list(s, "race", state.race, text_function);
    if (const auto d = parse_dataset(std_text(s.value(QStringLiteral("dataset"))))) t.dataset = *d;
    t.points = read_count(s, "points", t.points);
    t.noise = read_number(s, "noise", t.noise);
    t.train_fraction = read_number(s, "trainFraction", t.train_fraction);
    t.data_seed = text_count(s.value(QStringLiteral("dataSeed")), t.data_seed);
    t.hidden_layers = read_count(s, "hiddenLayers", t.hidden_layers);
    t.units = read_count(s, "units", t.units);
    t.init = parse_init_scheme(std_text(s.value(QStringLiteral("init"))));
    t.normal_std = read_number(s, "normalStd", t.normal_std);
    t.output = parse_output_activation(std_text(s.value(QStringLiteral("output"))));
    t.loss = parse_loss(std_text(s.value(QStringLiteral("loss"))));
    if (const auto o = parse_optimizer(std_text(s.value(QStringLiteral("optimizer")))))
        t.optimizer = *o;
    t.learning_rate = read_number(s, "learningRate", t.learning_rate);
    t.momentum = read_number(s, "momentum", t.momentum);
    t.batch_size = read_count(s, "batchSize", t.batch_size);
    t.l2 = read_number(s, "l2", t.l2);
    t.epochs = read_count(s, "epochs", t.epochs);
    t.seed = text_count(s.value(QStringLiteral("seed")), t.seed);
    bool ok = false;
    const int pace = s.value(QStringLiteral("pace"), -1).toInt(&ok);
    s.endGroup();
    return {*checked(state, OnInvalid::UseDefault), ok && pace >= 0 ? pace : -1};
}

void save_hidden_curves(QSettings& s, const std::vector<ActivationId>& hidden) {
    QStringList ids;
    for (const ActivationId id : hidden)
        ids << utf8(info(id).key);
    s.setValue(QStringLiteral("view/hiddenCurves"), ids);
}

std::vector<ActivationId> load_hidden_curves(QSettings& s) {
    std::vector<ActivationId> hidden;
    for (const QString& key : s.value(QStringLiteral("view/hiddenCurves")).toStringList())
        if (const auto id = find_activation(key.toStdString())) hidden.push_back(*id);
    return hidden;
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
