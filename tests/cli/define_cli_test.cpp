// SPDX-License-Identifier: MIT
// `activa define`, and `--define` on eval, run as a user runs them: the built binary, no shell.
#include "run_activa.hpp"

#include <activa/numbers.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace activa::test;

std::vector<std::vector<double>> csv_rows(const std::string& text) {
    std::vector<std::vector<double>> rows;
    std::size_t start = text.find('\n') + 1; // after the header
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        std::vector<double> row;
        std::size_t field = start;
        while (field < end) {
            const std::size_t comma = std::min(text.find(',', field), end);
            row.push_back(std::strtod(text.substr(field, comma - field).c_str(), nullptr));
            field = comma + 1;
        }
        rows.push_back(row);
        start = end + 1;
    }
    return rows;
}

TEST(DefineCli, PrintsNameParametersFormulaAndSimplifiedDerivative) {
    const Outcome r = expect_ok({"define", "snake(x, b=1) = x + sin(b*x)^2/b"});
    // d/dx sin(bx)^2/b = 2 sin(bx) cos(bx) b / b: the b cancels in the printed form.
    EXPECT_EQ(r.out, "name: snake\n"
                     "parameters: b=1\n"
                     "formula: x + sin(b*x)^2/b\n"
                     "evaluated_as: x + sin(b*x)^2/b\n"
                     "derivative: 1 + 2*sin(b*x)*cos(b*x)\n"
                     "builtins: \n");
}

TEST(DefineCli, ShowsTheStableFormAndTheBuiltinsItCalls) {
    const Outcome r = expect_ok({"define", "sp(x, p=1.5, q=-2) = log(1 + exp(x))"});
    EXPECT_EQ(r.out, "name: sp\n"
                     "parameters: p=1.5,q=-2\n"
                     "formula: log(1 + exp(x))\n"
                     "evaluated_as: softplus(x)\n"
                     "derivative: sigmoid(x)\n"
                     "builtins: softplus\n");
}

