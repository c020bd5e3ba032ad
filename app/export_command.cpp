// SPDX-License-Identifier: MIT
// `activa export`: sets up the window's own view offscreen and saves its picture, or the numbers
// behind it as CSV, through the one picture interface.
#include "choices.hpp"
#include "cli.hpp"
#include "export_pictures.hpp"
#include "helptext.hpp"
#include "options.hpp"
#include "output.hpp"

#include "common/exporter.hpp"
#include "curves/curvesview.hpp"
#include "gradflow/gradflowview.hpp"
#include "softmax/softmaxview.hpp"
#include "training/trainingview.hpp"
#include "wizard/flowchartview.hpp"

#include <activa/csv.hpp>
#include <activa/numbers.hpp>
#include <activa/training.hpp>

#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <memory>

namespace activa::cli {
namespace {

constexpr QSize kDefaultSize(1600, 900);

constexpr std::string_view kExportUsage =
    R"(Usage: activa export (--function IDS [--derivative [--log-derivative]]
                      [--param ID.NAME=VALUE]...
                      [--range MIN:MAX] [--points N]
                     | --softmax L1,L2,... [--temperature T]
                     | --flowchart {flowcharts} [--network {networks}]
                       [--problem {problems}]
                     | --gradflow --activation IDS --depth L [--width W] [--batch B]
                       [--init NAME] [--inputs SCALING] [--std S] [--bias B] [--seed S])
                     | --train --dataset NAME --activation IDS [TRAIN OPTIONS])
                     [--define 'NAME(x, p=1) = FORMULA']...
                     --output FILE [--size WxH]

Draws what the window draws and saves it: the curves of the functions IDS, softmax of the
logits L1,L2,... as bars, one of the article's two flowcharts with the path of the given
answers highlighted, the gradient flow through a deep network of each activation IDS, or a
training race after its last epoch. The extension of FILE picks the format: .png, .jpg, .pdf
and .svg save the picture, .csv the numbers behind curves, softmax, gradient flow or the race
(the CSV of 'activa train'). An existing FILE is replaced only once the new one is complete.

  --function IDS          ids or aliases from 'activa list' or NAMEs of --define, separated
                          by commas
  --derivative            also draw (and write) each derivative
  --log-derivative        draw |f'| on a logarithmic axis, where vanishing tails show
  --param ID.NAME=VALUE   a parameter of one of the functions, e.g.
                          leaky_relu.negative_slope=0.2; may be repeated
  --range MIN:MAX         x range with MIN < MAX, each {xs} (default {x_range},
                          the article's)
  --points N              points per curve, {points} (default {point}), at most
                          {total} over all curves
  --softmax L1,L2,...     {logits} logits, each {logit_range}, named A, B, C, ...
  --temperature T         softmax temperature, {temperatures} (default {temperature})
  --flowchart WHICH       hidden (network type) or output (problem type)
  --network N             the answer highlighted on the hidden flowchart
  --problem P             the answer highlighted on the output flowchart
{gradflow}  --activation IDS        {curves} ids or aliases from 'activa list' or NAMEs of --define,
                          separated by commas (with --train, {races})
  --depth L               hidden layers, {depths} (with --train, {train_depths})
  --width W               units per layer, {widths} (default {width})
  --batch B               random input samples, {batches} (default {batch})
{init}{inputs}  --std S                 standard deviation of --init normal, {stds} (default {std})
  --bias B                the value every bias starts at, {biases} (default {bias})
  --seed S                random seed (default {seed})
  --train                 a race of the activations IDS on dataset NAME, trained to its
                          last epoch first; takes every option of 'activa train' (see
                          activa train --help), --points and --param as that command reads
                          them
  --define 'NAME(x, p=1) = FORMULA'
                          a typed function whose NAME is then an id for --function,
                          --gradflow or --train (see activa define --help); may be repeated
  --output FILE           the file to write
  --size WxH              picture size in pixels, {sizes} each (default {size})

Exit codes: 0 written; 2 bad input, found before anything is drawn, FILE included (a folder,
a folder that is missing or read-only, a device, a read-only file); 1 the write itself failed
(a full disk), with an existing FILE left as it was. Failures print one line on stderr.
)";

