// SPDX-License-Identifier: MIT
#include <activa/activations.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>

#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {

using Result = activa::test::Outcome;

// Runs the activa binary with exactly these arguments (no shell) and collects both streams.
Result run(std::initializer_list<std::string> args) {
    return activa::test::run_activa(std::vector<std::string>(args));
}

std::vector<std::string> split(std::string_view text, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(sep, start);
        parts.emplace_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return parts;
}

// Lines of the output; the output must end with a newline.
std::vector<std::string> lines(const std::string& text) {
    EXPECT_FALSE(text.empty());
    if (text.empty()) return {};
    EXPECT_EQ(text.back(), '\n');
    auto parts = split(std::string_view(text).substr(0, text.size() - 1), '\n');
    return parts;
}

double to_double(const std::string& s) {
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    EXPECT_EQ(end, s.c_str() + s.size()) << '"' << s << '"';
    return v;
}

std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

Result expect_ok(std::initializer_list<std::string> args) {
    Result r = run(args);
    EXPECT_EQ(r.exit_code, 0) << "stderr: " << r.err;
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.err, "");
    return r;
}

// Bad input: exit code 2, nothing on stdout, one line on stderr that mentions each needle.
void expect_usage_error(std::initializer_list<std::string> args,
                        std::initializer_list<std::string_view> needles) {
    std::string command;
    for (const auto& a : args)
        command += " [" + a + "]";
    SCOPED_TRACE("activa" + command);
    const Result r = run(args);
    EXPECT_EQ(r.exit_code, 2) << "signal " << r.signal << ", stderr: " << r.err;
    EXPECT_EQ(r.out, "");
    ASSERT_FALSE(r.err.empty());
    EXPECT_EQ(r.err.back(), '\n') << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "more than one line: " << r.err;
    for (const std::string_view needle : needles)
        EXPECT_NE(r.err.find(needle), std::string::npos) << "'" << needle << "' not in: " << r.err;
}

// --- help and version -------------------------------------------------------------------------

TEST(CliHelp, DashDashHelp) {
    const Result r = expect_ok({"--help"});
    EXPECT_TRUE(r.out.starts_with("Usage: activa")) << r.out;
    for (const std::string_view c : {"list", "eval", "softmax", "recommend"})
        EXPECT_NE(r.out.find(c), std::string::npos) << c;
}

TEST(CliHelp, DashH) {
    const Result r = expect_ok({"-h"});
    EXPECT_EQ(r.out, expect_ok({"--help"}).out);
}

TEST(CliHelp, DashDashVersion) {
    const Result r = expect_ok({"--version"});
    EXPECT_TRUE(r.out.starts_with("activa ")) << r.out;
    ASSERT_FALSE(r.out.empty());
    EXPECT_EQ(r.out.find('\n'), r.out.size() - 1);
    EXPECT_EQ(expect_ok({"-v"}).out, r.out);
}

TEST(CliHelp, ListHelp) {
    const Result r = expect_ok({"list", "--help"});
    EXPECT_TRUE(r.out.starts_with("Usage: activa list")) << r.out;
}

TEST(CliHelp, EvalHelp) {
    const Result r = expect_ok({"eval", "--help"});
    EXPECT_TRUE(r.out.starts_with("Usage: activa eval")) << r.out;
    EXPECT_NE(r.out.find("--range"), std::string::npos);
}

TEST(CliHelp, SoftmaxHelp) {
    const Result r = expect_ok({"softmax", "--help"});
    EXPECT_TRUE(r.out.starts_with("Usage: activa softmax")) << r.out;
    EXPECT_NE(r.out.find("--temperature"), std::string::npos);
}

TEST(CliHelp, RecommendHelp) {
    const Result r = expect_ok({"recommend", "--help"});
    EXPECT_TRUE(r.out.starts_with("Usage: activa recommend")) << r.out;
    EXPECT_NE(r.out.find("--network"), std::string::npos);
}

// --- list -------------------------------------------------------------------------------------

TEST(CliList, TwentySevenTabSeparatedLines) {
    const Result r = expect_ok({"list"});
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 27U);
    ASSERT_EQ(rows.size(), activa::kActivationCount);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto fields = split(rows[i], '\t');
        ASSERT_EQ(fields.size(), 3U) << rows[i];
        const auto& a = activa::catalogue()[i];
        EXPECT_EQ(fields[0], a.key);
        EXPECT_EQ(fields[1], a.name);
        EXPECT_EQ(fields[2].empty(), a.params.empty()) << rows[i];
    }
}

