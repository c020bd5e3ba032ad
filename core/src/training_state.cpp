// SPDX-License-Identifier: MIT
#include <activa/functions.hpp>
#include <activa/training.hpp>

#include "checked_functions.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace activa {
namespace {

// Copies one field of the settings; the repair takes fields one at a time so a bad one falls
// back to its default without taking the good ones with it.
using CopyField = void (*)(TrainSettings& to, const TrainSettings& from);

// In dependency order: init comes before normal_std, which is only checked for a normal init.
constexpr std::array<CopyField, 18> kFields{
    [](TrainSettings& t, const TrainSettings& f) { t.dataset = f.dataset; },
    [](TrainSettings& t, const TrainSettings& f) { t.points = f.points; },
    [](TrainSettings& t, const TrainSettings& f) { t.noise = f.noise; },
    [](TrainSettings& t, const TrainSettings& f) { t.train_fraction = f.train_fraction; },
    [](TrainSettings& t, const TrainSettings& f) { t.data_seed = f.data_seed; },
    [](TrainSettings& t, const TrainSettings& f) { t.hidden_layers = f.hidden_layers; },
    [](TrainSettings& t, const TrainSettings& f) { t.units = f.units; },
    [](TrainSettings& t, const TrainSettings& f) { t.init = f.init; },
    [](TrainSettings& t, const TrainSettings& f) { t.normal_std = f.normal_std; },
    [](TrainSettings& t, const TrainSettings& f) { t.output = f.output; },
    [](TrainSettings& t, const TrainSettings& f) { t.loss = f.loss; },
    [](TrainSettings& t, const TrainSettings& f) { t.optimizer = f.optimizer; },
    [](TrainSettings& t, const TrainSettings& f) { t.learning_rate = f.learning_rate; },
    [](TrainSettings& t, const TrainSettings& f) { t.momentum = f.momentum; },
    [](TrainSettings& t, const TrainSettings& f) { t.batch_size = f.batch_size; },
    [](TrainSettings& t, const TrainSettings& f) { t.l2 = f.l2; },
    [](TrainSettings& t, const TrainSettings& f) { t.epochs = f.epochs; },
    [](TrainSettings& t, const TrainSettings& f) { t.seed = f.seed; },
};

} // namespace

Expected<TrainingState> checked(TrainingState s, OnInvalid on_invalid) {
    const bool repair = on_invalid == OnInvalid::UseDefault;
    using Result = Expected<TrainingState>;

    // The race brings the activations; what the settings say about one is not used, so it is
    // not checked either, and two states that train the same race compare equal.
    const TrainSettings defaults;
    s.settings.activation = defaults.activation;
    s.settings.params = defaults.params;
    if (const auto ok = validate(s.settings); !ok) {
        if (!repair) return Result::failure(ok.error());
        TrainSettings fixed = defaults;
        for (const CopyField copy : kFields) {
            TrainSettings probe = fixed;
            copy(probe, s.settings);
            if (validate(probe)) fixed = probe;
        }
        s.settings = fixed;
    }

    auto checked_race =
        checked_functions(s.race, &RaceEntry::activation, repair, [&](RaceEntry& e) {
            if (!e.params) return std::string();
            if (const auto ok = validate_params(e.activation, *e.params); !ok) {
                if (!repair) return ok.error();
                e.params.reset();
            }
            return std::string();
        });
    if (!checked_race) return Result::failure(checked_race.error());
    std::vector<RaceEntry> race = std::move(*checked_race);
    if (race.size() > kTrainMaxRace) {
        if (!repair)
            return Result::failure("a race takes at most " + std::to_string(kTrainMaxRace) +
                                   " activations, got " + std::to_string(race.size()));
        race.resize(kTrainMaxRace);
    }
    if (race.empty()) {
        if (!repair) return Result::failure("a race needs at least one activation");
        race = TrainingState{}.race;
    }
    s.race = std::move(race);
    return s;
}

DatasetId dataset_for(ProblemType problem) {
    switch (problem) {
    case ProblemType::Regression:
        return DatasetId::Sine;
    case ProblemType::Binary:
        return DatasetId::Spiral;
    case ProblemType::Multiclass:
        return DatasetId::Spiral3;
    case ProblemType::Multilabel:
        return DatasetId::Multilabel;
    }
    return DatasetId::Spiral;
}

} // namespace activa
