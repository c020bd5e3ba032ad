// SPDX-License-Identifier: MIT
// `activa train` as scripts use it: the built binary, run without a shell and without a display.
// Races are a few epochs on a few points, so they take milliseconds.
#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace activa::test;

constexpr std::string_view kHeader =
    "activation,epoch,train_loss,test_loss,train_accuracy,test_accuracy,first_layer_grad_norm,"
    "last_layer_grad_norm,dead_fraction";

// A race small enough for a test: 60 points, 2 hidden layers of 8, a few epochs.
std::vector<std::string> small_race(std::string dataset, std::string activations,
                                    std::string epochs) {
    return {"train",
            "--dataset",
            std::move(dataset),
            "--activation",
            std::move(activations),
            "--depth",
            "2",
            "--width",
            "8",
            "--points",
            "60",
            "--epochs",
            std::move(epochs)};
}

TEST(TrainCli, PrintsTheHeaderAndARowPerActivationAndEpoch) {
    const Outcome r = expect_ok(small_race("xor", "relu,sigmoid,tanh", "4"));
    const std::vector<std::string> rows = lines(r.out);
    ASSERT_EQ(rows.size(), 1u + 3u * 4u);
    EXPECT_EQ(rows[0], kHeader);
    // Epoch by epoch, the activations in the order given.
    const std::vector<std::string> order{"relu", "sigmoid", "tanh"};
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::vector<std::string> fields = split(rows[i], ',');
        ASSERT_EQ(fields.size(), 9u) << rows[i];
        EXPECT_EQ(fields[0], order[(i - 1) % 3]) << rows[i];
        EXPECT_EQ(fields[1], std::to_string((i - 1) / 3 + 1)) << rows[i];
        for (std::size_t f = 2; f < fields.size(); ++f) {
            char* end = nullptr;
            const double v = std::strtod(fields[f].c_str(), &end);
            EXPECT_TRUE(end != fields[f].c_str() && *end == '\0') << rows[i];
            EXPECT_GE(v, 0.0) << rows[i];
        }
    }
}

TEST(TrainCli, RegressionLeavesTheAccuracyEmpty) {
    const Outcome r = expect_ok(small_race("sine", "tanh", "2"));
    const std::vector<std::string> rows = lines(r.out);
    ASSERT_EQ(rows.size(), 3u);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::vector<std::string> fields = split(rows[i], ',');
        ASSERT_EQ(fields.size(), 9u);
        EXPECT_EQ(fields[4], "");
        EXPECT_EQ(fields[5], "");
        EXPECT_FALSE(fields[3].empty());
    }
}

TEST(TrainCli, SameSeedSameCsvOtherSeedAnother) {
    std::vector<std::string> args = small_race("spiral", "relu,tanh", "3");
    args.insert(args.end(), {"--seed", "7"});
    const std::string first = expect_ok(args).out;
    const std::string second = expect_ok(args).out;
    EXPECT_EQ(first, second);
    args.back() = "8";
    const std::string other = expect_ok(args).out;
    EXPECT_NE(first, other);
    EXPECT_EQ(lines(first).size(), lines(other).size());
}

TEST(TrainCli, EveryOptionIsRead) {
    // Every option of the command, all but --param, which the first run adds.
    const std::vector<std::string> plain_args{"train",
                                              "--dataset=spiral3",
                                              "--activation",
                                              "leaky_relu,gelu",
                                              "--depth",
                                              "1",
                                              "--width",
                                              "4",
                                              "--epochs",
                                              "2",
                                              "--batch",
                                              "7",
                                              "--optimizer",
                                              "sgd",
                                              "--learning-rate",
                                              "0.05",
                                              "--l2",
                                              "0.001",
                                              "--init",
                                              "glorot_normal",
                                              "--output-activation",
                                              "softmax",
                                              "--loss",
                                              "categorical_crossentropy",
                                              "--points",
                                              "30",
                                              "--noise",
                                              "0.2",
                                              "--test-fraction",
                                              "0.9",
                                              "--seed",
                                              "3"};
    std::vector<std::string> args = plain_args;
    args.insert(args.end(), {"--param", "leaky_relu.negative_slope=0.2"});
    const Outcome r = expect_ok(args);
    EXPECT_EQ(lines(r.out).size(), 1u + 2u * 2u);
    // A parameter changes the run it names.
    const Outcome plain = expect_ok(plain_args);
    EXPECT_NE(lines(r.out)[1], lines(plain.out)[1]);
    EXPECT_EQ(lines(r.out)[2], lines(plain.out)[2]);
}

