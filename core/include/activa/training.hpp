// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>
#include <activa/datasets.hpp>
#include <activa/expected.hpp>
#include <activa/flowchart.hpp>
#include <activa/init.hpp>

#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace activa {

// The recipe's losses (flowchart.hpp), spelt as Keras spells them by loss_key().
using LossKind = Loss;
enum class Optimizer : std::uint8_t { Sgd, Adam }; // Sgd has momentum

// OutputActivation and output_activation_key() come with the flowcharts.
std::optional<OutputActivation> parse_output_activation(std::string_view key);
std::optional<LossKind> parse_loss(std::string_view key); // a loss_key()
std::string_view optimizer_key(Optimizer o);              // "sgd", "adam"
std::optional<Optimizer> parse_optimizer(std::string_view key);

// The recipe's output layer (the output flowchart's answer) and loss for a problem type: what
// recommend() gives.
OutputActivation recommended_output(ProblemType type);
LossKind recommended_loss(ProblemType type);

// Limits of the training lab, checked by validate().
inline constexpr std::size_t kTrainMinHiddenLayers = 1;
inline constexpr std::size_t kTrainMaxHiddenLayers = 20;
inline constexpr std::size_t kTrainMinUnits = 1;
inline constexpr std::size_t kTrainMaxUnits = 64;
inline constexpr std::size_t kTrainMinPoints = 10;
inline constexpr std::size_t kTrainMaxPoints = 10000;
inline constexpr double kTrainMaxNoise = 1.0;
inline constexpr double kTrainMinTrainFraction = 0.1;
inline constexpr double kTrainMaxTrainFraction = 0.9;
// People give the share held out for testing; the settings keep the training share. The test
// share's limits, written as people read them.
inline constexpr double kTrainMinTestShare = 0.1;
inline constexpr double kTrainMaxTestShare = 0.9;
static_assert(kTrainMinTestShare + kTrainMaxTrainFraction == 1.0 &&
              kTrainMaxTestShare + kTrainMinTrainFraction == 1.0);
// The training share for a test share within its limits: 1 - 0.9 is a hair below 0.1 in
// binary, which is kept within the training share's limits rather than refused for a rounding.
double train_fraction_for_test_share(double test_share);
// The test share people read for a training share: what the window shows.
double test_share_for_train_fraction(double train_fraction);
inline constexpr std::size_t kTrainMinBatch = 1;
inline constexpr std::size_t kTrainMaxBatch = 1024;
inline constexpr std::size_t kTrainMinEpochs = 1;
inline constexpr std::size_t kTrainMaxEpochs = 10000;
inline constexpr double kTrainMaxLearningRate = 10.0;
inline constexpr double kTrainMaxL2 = 1.0;
inline constexpr double kTrainMaxNormalStd = 100.0;

struct TrainSettings {
    // Data
    DatasetId dataset = DatasetId::Spiral;
    std::size_t points = 500;
    double noise = 0.1;
    double train_fraction = 0.5;
    std::uint64_t data_seed = 1;
    // Network
    ActivationId activation = ActivationId::Relu;
    std::optional<ParamValues> params; // the activation's defaults when empty
    std::size_t hidden_layers = 4;
    std::size_t units = 16;
    std::optional<InitScheme> init;         // recommended_init(activation) when empty
    double normal_std = 1.0;                // only for InitScheme::Normal
    std::optional<OutputActivation> output; // the recipe's for the dataset's problem when empty
    std::optional<LossKind> loss;           // likewise
    // Training
    Optimizer optimizer = Optimizer::Adam;
    double learning_rate = 0.01;
    double momentum = 0.9; // only for Sgd
    std::size_t batch_size = 32;
    double l2 = 0.0; // penalty (l2 / 2)·Σw² on the weights (not the biases)
    std::size_t epochs = 300;
    std::uint64_t seed = 1; // initial weights and the order of the mini-batches
    bool operator==(const TrainSettings&) const = default;
};

// Empty when the settings can run, otherwise one English line naming the bad field.
Expected<void> validate(const TrainSettings& settings);

ParamValues effective_params(const TrainSettings& settings);
InitScheme effective_init(const TrainSettings& settings);
OutputActivation effective_output(const TrainSettings& settings);
LossKind effective_loss(const TrainSettings& settings);

Dataset make_dataset(const TrainSettings& settings);

struct EpochStats {
    std::size_t epoch; // 1 after the first pass over the training points
    double train_loss; // the data loss (no penalty) over all training points
    double test_loss;
    double train_accuracy; // classification only, NaN for regression; per label for multilabel
    double test_accuracy;
    // ‖∂loss/∂W‖ (Frobenius) of the first and the last hidden layer, mean over the epoch's
    // mini-batches.
    double grad_norm_first;
    double grad_norm_last;
    double dead_fraction; // hidden units with f′ = 0 at every training point
};

// A network whose training loss is no longer a finite number has diverged: its outputs are
// inf or NaN, its accuracies NaN.
inline bool diverged(const EpochStats& e) {
    return !std::isfinite(e.train_loss);
}

