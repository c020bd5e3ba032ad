// SPDX-License-Identifier: MIT
// `activa export`: sets up the window's own view offscreen and saves its picture, or the numbers
// behind it as CSV, through the one picture interface.
#include "cli.hpp"
#include "helptext.hpp"

#include "common/exporter.hpp"
#include "curves/curvesview.hpp"
#include "gradflow/gradflowview.hpp"
#include "softmax/softmaxview.hpp"
#include "training/trainingview.hpp"
#include "wizard/flowchartview.hpp"

#include <activa/csv.hpp>
#include <activa/curves.hpp>
#include <activa/flowchart.hpp>
#include <activa/gradflow.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>
#include <activa/training.hpp>

#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>

namespace activa::cli {
namespace {

constexpr unsigned long long kMinSide = ui::kMinExportSide;
constexpr unsigned long long kMaxSide = ui::kMaxExportSide;
constexpr QSize kDefaultSize(1600, 900);

constexpr std::string_view kExportUsage =
    R"(Usage: activa export (--function IDS [--derivative [--log-derivative]]
                      [--param ID.NAME=VALUE]...
                      [--range MIN:MAX] [--points N]
                     | --softmax L1,L2,... [--temperature T]
                     | --flowchart hidden|output [--network mlp|cnn|rnn]
                       [--problem regression|binary|multiclass|multilabel]
                     | --gradflow --activation IDS --depth L [--width W] [--batch B]
                       [--init NAME] [--std S] [--bias B] [--seed S])
                     | --train --dataset NAME --activation IDS [TRAIN OPTIONS])
                     --output FILE [--size WxH]

Draws what the window draws and saves it: the curves of the functions IDS, softmax of the
logits L1,L2,... as bars, one of the article's two flowcharts with the path of the given
answers highlighted, the gradient flow through a deep network of each activation IDS, or a
training race after its last epoch. The extension of FILE picks the format: .png, .jpg, .pdf
and .svg save the picture, .csv the numbers behind curves, softmax, gradient flow or the race
(the CSV of 'activa train'). An existing FILE is replaced only once the new one is complete.

  --function IDS          ids or aliases from 'activa list', separated by commas
  --derivative            also draw (and write) each derivative
  --log-derivative        draw |f'| on a logarithmic axis, where vanishing tails show
  --param ID.NAME=VALUE   a parameter of one of the functions, e.g.
                          leaky_relu.negative_slope=0.2; may be repeated
  --range MIN:MAX         finite x range with MIN < MAX (default -10:10, the article's)
  --points N              points per curve, 2 to 1000000 (default 1001)
  --softmax L1,L2,...     finite logits; the classes are named A, B, C, ...
  --temperature T         softmax temperature, finite and > 0 (default 1)
  --flowchart WHICH       hidden (network type) or output (problem type)
  --network N             the answer highlighted on the hidden flowchart
  --problem P             the answer highlighted on the output flowchart
{gradflow}  --activation IDS        1 to 8 ids or aliases from 'activa list', separated by commas
  --depth L               hidden layers, 1 to 200
  --width W               units per layer, 2 to 2048 (default 64)
  --batch B               random input samples, 1 to 4096 (default 128)
{init}  --std S                 standard deviation of --init normal, 1e-06 to 100 (default 1)
  --bias B                the value every bias starts at, -10 to 10 (default 0)
  --seed S                random seed (default 1)
  --train                 a race of the activations IDS on dataset NAME, trained to its
                          last epoch first; takes every option of 'activa train' (see
                          activa train --help), --points and --param as that command reads
                          them
  --output FILE           the file to write
  --size WxH              picture size in pixels, 16 to 10000 each (default 1600x900)

Exit codes: 0 written; 2 bad input, found before anything is drawn, FILE included (a folder,
a folder that is missing or read-only, a device, a read-only file); 1 the write itself failed
(a full disk), with an existing FILE left as it was. Failures print one line on stderr.
)";

// The usage with the gradient-flow columns and the recipe's initialisations from their tables.
std::string export_usage() {
    std::string columns;
    for (const std::string_view column : gradflow_csv_columns())
        columns.append(columns.empty() ? "" : ", ").append("<id>_").append(column);
    return filled(
        kExportUsage,
        {{"gradflow", help_option("--gradflow",
                                  "gradient norm per layer (log scale) and activation "
                                  "statistics; CSV columns layer and, for each activation in "
                                  "turn, " +
                                      columns + " (see activa gradflow --help)",
                                  26)},
         {"init", help_option("--init NAME",
                              "one initialisation for every activation: " + init_keys_text() +
                                  " (default: each activation's recommended one: " +
                                  recipe_init_text() + ")",
                              26)}});
}