TEST(TrainCli, ListDatasetsNamesEachWithItsProblem) {
    const Outcome r = expect_ok({"train", "--list-datasets"});
    const std::vector<std::string> rows = lines(r.out);
    ASSERT_EQ(rows.size(), 9u);
    std::set<std::string> problems;
    for (const std::string& row : rows) {
        const std::vector<std::string> fields = split(row, '\t');
        ASSERT_EQ(fields.size(), 4u) << row;
        problems.insert(fields[1]);
    }
    EXPECT_EQ(problems,
              (std::set<std::string>{"binary", "multiclass", "multilabel", "regression"}));
    EXPECT_EQ(split(rows[1], '\t')[0], "xor");
    EXPECT_EQ(split(rows[1], '\t')[1], "binary");
}

TEST(TrainCli, BadInputIsOneLineAndExitCode2) {
    const std::vector<std::string> ok = small_race("xor", "relu", "2");
    const auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = ok;
        args.insert(args.end(), extra.begin(), extra.end());
        return args;
    };
    expect_usage_error({"train", "--activation", "relu"}, {"--dataset"});
    expect_usage_error({"train", "--dataset", "xor"}, {"--activation"});
    expect_usage_error({"train", "--dataset", "moons", "--activation", "relu"}, {"moons"});
    expect_usage_error({"train", "--dataset", "xor", "--activation", "relu,nope"}, {"nope"});
    expect_usage_error({"train", "--dataset", "xor", "--activation", "relu,,tanh"}, {"empty"});
    expect_usage_error({"train", "--dataset", "xor", "--activation", "relu,relu"}, {"twice"});
    expect_usage_error(
        {"train", "--dataset", "xor", "--activation", "relu,tanh,sigmoid,elu,gelu,silu,mish"},
        {"at most 6"});
    // Sizes beyond the ceilings.
    expect_usage_error(with({"--depth", "21"}), {"--depth"});
    expect_usage_error(with({"--width", "65"}), {"--width"});
    expect_usage_error(with({"--epochs", "10001"}), {"--epochs"});
    expect_usage_error(with({"--points", "10001"}), {"--points"});
    expect_usage_error(with({"--batch", "0"}), {"--batch"});
    expect_usage_error(with({"--epochs", "1e3"}), {"--epochs"});
    expect_usage_error(with({"--learning-rate", "0"}), {"--learning-rate"});
    expect_usage_error(with({"--learning-rate", "nan"}), {"--learning-rate"});
    expect_usage_error(with({"--l2", "-1"}), {"--l2"});
    expect_usage_error(with({"--noise", "2"}), {"--noise"});
    expect_usage_error(with({"--test-fraction", "0.95"}), {"--test-fraction"});
    expect_usage_error(with({"--optimizer", "rmsprop"}), {"--optimizer"});
    expect_usage_error(with({"--init", "zeros"}), {"--init"});
    expect_usage_error(with({"--output-activation", "relu"}), {"--output-activation"});
    expect_usage_error(with({"--loss", "hinge"}), {"--loss"});
    expect_usage_error(with({"--seed", "-1"}), {"--seed"});
    expect_usage_error(with({"--param", "elu.alpha=2"}), {"--activation does not list"});
    expect_usage_error(with({"--param", "relu.slope=1"}), {"slope"});
    expect_usage_error(with({"--depth", "2"}), {"more than once"});
    expect_usage_error(with({"extra"}), {"extra"});
    expect_usage_error(with({"--frobnicate"}), {"--frobnicate"});
    expect_usage_error({"train", "--list-datasets", "--dataset", "xor"}, {"--list-datasets"});
}

// SGD at rate 10 on a linear network with squared error: the loss becomes NaN in a few epochs.
const std::vector<std::string> kDivergingRace{
    "--dataset",       "xor", "--activation", "identity",           "--optimizer",         "sgd",
    "--learning-rate", "10",  "--loss",       "mean_squared_error", "--output-activation", "linear",
    "--epochs",        "5"};

