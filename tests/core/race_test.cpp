// SPDX-License-Identifier: MIT
// The one race engine: stepped and observed as the window does, or run to the end as
// `activa train` does, with the same numbers.
#include <activa/functions.hpp>
#include <activa/training.hpp>

#include "training_helpers.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <vector>

namespace {

using activa::ActivationId;
using activa::Race;
using activa::RaceEntry;
using activa::Trainer;
using activa::TrainSettings;

using activa::test::spiral_race;

TrainSettings short_race() {
    TrainSettings s = spiral_race(ActivationId::Relu, 3);
    s.epochs = 4;
    s.points = 120;
    return s;
}

const RaceEntry kThree[] = {
    {ActivationId::Relu, {}}, {ActivationId::Tanh, {}}, {ActivationId::Sigmoid, {}}};

TEST(TrainRace, RunsShareDataAndStreamWithAloneRuns) {
    TrainSettings base = spiral_race(ActivationId::Relu, 2);
    base.epochs = 3;
    const RaceEntry entries[] = {{ActivationId::Relu, {}}, {ActivationId::Tanh, {}}};
    std::size_t calls = 0;
    const auto race =
        activa::train_race(base, entries, [&](std::size_t, const activa::EpochStats&) { ++calls; });
    EXPECT_EQ(calls, 6u);
    ASSERT_EQ(race.histories.size(), 2u);
    TrainSettings tanh = base;
    tanh.activation = ActivationId::Tanh;
    Trainer alone(tanh);
    for (std::size_t e = 0; e < 3; ++e)
        EXPECT_EQ(alone.step().train_loss, race.histories[1][e].train_loss);
}

TEST(TrainRace, CancelStopsBetweenEpochs) {
    std::atomic<bool> cancel{false};
    const RaceEntry entries[] = {{ActivationId::Relu, {}}};
    const auto race = activa::train_race(
        spiral_race(ActivationId::Relu, 1), entries,
        [&](std::size_t, const activa::EpochStats& e) {
            if (e.epoch == 2) cancel = true;
        },
        &cancel);
    EXPECT_TRUE(race.cancelled);
    EXPECT_EQ(race.histories[0].size(), 2u);
}

TEST(Race, SteppedEpochByEpochIsTheRaceRunToTheEnd) {
    const auto whole = activa::train_race(short_race(), kThree);
    Race race(short_race(), kThree);
    EXPECT_EQ(race.size(), 3u);
    EXPECT_EQ(race.epochs(), 4u);
    std::vector<std::size_t> observed;
    while (!race.finished()) {
        const std::size_t before = race.epoch();
        EXPECT_TRUE(race.step([&](std::size_t run, const activa::EpochStats& e) {
            observed.push_back(run);
            EXPECT_EQ(e.epoch, before + 1);
        }));
        EXPECT_EQ(race.epoch(), before + 1);
        // Between steps every run can be looked at, as the window draws its maps.
        EXPECT_EQ(race.run(2).epoch(), race.epoch());
    }
    EXPECT_EQ(observed, (std::vector<std::size_t>{0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2}));
    const auto histories = race.histories();
    ASSERT_EQ(histories.size(), 3u);
    for (std::size_t r = 0; r < 3; ++r) {
        ASSERT_EQ(histories[r].size(), 4u);
        for (std::size_t e = 0; e < 4; ++e)
            EXPECT_EQ(histories[r][e].train_loss, whole.histories[r][e].train_loss);
    }
    EXPECT_TRUE(race.step()); // a finished race stays finished
    EXPECT_EQ(race.epoch(), 4u);
}

// The window cancels a step when a newer request comes; the engine finishes that epoch later
// with the numbers an uninterrupted race has.
TEST(Race, ACancelledStepIsFinishedByTheNextOne) {
    const auto whole = activa::train_race(short_race(), kThree);
    Race race(short_race(), kThree);
    std::atomic<bool> cancel{false};
    EXPECT_FALSE(race.step(
        [&](std::size_t run, const activa::EpochStats&) {
            if (run == 0) cancel = true;
        },
        &cancel));
    EXPECT_EQ(race.epoch(), 0u);
    EXPECT_EQ(race.run(0).epoch(), 1u);
    EXPECT_EQ(race.run(1).epoch(), 0u);
    cancel = false;
    std::vector<std::size_t> resumed;
    EXPECT_TRUE(race.step(
        [&](std::size_t run, const activa::EpochStats&) { resumed.push_back(run); }, &cancel));
    EXPECT_EQ(resumed, (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(race.epoch(), 1u);
    while (!race.finished())
        race.step();
    const auto histories = race.histories();
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t e = 0; e < 4; ++e)
            EXPECT_EQ(histories[r][e].test_loss, whole.histories[r][e].test_loss);
}

} // namespace

namespace {

// A typed function races like a built-in: max(x, 0) with He initialisation is ReLU, so its
// run is ReLU's, number for number, in the same race.
TEST(Race, ATypedReluRacesExactlyLikeRelu) {
    activa::TypedRecipe he;
    he.init = activa::WeightInit::He;
    const auto my_relu = activa::define_function({"my_relu(x) = max(x, 0)", {}, he});
    ASSERT_TRUE(my_relu);
    EXPECT_EQ(activa::recommended_init(*my_relu), activa::recommended_init(ActivationId::Relu));
    const RaceEntry entries[] = {{ActivationId::Relu, {}}, {*my_relu, {}}};
    const auto race = activa::train_race(short_race(), entries);
    ASSERT_EQ(race.histories.size(), 2u);
    ASSERT_EQ(race.histories[1].size(), 4u);
    for (std::size_t e = 0; e < 4; ++e) {
        EXPECT_EQ(race.histories[1][e].train_loss, race.histories[0][e].train_loss) << e;
        EXPECT_EQ(race.histories[1][e].test_loss, race.histories[0][e].test_loss) << e;
        EXPECT_EQ(race.histories[1][e].grad_norm_first, race.histories[0][e].grad_norm_first);
        EXPECT_EQ(race.histories[1][e].dead_fraction, race.histories[0][e].dead_fraction);
    }
}

} // namespace
