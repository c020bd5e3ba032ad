// SPDX-License-Identifier: MIT
// `activa eval`: the built binary, run without a shell; every number read back against core.
#include "run_activa.hpp"

#include <activa/activations.hpp>
#include <activa/numbers.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace activa::test;

TEST(EvalCli, SigmoidAtZeroNanInfMinusInf) {
    const Outcome r = expect_ok({"eval", "sigmoid", "--at=0,nan,inf,-inf"});
    EXPECT_EQ(r.out, "x,value,derivative\n"
                     "0,0.5,0.25\n"
                     "nan,nan,nan\n"
                     "inf,1,0\n"
                     "-inf,0,0\n");
}

TEST(EvalCli, SigmoidAtSeparateValue) {
    EXPECT_EQ(expect_ok({"eval", "sigmoid", "--at", "0,nan,inf,-inf"}).out,
              expect_ok({"eval", "sigmoid", "--at=0,nan,inf,-inf"}).out);
}

TEST(EvalCli, AliasLinearIsIdentity) {
    const Outcome a = expect_ok({"eval", "linear", "--at=-2,0,3.5"});
    EXPECT_EQ(a.out, expect_ok({"eval", "identity", "--at=-2,0,3.5"}).out);
    EXPECT_EQ(a.out, "x,value,derivative\n-2,-2,1\n0,0,1\n3.5,3.5,1\n");
}

TEST(EvalCli, AliasSwishIsSilu) {
    const Outcome a = expect_ok({"eval", "swish", "--range", "-6:6:49"});
    EXPECT_EQ(a.out, expect_ok({"eval", "silu", "--range", "-6:6:49"}).out);
}

TEST(EvalCli, AliasLogisticIsSigmoid) {
    const Outcome a = expect_ok({"eval", "logistic", "--at=0,nan,inf,-inf,1.5"});
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

TEST(EvalCli, ReluRangeMinus1To1Count5) {
    const Outcome r = expect_ok({"eval", "relu", "--range", "-1:1:5"});
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

TEST(EvalCli, ReluRangeEqualsForm) {
    EXPECT_EQ(expect_ok({"eval", "relu", "--range=-1:1:5"}).out,
              expect_ok({"eval", "relu", "--range", "-1:1:5"}).out);
}

TEST(EvalCli, RangeEndsExactForPointOneToPointSeven) {
    const Rows rows = parse_csv(expect_ok({"eval", "identity", "--range", "0.1:0.7:7"}).out);
    ASSERT_EQ(rows.x.size(), 7U);
    EXPECT_EQ(bits(rows.x.front()), bits(0.1));
    EXPECT_EQ(bits(rows.x.back()), bits(0.7));
}

TEST(EvalCli, ReluRangeMinus1e308To1e308Count3) {
    const Outcome r = expect_ok({"eval", "relu", "--range", "-1e308:1e308:3"});
    const Rows rows = parse_csv(r.out);
    ASSERT_EQ(rows.x.size(), 3U);
    EXPECT_EQ(rows.x, (std::vector<double>{-1e308, 0.0, 1e308}));
    EXPECT_EQ(rows.value, (std::vector<double>{0.0, 0.0, 1e308}));
    EXPECT_EQ(rows.derivative[0], 0.0);
    EXPECT_EQ(rows.derivative[2], 1.0);
}

TEST(EvalCli, LeakyReluNegativeSlopePoint2AtMinus1) {
    const Outcome def = expect_ok({"eval", "leaky_relu", "--at=-1"});
    EXPECT_EQ(def.out, "x,value,derivative\n-1,-0.01,0.01\n");
    const Outcome r = expect_ok({"eval", "leaky_relu", "--param", "negative_slope=0.2", "--at=-1"});
    EXPECT_EQ(r.out, "x,value,derivative\n-1,-0.2,0.2\n");
    EXPECT_EQ(expect_ok({"eval", "leaky_relu", "--param=negative_slope=0.2", "--at=-1"}).out,
              r.out);
}

TEST(EvalCli, HardtanhBothParams) {
    const Outcome r = expect_ok(
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

TEST(EvalCli, GeluMatchesCoreBitExactly) {
    expect_matches_core("gelu", "-6:6:1001");
}

TEST(EvalCli, TanhMatchesCoreBitExactly) {
    expect_matches_core("tanh", "-20:20:1001");
}

TEST(EvalCli, MishMatchesCoreBitExactly) {
    expect_matches_core("mish", "-30:30:999");
}

TEST(EvalCli, SeluMatchesCoreBitExactly) {
    expect_matches_core("selu", "-3.3:2.7:1000");
}

TEST(EvalCli, SoftplusMatchesCoreBitExactly) {
    expect_matches_core("softplus", "-50:50:2001");
}

TEST(EvalCli, LongRangeAcrossChunks) {
    // More points than one internal chunk: all rows present and the last one exact.
    const Rows rows = parse_csv(expect_ok({"eval", "identity", "--range", "-1:1:40001"}).out);
    ASSERT_EQ(rows.x.size(), 40001U);
    EXPECT_EQ(rows.x.front(), -1.0);
    EXPECT_EQ(rows.x[20000], 0.0);
    EXPECT_EQ(rows.x.back(), 1.0);
    for (std::size_t i = 1; i < rows.x.size(); ++i)
        ASSERT_LT(rows.x[i - 1], rows.x[i]) << i;
}

TEST(EvalCli, UnknownFunctionNosuch) {
    expect_usage_error({"eval", "nosuch", "--at=0"}, {"nosuch"});
}

TEST(EvalCli, EvalWithoutFunction) {
    expect_usage_error({"eval", "--at=0"}, {"function"});
}

TEST(EvalCli, UnknownParameterSlope) {
    expect_usage_error({"eval", "leaky_relu", "--param", "slope=0.1", "--at=0"}, {"slope"});
}

TEST(EvalCli, ParameterForReluWhichHasNone) {
    expect_usage_error({"eval", "relu", "--param", "alpha=1", "--at=0"}, {"alpha"});
}

TEST(EvalCli, ParameterWithoutEquals) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope", "--at=0"},
                       {"negative_slope"});
}

TEST(EvalCli, MalformedParameterValueAbc) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope=abc", "--at=0"},
                       {"negative_slope", "abc"});
}