TEST(TrainCli, DivergedLeavesTheAccuracyEmptyAndSaysWhen) {
    std::vector<std::string> args{"train"};
    args.insert(args.end(), kDivergingRace.begin(), kDivergingRace.end());
    const Outcome r = run_activa(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string first_nan_epoch;
    for (const std::string& row : lines(r.out)) {
        if (row.find(",nan,") == std::string::npos) continue;
        EXPECT_NE(row.find(",nan,nan,,,"), std::string::npos) << row;
        if (first_nan_epoch.empty()) first_nan_epoch = row.substr(9, row.find(',', 9) - 9);
    }
    ASSERT_FALSE(first_nan_epoch.empty()) << r.out;
    expect_one_printable_line(r.err);
    EXPECT_NE(r.err.find("diverged at epoch " + first_nan_epoch), std::string::npos) << r.err;
}

// --- typed activations -----------------------------------------------------------------------

// ReLU typed as max(x, 0) races the built-in.
TEST(TrainCli, ATypedActivationRacesTheBuiltins) {
    const Outcome r = expect_ok({"train", "--define", "myrelu(x) = max(x, 0)", "--dataset",
                                 "spiral", "--activation", "relu,myrelu"});
    const std::vector<std::string> rows = lines(r.out);
    ASSERT_EQ(rows.size(), 1u + 2u * 300u);
    EXPECT_EQ(rows[0], kHeader);
    EXPECT_TRUE(rows[2].starts_with("myrelu,1,")) << rows[2];
    EXPECT_TRUE(rows.back().starts_with("myrelu,300,")) << rows.back();
}

// max(x, 0) is relu to the bit: with the same initialisation the two runs are the same numbers,
// epoch by epoch.
TEST(TrainCli, ATypedMaxIsReluRowForRowWithTheSameInit) {
    std::vector<std::string> args = small_race("circle", "relu,myrelu", "4");
    args.insert(args.end(), {"--define", "myrelu(x) = max(x, 0)", "--init", "he_uniform"});
    const std::vector<std::string> rows = lines(expect_ok(args).out);
    ASSERT_EQ(rows.size(), 1u + 2u * 4u);
    for (std::size_t i = 1; i < rows.size(); i += 2) {
        ASSERT_TRUE(rows[i].starts_with("relu,")) << rows[i];
        EXPECT_EQ("myrelu" + rows[i].substr(4), rows[i + 1]);
    }
    // Without --init each takes its recipe's: He for relu, Glorot for a typed function.
    args.resize(args.size() - 2);
    const std::vector<std::string> own = lines(expect_ok(args).out);
    EXPECT_NE(own[2].substr(own[2].find(',')), own[1].substr(own[1].find(',')));
}

TEST(TrainCli, ATypedParameterIsNamedLikeABuiltinsAndTakesAnyFiniteValue) {
    std::vector<std::string> args = small_race("xor", "lrelu,tanh", "2");
    args.insert(args.end(), {"--define", "lrelu(x, s=0.01) = max(x, s*x)"});
    const std::vector<std::string> plain = lines(expect_ok(args).out);
    args.insert(args.end(), {"--param", "lrelu.s=-5"});
    const std::vector<std::string> steep = lines(expect_ok(args).out);
    ASSERT_EQ(plain.size(), steep.size());
    EXPECT_NE(plain[1], steep[1]); // lrelu's run
    EXPECT_EQ(plain[2], steep[2]); // tanh's
    args.back() = "lrelu.t=1";
    expect_usage_error(args, {"unknown parameter 't' for lrelu (it has s)"});
    args.back() = "s=1";
    expect_usage_error(args, {"--param expects ID.NAME=VALUE"});
    std::vector<std::string> unlisted = small_race("xor", "tanh", "2");
    unlisted.insert(unlisted.end(),
                    {"--define", "lrelu(x, s=0.01) = max(x, s*x)", "--param", "lrelu.s=0.2"});
    expect_usage_error(unlisted, {"names lrelu, which --activation does not list"});
}

TEST(TrainCli, ABadDefinitionIsOneLineWithItsPlace) {
    std::vector<std::string> args = small_race("xor", "f", "2");
    args.insert(args.end(), {"--define", "f(x) = x + tahn(x)"});
    expect_usage_error(args, {"--define 'f(x) = x + tahn(x)': column 12",
                              "unknown function 'tahn': did you mean 'tanh'?"});
    expect_usage_error(small_race("xor", "f", "2"), {"unknown function 'f'"});
}

} // namespace
