// SPDX-License-Identifier: MIT
// `activa export --train`: the race's picture and CSV, the same race as `activa train` runs.
#include "export_test.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace {

using namespace activa::test;
namespace fs = std::filesystem;

// SGD at rate 10 on a linear network with squared error: the loss becomes NaN in a few epochs.
const std::vector<std::string> kDivergingRace{
    "--train",      "--dataset",          "xor",
    "--activation", "identity",           "--optimizer",
    "sgd",          "--learning-rate",    "10",
    "--loss",       "mean_squared_error", "--output-activation",
    "linear",       "--epochs",           "5"};

// A race small enough for a test: 80 points, 2 hidden layers of 6, three epochs.
const std::vector<std::string> kRace{
    "--train", "--dataset", "circle",   "--activation", "relu,sigmoid", "--depth", "2",
    "--width", "6",         "--points", "80",           "--epochs",     "3"};

TEST_F(ExportCli, TrainWritesThePictureAndTheSameCsvAsTheTrainCommand) {
    expect_ok(kRace + std::vector<std::string>{"--output", path("race.png"), "--size", "800x500"});
    EXPECT_EQ(png_size(read_file(path("race.png"))), (std::pair<unsigned, unsigned>{800, 500}));
    expect_ok(kRace + std::vector<std::string>{"--output", path("race.csv")});
    std::vector<std::string> train = kRace;
    train.front() = "train";
    EXPECT_EQ(read_file(path("race.csv")), activa::test::expect_ok(train).out);
}

TEST_F(ExportCli, TrainOptionsAreRefusedElsewhereAndBadRacesToo) {
    expect_usage_error({"--function", "relu", "--dataset", "xor", "--output", path("x.png")},
                       "--dataset applies to --train");
    expect_usage_error({"--train", "--dataset", "xor", "--activation", "relu", "--derivative",
                        "--output", path("x.png")},
                       "--derivative applies to --function");
    expect_usage_error({"--train", "--dataset", "xor", "--activation", "relu", "--depth", "99",
                        "--output", path("x.png")},
                       "--depth");
    expect_usage_error({"--train", "--function", "relu", "--output", path("x.png")}, "exactly one");
    EXPECT_FALSE(fs::exists(path("x.png")));
    EXPECT_NE(run({"--help"}).out.find("--train"), std::string::npos);
}

TEST_F(ExportCli, ADivergedRacePictureSaysSoAndNotVanishingGradient) {
    expect_ok(kDivergingRace + std::vector<std::string>{"--output", path("r.svg")});
    const std::string text = read_file(path("r.svg"));
    EXPECT_NE(text.find("diverged at epoch"), std::string::npos);
    EXPECT_EQ(text.find("vanishing"), std::string::npos);
}

// binary_step's derivative is zero everywhere: the ratio of gradients is 0, whose logarithm once
// indexed outside a table (the sanitizer build runs this race).
TEST_F(ExportCli, ARaceWithoutGradientSaysSo) {
    expect_ok({"--train", "--dataset", "xor", "--activation", "binary_step,relu", "--epochs", "5",
               "--output", path("r.svg")});
    const std::string text = read_file(path("r.svg"));
    EXPECT_NE(text.find("no gradient"), std::string::npos);
    EXPECT_EQ(text.find("10⁻"), std::string::npos);
}

// A typed function races in the picture as in `activa train`: the same CSV, its name in the
// picture, and --inputs, which the race has no use for, refused.
TEST_F(ExportCli, ATypedFunctionRacesAsInTheTrainCommand) {
    std::vector<std::string> race = kRace;
    race[4] = "relu,myrelu";
    race.insert(race.end(), {"--define", "myrelu(x) = max(x, 0)"});
    expect_ok(race + std::vector<std::string>{"--output", path("race.csv")});
    std::vector<std::string> train = race;
    train.front() = "train";
    EXPECT_EQ(read_file(path("race.csv")), activa::test::expect_ok(train).out);
    expect_ok(race + std::vector<std::string>{"--output", path("race.svg")});
    EXPECT_NE(read_file(path("race.svg")).find("myrelu"), std::string::npos);
    expect_usage_error(
        race + std::vector<std::string>{"--inputs", "zero_one", "--output", path("x.png")},
        "--inputs applies to --gradflow, not --train");
}

} // namespace