std::string quoted_path(const QString& s) {
    return cli::quoted(s.toStdString());
}

// Sends stderr to /dev/null while it lives.
class QuietStderr {
public:
    QuietStderr()
        : m_saved(dup(STDERR_FILENO)) {
        std::fflush(stderr);
        const int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null >= 0) {
            dup2(null, STDERR_FILENO);
            close(null);
        }
    }
    ~QuietStderr() {
        std::fflush(stderr);
        if (m_saved >= 0) {
            dup2(m_saved, STDERR_FILENO);
            close(m_saved);
        }
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    int m_saved;
};

// One line whatever the file name holds: scripts read exactly one.
CurvesState parse_curves(const Options& o) {
    CurvesState state;
    state.curves.clear(); // the window's starting selection is not what was asked for
    const std::string_view ids = o.get("--function");
    if (ids.empty()) fail("--function needs at least one function id (see 'activa list')");
    for (const ActivationId id : parse_activation_list(ids, "--function"))
        state.curves.push_back({id, default_params(id)});

    for (const std::string_view assignment : o.all("--param")) {
        const QualifiedParam p = parse_qualified_param(assignment);
        const auto curve = std::find_if(state.curves.begin(), state.curves.end(),
                                        [&](const CurveSpec& c) { return c.id == p.id; });
        if (curve == state.curves.end())
            fail("--param " + quoted(assignment) + " names " + std::string(info(p.id).key) +
                 ", which --function does not list");
        curve->params[p.index] = p.value;
    }
    state.show_derivative = o.has("--derivative");
    state.log_derivative = o.has("--log-derivative");
    if (state.log_derivative && !state.show_derivative) fail("--log-derivative needs --derivative");
    state.selected = 0;
    if (o.has("--range")) {
        const std::string_view range = o.get("--range");
        const std::size_t colon = range.find(':');
        if (colon == std::string_view::npos || range.find(':', colon + 1) != std::string_view::npos)
            fail("--range expects MIN:MAX, got " + quoted(range));
        state.xmin = parse_finite(range.substr(0, colon), "--range MIN");
        state.xmax = parse_finite(range.substr(colon + 1), "--range MAX");
    }
    if (o.has("--points"))
        state.points =
            static_cast<int>(parse_integer(o.get("--points"), "--points", kMinPoints, kMaxPoints));
    auto valid = checked(std::move(state), OnInvalid::Reject);
    if (!valid) fail(valid.error());
    return *std::move(valid);
}

SoftmaxState parse_softmax(const Options& o) {
    SoftmaxState state;
    state.logits = parse_list(o.get("--softmax"), "--softmax");
    state.classes.clear();
    for (std::size_t i = 0; i < state.logits.size(); ++i)
        state.classes.push_back(default_class_name(i));
    if (o.has("--temperature"))
        state.temperature = parse_finite(o.get("--temperature"), "--temperature");
    auto valid = checked(std::move(state), OnInvalid::Reject);
    if (!valid) fail(valid.error());
    return *std::move(valid);
}

struct FlowchartRequest {
    const Flowchart* chart;
    WizardAnswers answers;
};

FlowchartRequest parse_flowchart(const Options& o) {
    const std::string_view which = o.get("--flowchart");
    const Flowchart* chart = find_flowchart(which);
    if (!chart) fail("--flowchart must be hidden or output, got " + quoted(which));
    FlowchartRequest r{chart, {}};
    const bool hidden = chart == &hidden_flowchart();
    if (o.has("--network")) {
        if (!hidden) fail("--network applies to --flowchart hidden, not output");
        r.answers.network = parse_network(o.get("--network"));
        if (!r.answers.network)
            fail("--network must be mlp, cnn or rnn, got " + quoted(o.get("--network")));
    }
    if (o.has("--problem")) {
        if (hidden) fail("--problem applies to --flowchart output, not hidden");
        const auto problem = parse_problem(o.get("--problem"));
        if (!problem)
            fail("--problem must be regression, binary, multiclass or multilabel, got " +
                 quoted(o.get("--problem")));
        r.answers.classification = *problem != ProblemType::Regression;
        if (*problem != ProblemType::Regression) r.answers.problem = problem;
    }
    return r;
}

