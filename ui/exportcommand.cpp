// SPDX-License-Identifier: MIT
#include "exportcommand.hpp"

#include "curveplot.hpp"
#include "curvestate.hpp"
#include "exporter.hpp"
#include "softmaxplot.hpp"
#include "softmaxstate.hpp"

#include <activa/activations.hpp>
#include <activa/numbers.hpp>

#include <qcustomplot.h>

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QSize>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace activa::ui {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitWriteFailed = 1;
constexpr int kExitUsage = 2;

constexpr int kMinSide = 16;
constexpr int kMaxSide = 10000;
constexpr QSize kDefaultSize(1600, 900);

// The command line speaks English, like the rest of `activa`'s headless commands.
constexpr const char* kUsage =
    R"(Usage: activa export (--function IDS [--derivative] [--param ID.NAME=VALUE]...
                      [--range MIN:MAX] [--points N]
                     | --softmax L1,L2,... [--temperature T])
                     --output FILE [--size WxH]

Draws what the window draws and saves it: the curves of the functions IDS, or softmax of the
logits L1,L2,... as bars. The extension of FILE picks the format: .png, .jpg, .pdf and .svg
save the picture, .csv the numbers behind it. An existing FILE is replaced only once the new
one is complete.

  --function IDS          ids or aliases from 'activa list', separated by commas
  --derivative            also draw (and write) each derivative
  --param ID.NAME=VALUE   a parameter of one of the functions, e.g.
                          leaky_relu.negative_slope=0.2; may be repeated
  --range MIN:MAX         finite x range with MIN < MAX (default -10:10, the article's)
  --points N              points per curve, 2 to 1000000 (default 1001)
  --softmax L1,L2,...     finite logits; the classes are named A, B, C, ...
  --temperature T         softmax temperature, finite and > 0 (default 1)
  --output FILE           the file to write
  --size WxH              picture size in pixels, 16 to 10000 each (default 1600x900;
                          checked but unused for .csv)

Exit codes: 0 written, 1 the file could not be written, 2 bad input. Failures print one
line on stderr.
)";

struct UsageError {
    std::string message;
};

[[noreturn]] void fail(std::string message) {
    throw UsageError{std::move(message)};
}

std::string in_quotes(const QString& s) {
    return '\'' + s.toStdString() + '\'';
}

std::string in_quotes(std::string_view s) {
    return '\'' + std::string(s) + '\'';
}

// Splits "--name value" and "--name=value" the way the other commands do.
class Options {
public:
    explicit Options(const QStringList& args) {
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString& arg = args[i];
            if (!arg.startsWith(QLatin1Char('-'))) fail("unexpected argument " + in_quotes(arg));
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const QString name = eq < 0 ? arg : arg.left(eq);
            QString value;
            if (kFlags.contains(name)) {
                if (eq >= 0) fail("option " + name.toStdString() + " takes no value");
            } else if (kValued.contains(name)) {
                if (eq >= 0) {
                    value = arg.mid(eq + 1);
                } else {
                    // The next word is the value even when it starts with '-' (--range -5:5).
                    if (i + 1 >= args.size())
                        fail("option " + name.toStdString() + " needs a value");
                    value = args[++i];
                }
            } else {
                fail("unknown option " + in_quotes(name) + " (see 'activa export --help')");
            }
            if (name != QLatin1String("--param") && has(name))
                fail("option " + name.toStdString() + " given more than once");
            m_values.emplace_back(name, value);
        }
    }

    bool has(const QString& name) const {
        return std::any_of(m_values.begin(), m_values.end(),
                           [&](const auto& p) { return p.first == name; });
    }
    QString get(const QString& name) const {
        for (const auto& [n, value] : m_values)
            if (n == name) return value;
        return {};
    }
    QStringList all(const QString& name) const {
        QStringList out;
        for (const auto& [n, value] : m_values)
            if (n == name) out.push_back(value);
        return out;
    }

private:
    inline static const QStringList kFlags{QStringLiteral("--derivative"), QStringLiteral("--help"),
                                           QStringLiteral("-h")};
    inline static const QStringList kValued{
        QStringLiteral("--function"), QStringLiteral("--param"),   QStringLiteral("--range"),
        QStringLiteral("--points"),   QStringLiteral("--softmax"), QStringLiteral("--temperature"),
        QStringLiteral("--output"),   QStringLiteral("--size")};
    std::vector<std::pair<QString, QString>> m_values;
};

double parse_finite(const QString& text, std::string_view what) {
    const std::string s = text.toStdString();
    const auto v = parse_number(s);
    if (!v) fail(std::string(what) + " is not a number: " + in_quotes(s));
    if (!std::isfinite(*v)) fail(std::string(what) + " must be finite, got " + in_quotes(s));
    return *v;
}

