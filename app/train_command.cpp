// SPDX-License-Identifier: MIT
// `activa train`: races activations on one of the training lab's datasets and prints a CSV row
// per activation and epoch as the epochs finish.
#include "cli.hpp"
#include "helptext.hpp"

#include <activa/csv.hpp>
#include <activa/datasets.hpp>
#include <activa/flowchart.hpp>
#include <activa/init.hpp>
#include <activa/numbers.hpp>
#include <activa/training.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <limits>

namespace activa::cli {
namespace {

constexpr std::string_view kTrainUsage =
    R"(Usage: activa train --dataset NAME --activation ID[,ID...] [--depth L] [--width W]
                    [--epochs E] [--batch B] [--optimizer adam|sgd] [--learning-rate R]
                    [--l2 V] [--init NAME] [--output-activation ID] [--loss NAME]
                    [--points N] [--noise V] [--test-fraction V] [--seed S]
                    [--param ID.NAME=VALUE]...
       activa train --list-datasets

Trains a small fully connected network once per activation, all on the same points from the
same initial random stream, and prints CSV with the header
activation,epoch,train_loss,test_loss,train_accuracy,test_accuracy,first_layer_grad_norm,
last_layer_grad_norm,dead_fraction: a row per activation and epoch, epoch by epoch, printed as
each epoch finishes. The accuracy fields are empty for regression. The same arguments give the
same CSV.