GradFlowState parse_gradflow(const Options& o) {
    if (!o.has("--activation")) fail("--gradflow needs --activation IDS (see 'activa list')");
    if (!o.has("--depth")) fail("--gradflow needs --depth L");
    GradFlowState state;
    state.curves.clear(); // the window's starting selection is not what was asked for
    const std::string_view ids = o.get("--activation");
    std::optional<InitScheme> init;
    if (o.has("--init")) init = parse_init(o.get("--init"));
    for (const ActivationId id : parse_activation_list(ids, "--activation"))
        state.curves.push_back({id, init ? *init : recommended_init(id)});
    state.depth = parse_integer(o.get("--depth"), "--depth", kGradFlowMinDepth, kGradFlowMaxDepth);
    if (o.has("--width"))
        state.width =
            parse_integer(o.get("--width"), "--width", kGradFlowMinWidth, kGradFlowMaxWidth);
    if (o.has("--batch"))
        state.batch =
            parse_integer(o.get("--batch"), "--batch", kGradFlowMinBatch, kGradFlowMaxBatch);
    if (o.has("--std")) {
        if (init != InitScheme::Normal) fail("--std applies to --init normal");
        state.normal_std = parse_finite(o.get("--std"), "--std");
    }
    if (o.has("--bias")) state.bias = parse_finite(o.get("--bias"), "--bias");
    if (o.has("--seed")) state.seed = parse_seed(o.get("--seed"));
    auto valid = checked(std::move(state), OnInvalid::Reject);
    if (!valid) fail(valid.error());
    return *std::move(valid);
}

QSize parse_size(std::string_view text) {
    const std::size_t x = text.find('x');
    if (x == std::string_view::npos) fail("--size expects WxH, e.g. 1600x900, got " + quoted(text));
    const auto width = parse_integer(text.substr(0, x), "--size width", kMinSide, kMaxSide);
    const auto height = parse_integer(text.substr(x + 1), "--size height", kMinSide, kMaxSide);
    return {static_cast<int>(width), static_cast<int>(height)};
}

} // namespace