TEST(DefineCli, DerivativeHasNoOneTimesPlusZeroOrPowerOne) {
    const Outcome r = expect_ok({"define", "f(x, a=2) = 1*x^1 + 0 + a*x^2 - -x"});
    EXPECT_NE(r.out.find("formula: x + a*x^2 + x\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("derivative: 2 + 2*a*x\n"), std::string::npos) << r.out;
}

TEST(DefineCli, HelpDescribesTheLanguageAndWhereDefinitionsAreTaken) {
    const Outcome r = expect_ok({"define", "--help"});
    EXPECT_TRUE(r.out.starts_with("Usage: activa define")) << r.out;
    for (const std::string_view word :
         {"where(", "erfc", "sigmoid", "'activa gradflow'", "'activa train'", "'activa export'"})
        EXPECT_NE(r.out.find(word), std::string::npos) << word;
}

TEST(DefineCli, EvalOfATypedFunctionTakesItsParameters) {
    const Outcome r = expect_ok({"eval", "snake", "--define", "snake(x, b=1) = x + sin(b*x)^2/b",
                                 "--param", "b=0.5", "--range", "-5:5:11"});
    EXPECT_TRUE(r.out.starts_with("x,value,derivative\n")) << r.out;
    const auto rows = csv_rows(r.out);
    ASSERT_EQ(rows.size(), 11U);
    for (const auto& row : rows) {
        ASSERT_EQ(row.size(), 3U);
        const double x = row[0];
        const double s = std::sin(0.5 * x);
        EXPECT_NEAR(row[1], x + s * s / 0.5, 1e-14 * (1 + std::fabs(x))) << x;
        EXPECT_NEAR(row[2], 1.0 + std::sin(x), 1e-14) << x; // 2 sin(x/2) cos(x/2) = sin x
    }
    EXPECT_EQ(rows.front()[0], -5.0);
    EXPECT_EQ(rows.back()[0], 5.0);
}

// The range a typed parameter's sliders span in the window is no limit here.
TEST(DefineCli, EvalOfATypedParameterTakesAnyFiniteValue) {
    const std::string snake = "snake(x, b=1) = x + sin(b*x)^2/b";
    for (const double b : {40.0, -1e6, 1e-9}) {
        const Outcome r = expect_ok({"eval", "snake", "--define", snake, "--param",
                                     "b=" + activa::format_number(b), "--at=0.5"});
        const auto rows = csv_rows(r.out);
        ASSERT_EQ(rows.size(), 1U);
        const double s = std::sin(b * 0.5);
        EXPECT_NEAR(rows[0][1], 0.5 + s * s / b, 1e-12 * (1 + std::fabs(s * s / b))) << b;
    }
}

TEST(DefineCli, EvalAtEightHundredIsFiniteWhereNaiveDoubleIsNot) {
    const Outcome r = expect_ok({"eval", "sp", "--define=sp(x) = log(1 + exp(x))", "--at=800,nan"});
    EXPECT_EQ(r.out, "x,value,derivative\n800,800,1\nnan,nan,nan\n");
}

TEST(DefineCli, DefineIsRepeatableAndBuiltinsStillWork) {
    const std::vector<std::string> defines{"--define", "a(x) = 2*x", "--define", "b(x) = x^2"};
    auto with = [&](std::vector<std::string> args) {
        args.insert(args.end(), defines.begin(), defines.end());
        return expect_ok(args);
    };
    EXPECT_EQ(with({"eval", "b", "--at=3"}).out, "x,value,derivative\n3,9,6\n");
    EXPECT_EQ(with({"eval", "a", "--at=3"}).out, "x,value,derivative\n3,6,2\n");
    EXPECT_EQ(with({"eval", "relu", "--at=3"}).out, "x,value,derivative\n3,3,1\n");
}

TEST(DefineCli, AMistakeIsOneLineWithItsColumnAndASuggestion) {
    expect_usage_error({"define", "f(x) = x + tahn(x)"},
                       {"column 12", "unknown function 'tahn'", "did you mean 'tanh'"});
    expect_usage_error({"eval", "f", "--define", "f(x) = 2 x", "--at=1"},
                       {"--define", "column 10", "missing operator"});
}

TEST(DefineCli, BadDefinitionsAreRefusedWithTheirReason) {
    expect_usage_error({"define", "relu(x) = x"}, {"'relu' is taken"});
    expect_usage_error({"define", "f(x, p) = p*x"}, {"parameter 'p' needs a default value"});
    expect_usage_error({"define", "f(p=1) = p"}, {"the first parameter must be x"});
    expect_usage_error({"define", "f(x) = exp(x, 2)"}, {"exp takes 1 argument, got 2"});
    expect_usage_error({"define", "f(x) = x > 0"}, {"comparison ('>')"});
    expect_usage_error({"define", "f(x) = y"}, {"unknown name 'y'"});
    expect_usage_error({"define", "f(x) = 1e999"}, {"too large"});
    expect_usage_error({"define"}, {"define needs a definition"});
}

TEST(DefineCli, ThirtyThousandParenthesesAreAnErrorNotACrash) {
    expect_usage_error(
        {"define", "f(x) = " + std::string(30000, '(') + "x" + std::string(30000, ')')},
        {"at most 1000"});
    const std::string deep = "f(x) = " + std::string(65, '(') + "x" + std::string(65, ')');
    expect_usage_error({"define", deep}, {"column 72", "deeper than 64"});
    expect_usage_error({"define", "f(x) = " + std::string(500, '-') + "x"}, {"deeper than 64"});
}

TEST(DefineCli, TypedParametersAndNamesAreChecked) {
    const std::string snake = "snake(x, b=1) = x + sin(b*x)^2/b";
    expect_usage_error({"eval", "snake", "--define", snake, "--param", "c=1", "--at=1"},
                       {"unknown parameter 'c' for snake (it has b)"});
    expect_usage_error({"eval", "snake", "--define", snake, "--param", "b=abc", "--at=1"},
                       {"parameter b is not a number"});
    expect_usage_error({"eval", "f", "--define", "f(x) = x", "--define", "f(x) = 2*x", "--at=1"},
                       {"'f' is defined more than once"});
    // A bad definition is refused even when another function is evaluated.
    expect_usage_error({"eval", "relu", "--define", "g(x) = (x", "--at=1"}, {"expected ')'"});
}

} // namespace
