// SPDX-License-Identifier: MIT
// `activa gradflow` as scripts use it: the built binary, run without a shell and without a display.
#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace activa::test;

// The rows of `activa gradflow args...`, which must succeed.
std::vector<std::string> gradflow(std::vector<std::string> args) {
    args.insert(args.begin(), "gradflow");
    const Outcome r = expect_ok(args);
    EXPECT_TRUE(r.out.ends_with('\n'));
    return lines(r.out);
}

double grad_norm(const std::string& row) {
    return std::strtod(split(row, ',').at(1).c_str(), nullptr);
}

const std::string kHeader = "layer,grad_norm,activation_mean,activation_std,saturated_fraction,"
                            "dead_fraction,zero_gradient_fraction";

TEST(GradflowCli, HelpListsEveryOption) {
    const Outcome r = expect_ok({"gradflow", "--help"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_TRUE(r.out.starts_with("Usage: activa gradflow")) << r.out;
    for (const char* option :
         {"--activation", "--depth", "--width", "--batch", "--init", "--inputs", "--std", "--bias",
          "--seed", "--param", "--define", kHeader.c_str()})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
    EXPECT_NE(expect_ok({"--help"}).out.find("gradflow --activation"), std::string::npos);
}

// The header, then a row of seven fields for each layer, numbered from 1.
void expect_layer_rows(const std::vector<std::string>& rows, std::size_t depth) {
    ASSERT_EQ(rows.size(), depth + 1);
    EXPECT_EQ(rows[0], kHeader);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto fields = split(rows[i], ',');
        ASSERT_EQ(fields.size(), 7u) << rows[i];
        EXPECT_EQ(fields[0], std::to_string(i));
    }
}

TEST(GradflowCli, HeaderThenOneRowPerLayerFromTheInput) {
    expect_layer_rows(gradflow({"--activation", "relu", "--depth", "7"}), 7);
}

TEST(GradflowCli, DefaultsAreWidth64Batch128RecommendedInitSeed1) {
    EXPECT_EQ(gradflow({"--activation", "relu", "--depth", "5"}),
              gradflow({"--activation", "relu", "--depth", "5", "--width", "64", "--batch", "128",
                        "--init", "he_uniform", "--seed", "1"}));
    EXPECT_EQ(gradflow({"--activation", "tanh", "--depth", "5"}),
              gradflow({"--activation", "tanh", "--depth", "5", "--init", "glorot_uniform"}));
}

TEST(GradflowCli, SameSeedGivesTheSameBytes) {
    const std::vector<std::string> args{"--activation", "gelu", "--depth", "9", "--seed", "42"};
    EXPECT_EQ(gradflow(args), gradflow(args));
}

TEST(GradflowCli, AnotherSeedGivesOtherNumbers) {
    EXPECT_NE(gradflow({"--activation", "gelu", "--depth", "9", "--seed", "42"}),
              gradflow({"--activation", "gelu", "--depth", "9", "--seed", "43"}));
}

TEST(GradflowCli, SigmoidVanishesWhereReluWithHeHolds) {
    const auto sigmoid = gradflow({"--activation", "sigmoid", "--depth", "20"});
    const auto relu = gradflow({"--activation", "relu", "--depth", "20"});
    ASSERT_EQ(sigmoid.size(), 21u);
    ASSERT_EQ(relu.size(), 21u);
    EXPECT_LT(grad_norm(sigmoid[1]) / grad_norm(sigmoid[20]), 1e-4);
    const double relu_share = grad_norm(relu[1]) / grad_norm(relu[20]);
    EXPECT_GT(relu_share, 1.0 / 20);
    EXPECT_LT(relu_share, 20.0);
}

TEST(GradflowCli, OptionsReachTheEngine) {
    const auto plain = gradflow({"--activation", "leaky_relu", "--depth", "4"});
    for (const std::vector<std::string>& changed :
         {std::vector<std::string>{"--param", "negative_slope=0.3"},
          std::vector<std::string>{"--bias", "-0.1"},
          std::vector<std::string>{"--init", "normal", "--std", "0.5"},
          std::vector<std::string>{"--batch", "7"}, std::vector<std::string>{"--width", "9"}}) {
        std::vector<std::string> args{"--activation", "leaky_relu", "--depth", "4"};
        args.insert(args.end(), changed.begin(), changed.end());
        EXPECT_NE(gradflow(args), plain) << changed[0];
    }
}

TEST(GradflowCli, BadInputIsOneLineAndExitCode2) {
    expect_usage_error({"gradflow", "--depth", "3"}, {"--activation"});
    expect_usage_error({"gradflow", "--activation", "relu"}, {"--depth"});
    expect_usage_error({"gradflow", "--activation", "nope", "--depth", "3"},
                       {"unknown function 'nope'"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "0"},
                       {"--depth must be between 1 and 200, got 0"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "x"}, {"--depth"});
    // After a valid start: the options refused, and what the message names.
    const std::pair<std::vector<std::string>, std::string_view> refused[] = {
        {{"--width", "5000"}, "--width must be between 2 and 2048, got 5000"},
        {{"--batch", "0"}, "--batch"},
        {{"--init", "xavier"}, "--init must be glorot_uniform"},
        {{"--std", "2"}, "--std"},
        {{"--init", "normal", "--std", "0"}, "normal_std"},
        {{"--bias", "11"}, "bias"},
        {{"--bias", "nan"}, "--bias"},
        {{"--seed", "-1"}, "--seed"},
        {{"--param", "alpha=1"}, "alpha"},
        {{"--frobnicate"}, "--frobnicate"},
        {{"extra"}, "extra"},
    };
    for (const auto& [options, needle] : refused) {
        std::vector<std::string> args{"gradflow", "--activation", "relu", "--depth", "3"};
        args.insert(args.end(), options.begin(), options.end());
        expect_usage_error(args, {needle});
    }
    expect_usage_error(
        {"gradflow", "--activation", "leaky_relu", "--depth", "3", "--param", "negative_slope=5"},
        {"negative_slope"});
    // Each size is within its range; together they would need gigabytes.
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "200", "--width", "2048",
                        "--batch", "4096"},
                       {"too large: needs 19648 MiB, the limit is 1024 MiB"});
}