std::optional<std::vector<std::string>> list_row(const std::string& id) {
    const Result r = run({"list"});
    for (const auto& row : lines(r.out)) {
        auto fields = split(row, '\t');
        if (!fields.empty() && fields[0] == id) return fields;
    }
    return std::nullopt;
}

TEST(CliList, LeakyReluNegativeSlope) {
    const auto row = list_row("leaky_relu");
    ASSERT_TRUE(row);
    ASSERT_EQ(row->size(), 3U);
    EXPECT_EQ((*row)[2], "negative_slope=0.01");
}

TEST(CliList, HardtanhMinValMaxVal) {
    const auto row = list_row("hardtanh");
    ASSERT_TRUE(row);
    ASSERT_EQ(row->size(), 3U);
    EXPECT_EQ((*row)[2], "min_val=-1,max_val=1");
}

TEST(CliList, ReluHasNoParams) {
    const auto row = list_row("relu");
    ASSERT_TRUE(row);
    ASSERT_EQ(row->size(), 3U);
    EXPECT_EQ((*row)[2], "");
}

// --- eval -------------------------------------------------------------------------------------

TEST(CliEval, SigmoidAtZeroNanInfMinusInf) {
    const Result r = expect_ok({"eval", "sigmoid", "--at=0,nan,inf,-inf"});
    EXPECT_EQ(r.out, "x,value,derivative\n"
                     "0,0.5,0.25\n"
                     "nan,nan,nan\n"
                     "inf,1,0\n"
                     "-inf,0,0\n");
}

TEST(CliEval, SigmoidAtSeparateValue) {
    EXPECT_EQ(expect_ok({"eval", "sigmoid", "--at", "0,nan,inf,-inf"}).out,
              expect_ok({"eval", "sigmoid", "--at=0,nan,inf,-inf"}).out);
}

TEST(CliEval, AliasLinearIsIdentity) {
    const Result a = expect_ok({"eval", "linear", "--at=-2,0,3.5"});
    EXPECT_EQ(a.out, expect_ok({"eval", "identity", "--at=-2,0,3.5"}).out);
    EXPECT_EQ(a.out, "x,value,derivative\n-2,-2,1\n0,0,1\n3.5,3.5,1\n");
}

TEST(CliEval, AliasSwishIsSilu) {
    const Result a = expect_ok({"eval", "swish", "--range", "-6:6:49"});
    EXPECT_EQ(a.out, expect_ok({"eval", "silu", "--range", "-6:6:49"}).out);
}

TEST(CliEval, AliasLogisticIsSigmoid) {
    const Result a = expect_ok({"eval", "logistic", "--at=0,nan,inf,-inf,1.5"});
    EXPECT_EQ(a.out, expect_ok({"eval", "sigmoid", "--at=0,nan,inf,-inf,1.5"}).out);
}

struct Rows {
    std::vector<double> x, value, derivative;
};

Rows parse_csv(const std::string& out) {
    Rows rows;
    const auto ls = lines(out);
    EXPECT_FALSE(ls.empty());
    if (ls.empty()) return rows;
    EXPECT_EQ(ls[0], "x,value,derivative");
    for (std::size_t i = 1; i < ls.size(); ++i) {
        const auto f = split(ls[i], ',');
        EXPECT_EQ(f.size(), 3U) << ls[i];
        if (f.size() != 3) continue;
        rows.x.push_back(to_double(f[0]));
        rows.value.push_back(to_double(f[1]));
        rows.derivative.push_back(to_double(f[2]));
    }
    return rows;
}

TEST(CliEval, ReluRangeMinus1To1Count5) {
    const Result r = expect_ok({"eval", "relu", "--range", "-1:1:5"});
    EXPECT_EQ(r.out, "x,value,derivative\n"
                     "-1,0,0\n"
                     "-0.5,0,0\n"
                     "0,0,0\n"
                     "0.5,0.5,1\n"
                     "1,1,1\n");
    const Rows rows = parse_csv(r.out);
    ASSERT_EQ(rows.x.size(), 5U);
    EXPECT_EQ(rows.x, (std::vector<double>{-1.0, -0.5, 0.0, 0.5, 1.0}));
}