// The usage with the limits, names and columns from the tables that check them.
std::string export_usage() {
    std::string columns;
    for (const std::string_view column : gradflow_csv_columns())
        columns.append(columns.empty() ? "" : ", ").append("<id>_").append(column);
    const CurvesState curves;
    const SoftmaxState softmax;
    const GradFlowState gradflow;
    const auto number = [](double v) { return format_number(v); };
    return filled(
        kExportUsage,
        {{"flowcharts", choice_keys(flowchart_choices(), "|", "|")},
         {"networks", choice_keys(network_choices(), "|", "|")},
         {"problems", choice_keys(problem_choices(), "|", "|")},
         {"xs", range_text(-kMaxAbsX, kMaxAbsX)},
         {"x_range", number(curves.xmin) + ":" + number(curves.xmax)},
         {"points", range_text(kMinPoints, kMaxPoints)},
         {"point", std::to_string(curves.points)},
         {"total", std::to_string(kMaxTotalPoints)},
         {"logits", range_text(1, kMaxSoftmaxClasses)},
         {"logit_range", range_text(-kMaxLogit, kMaxLogit)},
         {"temperatures", range_text(kMinTemperature, kMaxTemperature)},
         {"temperature", number(softmax.temperature)},
         {"gradflow", help_option("--gradflow",
                                  "gradient norm per layer (log scale) and activation "
                                  "statistics; CSV columns layer and, for each activation in "
                                  "turn, " +
                                      columns + " (see activa gradflow --help)",
                                  26)},
         {"curves", range_text(1, kGradFlowMaxCurves)},
         {"races", range_text(1, kTrainMaxRace)},
         {"depths", range_text(kGradFlowMinDepth, kGradFlowMaxDepth)},
         {"train_depths", range_text(kTrainMinHiddenLayers, kTrainMaxHiddenLayers)},
         {"widths", range_text(kGradFlowMinWidth, kGradFlowMaxWidth)},
         {"width", std::to_string(gradflow.width)},
         {"batches", range_text(kGradFlowMinBatch, kGradFlowMaxBatch)},
         {"batch", std::to_string(gradflow.batch)},
         {"init",
          help_option("--init NAME",
                      "one initialisation for every activation: " + choice_keys(init_choices()) +
                          " (default: each activation's recommended one: " + recipe_init_text() +
                          "; " + typed_init_text() + ")",
                      26)},
         {"inputs", help_option("--inputs SCALING",
                                "how the random inputs of --gradflow are drawn: " +
                                    choice_keys(input_choices()) +
                                    " (default: each activation's recipe: " + recipe_inputs_text() +
                                    "; " + typed_inputs_text() + ")",
                                26)},
         {"stds", range_text(kGradFlowMinNormalStd, kGradFlowMaxNormalStd)},
         {"std", number(gradflow.normal_std)},
         {"biases", range_text(-kGradFlowMaxAbsBias, kGradFlowMaxAbsBias)},
         {"bias", number(gradflow.bias)},
         {"seed", std::to_string(gradflow.seed)},
         {"sizes", range_text(ui::kMinExportSide, ui::kMaxExportSide)},
         {"size",
          std::to_string(kDefaultSize.width()) + "x" + std::to_string(kDefaultSize.height())}});
}

// The kinds of picture, each named by the option that asks for it.
constexpr std::array<std::string_view, 5> kKinds{"--function", "--softmax", "--flowchart",
                                                 "--gradflow", "--train"};
constexpr std::array<std::string_view, 5> kFlags{"--derivative", "--log-derivative", "--gradflow",
                                                 "--train", "--help"};

// The options each kind reads, besides --output and --size.
std::vector<std::string_view> kind_options(std::string_view kind) {
    if (kind == "--function")
        return {"--derivative", "--log-derivative", "--param", "--range", "--points", "--define"};
    if (kind == "--softmax") return {"--temperature"};
    if (kind == "--flowchart") return {"--network", "--problem"};
    std::vector<std::string_view> options =
        kind == "--gradflow" ? gradflow_options() : train_options();
    options.push_back("--define");
    return options;
}

// Every option of the command, once each, in the order of the kinds.
std::vector<std::string_view> all_options() {
    std::vector<std::string_view> out{"--output", "--size", "--help"};
    for (const std::string_view kind : kKinds) {
        out.push_back(kind);
        for (const std::string_view option : kind_options(kind))
            if (std::find(out.begin(), out.end(), option) == out.end()) out.push_back(option);
    }
    return out;
}

bool takes(std::string_view kind, std::string_view option) {
    const auto options = kind_options(kind);
    return std::find(options.begin(), options.end(), option) != options.end();
}

// The kind asked for; an option that belongs to other kinds is bad input naming those.
std::string_view picture_kind(const Options& o) {
    const auto given = std::count_if(kKinds.begin(), kKinds.end(),
                                     [&](std::string_view kind) { return o.has(kind); });
    if (given != 1)
        fail("export needs exactly one of --function, --softmax, --flowchart, --gradflow and "
             "--train (see 'activa export --help')");
    const std::string_view kind =
        *std::find_if(kKinds.begin(), kKinds.end(), [&](std::string_view k) { return o.has(k); });
    for (const std::string_view option : all_options()) {
        if (!o.has(option) || option == kind || takes(kind, option)) continue;
        if (option == "--output" || option == "--size" || option == "--help") continue;
        std::vector<std::string_view> owners;
        for (const std::string_view k : kKinds)
            if (takes(k, option)) owners.push_back(k);
        std::string named;
        for (std::size_t i = 0; i < owners.size(); ++i)
            named.append(i == 0 ? "" : i + 1 == owners.size() ? " or " : ", ").append(owners[i]);
        fail(std::string(option) + " applies to " + named + ", not " + std::string(kind));
    }
    return kind;
}

