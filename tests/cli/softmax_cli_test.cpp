// SPDX-License-Identifier: MIT
// `activa softmax`: the built binary, run without a shell; every number read back against core.
#include "run_activa.hpp"

#include <activa/softmax.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace activa::test;

struct SoftmaxRows {
    std::vector<double> logit, probability, log_probability, sigmoid;
};

SoftmaxRows parse_softmax(const std::string& out) {
    SoftmaxRows rows;
    const auto ls = lines(out);
    EXPECT_FALSE(ls.empty());
    if (ls.empty()) return rows;
    EXPECT_TRUE(ls[0].starts_with("index,logit,probability")) << ls[0];
    EXPECT_EQ(ls[0], "index,logit,probability,log_probability,sigmoid");
    for (std::size_t i = 1; i < ls.size(); ++i) {
        const auto f = split(ls[i], ',');
        EXPECT_EQ(f.size(), 5U) << ls[i];
        if (f.size() != 5) continue;
        EXPECT_EQ(f[0], std::to_string(i - 1));
        rows.logit.push_back(to_double(f[1]));
        rows.probability.push_back(to_double(f[2]));
        rows.log_probability.push_back(to_double(f[3]));
        rows.sigmoid.push_back(to_double(f[4]));
    }
    return rows;
}

TEST(SoftmaxCli, ArticleExample132) {
    const SoftmaxRows rows = parse_softmax(expect_ok({"softmax", "1,3,2"}).out);
    ASSERT_EQ(rows.probability.size(), 3U);
    EXPECT_EQ(rows.logit, (std::vector<double>{1.0, 3.0, 2.0}));
    EXPECT_NEAR(rows.probability[0], 0.09003057, 1e-8);
    EXPECT_NEAR(rows.probability[1], 0.66524096, 1e-8);
    EXPECT_NEAR(rows.probability[2], 0.24472847, 1e-8);
}

void expect_softmax_matches_core(const std::vector<std::string>& args,
                                 const std::vector<double>& logits, double temperature) {
    const SoftmaxRows rows = parse_softmax(expect_ok(args).out);
    const auto p = activa::softmax(logits, temperature);
    const auto lp = activa::log_softmax(logits, temperature);
    const auto s = activa::sigmoid_each(logits);
    ASSERT_EQ(rows.probability.size(), logits.size());
    for (std::size_t i = 0; i < logits.size(); ++i) {
        EXPECT_EQ(bits(rows.logit[i]), bits(logits[i])) << i;
        EXPECT_EQ(bits(rows.probability[i]), bits(p[i])) << i;
        EXPECT_EQ(bits(rows.log_probability[i]), bits(lp[i])) << i;
        EXPECT_EQ(bits(rows.sigmoid[i]), bits(s[i])) << i;
    }
}

TEST(SoftmaxCli, ArticleExample132MatchesCore) {
    expect_softmax_matches_core({"softmax", "1,3,2"}, {1.0, 3.0, 2.0}, 1.0);
}

TEST(SoftmaxCli, Temperature2MatchesCore) {
    expect_softmax_matches_core({"softmax", "1,3,2", "--temperature", "2"}, {1.0, 3.0, 2.0}, 2.0);
    expect_softmax_matches_core({"softmax", "1,3,2", "--temperature=2"}, {1.0, 3.0, 2.0}, 2.0);
}

TEST(SoftmaxCli, NegativeAndTinyTemperatureMatchesCore) {
    expect_softmax_matches_core({"softmax", "-1.5,0.25,7,-3", "--temperature", "0.01"},
                                {-1.5, 0.25, 7.0, -3.0}, 0.01);
}

TEST(SoftmaxCli, HugeLogits) {
    const SoftmaxRows rows = parse_softmax(expect_ok({"softmax", "1e308,-1e308"}).out);
    EXPECT_EQ(rows.probability, (std::vector<double>{1.0, 0.0}));
}

// Arguments refused, and what the message names.
struct Refusal {
    const char* name; // the test's own name
    std::vector<std::string> args;
    std::vector<std::string_view> needles;
};

class SoftmaxCliRefuses : public testing::TestWithParam<Refusal> {};

TEST_P(SoftmaxCliRefuses, AsAUsageError) {
    expect_usage_error(GetParam().args, GetParam().needles);
}

const Refusal kRefusals[] = {
    {"MissingList", {"softmax"}, {"logits"}},
    {"EmptyList", {"softmax", ""}, {"logits"}},
    {"EmptyItem1CommaComma2", {"softmax", "1,,2"}, {"1,,2"}},
    {"MalformedLogit", {"softmax", "1,two"}, {"two"}},
    {"InfLogit", {"softmax", "1,inf"}, {"inf"}},
    {"MinusInfLogit", {"softmax", "-inf,1"}, {"-inf"}},
    {"NanLogit", {"softmax", "nan,1"}, {"nan"}},
    {"Temperature0", {"softmax", "1,2", "--temperature", "0"}, {"--temperature"}},
    {"TemperatureMinus1", {"softmax", "1,2", "--temperature", "-1"}, {"--temperature", "-1"}},
    {"TemperatureNan", {"softmax", "1,2", "--temperature=nan"}, {"--temperature", "nan"}},
    {"TemperatureInf", {"softmax", "1,2", "--temperature=inf"}, {"--temperature", "inf"}},
    {"TemperatureMalformed", {"softmax", "1,2", "--temperature=warm"}, {"--temperature", "warm"}},
    {"TemperatureMissingValue", {"softmax", "1,2", "--temperature"}, {"--temperature"}},
};

INSTANTIATE_TEST_SUITE_P(Softmax, SoftmaxCliRefuses, testing::ValuesIn(kRefusals),
                         [](const auto& info) { return std::string(info.param.name); });

} // namespace