TEST(CliEval, ReluRangeEqualsForm) {
    EXPECT_EQ(expect_ok({"eval", "relu", "--range=-1:1:5"}).out,
              expect_ok({"eval", "relu", "--range", "-1:1:5"}).out);
}

TEST(CliEval, RangeEndsExactForPointOneToPointSeven) {
    const Rows rows = parse_csv(expect_ok({"eval", "identity", "--range", "0.1:0.7:7"}).out);
    ASSERT_EQ(rows.x.size(), 7U);
    EXPECT_EQ(bits(rows.x.front()), bits(0.1));
    EXPECT_EQ(bits(rows.x.back()), bits(0.7));
}

TEST(CliEval, ReluRangeMinus1e308To1e308Count3) {
    const Result r = expect_ok({"eval", "relu", "--range", "-1e308:1e308:3"});
    const Rows rows = parse_csv(r.out);
    ASSERT_EQ(rows.x.size(), 3U);
    EXPECT_EQ(rows.x, (std::vector<double>{-1e308, 0.0, 1e308}));
    EXPECT_EQ(rows.value, (std::vector<double>{0.0, 0.0, 1e308}));
    EXPECT_EQ(rows.derivative[0], 0.0);
    EXPECT_EQ(rows.derivative[2], 1.0);
}

TEST(CliEval, LeakyReluNegativeSlopePoint2AtMinus1) {
    const Result def = expect_ok({"eval", "leaky_relu", "--at=-1"});
    EXPECT_EQ(def.out, "x,value,derivative\n-1,-0.01,0.01\n");
    const Result r = expect_ok({"eval", "leaky_relu", "--param", "negative_slope=0.2", "--at=-1"});
    EXPECT_EQ(r.out, "x,value,derivative\n-1,-0.2,0.2\n");
    EXPECT_EQ(expect_ok({"eval", "leaky_relu", "--param=negative_slope=0.2", "--at=-1"}).out,
              r.out);
}

TEST(CliEval, HardtanhBothParams) {
    const Result r = expect_ok(
        {"eval", "hardtanh", "--param", "min_val=-2", "--param", "max_val=3", "--at=-5,0,5"});
    EXPECT_EQ(r.out, "x,value,derivative\n-5,-2,0\n0,0,1\n5,3,0\n");
}

// Every printed number reads back to exactly the double the core computes.
void expect_matches_core(const std::string& id, const std::string& range) {
    SCOPED_TRACE(id + " " + range);
    const Rows rows = parse_csv(expect_ok({"eval", id, "--range", range}).out);
    const auto fn = activa::find_activation(id);
    ASSERT_TRUE(fn);
    const auto params = activa::default_params(*fn);
    std::vector<double> v(rows.x.size());
    std::vector<double> d(rows.x.size());
    activa::evaluate(*fn, params, rows.x, v, d);
    const auto parts = split(range, ':');
    const double min = std::strtod(parts[0].c_str(), nullptr);
    const double max = std::strtod(parts[1].c_str(), nullptr);
    std::vector<double> xs(rows.x.size());
    activa::linspace(min, max, xs);
    for (std::size_t i = 0; i < rows.x.size(); ++i) {
        ASSERT_EQ(bits(rows.x[i]), bits(xs[i])) << "x at row " << i;
        ASSERT_EQ(bits(rows.value[i]), bits(v[i])) << "value at x = " << rows.x[i];
        ASSERT_EQ(bits(rows.derivative[i]), bits(d[i])) << "derivative at x = " << rows.x[i];
        const auto scalar = activa::evaluate(*fn, rows.x[i], params);
        EXPECT_EQ(bits(rows.value[i]), bits(scalar.value)) << "scalar value at " << rows.x[i];
        EXPECT_EQ(bits(rows.derivative[i]), bits(scalar.derivative))
            << "scalar derivative at " << rows.x[i];
    }
}

TEST(CliEval, GeluMatchesCoreBitExactly) {
    expect_matches_core("gelu", "-6:6:1001");
}
TEST(CliEval, TanhMatchesCoreBitExactly) {
    expect_matches_core("tanh", "-20:20:1001");
}
TEST(CliEval, MishMatchesCoreBitExactly) {
    expect_matches_core("mish", "-30:30:999");
}
TEST(CliEval, SeluMatchesCoreBitExactly) {
    expect_matches_core("selu", "-3.3:2.7:1000");
}
TEST(CliEval, SoftplusMatchesCoreBitExactly) {
    expect_matches_core("softplus", "-50:50:2001");
}