int run_export(const std::vector<std::string_view>& args, std::FILE* out) {
    std::vector<std::string_view> valued{
        "--function",    "--param",      "--range",   "--points",  "--softmax",
        "--temperature", "--flowchart",  "--network", "--problem", "--output",
        "--size",        "--activation", "--depth",   "--width",   "--batch",
        "--init",        "--std",        "--bias",    "--seed"};
    for (const std::string_view option : train_options())
        if (std::find(valued.begin(), valued.end(), option) == valued.end())
            valued.push_back(option);
    const Options o(args, 1, valued,
                    {"--derivative", "--log-derivative", "--gradflow", "--train", "--help"},
                    {"--param"});
    if (o.has("--help")) return print(export_usage(), out);
    if (!o.positional.empty()) fail("unexpected argument " + quoted(o.positional[0]));
    const int kinds = int(o.has("--function")) + int(o.has("--softmax")) +
                      int(o.has("--flowchart")) + int(o.has("--gradflow")) + int(o.has("--train"));
    if (kinds != 1)
        fail("export needs exactly one of --function, --softmax, --flowchart, --gradflow and "
             "--train (see 'activa export --help')");
    const std::string_view kind = o.has("--function")    ? "--function"
                                  : o.has("--softmax")   ? "--softmax"
                                  : o.has("--flowchart") ? "--flowchart"
                                  : o.has("--gradflow")  ? "--gradflow"
                                                         : "--train";
    for (const std::string_view option : {"--derivative", "--log-derivative", "--range"})
        if (kind != "--function" && o.has(option))
            fail(std::string(option) + " applies to --function, not " + std::string(kind));
    // Both kinds read these, each its own way: points per curve or in the dataset.
    for (const std::string_view option : {"--param", "--points"})
        if (kind != "--function" && kind != "--train" && o.has(option))
            fail(std::string(option) + " applies to --function or --train, not " +
                 std::string(kind));
    // The two labs share some names (--activation, --depth, --width, --init, --seed, ...).
    constexpr std::array<std::string_view, 8> kGradflowOptions{
        "--activation", "--depth", "--width", "--batch", "--init", "--std", "--bias", "--seed"};
    const auto gradflow_takes = [&](std::string_view option) {
        return std::find(kGradflowOptions.begin(), kGradflowOptions.end(), option) !=
               kGradflowOptions.end();
    };
    const auto train_takes = [](std::string_view option) {
        const auto all = train_options();
        return std::find(all.begin(), all.end(), option) != all.end();
    };
    for (const std::string_view option : train_options())
        if (kind != "--train" && !(kind == "--gradflow" && gradflow_takes(option)) &&
            option != "--param" && option != "--points" && o.has(option))
            fail(std::string(option) + " applies to " +
                 (gradflow_takes(option) ? "--gradflow or --train" : "--train") + ", not " +
                 std::string(kind));
    if (kind != "--softmax" && o.has("--temperature"))
        fail("--temperature applies to --softmax, not " + std::string(kind));
    for (const std::string_view option : {"--network", "--problem"})
        if (kind != "--flowchart" && o.has(option))
            fail(std::string(option) + " applies to --flowchart, not " + std::string(kind));
    for (const std::string_view option : kGradflowOptions)
        if (kind != "--gradflow" && !(kind == "--train" && train_takes(option)) && o.has(option))
            fail(std::string(option) + " applies to " +
                 (train_takes(option) ? "--gradflow or --train" : "--gradflow") + ", not " +
                 std::string(kind));

    if (!o.has("--output") || o.get("--output").empty()) fail("export needs --output FILE");
    // A name in another encoding would be written under other bytes than those given.
    if (!is_utf8(o.get("--output")))
        fail("--output " + quoted(o.get("--output")) +
             " is not UTF-8: Activa writes only names it can keep byte for byte");
    const QString output = QString::fromUtf8(o.get("--output"));
    if (QFileInfo(output).isDir()) fail("--output " + quoted_path(output) + " is a directory");
    ui::ImageFormat format{};
    const bool image = ui::image_format_for(output, &format);
    const bool csv =
        QFileInfo(output).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    if (!image && !csv)
        fail("cannot tell the format of " + quoted_path(output) +
             " from its extension (use .png, .jpg, .pdf, .svg or .csv)");
    if (csv && kind == "--flowchart")
        fail("a flowchart is a picture: use .png, .jpg, .pdf or .svg for " + quoted_path(output));
    // Checked for CSV too, so one command line works for every format.
    const QSize size = o.has("--size") ? parse_size(o.get("--size")) : kDefaultSize;

    // Bad input, the output target included, is found before anything is drawn.
    std::unique_ptr<ui::Picture> picture;
    if (kind == "--function") {
        const CurvesState state = parse_curves(o);
        auto view = std::make_unique<ui::CurvesView>();
        view->setState(state);
        picture = std::move(view);
    } else if (kind == "--softmax") {
        const SoftmaxState state = parse_softmax(o);
        auto view = std::make_unique<ui::SoftmaxView>();
        view->setState(state);
        picture = std::move(view);
    } else if (kind == "--gradflow") {
        const GradFlowState state = parse_gradflow(o);
        auto view = std::make_unique<ui::GradFlowView>();
        view->setState(state);
        picture = std::move(view);
    } else if (kind == "--flowchart") {
        const FlowchartRequest request = parse_flowchart(o);
        auto view = std::make_unique<ui::FlowchartView>(*request.chart);
        view->setAnswers(request.answers);
        picture = std::move(view);
    } else {
        auto view = std::make_unique<ui::TrainingView>();
        view->setState(parse_training(o));
        picture = std::move(view);
    }
    QString error;
    if (!ui::check_target(output, &error)) fail(error.toStdString());
    // Laid out at the size asked for, as the window would be, and computed (a gradient flow, a
    // race) now that the input is known to be good: training takes the time.
    picture->preparePicture(size);

    bool written = false;
    {
        // Image libraries print their own complaints (libpng's "Write Error"); the command's
        // one line below says what happened.
        const QuietStderr quiet;
        written = csv ? ui::export_data(*picture, output, &error)
                      : ui::export_image(*picture, output, format, size, 1.0, &error);
    }
    if (!written) {
        report(error.toStdString());
        return kWriteFailed;
    }
    return kOk;
}

} // namespace activa::cli