// One network learning one dataset, an epoch at a time (play, pause and step in a view).
// Not thread-safe: one thread drives a trainer; another may only set a cancel flag.
class Trainer {
public:
    // Throws std::invalid_argument with validate()'s reason when the settings are invalid.
    explicit Trainer(const TrainSettings& settings);
    // Shares an existing dataset (a race): the data settings are not used.
    Trainer(const TrainSettings& settings, std::shared_ptr<const Dataset> data);
    ~Trainer();
    Trainer(Trainer&&) noexcept;
    Trainer& operator=(Trainer&&) noexcept;

    const TrainSettings& settings() const;
    const Dataset& dataset() const;
    std::shared_ptr<const Dataset> shared_dataset() const;

    // Trains one more epoch and returns its statistics (also kept in history()).
    EpochStats step();
    std::size_t epoch() const;
    bool finished() const; // epoch() reached settings().epochs
    const std::vector<EpochStats>& history() const;

    // The network's outputs (after the output activation) at points given as (x, y) pairs in the
    // dataset's coordinates: `outputs` per point, into out.
    void predict(std::span<const double> points, std::span<double> out) const;
    // The outputs on an nx × ny grid over [x_min, x_max] × [y_min, y_max], row by row from y_min,
    // x fastest, `outputs` values per node: the decision map.
    std::vector<double> predict_grid(double x_min, double x_max, double y_min, double y_max,
                                     std::size_t nx, std::size_t ny) const;

    // Every weight and bias, layer by layer (weights column-major, then biases), for gradient
    // checks and inspection.
    std::size_t parameter_count() const;
    std::vector<double> parameters() const;
    void set_parameters(std::span<const double> values);
    // Mean loss over the given training points plus the L2 penalty, and its gradient with
    // respect to parameters() into gradient.
    double loss_and_gradient(std::span<const std::size_t> train_points,
                             std::span<double> gradient) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// A race: the same data, settings and random stream for every activation, stepped together so
// the curves grow side by side.
struct RaceEntry {
    ActivationId activation;
    std::optional<ParamValues> params;
    bool operator==(const RaceEntry&) const = default;
};
struct RaceResult {
    std::vector<std::vector<EpochStats>> histories; // one per entry, in the entries' order
    bool cancelled = false;
};
using EpochCallback = std::function<void(std::size_t run, const EpochStats& stats)>;

// The one race engine: the window's worker thread steps it an epoch at a time and observes it
// between steps; train_race() and the command line run it to the end. Its runs share one dataset
// made from base's data settings; base.activation and base.params are replaced by each entry's;
// base.init, when set, is used for all, otherwise each activation gets the recipe's. Throws
// std::invalid_argument when a run's settings are invalid.
class Race {
public:
    Race(const TrainSettings& base, std::span<const RaceEntry> entries);
    std::size_t size() const { return m_runs.size(); }
    // Epochs every run has finished, and the race's length.
    std::size_t epoch() const { return m_epoch; }
    std::size_t epochs() const { return m_epochs; }
    bool finished() const { return m_epoch >= m_epochs; }
    // One epoch of every run, in the entries' order, on_epoch(run, stats) after each. A set
    // cancel flag stops between runs and leaves the epoch unfinished: false is returned, and a
    // later step finishes it.
    bool step(const EpochCallback& on_epoch = {}, const std::atomic<bool>* cancel = nullptr);
    const Trainer& run(std::size_t r) const { return m_runs.at(r); }
    std::vector<std::vector<EpochStats>> histories() const;

private:
    std::vector<Trainer> m_runs;
    std::size_t m_epoch = 0;
    std::size_t m_epochs = 0;
};

// The whole race at once (what `activa train` streams through on_epoch).
RaceResult train_race(const TrainSettings& base, std::span<const RaceEntry> entries,
                      const EpochCallback& on_epoch = {},
                      const std::atomic<bool>* cancel = nullptr);

// Activations in one race: each gets a decision map and two loss curves, and the picture must
// stay readable.
inline constexpr std::size_t kTrainMaxRace = 6;

// Everything the training view and `activa export --train` start a race from. settings gives
// the data, network and training; its activation and params are not used: each entry of the
// race brings its own.
struct TrainingState {
    TrainSettings settings{};
    // In the order they were checked, each function at most once.
    std::vector<RaceEntry> race{
        {ActivationId::Relu, {}}, {ActivationId::Tanh, {}}, {ActivationId::Sigmoid, {}}};
    bool operator==(const TrainingState&) const = default;
};

// The state with every rule applied: validate()'s rules on the settings, 1 to kTrainMaxRace
// known functions, each listed once with valid parameters. With OnInvalid::UseDefault a bad
// setting takes its default, a bad function's parameters their defaults, a repeated or unknown
// function is dropped, and an empty race becomes the default one.
Expected<TrainingState> checked(TrainingState state, OnInvalid on_invalid);

// The dataset of the problem type for a quick race (the wizard's "Try it"): Playground's spiral
// for binary, three arms for multiclass, the multilabel set, the sine surface for regression.
DatasetId dataset_for(ProblemType problem);

} // namespace activa