TEST(CliEval, LongRangeAcrossChunks) {
    // More points than one internal chunk: all rows present and the last one exact.
    const Rows rows = parse_csv(expect_ok({"eval", "identity", "--range", "-1:1:40001"}).out);
    ASSERT_EQ(rows.x.size(), 40001U);
    EXPECT_EQ(rows.x.front(), -1.0);
    EXPECT_EQ(rows.x[20000], 0.0);
    EXPECT_EQ(rows.x.back(), 1.0);
    for (std::size_t i = 1; i < rows.x.size(); ++i)
        ASSERT_LT(rows.x[i - 1], rows.x[i]) << i;
}

// --- softmax ----------------------------------------------------------------------------------

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

TEST(CliSoftmax, ArticleExample132) {
    const SoftmaxRows rows = parse_softmax(expect_ok({"softmax", "1,3,2"}).out);
    ASSERT_EQ(rows.probability.size(), 3U);
    EXPECT_EQ(rows.logit, (std::vector<double>{1.0, 3.0, 2.0}));
    EXPECT_NEAR(rows.probability[0], 0.09003057, 1e-8);
    EXPECT_NEAR(rows.probability[1], 0.66524096, 1e-8);
    EXPECT_NEAR(rows.probability[2], 0.24472847, 1e-8);
}

void expect_softmax_matches_core(std::initializer_list<std::string> args,
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

TEST(CliSoftmax, ArticleExample132MatchesCore) {
    expect_softmax_matches_core({"softmax", "1,3,2"}, {1.0, 3.0, 2.0}, 1.0);
}

TEST(CliSoftmax, Temperature2MatchesCore) {
    expect_softmax_matches_core({"softmax", "1,3,2", "--temperature", "2"}, {1.0, 3.0, 2.0}, 2.0);
    expect_softmax_matches_core({"softmax", "1,3,2", "--temperature=2"}, {1.0, 3.0, 2.0}, 2.0);
}

TEST(CliSoftmax, NegativeAndTinyTemperatureMatchesCore) {
    expect_softmax_matches_core({"softmax", "-1.5,0.25,7,-3", "--temperature", "0.01"},
                                {-1.5, 0.25, 7.0, -3.0}, 0.01);
}

TEST(CliSoftmax, HugeLogits) {
    const SoftmaxRows rows = parse_softmax(expect_ok({"softmax", "1e308,-1e308"}).out);
    EXPECT_EQ(rows.probability, (std::vector<double>{1.0, 0.0}));
}

// --- recommend --------------------------------------------------------------------------------

bool has_line(const std::string& out, std::string_view line) {
    for (const auto& l : lines(out))
        if (l == line) return true;
    return false;
}

TEST(CliRecommend, CnnMulticlass10) {
    const Result r =
        expect_ok({"recommend", "--network", "cnn", "--problem", "multiclass", "--classes", "10"});
    for (const std::string_view l :
         {"hidden_activation: relu", "weight_init: he_uniform", "input_scaling: [0, 1]",
          "output_activation: softmax", "output_nodes: 10", "label_encoding: one-hot",
          "loss: categorical_crossentropy"})
        EXPECT_TRUE(has_line(r.out, l)) << l << " not in:\n" << r.out;
    EXPECT_FALSE(has_line(r.out, "gate_activation: sigmoid"));
}

TEST(CliRecommend, RnnBinary) {
    const Result r = expect_ok({"recommend", "--network=rnn", "--problem=binary"});
    for (const std::string_view l :
         {"hidden_activation: tanh", "gate_activation: sigmoid", "weight_init: glorot_uniform",
          "input_scaling: [-1, 1]", "output_activation: sigmoid", "output_nodes: 1",
          "label_encoding: 0/1", "loss: binary_crossentropy"})
        EXPECT_TRUE(has_line(r.out, l)) << l << " not in:\n" << r.out;
}

TEST(CliRecommend, MlpRegressionHasReasons) {
    const Result r = expect_ok({"recommend", "--network", "mlp", "--problem", "regression"});
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

// --- bad input --------------------------------------------------------------------------------

TEST(CliBadInput, UnknownCommandFrobnicate) {
    expect_usage_error({"frobnicate"}, {"frobnicate"});
}

TEST(CliBadInput, UnknownDashedCommand) {
    expect_usage_error({"--frobnicate"}, {"--frobnicate"});
}

TEST(CliBadInput, UnknownFunctionNosuch) {
    expect_usage_error({"eval", "nosuch", "--at=0"}, {"nosuch"});
}

TEST(CliBadInput, EvalWithoutFunction) {
    expect_usage_error({"eval", "--at=0"}, {"function"});
}

TEST(CliBadInput, UnknownParameterSlope) {
    expect_usage_error({"eval", "leaky_relu", "--param", "slope=0.1", "--at=0"}, {"slope"});
}

TEST(CliBadInput, ParameterForReluWhichHasNone) {
    expect_usage_error({"eval", "relu", "--param", "alpha=1", "--at=0"}, {"alpha"});
}

TEST(CliBadInput, ParameterWithoutEquals) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope", "--at=0"},
                       {"negative_slope"});
}

