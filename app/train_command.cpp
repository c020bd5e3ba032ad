// SPDX-License-Identifier: MIT
// `activa train`: races activations on one of the training lab's datasets and prints a CSV row
// per activation and epoch as the epochs finish.
#include "choices.hpp"
#include "cli.hpp"
#include "function_options.hpp"
#include "helptext.hpp"
#include "options.hpp"
#include "output.hpp"

#include <activa/csv.hpp>
#include <activa/datasets.hpp>
#include <activa/flowchart.hpp>
#include <activa/init.hpp>
#include <activa/numbers.hpp>
#include <activa/training.hpp>

#include <algorithm>
#include <atomic>

namespace activa::cli {
namespace {

constexpr std::string_view kTrainUsage =
    R"(Usage: activa train --dataset NAME --activation ID[,ID...] [--depth L] [--width W]
                    [--epochs E] [--batch B] [--optimizer {optimizers}] [--learning-rate R]
                    [--l2 V] [--init NAME] [--output-activation ID] [--loss NAME]
                    [--points N] [--noise V] [--test-fraction V] [--seed S]
                    [--param ID.NAME=VALUE]... [--define 'NAME(x, p=1) = FORMULA']...
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
  --activation IDS         {races} ids or aliases from 'activa list' or NAMEs of --define,
                           separated by commas
  --depth L                hidden layers, {depths} (default {depth})
  --width W                units per hidden layer, {widths} (default {width})
  --epochs E               passes over the training points, {epochs} (default {epoch})
  --batch B                mini-batch size, {batches} (default {batch})
  --optimizer {optimizers}     Adam, or SGD with momentum {momentum} (default {optimizer})
  --learning-rate R        greater than 0, at most {rate_max} (default {rate})
  --l2 V                   weight penalty (V/2)·sum(w^2), {l2s} (default {l2})
{init}{output}{loss}  --points N               points in the dataset, {points} (default {point})
  --noise V                {noises} (default {noise})
  --test-fraction V        share of the points held out for testing, {tests} (default {test})
  --seed S                 the data, the initial weights and the batch order (default {seed})
  --param ID.NAME=VALUE    a parameter of one of the activations, e.g.
                           leaky_relu.negative_slope=0.2; may be repeated
  --define 'NAME(x, p=1) = FORMULA'
                           a typed activation whose NAME is then an id (see activa define
                           --help); may be repeated

Sizes beyond the ceilings above are refused. Bad input exits with code 2 and one line on
stderr before anything is printed.
)";

// The usage with the limits, defaults and names from the tables that check them.
std::string train_usage() {
    const TrainSettings d;
    const auto count = [](std::size_t n) { return std::to_string(n); };
    return filled(
        kTrainUsage,
        {{"optimizers", choice_keys(optimizer_choices(), "|", "|")},
         {"races", range_text(1, kTrainMaxRace)},
         {"depths", range_text(kTrainMinHiddenLayers, kTrainMaxHiddenLayers)},
         {"depth", count(d.hidden_layers)},
         {"widths", range_text(kTrainMinUnits, kTrainMaxUnits)},
         {"width", count(d.units)},
         {"epochs", range_text(kTrainMinEpochs, kTrainMaxEpochs)},
         {"epoch", count(d.epochs)},
         {"batches", range_text(kTrainMinBatch, kTrainMaxBatch)},
         {"batch", count(d.batch_size)},
         {"momentum", format_number(d.momentum)},
         {"optimizer", std::string(optimizer_key(d.optimizer))},
         {"rate_max", limit_text(kTrainMaxLearningRate)},
         {"rate", format_number(d.learning_rate)},
         {"l2s", range_text(0, kTrainMaxL2)},
         {"l2", format_number(d.l2)},
         {"init", help_option("--init NAME",
                              choice_keys(init_choices()) +
                                  " (standard deviation 1); default: the recipe's for each "
                                  "activation: " +
                                  recipe_init_text() + "; " + typed_init_text(),
                              27)},
         {"output", help_option("--output-activation ID",
                                choice_keys(output_activation_choices()) +
                                    " (default: the recipe's for the problem)",
                                27)},
         {"loss",
          help_option("--loss NAME",
                      choice_keys(loss_choices()) + " (default: the recipe's for the problem)",
                      27)},
         {"points", range_text(kTrainMinPoints, kTrainMaxPoints)},
         {"point", count(d.points)},
         {"noises", range_text(0, kTrainMaxNoise)},
         {"noise", format_number(d.noise)},
         {"tests", range_text(kTrainMinTestShare, kTrainMaxTestShare)},
         {"test", format_number(1.0 - d.train_fraction)},
         {"seed", std::to_string(d.seed)}});
}

std::string dataset_names() {
    std::string names;
    for (const DatasetInfo& d : datasets())
        names += (names.empty() ? "" : ", ") + std::string(d.key);
    return names;
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

std::size_t parse_size(const Options& o, std::string_view option, std::size_t lo, std::size_t hi) {
    return static_cast<std::size_t>(parse_integer(o.get(option), option, lo, hi));
}

double parse_share(const Options& o, std::string_view option, double hi, bool open_lo = false) {
    return parse_bounded(o.get(option), option, 0.0, hi, open_lo);
}

// The race's functions, each once, with the parameters --param gives them.
std::vector<RaceEntry> parse_race(const Options& o) {
    if (!o.has("--activation")) fail("train needs --activation ID[,ID...] (see 'activa list')");
    const std::vector<ActivationId> ids =
        parse_activation_list(o.get("--activation"), "--activation");
    if (ids.size() > kTrainMaxRace)
        fail("--activation takes at most " + std::to_string(kTrainMaxRace) + " functions, got " +
             std::to_string(ids.size()));
    const auto params = parse_qualified_params(o, ids, "--activation");
    std::vector<RaceEntry> race;
    for (std::size_t i = 0; i < ids.size(); ++i)
        race.push_back({ids[i], params[i]});
    return race;
}

// The network and its training: every option but the dataset's and the race's.
void parse_network(const Options& o, TrainSettings& s) {
    if (o.has("--depth"))
        s.hidden_layers = parse_size(o, "--depth", kTrainMinHiddenLayers, kTrainMaxHiddenLayers);
    if (o.has("--width")) s.units = parse_size(o, "--width", kTrainMinUnits, kTrainMaxUnits);
    if (o.has("--epochs")) s.epochs = parse_size(o, "--epochs", kTrainMinEpochs, kTrainMaxEpochs);
    if (o.has("--batch")) s.batch_size = parse_size(o, "--batch", kTrainMinBatch, kTrainMaxBatch);
    if (o.has("--optimizer"))
        s.optimizer = parse_choice("--optimizer", o.get("--optimizer"), optimizer_choices());
    if (o.has("--learning-rate"))
        s.learning_rate = parse_share(o, "--learning-rate", kTrainMaxLearningRate, true);
    if (o.has("--l2")) s.l2 = parse_share(o, "--l2", kTrainMaxL2);
    if (o.has("--init")) s.init = parse_choice("--init", o.get("--init"), init_choices());
    if (o.has("--output-activation"))
        s.output = parse_choice("--output-activation", o.get("--output-activation"),
                                output_activation_choices());
    if (o.has("--loss")) s.loss = parse_choice("--loss", o.get("--loss"), loss_choices());
    if (o.has("--seed")) {
        s.seed = parse_seed(o.get("--seed"));
        s.data_seed = s.seed;
    }
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
                                                       "--param",
                                                       "--define"};
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
    define_functions(o);
    state.race = parse_race(o);
    parse_network(o, s);
    if (o.has("--points")) s.points = parse_size(o, "--points", kTrainMinPoints, kTrainMaxPoints);
    if (o.has("--noise")) s.noise = parse_share(o, "--noise", kTrainMaxNoise);
    if (o.has("--test-fraction"))
        s.train_fraction = train_fraction_for_test_share(parse_bounded(
            o.get("--test-fraction"), "--test-fraction", kTrainMinTestShare, kTrainMaxTestShare));
    // The options above name the argument; this catches what only the combination breaks.
    auto valid = checked(std::move(state), OnInvalid::Reject);
    if (!valid) fail(valid.error());
    return *std::move(valid);
}

int cmd_train(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, train_options(), {"--help", "--list-datasets"},
                    {"--param", "--define"});
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
