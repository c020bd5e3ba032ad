// SPDX-License-Identifier: MIT
// `activa gradflow` as scripts use it: the built binary, run without a shell and without a display.
#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
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
    for (const char* option : {"--activation", "--depth", "--width", "--batch", "--init", "--std",
                               "--bias", "--seed", "--param", kHeader.c_str()})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
    EXPECT_NE(expect_ok({"--help"}).out.find("gradflow --activation"), std::string::npos);
}

TEST(GradflowCli, HeaderThenOneRowPerLayerFromTheInput) {
    const auto lines = gradflow({"--activation", "relu", "--depth", "7"});
    ASSERT_EQ(lines.size(), 8u);
    EXPECT_EQ(lines[0], kHeader);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto fields = split(lines[i], ',');
        ASSERT_EQ(fields.size(), 7u) << lines[i];
        EXPECT_EQ(fields[0], std::to_string(i));
    }
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
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--width", "5000"},
                       {"--width must be between 2 and 2048, got 5000"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--batch", "0"},
                       {"--batch"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--init", "xavier"},
                       {"--init must be glorot_uniform"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--std", "2"},
                       {"--std"});
    expect_usage_error(
        {"gradflow", "--activation", "relu", "--depth", "3", "--init", "normal", "--std", "0"},
        {"normal_std"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--bias", "11"},
                       {"bias"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--bias", "nan"},
                       {"--bias"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--seed", "-1"},
                       {"--seed"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--param", "alpha=1"},
                       {"alpha"});
    expect_usage_error(
        {"gradflow", "--activation", "leaky_relu", "--depth", "3", "--param", "negative_slope=5"},
        {"negative_slope"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "--frobnicate"},
                       {"--frobnicate"});
    expect_usage_error({"gradflow", "--activation", "relu", "--depth", "3", "extra"}, {"extra"});
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

} // namespace