TEST(CliBadInput, MalformedParameterValueAbc) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope=abc", "--at=0"},
                       {"negative_slope", "abc"});
}

TEST(CliBadInput, NonFiniteParameterInf) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope=inf", "--at=0"},
                       {"negative_slope", "inf"});
}

TEST(CliBadInput, NonFiniteParameterNan) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope=nan", "--at=0"},
                       {"negative_slope", "nan"});
}

TEST(CliBadInput, OutOfRangeParameterNegativeSlope2) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope=2", "--at=0"},
                       {"negative_slope"});
}

TEST(CliBadInput, HardtanhMinValAboveMaxVal) {
    expect_usage_error(
        {"eval", "hardtanh", "--param", "min_val=1", "--param", "max_val=0", "--at=0"},
        {"min_val", "max_val"});
}

TEST(CliBadInput, HardtanhMinValEqualsMaxVal) {
    expect_usage_error(
        {"eval", "hardtanh", "--param", "min_val=1", "--param", "max_val=1", "--range", "-1:1:3"},
        {"min_val", "max_val"});
}

TEST(CliBadInput, MalformedNumberInAtX2) {
    expect_usage_error({"eval", "relu", "--at=1,x2,3"}, {"x2"});
}

TEST(CliBadInput, MalformedNumberInAtDecimalComma) {
    expect_usage_error({"eval", "relu", "--at", "1;5"}, {"1;5"});
}

TEST(CliBadInput, EmptyAtList) {
    expect_usage_error({"eval", "relu", "--at="}, {"--at"});
}

TEST(CliBadInput, EmptyAtListSeparateValue) {
    expect_usage_error({"eval", "relu", "--at", ""}, {"--at"});
}

TEST(CliBadInput, EmptyItemInAt1CommaComma2) {
    expect_usage_error({"eval", "relu", "--at=1,,2"}, {"1,,2"});
}

TEST(CliBadInput, RangeMinusInf) {
    expect_usage_error({"eval", "relu", "--range", "-inf:1:5"}, {"-inf"});
}

TEST(CliBadInput, RangeNan) {
    expect_usage_error({"eval", "relu", "--range", "nan:1:5"}, {"nan"});
}

TEST(CliBadInput, RangeMaxInf) {
    expect_usage_error({"eval", "relu", "--range", "0:inf:5"}, {"inf"});
}

TEST(CliBadInput, RangeMinEqualsMax) {
    expect_usage_error({"eval", "relu", "--range", "1:1:5"}, {"1:1:5"});
}

TEST(CliBadInput, RangeMinAboveMax) {
    expect_usage_error({"eval", "relu", "--range", "2:1:5"}, {"2:1:5"});
}

TEST(CliBadInput, RangeCount1) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:1"}, {"COUNT"});
}

TEST(CliBadInput, RangeCount0) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:0"}, {"COUNT"});
}

TEST(CliBadInput, RangeCount100000001) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:100000001"}, {"100000001"});
}

TEST(CliBadInput, RangeCountNotInteger) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:2.5"}, {"2.5"});
}

TEST(CliBadInput, RangeCountNegative) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:-5"}, {"-5"});
}

TEST(CliBadInput, RangeTwoParts) {
    expect_usage_error({"eval", "relu", "--range", "-1:1"}, {"-1:1"});
}

