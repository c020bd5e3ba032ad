// SPDX-License-Identifier: MIT
// `activa recommend`: the built binary, run without a shell.
#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace activa::test;

bool has_line(const std::string& out, std::string_view line) {
    for (const auto& l : lines(out))
        if (l == line) return true;
    return false;
}

TEST(RecommendCli, CnnMulticlass10) {
    const Outcome r =
        expect_ok({"recommend", "--network", "cnn", "--problem", "multiclass", "--classes", "10"});
    for (const std::string_view l :
         {"hidden_activation: relu", "weight_init: he_uniform", "input_scaling: [0, 1]",
          "output_activation: softmax", "output_nodes: 10", "label_encoding: one-hot",
          "loss: categorical_crossentropy"})
        EXPECT_TRUE(has_line(r.out, l)) << l << " not in:\n" << r.out;
    EXPECT_FALSE(has_line(r.out, "gate_activation: sigmoid"));
}

TEST(RecommendCli, RnnBinary) {
    const Outcome r = expect_ok({"recommend", "--network=rnn", "--problem=binary"});
    for (const std::string_view l :
         {"hidden_activation: tanh", "gate_activation: sigmoid", "weight_init: glorot_uniform",
          "input_scaling: [-1, 1]", "output_activation: sigmoid", "output_nodes: 1",
          "label_encoding: 0/1", "loss: binary_crossentropy"})
        EXPECT_TRUE(has_line(r.out, l)) << l << " not in:\n" << r.out;
}

TEST(RecommendCli, MlpRegressionHasReasons) {
    const Outcome r = expect_ok({"recommend", "--network", "mlp", "--problem", "regression"});
    EXPECT_TRUE(has_line(r.out, "output_activation: linear")) << r.out;
    EXPECT_TRUE(has_line(r.out, "loss: mean_squared_error")) << r.out;
    for (const auto& l : lines(r.out)) {
        const auto colon = l.find(": ");
        ASSERT_NE(colon, std::string::npos) << l;
        if (l.substr(0, colon).ends_with("_reason")) {
            EXPECT_TRUE(l.ends_with('.')) << l;
        }
    }
}

TEST(RecommendCli, RecommendUnknownNetworkGan) {
    expect_usage_error({"recommend", "--network", "gan", "--problem", "binary"}, {"gan"});
}

TEST(RecommendCli, RecommendUnknownProblemRanking) {
    expect_usage_error({"recommend", "--network", "mlp", "--problem", "ranking"}, {"ranking"});
}

TEST(RecommendCli, RecommendMissingNetwork) {
    expect_usage_error({"recommend", "--problem", "binary"}, {"--network"});
}

TEST(RecommendCli, RecommendMissingProblem) {
    expect_usage_error({"recommend", "--network", "mlp"}, {"--problem"});
}

TEST(RecommendCli, RecommendMulticlassClasses2) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", "2"},
        {"multiclass", "3"});
}

TEST(RecommendCli, RecommendClassesAbc) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", "abc"},
        {"--classes", "abc"});
}

TEST(RecommendCli, RecommendRegressionWithClasses) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "regression", "--classes", "3"},
        {"regression"});
}

TEST(RecommendCli, RecommendTooManyClasses) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", "100001"},
        {"100000"});
}

TEST(RecommendCli, RecommendClassesBeyondUnsigned) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", "4294967298"},
        {"--classes"});
}

TEST(RecommendCli, OneLimitOneMessage) {
    for (const std::string n : {"100001", "4000000000", "4294967295", "99999999999999999999999"})
        expect_usage_error(
            {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", n},
            {"--classes must be between 1 and 100000"});
}

} // namespace