  --dataset NAME           a dataset from --list-datasets (prints name, problem, description
                           and whose set it is: playground, from TensorFlow Playground, or
                           activa, Activa's own)
  --activation IDS         1 to 6 ids or aliases from 'activa list', separated by commas
  --depth L                hidden layers, 1 to 20 (default 4)
  --width W                units per hidden layer, 1 to 64 (default 16)
  --epochs E               passes over the training points, 1 to 10000 (default 300)
  --batch B                mini-batch size, 1 to 1024 (default 32)
  --optimizer adam|sgd     Adam, or SGD with momentum 0.9 (default adam)
  --learning-rate R        greater than 0, at most 10 (default 0.01)
  --l2 V                   weight penalty (V/2)·sum(w^2), 0 to 1 (default 0)
{init}  --output-activation ID   linear, sigmoid or softmax (default: the recipe's for the problem)
  --loss NAME              mean_squared_error, binary_crossentropy or
                           categorical_crossentropy (default: the recipe's for the problem)
  --points N               points in the dataset, 10 to 10000 (default 500)
  --noise V                0 to 1 (default 0.1)
  --test-fraction V        share of the points held out for testing, 0.1 to 0.9 (default 0.5)
  --seed S                 the data, the initial weights and the batch order (default 1)
  --param ID.NAME=VALUE    a parameter of one of the activations, e.g.
                           leaky_relu.negative_slope=0.2; may be repeated

Sizes beyond the ceilings above are refused. Bad input exits with code 2 and one line on
stderr before anything is printed.
)";

constexpr double kMinTestFraction = 0.1; // 1 - kTrainMaxTrainFraction, written as people read it
constexpr double kMaxTestFraction = 0.9;
static_assert(kMinTestFraction + kTrainMaxTrainFraction == 1.0 &&
              kMaxTestFraction + kTrainMinTrainFraction == 1.0);
constexpr unsigned long long kMaxSeed = std::numeric_limits<std::uint64_t>::max();

// A number within [lo, hi]; with open_lo, lo itself is refused.
double parse_bounded(const Options& o, std::string_view option, double lo, double hi,
                     bool open_lo = false) {
    const std::string_view text = o.get(option);
    const double v = parse_finite(text, option);
    if ((open_lo ? v <= lo : v < lo) || v > hi)
        fail(std::string(option) + " must be " + (open_lo ? "greater than " : "at least ") +
             format_number(lo) + " and at most " + format_number(hi) + ", got " +
             std::string(text));
    return v;
}

std::size_t parse_size_option(const Options& o, std::string_view option, std::size_t lo,
                              std::size_t hi) {
    return static_cast<std::size_t>(parse_integer(o.get(option), option, lo, hi));
}

template <typename T>
T parse_key(const Options& o, std::string_view option, std::optional<T> (*parse)(std::string_view),
            std::string_view choices) {
    const auto v = parse(o.get(option));
    if (!v)
        fail(std::string(option) + " must be " + std::string(choices) + ", got " +
             quoted(o.get(option)));
    return *v;
}

std::string dataset_names() {
    std::string names;
    for (const DatasetInfo& d : datasets())
        names += (names.empty() ? "" : ", ") + std::string(d.key);
    return names;
}

// The usage with the recipe's initialisations written from the catalogue.
std::string train_usage() {
    return filled(kTrainUsage, {{"init", help_option("--init NAME",
                                                     init_keys_text() +
                                                         " (standard deviation 1); default: the "
                                                         "recipe's for each activation: " +
                                                         recipe_init_text(),
                                                     27)}});
}

int list_datasets(std::FILE* out) {
    FileSink sink(out);
    TextWriter w(sink);
    for (const DatasetInfo& d : datasets())
        w.text(d.key)
            .ch('\t')
            .text(problem_key(d.problem))
            .ch('\t')
            .text(d.description)
            .ch('\t')
            .text(dataset_source_key(d.source))
            .ch('\n');
    return finish(w, out);
}

} // namespace

const std::vector<std::string_view>& train_options() {
    static const std::vector<std::string_view> options{"--dataset",
                                                       "--activation",
                                                       "--depth",
                                                       "--width",
                                                       "--epochs",
                                                       "--batch",
                                                       "--optimizer",
                                                       "--learning-rate",
                                                       "--l2",
                                                       "--init",
                                                       "--output-activation",
                                                       "--loss",
                                                       "--points",
                                                       "--noise",
                                                       "--test-fraction",
                                                       "--seed",
                                                       "--param"};
    return options;
}

TrainingState parse_training(const Options& o) {
    TrainingState state;
    TrainSettings& s = state.settings;
    if (!o.has("--dataset")) fail("train needs --dataset NAME (" + dataset_names() + ")");
    const auto dataset = parse_dataset(o.get("--dataset"));
    if (!dataset)
        fail("unknown dataset " + quoted(o.get("--dataset")) + " (" + dataset_names() + ")");
    s.dataset = *dataset;

    if (!o.has("--activation")) fail("train needs --activation ID[,ID...] (see 'activa list')");
    state.race.clear();
    const std::string_view ids = o.get("--activation");
    for (const ActivationId id : parse_activation_list(ids, "--activation")) {
        if (std::any_of(state.race.begin(), state.race.end(),
                        [&](const RaceEntry& e) { return e.activation == id; }))
            fail("--activation lists " + std::string(info(id).key) + " twice");
        state.race.push_back({id, std::nullopt});
    }
    if (state.race.size() > kTrainMaxRace)
        fail("--activation takes at most " + std::to_string(kTrainMaxRace) + " functions, got " +
             std::to_string(state.race.size()));
    for (const std::string_view assignment : o.all("--param")) {
        const QualifiedParam p = parse_qualified_param(assignment);
        const auto entry = std::find_if(state.race.begin(), state.race.end(),
                                        [&](const RaceEntry& e) { return e.activation == p.id; });
        if (entry == state.race.end())
            fail("--param " + quoted(assignment) + " names " + std::string(info(p.id).key) +
                 ", which --activation does not list");
        if (!entry->params) entry->params = default_params(p.id);
        (*entry->params)[p.index] = p.value;
    }

    if (o.has("--depth"))
        s.hidden_layers =
            parse_size_option(o, "--depth", kTrainMinHiddenLayers, kTrainMaxHiddenLayers);
    if (o.has("--width")) s.units = parse_size_option(o, "--width", kTrainMinUnits, kTrainMaxUnits);
    if (o.has("--epochs"))
        s.epochs = parse_size_option(o, "--epochs", kTrainMinEpochs, kTrainMaxEpochs);
    if (o.has("--batch"))
        s.batch_size = parse_size_option(o, "--batch", kTrainMinBatch, kTrainMaxBatch);
    if (o.has("--points"))
        s.points = parse_size_option(o, "--points", kTrainMinPoints, kTrainMaxPoints);
    if (o.has("--optimizer"))
        s.optimizer = parse_key<Optimizer>(o, "--optimizer", parse_optimizer, "adam or sgd");
    if (o.has("--learning-rate"))
        s.learning_rate = parse_bounded(o, "--learning-rate", 0.0, kTrainMaxLearningRate, true);
    if (o.has("--l2")) s.l2 = parse_bounded(o, "--l2", 0.0, kTrainMaxL2);
    if (o.has("--noise")) s.noise = parse_bounded(o, "--noise", 0.0, kTrainMaxNoise);
    if (o.has("--test-fraction")) {
        // The settings hold the training share; 1 - 0.9 is a hair below 0.1 in binary, so the
        // share is kept within its limits rather than refused for a rounding.
        const double test = parse_bounded(o, "--test-fraction", kMinTestFraction, kMaxTestFraction);
        s.train_fraction = std::clamp(1.0 - test, kTrainMinTrainFraction, kTrainMaxTrainFraction);
    }
    if (o.has("--init"))
        s.init = parse_key<InitScheme>(o, "--init", parse_init_scheme, init_keys_text());
    if (o.has("--output-activation"))
        s.output = parse_key<OutputActivation>(o, "--output-activation", parse_output_activation,
                                               "linear, sigmoid or softmax");
    if (o.has("--loss"))
        s.loss = parse_key<LossKind>(
            o, "--loss", parse_loss,
            "mean_squared_error, binary_crossentropy or categorical_crossentropy");
    if (o.has("--seed")) {
        const auto seed = parse_integer(o.get("--seed"), "--seed", 0, kMaxSeed);
        s.seed = seed;
        s.data_seed = seed;
    }
    // The options above name the argument; this catches what only the combination breaks.
    auto valid = checked(std::move(state), OnInvalid::Reject);
    if (!valid) fail(valid.error());
    return *std::move(valid);
}

int cmd_train(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, train_options(), {"--help", "--list-datasets"}, {"--param"});
    if (o.has("--help")) return print(train_usage(), out);
    if (!o.positional.empty()) fail("unexpected argument " + quoted(o.positional[0]));
    if (o.has("--list-datasets")) {
        for (const std::string_view option : train_options())
            if (o.has(option))
                fail("--list-datasets takes no other options, got " + std::string(option));
        return list_datasets(out);
    }
    const TrainingState state = parse_training(o);

    FileSink sink(out);
    TextWriter w(sink);
    write_train_csv_header(w);
    std::atomic<bool> stop{false};
    const std::size_t runs = state.race.size();
    std::vector<bool> said_diverged(runs, false);
    train_race(
        state.settings, state.race,
        [&](std::size_t run, const EpochStats& stats) {
            write_train_csv_row(w, state.race[run].activation, stats);
            if (diverged(stats) && !said_diverged[run]) {
                said_diverged[run] = true;
                report("the network with " + std::string(info(state.race[run].activation).key) +
                       " diverged at epoch " + std::to_string(stats.epoch) +
                       ": its loss is no longer a finite number, so its rows have no accuracy "
                       "(a smaller --learning-rate may help)");
            }
            // Each epoch reaches the reader when it is done; a reader that went away stops the
            // race instead of letting it train for nobody.
            if (run + 1 == runs && (!w.finish() || std::fflush(out) != 0)) stop = true;
        },
        &stop);
    return finish(w, out);
}

} // namespace activa::cli