TEST(CliBadInput, RangeFourParts) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:5:7"}, {"-1:1:5:7"});
}

TEST(CliBadInput, RangeMalformedMin) {
    expect_usage_error({"eval", "relu", "--range", "a:1:5"}, {"'a'"});
}

TEST(CliBadInput, BothRangeAndAt) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:5", "--at=0"}, {"--range", "--at"});
}

TEST(CliBadInput, NeitherRangeNorAt) {
    expect_usage_error({"eval", "relu"}, {"--range", "--at"});
}

TEST(CliBadInput, UnknownOptionFrob) {
    expect_usage_error({"eval", "relu", "--at=0", "--frob"}, {"--frob"});
}

TEST(CliBadInput, UnknownOptionForList) {
    expect_usage_error({"list", "--frob"}, {"--frob"});
}

TEST(CliBadInput, ListWithArgument) {
    expect_usage_error({"list", "extra"}, {"extra"});
}

TEST(CliBadInput, AtGivenTwice) {
    expect_usage_error({"eval", "relu", "--at=0", "--at=1"}, {"--at"});
}

TEST(CliBadInput, ExtraEvalArgument) {
    expect_usage_error({"eval", "relu", "tanh", "--at=0"}, {"tanh"});
}

TEST(CliBadInput, SoftmaxMissingList) {
    expect_usage_error({"softmax"}, {"logits"});
}

TEST(CliBadInput, SoftmaxEmptyList) {
    expect_usage_error({"softmax", ""}, {"logits"});
}

TEST(CliBadInput, SoftmaxEmptyItem1CommaComma2) {
    expect_usage_error({"softmax", "1,,2"}, {"1,,2"});
}

TEST(CliBadInput, SoftmaxMalformedLogit) {
    expect_usage_error({"softmax", "1,two"}, {"two"});
}

TEST(CliBadInput, SoftmaxInfLogit) {
    expect_usage_error({"softmax", "1,inf"}, {"inf"});
}

TEST(CliBadInput, SoftmaxMinusInfLogit) {
    expect_usage_error({"softmax", "-inf,1"}, {"-inf"});
}

TEST(CliBadInput, SoftmaxNanLogit) {
    expect_usage_error({"softmax", "nan,1"}, {"nan"});
}

TEST(CliBadInput, SoftmaxTemperature0) {
    expect_usage_error({"softmax", "1,2", "--temperature", "0"}, {"--temperature"});
}

TEST(CliBadInput, SoftmaxTemperatureMinus1) {
    expect_usage_error({"softmax", "1,2", "--temperature", "-1"}, {"--temperature", "-1"});
}

TEST(CliBadInput, SoftmaxTemperatureNan) {
    expect_usage_error({"softmax", "1,2", "--temperature=nan"}, {"--temperature", "nan"});
}

TEST(CliBadInput, SoftmaxTemperatureInf) {
    expect_usage_error({"softmax", "1,2", "--temperature=inf"}, {"--temperature", "inf"});
}

TEST(CliBadInput, SoftmaxTemperatureMalformed) {
    expect_usage_error({"softmax", "1,2", "--temperature=warm"}, {"--temperature", "warm"});
}

TEST(CliBadInput, SoftmaxTemperatureMissingValue) {
    expect_usage_error({"softmax", "1,2", "--temperature"}, {"--temperature"});
}

TEST(CliBadInput, RecommendUnknownNetworkGan) {
    expect_usage_error({"recommend", "--network", "gan", "--problem", "binary"}, {"gan"});
}

TEST(CliBadInput, RecommendUnknownProblemRanking) {
    expect_usage_error({"recommend", "--network", "mlp", "--problem", "ranking"}, {"ranking"});
}

TEST(CliBadInput, RecommendMissingNetwork) {
    expect_usage_error({"recommend", "--problem", "binary"}, {"--network"});
}

TEST(CliBadInput, RecommendMissingProblem) {
    expect_usage_error({"recommend", "--network", "mlp"}, {"--problem"});
}

TEST(CliBadInput, RecommendMulticlassClasses2) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", "2"},
        {"multiclass", "3"});
}

TEST(CliBadInput, RecommendClassesAbc) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", "abc"},
        {"--classes", "abc"});
}