// Weights of standard deviation 100 over 200 layers overflow: the norms are inf or NaN, never a
// 0 that a NaN was taken for.
TEST(GradflowCli, GradflowPrintsNanOrInfNotZero) {
    const Outcome r = run_activa({"gradflow", "--activation", "identity", "--depth", "200",
                                  "--init", "normal", "--std", "100"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 201u);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::string norm = rows[i].substr(rows[i].find(',') + 1);
        EXPECT_TRUE(norm.starts_with("nan,") || norm.starts_with("inf,")) << rows[i];
    }
}

// --- typed activations and the inputs ----------------------------------------------------------

const std::string kPswish = "pswish(x, beta=1) = x*sigmoid(beta*x)";

TEST(GradflowCli, ATypedActivationRunsThroughEveryLayer) {
    const auto rows = gradflow({"--define", kPswish, "--activation", "pswish", "--depth", "30"});
    ASSERT_NO_FATAL_FAILURE(expect_layer_rows(rows, 30));
    for (std::size_t i = 1; i < rows.size(); ++i)
        EXPECT_GT(grad_norm(rows[i]), 0.0) << rows[i];
}

// max(x, 0) is relu to the bit, so the same network gives the same rows once the initialisation
// and the inputs are the same: relu's recipe (He, inputs in [0, 1]) given to the typed function,
// or the typed function's (Glorot, standardised) given to relu.
TEST(GradflowCli, ATypedMaxIsReluRowForRow) {
    const std::vector<std::string> typed{"--define", "m(x) = max(x, 0)", "--activation",
                                         "m",        "--depth",          "6"};
    const auto relu_recipe = gradflow({"--activation", "relu", "--depth", "6"});
    std::vector<std::string> args = typed;
    args.insert(args.end(), {"--init", "he_uniform", "--inputs", "zero_one"});
    EXPECT_EQ(gradflow(args), relu_recipe);
    EXPECT_EQ(gradflow(typed), gradflow({"--activation", "relu", "--depth", "6", "--init",
                                         "glorot_uniform", "--inputs", "standardised"}));
    EXPECT_NE(gradflow(typed), relu_recipe);
}

TEST(GradflowCli, ATypedParameterTakesAnyFiniteValue) {
    const std::vector<std::string> pswish{"--define", kPswish,   "--activation",
                                          "pswish",   "--depth", "4"};
    const auto plain = gradflow(pswish);
    for (const std::string beta : {"0.5", "7", "-40"}) {
        std::vector<std::string> args = pswish;
        args.insert(args.end(), {"--param", "beta=" + beta});
        EXPECT_NE(gradflow(args), plain) << beta;
    }
    auto with = [&](std::vector<std::string> more) {
        std::vector<std::string> args{"gradflow"};
        args.insert(args.end(), pswish.begin(), pswish.end());
        args.insert(args.end(), more.begin(), more.end());
        return args;
    };
    expect_usage_error(with({"--param", "gamma=2"}),
                       {"unknown parameter 'gamma' for pswish (it has beta)"});
    expect_usage_error(with({"--param", "beta=inf"}), {"parameter beta must be finite"});
}

TEST(GradflowCli, ABadDefinitionIsOneLineWithItsPlace) {
    expect_usage_error({"gradflow", "--define", "f(x) = 2 x", "--activation", "f", "--depth", "2"},
                       {"--define 'f(x) = 2 x': column 10: missing operator"});
    expect_usage_error({"gradflow", "--define", "f(x) = x", "--define", "f(x) = 2*x",
                        "--activation", "f", "--depth", "2"},
                       {"'f' is defined more than once"});
    expect_usage_error(
        {"gradflow", "--define", "relu(x) = x", "--activation", "relu", "--depth", "2"},
        {"'relu' is taken"});
}

// Without --inputs the inputs are drawn as the function's recipe scales them: [0, 1] for relu,
// [-1, 1] for tanh.
TEST(GradflowCli, TheInputsAreTheRecipesUnlessGiven) {
    const auto rows = [](std::string id, std::vector<std::string> more) {
        std::vector<std::string> args{"--activation", id, "--depth", "3"};
        args.insert(args.end(), more.begin(), more.end());
        return gradflow(args);
    };
    EXPECT_EQ(rows("relu", {}), rows("relu", {"--inputs", "zero_one"}));
    EXPECT_EQ(rows("tanh", {}), rows("tanh", {"--inputs", "minus_one_one"}));
    EXPECT_NE(rows("relu", {}), rows("relu", {"--inputs", "standardised"}));
    EXPECT_NE(rows("tanh", {}), rows("tanh", {"--inputs", "zero_one"}));
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--inputs", "gauss"},
                       {"--inputs must be zero_one, minus_one_one or standardised, got 'gauss'"});
}

} // namespace
