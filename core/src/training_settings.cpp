// SPDX-License-Identifier: MIT
// The training lab's settings: their keys, the recipe's choices, and the checks of validate().
#include <activa/functions.hpp>
#include <activa/numbers.hpp>
#include <activa/training.hpp>

#include "tables.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <stdexcept>
#include <string>

namespace activa {
namespace {

std::string range_message(const char* field, double lo, double hi, double got) {
    return std::string(field) + " must be between " + format_number(lo) + " and " +
           format_number(hi) + ", got " + format_number(got);
}

std::string count_message(const char* field, std::size_t lo, std::size_t hi, std::size_t got) {
    return std::string(field) + " must be between " + std::to_string(lo) + " and " +
           std::to_string(hi) + ", got " + std::to_string(got);
}

} // namespace

std::optional<OutputActivation> parse_output_activation(std::string_view key) {
    constexpr std::array kOutputs{OutputActivation::Linear, OutputActivation::Sigmoid,
                                  OutputActivation::Softmax};
    return detail::find_keyed(kOutputs, key, output_activation_key, std::identity{});
}

std::optional<LossKind> parse_loss(std::string_view key) {
    constexpr std::array kLosses{LossKind::MeanSquaredError, LossKind::BinaryCrossentropy,
                                 LossKind::CategoricalCrossentropy};
    return detail::find_keyed(kLosses, key, loss_key, std::identity{});
}

std::string_view optimizer_key(Optimizer o) {
    return o == Optimizer::Sgd ? "sgd" : "adam";
}

std::optional<Optimizer> parse_optimizer(std::string_view key) {
    if (key == "sgd") return Optimizer::Sgd;
    if (key == "adam") return Optimizer::Adam;
    return std::nullopt;
}

OutputActivation recommended_output(ProblemType type) {
    return recommend(NetworkType::Mlp, type, std::nullopt)->output;
}

LossKind recommended_loss(ProblemType type) {
    return recommend(NetworkType::Mlp, type, std::nullopt)->loss;
}

ParamValues effective_params(const TrainSettings& s) {
    return s.params ? *s.params : default_params(s.activation);
}
InitScheme effective_init(const TrainSettings& s) {
    return s.init ? *s.init : recommended_init(s.activation);
}
OutputActivation effective_output(const TrainSettings& s) {
    return s.output ? *s.output : recommended_output(dataset_info(s.dataset).problem);
}
LossKind effective_loss(const TrainSettings& s) {
    return s.loss ? *s.loss : recommended_loss(dataset_info(s.dataset).problem);
}

namespace {
// The first broken rule in words, or nothing.
std::string first_problem(const TrainSettings& s) {
    if (static_cast<std::size_t>(s.dataset) >= datasets().size())
        return "dataset is not a known dataset";
    if (s.points < kTrainMinPoints || s.points > kTrainMaxPoints)
        return count_message("points", kTrainMinPoints, kTrainMaxPoints, s.points);
    if (!(s.noise >= 0.0 && s.noise <= kTrainMaxNoise))
        return range_message("noise", 0.0, kTrainMaxNoise, s.noise);
    if (!(s.train_fraction >= kTrainMinTrainFraction && s.train_fraction <= kTrainMaxTrainFraction))
        return range_message("train_fraction", kTrainMinTrainFraction, kTrainMaxTrainFraction,
                             s.train_fraction);
    if (!is_known(s.activation)) return "activation is not in the catalogue";
    if (s.params) {
        if (auto ok = validate_params(s.activation, *s.params); !ok) return ok.error();
    }
    if (s.hidden_layers < kTrainMinHiddenLayers || s.hidden_layers > kTrainMaxHiddenLayers)
        return count_message("hidden_layers", kTrainMinHiddenLayers, kTrainMaxHiddenLayers,
                             s.hidden_layers);
    if (s.units < kTrainMinUnits || s.units > kTrainMaxUnits)
        return count_message("units", kTrainMinUnits, kTrainMaxUnits, s.units);
    if (s.init && static_cast<std::size_t>(*s.init) >= init_schemes().size())
        return "init is not a known initialisation";
    if (effective_init(s) == InitScheme::Normal &&
        !(s.normal_std > 0.0 && s.normal_std <= kTrainMaxNormalStd))
        return "normal_std must be greater than 0 and at most " +
               format_number(kTrainMaxNormalStd) + ", got " + format_number(s.normal_std);
    if (s.output && static_cast<std::size_t>(*s.output) > 2)
        return "output is not a known output activation";
    if (s.loss && static_cast<std::size_t>(*s.loss) > 2) return "loss is not a known loss";
    if (s.optimizer != Optimizer::Sgd && s.optimizer != Optimizer::Adam)
        return "optimizer is not a known optimizer";
    if (!(s.learning_rate > 0.0 && s.learning_rate <= kTrainMaxLearningRate))
        return "learning_rate must be greater than 0 and at most " +
               format_number(kTrainMaxLearningRate) + ", got " + format_number(s.learning_rate);
    if (!(s.momentum >= 0.0 && s.momentum < 1.0))
        return "momentum must be at least 0 and less than 1, got " + format_number(s.momentum);
    if (s.batch_size < kTrainMinBatch || s.batch_size > kTrainMaxBatch)
        return count_message("batch_size", kTrainMinBatch, kTrainMaxBatch, s.batch_size);
    if (!(s.l2 >= 0.0 && s.l2 <= kTrainMaxL2)) return range_message("l2", 0.0, kTrainMaxL2, s.l2);
    if (s.epochs < kTrainMinEpochs || s.epochs > kTrainMaxEpochs)
        return count_message("epochs", kTrainMinEpochs, kTrainMaxEpochs, s.epochs);
    return {};
}
} // namespace

double train_fraction_for_test_share(double test_share) {
    return std::clamp(1.0 - test_share, kTrainMinTrainFraction, kTrainMaxTrainFraction);
}

double test_share_for_train_fraction(double train_fraction) {
    return 1.0 - train_fraction;
}

Expected<void> validate(const TrainSettings& s) {
    return Expected<void>::from_reason(first_problem(s));
}

Dataset make_dataset(const TrainSettings& s) {
    if (const auto ok = validate(s); !ok) throw std::invalid_argument(ok.error());
    return make_dataset(s.dataset, s.points, s.noise, s.train_fraction, s.data_seed);
}

} // namespace activa