TEST(CliBadInput, RecommendRegressionWithClasses) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "regression", "--classes", "3"},
        {"regression"});
}

TEST(CliBadInput, RecommendTooManyClasses) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", "100001"},
        {"100000"});
}

TEST(CliBadInput, RecommendClassesBeyondUnsigned) {
    expect_usage_error(
        {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", "4294967298"},
        {"--classes"});
}

// --- output that cannot be written, echoed input, no display -------------------------------

// Runs a shell command line with the binary as $A, in a folder and environment of its own; its
// exit code and what it printed on stderr.
std::pair<int, std::string> shell(const std::string& line) {
    const activa::test::TempFolder folder;
    const auto r =
        activa::test::run_program({"/bin/sh", "-c", line}, folder.path(), {"A=" ACTIVA_BINARY});
    return {r.exit_code, r.err};
}

void expect_one_line(const std::string& err) {
    ASSERT_FALSE(err.empty());
    EXPECT_TRUE(err.starts_with("activa: ")) << err;
    EXPECT_EQ(err.find('\n'), err.size() - 1) << "not one line: " << err;
}

TEST(Output, AFullStdoutIsReportedForEveryCommand) {
    for (const std::string command : {"list", "eval relu --range 0:1:100000", "eval tanh --at=1,2",
                                      "softmax 1,3,2", "recommend --network cnn --problem binary",
                                      "--help", "--version", "eval --help", "export --help"}) {
        SCOPED_TRACE(command);
        const auto [code, err] = shell("\"$A\" " + command + " >/dev/full");
        EXPECT_EQ(code, 1);
        expect_one_line(err);
        EXPECT_NE(err.find("No space left on device"), std::string::npos) << err;
    }
}

TEST(Output, AClosedStdoutIsReported) {
    const auto [code, err] = shell("\"$A\" list >&-");
    EXPECT_EQ(code, 1);
    expect_one_line(err);
}

// The peak resident memory of one command, in KiB.
long peak_kib(const std::string& args) {
    const pid_t pid = fork();
    if (pid == 0) {
        const std::string line = "exec '" ACTIVA_BINARY "' " + args + " >/dev/null";
        execl("/bin/sh", "sh", "-c", line.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << args;
    return usage.ru_maxrss;
}

TEST(Output, ALongRangeStreamsInBoundedMemory) {
    // A hundred times the points may not take more than a few MB more: rows are written as
    // they are computed.
    const long small = peak_kib("eval relu --range 0:1:30000");
    const long large = peak_kib("eval relu --range 0:1:3000000");
    EXPECT_LT(large - small, 8 * 1024) << small << " KiB, then " << large << " KiB";
}

TEST(EchoedInput, ControlCharactersAreEscapedOnOneLine) {
    expect_usage_error({"eval", "re\nlu", "--at=1"}, {"'re\\nlu'"});
    expect_usage_error({"softmax", "1\n2"}, {"'1\\n2'"});
    expect_usage_error({"eval", "relu", "--at=1\n2"}, {"'1\\n2'"});
    expect_usage_error({"eval", "relu", "--param", "al\tpha=1", "--at=1"}, {"'al\\tpha'"});
    expect_usage_error({"eval", "relu\x1b[31m", "--at=1"}, {"\\x1b"});
}

TEST(EchoedInput, ALongArgumentIsShortened) {
    const std::string id(131000, 'x');
    const Result r = run({"eval", id, "--at=1"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_LT(r.err.size(), 300U);
    EXPECT_NE(r.err.find("(131000 characters)"), std::string::npos) << r.err;
}

TEST(Classes, OneLimitOneMessage) {
    for (const std::string n : {"100001", "4000000000", "4294967295", "99999999999999999999999"})
        expect_usage_error(
            {"recommend", "--network", "mlp", "--problem", "multiclass", "--classes", n},
            {"--classes must be between 1 and 100000"});
}

TEST(Window, WithoutADisplaySaysSoInOneLine) {
    for (const std::string command : {"\"$A\"", "\"$A\" -platform=foo"}) {
        SCOPED_TRACE(command);
        const auto [code, err] = shell(command);
        EXPECT_NE(code, 0);
        expect_one_line(err);
        EXPECT_NE(err.find("display"), std::string::npos) << err;
        EXPECT_NE(err.find("other commands work without one"), std::string::npos) << err;
    }
}

} // namespace