unsigned long long parse_whole(const QString& text, std::string_view what, unsigned long long min,
                               unsigned long long max) {
    const std::string s = text.toStdString();
    const auto v = parse_count(s);
    if (!v) fail(std::string(what) + " is not a whole number: " + in_quotes(s));
    if (*v < min || *v > max)
        fail(std::string(what) + " must be between " + std::to_string(min) + " and " +
             std::to_string(max) + ", got " + s);
    return *v;
}

ActivationId parse_function(const QString& key, std::string_view where) {
    const std::string s = key.toStdString();
    const auto id = find_activation(s);
    if (!id)
        fail("unknown function " + in_quotes(s) + " in " + std::string(where) +
             " (see 'activa list')");
    return *id;
}

std::string param_names(ActivationId id) {
    std::string names;
    for (const ParamSpec& p : info(id).params)
        names += (names.empty() ? "" : ", ") + std::string(p.name);
    return names.empty() ? "it has none" : "it has " + names;
}

CurvesState parse_curves(const Options& o) {
    CurvesState state;
    state.curves.clear(); // the window's starting selection is not what was asked for
    const QString ids = o.get(QStringLiteral("--function"));
    if (ids.isEmpty()) fail("--function needs at least one function id (see 'activa list')");
    for (const QString& key : ids.split(QLatin1Char(','))) {
        if (key.isEmpty()) fail("--function has an empty item in " + in_quotes(ids));
        const ActivationId id = parse_function(key, "--function");
        const bool listed = std::any_of(state.curves.begin(), state.curves.end(),
                                        [&](const CurveSpec& c) { return c.id == id; });
        // A second copy could only be told apart by its parameters, which --param cannot do.
        if (listed) fail("--function lists " + std::string(info(id).key) + " twice");
        state.curves.push_back({id, default_params(id)});
    }

    for (const QString& assignment : o.all(QStringLiteral("--param"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const qsizetype dot = eq < 0 ? -1 : assignment.left(eq).indexOf(QLatin1Char('.'));
        if (eq < 0 || dot <= 0 || dot + 1 >= eq)
            fail("--param expects ID.NAME=VALUE, got " + in_quotes(assignment));
        const ActivationId id = parse_function(assignment.left(dot), "--param");
        const auto curve = std::find_if(state.curves.begin(), state.curves.end(),
                                        [&](const CurveSpec& c) { return c.id == id; });
        if (curve == state.curves.end())
            fail("--param " + in_quotes(assignment) + " names " + std::string(info(id).key) +
                 ", which --function does not list");
        const std::string name = assignment.mid(dot + 1, eq - dot - 1).toStdString();
        const auto index = find_param(id, name);
        if (!index)
            fail("unknown parameter " + in_quotes(name) + " for " + std::string(info(id).key) +
                 " (" + param_names(id) + ")");
        curve->params[*index] = parse_finite(assignment.mid(eq + 1),
                                             "parameter " + std::string(info(id).key) + "." + name);
    }
    for (const CurveSpec& curve : state.curves) {
        const std::string problem = validate_params(curve.id, curve.params);
        if (!problem.empty()) fail(problem);
    }

    state.show_derivative = o.has(QStringLiteral("--derivative"));
    state.selected = 0;
    if (o.has(QStringLiteral("--range"))) {
        const QString range = o.get(QStringLiteral("--range"));
        const QStringList ends = range.split(QLatin1Char(':'));
        if (ends.size() != 2) fail("--range expects MIN:MAX, got " + in_quotes(range));
        state.xmin = parse_finite(ends[0], "--range MIN");
        state.xmax = parse_finite(ends[1], "--range MAX");
        if (!(state.xmin < state.xmax))
            fail("--range MIN must be less than MAX, got " + in_quotes(range));
    }
    if (o.has(QStringLiteral("--points")))
        state.points = static_cast<int>(
            parse_whole(o.get(QStringLiteral("--points")), "--points", kMinPoints, kMaxPoints));
    return state;
}

// A, B, ..., Z, AA, AB, ...: the names the window starts with, continued.
QString class_name(std::size_t index) {
    QString name;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(static_cast<char16_t>(u'A' + (n - 1) % 26)));
    return name;
}

SoftmaxState parse_softmax(const Options& o) {
    SoftmaxState state;
    const std::string text = o.get(QStringLiteral("--softmax")).toStdString();
    if (text.empty()) fail("--softmax needs a comma-separated list of logits");
    std::string error;
    auto logits = parse_number_list(text, &error);
    if (!logits) fail("--softmax: " + error);
    if (logits->empty()) fail("--softmax needs a comma-separated list of logits");
    for (const double l : *logits)
        if (!std::isfinite(l)) fail("logits must be finite, got " + format_number(l));
    state.logits = std::move(*logits);
    state.classes.clear();
    for (std::size_t i = 0; i < state.logits.size(); ++i)
        state.classes.push_back(class_name(i));
    if (o.has(QStringLiteral("--temperature"))) {
        state.temperature = parse_finite(o.get(QStringLiteral("--temperature")), "--temperature");
        if (!(state.temperature > 0.0))
            fail("--temperature must be greater than 0, got " + format_number(state.temperature));
    }
    return state;
}

QSize parse_size(const QString& text) {
    const QStringList sides = text.split(QLatin1Char('x'));
    if (sides.size() != 2) fail("--size expects WxH, e.g. 1600x900, got " + in_quotes(text));
    const auto width = parse_whole(sides[0], "--size width", kMinSide, kMaxSide);
    const auto height = parse_whole(sides[1], "--size height", kMinSide, kMaxSide);
    return {static_cast<int>(width), static_cast<int>(height)};
}

void check_output(const QString& file) {
    const QFileInfo info(file);
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        fail("--output directory " + in_quotes(QDir::toNativeSeparators(dir.path())) +
             " does not exist");
    // The new file is written beside the old one and renamed over it.
    if (!QFileInfo(dir.path()).isWritable())
        fail("--output directory " + in_quotes(QDir::toNativeSeparators(dir.path())) +
             " is not writable");
    if (info.exists() && !info.isWritable())
        fail("--output " + in_quotes(file) + " is not writable");
}

void print_error(const QString& message) {
    QString line = message;
    // One line whatever the file name holds: scripts read exactly one.
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    std::fprintf(stderr, "activa: %s\n", line.toLocal8Bit().constData());
}

int run(const QStringList& args) {
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    const Options o(args);
    const bool curves = o.has(QStringLiteral("--function"));
    const bool bars = o.has(QStringLiteral("--softmax"));
    if (curves && bars) fail("give either --function or --softmax, not both");
    if (!curves && !bars)
        fail("export needs --function IDS or --softmax LOGITS (see 'activa export --help')");
    for (const char* option : {"--derivative", "--param", "--range", "--points"})
        if (bars && o.has(QString::fromLatin1(option)))
            fail(std::string(option) + " applies to --function, not --softmax");
    if (curves && o.has(QStringLiteral("--temperature")))
        fail("--temperature applies to --softmax, not --function");

    if (!o.has(QStringLiteral("--output"))) fail("export needs --output FILE");
    const QString output = o.get(QStringLiteral("--output"));
    if (output.isEmpty()) fail("--output needs a file name");
    if (QFileInfo(output).isDir()) fail("--output " + in_quotes(output) + " is a directory");
    // Replacing a device or pipe such as /dev/null with a regular file would be a surprise.
    if (QFileInfo(output).exists() && !QFileInfo(output).isFile())
        fail("--output " + in_quotes(output) + " is not a regular file");
    ImageFormat format{};
    const bool image = image_format_for(output, &format);
    if (!image &&
        QFileInfo(output).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        fail("cannot tell the format of " + in_quotes(output) +
             " from its extension (use .png, .jpg, .pdf, .svg or .csv)");
    // Checked for CSV too, so one command line works for every format.
    const QSize size = o.has(QStringLiteral("--size")) ? parse_size(o.get(QStringLiteral("--size")))
                                                       : kDefaultSize;

    std::optional<CurvesState> curves_state;
    std::optional<SoftmaxState> softmax_state;
    if (curves)
        curves_state = parse_curves(o);
    else
        softmax_state = parse_softmax(o);
    check_output(output);

    QString error;
    bool written = false;
    if (!image) {
        const QByteArray data =
            curves_state ? curves_csv(*curves_state) : softmax_csv(*softmax_state);
        written = write_file_atomically(output, data, &error);
    } else {
        // The same adapters as the window, so the file shows what the window would.
        QCustomPlot plot;
        plot.resize(size);
        if (curves_state) {
            CurvePlotter plotter(&plot);
            plotter.draw(*curves_state);
            written = export_plot(&plot, output, format, size, 1.0, &error);
        } else {
            SoftmaxPlotter plotter(&plot);
            plotter.draw(*softmax_state);
            written = export_plot(&plot, output, format, size, 1.0, &error);
        }
    }
    if (!written) {
        print_error(error);
        return kExitWriteFailed;
    }
    return kExitOk;
}

void drop_qt_message(QtMsgType type, const QMessageLogContext&, const QString& message) {
    // Anything short of critical is Qt talking about its environment, not about the export.
    if (type == QtCriticalMsg || type == QtFatalMsg) print_error(message);
}

} // namespace

int run_export_command(const QStringList& args) {
    try {
        return run(args);
    } catch (const UsageError& e) {
        print_error(QString::fromStdString(e.message));
        return kExitUsage;
    }
}

void quiet_qt_messages() {
    qInstallMessageHandler(drop_qt_message);
}

} // namespace activa::ui