TEST(EvalCli, NonFiniteParameterInf) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope=inf", "--at=0"},
                       {"negative_slope", "inf"});
}

TEST(EvalCli, NonFiniteParameterNan) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope=nan", "--at=0"},
                       {"negative_slope", "nan"});
}

TEST(EvalCli, OutOfRangeParameterNegativeSlope2) {
    expect_usage_error({"eval", "leaky_relu", "--param", "negative_slope=2", "--at=0"},
                       {"negative_slope"});
}

TEST(EvalCli, HardtanhMinValAboveMaxVal) {
    expect_usage_error(
        {"eval", "hardtanh", "--param", "min_val=1", "--param", "max_val=0", "--at=0"},
        {"min_val", "max_val"});
}

TEST(EvalCli, HardtanhMinValEqualsMaxVal) {
    expect_usage_error(
        {"eval", "hardtanh", "--param", "min_val=1", "--param", "max_val=1", "--range", "-1:1:3"},
        {"min_val", "max_val"});
}

TEST(EvalCli, MalformedNumberInAtX2) {
    expect_usage_error({"eval", "relu", "--at=1,x2,3"}, {"x2"});
}

TEST(EvalCli, MalformedNumberInAtDecimalComma) {
    expect_usage_error({"eval", "relu", "--at", "1;5"}, {"1;5"});
}

TEST(EvalCli, EmptyAtList) {
    expect_usage_error({"eval", "relu", "--at="}, {"--at"});
}

TEST(EvalCli, EmptyAtListSeparateValue) {
    expect_usage_error({"eval", "relu", "--at", ""}, {"--at"});
}

TEST(EvalCli, EmptyItemInAt1CommaComma2) {
    expect_usage_error({"eval", "relu", "--at=1,,2"}, {"1,,2"});
}

TEST(EvalCli, RangeMinusInf) {
    expect_usage_error({"eval", "relu", "--range", "-inf:1:5"}, {"-inf"});
}

TEST(EvalCli, RangeNan) {
    expect_usage_error({"eval", "relu", "--range", "nan:1:5"}, {"nan"});
}

TEST(EvalCli, RangeMaxInf) {
    expect_usage_error({"eval", "relu", "--range", "0:inf:5"}, {"inf"});
}

TEST(EvalCli, RangeMinEqualsMax) {
    expect_usage_error({"eval", "relu", "--range", "1:1:5"}, {"1:1:5"});
}

TEST(EvalCli, RangeMinAboveMax) {
    expect_usage_error({"eval", "relu", "--range", "2:1:5"}, {"2:1:5"});
}

TEST(EvalCli, RangeCount1) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:1"}, {"COUNT"});
}

TEST(EvalCli, RangeCount0) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:0"}, {"COUNT"});
}

TEST(EvalCli, RangeCount100000001) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:100000001"}, {"100000001"});
}

TEST(EvalCli, RangeCountNotInteger) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:2.5"}, {"2.5"});
}

TEST(EvalCli, RangeCountNegative) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:-5"}, {"-5"});
}

TEST(EvalCli, RangeTwoParts) {
    expect_usage_error({"eval", "relu", "--range", "-1:1"}, {"-1:1"});
}

TEST(EvalCli, RangeFourParts) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:5:7"}, {"-1:1:5:7"});
}

TEST(EvalCli, RangeMalformedMin) {
    expect_usage_error({"eval", "relu", "--range", "a:1:5"}, {"'a'"});
}

TEST(EvalCli, BothRangeAndAt) {
    expect_usage_error({"eval", "relu", "--range", "-1:1:5", "--at=0"}, {"--range", "--at"});
}

TEST(EvalCli, NeitherRangeNorAt) {
    expect_usage_error({"eval", "relu"}, {"--range", "--at"});
}

TEST(EvalCli, UnknownOptionFrob) {
    expect_usage_error({"eval", "relu", "--at=0", "--frob"}, {"--frob"});
}

TEST(EvalCli, AtGivenTwice) {
    expect_usage_error({"eval", "relu", "--at=0", "--at=1"}, {"--at"});
}

TEST(EvalCli, ExtraEvalArgument) {
    expect_usage_error({"eval", "relu", "tanh", "--at=0"}, {"tanh"});
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

TEST(EvalCli, ALongRangeStreamsInBoundedMemory) {
    // A hundred times the points may not take more than a few MB more: rows are written as
    // they are computed.
    const long small = peak_kib("eval relu --range 0:1:30000");
    const long large = peak_kib("eval relu --range 0:1:3000000");
    EXPECT_LT(large - small, 8 * 1024) << small << " KiB, then " << large << " KiB";
}

} // namespace