std::string quoted_path(const QString& s) {
    return cli::quoted(s.toStdString());
}

// Where and how to write, every part checked before anything is drawn.
struct Target {
    QString file;
    ui::ImageFormat format{};
    bool csv = false;
    QSize size;
};

QSize parse_size(std::string_view text) {
    const std::size_t x = text.find('x');
    if (x == std::string_view::npos) fail("--size expects WxH, e.g. 1600x900, got " + quoted(text));
    const auto width =
        parse_integer(text.substr(0, x), "--size width", ui::kMinExportSide, ui::kMaxExportSide);
    const auto height =
        parse_integer(text.substr(x + 1), "--size height", ui::kMinExportSide, ui::kMaxExportSide);
    return {static_cast<int>(width), static_cast<int>(height)};
}

Target parse_target(const Options& o, std::string_view kind) {
    if (!o.has("--output") || o.get("--output").empty()) fail("export needs --output FILE");
    // A name in another encoding would be written under other bytes than those given.
    if (!is_utf8(o.get("--output")))
        fail("--output " + quoted(o.get("--output")) +
             " is not UTF-8: Activa writes only names it can keep byte for byte");
    Target t;
    t.file = QString::fromUtf8(o.get("--output"));
    if (QFileInfo(t.file).isDir()) fail("--output " + quoted_path(t.file) + " is a directory");
    const bool image = ui::image_format_for(t.file, &t.format);
    t.csv = QFileInfo(t.file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    if (!image && !t.csv)
        fail("cannot tell the format of " + quoted_path(t.file) +
             " from its extension (use .png, .jpg, .pdf, .svg or .csv)");
    if (t.csv && kind == "--flowchart")
        fail("a flowchart is a picture: use .png, .jpg, .pdf or .svg for " + quoted_path(t.file));
    // Checked for CSV too, so one command line works for every format.
    t.size = o.has("--size") ? parse_size(o.get("--size")) : kDefaultSize;
    return t;
}

// The view that draws the kind asked for, set to the state the options describe.
std::unique_ptr<ui::Picture> make_picture(const Options& o, std::string_view kind) {
    const auto with = [](auto view, const auto& state) {
        view->setState(state);
        return std::unique_ptr<ui::Picture>(std::move(view));
    };
    if (kind == "--function") return with(std::make_unique<ui::CurvesView>(), parse_curves(o));
    if (kind == "--softmax") return with(std::make_unique<ui::SoftmaxView>(), parse_softmax(o));
    if (kind == "--gradflow") return with(std::make_unique<ui::GradFlowView>(), parse_gradflow(o));
    if (kind == "--train") return with(std::make_unique<ui::TrainingView>(), parse_training(o));
    const FlowchartRequest request = parse_flowchart(o);
    auto view = std::make_unique<ui::FlowchartView>(*request.chart);
    view->setAnswers(request.answers);
    return view;
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

} // namespace

int cmd_export(const std::vector<std::string_view>& args, std::FILE* out) {
    std::vector<std::string_view> valued;
    for (const std::string_view option : all_options())
        if (std::find(kFlags.begin(), kFlags.end(), option) == kFlags.end())
            valued.push_back(option);
    const Options o(args, 1, valued, {kFlags.begin(), kFlags.end()}, {"--param", "--define"});
    if (o.has("--help")) return print(export_usage(), out);
    if (!o.positional.empty()) fail("unexpected argument " + quoted(o.positional[0]));
    const std::string_view kind = picture_kind(o);
    const Target target = parse_target(o, kind);

    // Bad input, the output target included, is found before anything is drawn.
    const std::unique_ptr<ui::Picture> picture = make_picture(o, kind);
    QString error;
    if (!ui::check_target(target.file, &error)) fail(error.toStdString());
    // Laid out at the size asked for, as the window would be, and computed (a gradient flow, a
    // race) now that the input is known to be good: training takes the time.
    picture->preparePicture(target.size);

    bool written = false;
    {
        // Image libraries print their own complaints (libpng's "Write Error"); the command's
        // one line below says what happened.
        const QuietStderr quiet;
        written = target.csv ? ui::export_data(*picture, target.file, &error)
                             : ui::export_image(*picture, target.file, target.format, target.size,
                                                1.0, &error);
    }
    if (!written) {
        report(error.toStdString());
        return kWriteFailed;
    }
    return kOk;
}

} // namespace activa::cli
