// SPDX-License-Identifier: MIT
// The compiled program of a typed formula: IEEE behaviour at the edges, branches and ties,
// blocks of any size, several threads at once, and the vectorised functions against the C
// library over their whole range.

#include <activa/activations.hpp>
#include <activa/formula.hpp>

#include "special_values.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace activa::test;

activa::CompiledFunction compiled(const std::string& definition) {
    auto f = activa::compile_definition(definition);
    if (!f) throw std::runtime_error(definition + ": " + f.error().message());
    return *f;
}

activa::ValueAndDerivative at(const std::string& formula, double x) {
    const auto f = compiled("f(x) = " + formula);
    return f.evaluate(f.default_params(), x);
}

bool same_bits(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

TEST(FormulaEval, NanInGivesNanOutWhateverTheFormula) {
    for (const char* formula : {"2", "where(x > 0, 1, 2)", "max(x, 0)", "x*0", "relu(x)"}) {
        const auto r = at(formula, kNan);
        EXPECT_TRUE(std::isnan(r.value)) << formula;
        EXPECT_TRUE(std::isnan(r.derivative)) << formula;
    }
}

TEST(FormulaEval, DivisionByZeroAndLogOfNegativesFollowIeee) {
    EXPECT_EQ(at("1/x", 0.0).value, kInf);
    EXPECT_EQ(at("1/x", -0.0).value, -kInf);
    EXPECT_EQ(at("log(x)", 0.0).value, -kInf);
    EXPECT_TRUE(std::isnan(at("log(x)", -1.0).value));
    EXPECT_TRUE(std::isnan(at("sqrt(x)", -1.0).value));
    EXPECT_EQ(at("exp(x)", 710.0).value, kInf);
    EXPECT_EQ(at("exp(x)", -750.0).value, 0.0);
    EXPECT_EQ(at("log1p(x)", -1.0).value, -kInf);
    EXPECT_EQ(at("expm1(x)", -kInf).value, -1.0);
    // The branch not taken is computed but not seen: where(x > 0, log(x), 0) at -1 is 0.
    EXPECT_EQ(at("where(x > 0, log(x), 0)", -1.0).value, 0.0);
    EXPECT_EQ(at("where(x > 0, log(x), 0)", -1.0).derivative, 0.0);
}

TEST(FormulaEval, DerivativeFollowsTheBranchTakenAndTiesTakeTheFlatSide) {
    EXPECT_EQ(at("max(x, 0)", 0.0).derivative, 0.0); // relu'(0) = 0
    EXPECT_EQ(at("min(max(x, 0), 6)", 6.0).derivative, 0.0);
    EXPECT_EQ(at("min(6, x)", 6.0).derivative, 0.0);
    EXPECT_EQ(at("max(min(x, 1), -1)", -1.0).derivative, 0.0);
    EXPECT_EQ(at("abs(x)", 0.0).derivative, 0.0);
    EXPECT_EQ(at("abs(x)", -2.0).derivative, -1.0);
    EXPECT_EQ(at("max(x, -x)", 0.0).derivative, 0.0);    // equal slopes: their mean
    EXPECT_EQ(at("max(x, 0.1*x)", 0.0).derivative, 0.1); // the smaller slope, as leaky_relu
    EXPECT_EQ(at("where(x > 0, x, 2*x)", 0.0).derivative, 2.0);
    EXPECT_EQ(at("where(x >= 0, x, 2*x)", 0.0).derivative, 1.0);
    EXPECT_TRUE(std::isnan(at("max(x, log(x))", -1.0).value)); // NaN wins, unlike std::max
}

TEST(FormulaEval, AnyBlockSizeGivesTheSameBitsAsOnePointAtATime) {
    const auto f = compiled("f(x, a=0.7) = x*sin(a*x)^2 + where(x > 1, log(x), atan(x)) - "
                            "erf(x/3)*sigmoid(a*x) + max(x, 0.5*x)/(1 + x^2)");
    const std::vector<double> params{0.7};
    for (const std::size_t n : {0UL, 1UL, 255UL, 256UL, 257UL, 1000UL}) {
        std::vector<double> xs(n);
        if (n >= 2) activa::linspace(-7.0, 7.0, xs);
        std::vector<double> v(n), d(n);
        f.evaluate(params, xs, v, d);
        for (std::size_t i = 0; i < n; ++i) {
            const auto one = f.evaluate(params, xs[i]);
            EXPECT_TRUE(same_bits(v[i], one.value)) << n << " points, x = " << xs[i];
            EXPECT_TRUE(same_bits(d[i], one.derivative)) << n << " points, x = " << xs[i];
        }
    }
}

TEST(FormulaEval, ParametersAreTakenPerCallAndCheckedInNumber) {
    const auto f = compiled("snake(x, b=1) = x + sin(b*x)^2/b");
    EXPECT_DOUBLE_EQ(f.evaluate(std::vector<double>{0.5}, 1.0).value,
                     1.0 + std::sin(0.5) * std::sin(0.5) / 0.5);
    EXPECT_DOUBLE_EQ(f.evaluate(std::vector<double>{2.0}, 1.0).value,
                     1.0 + std::sin(2.0) * std::sin(2.0) / 2.0);
    EXPECT_THROW(f.evaluate({}, 1.0), std::invalid_argument);
    std::vector<double> xs(3), v(2), d(3);
    EXPECT_THROW(f.evaluate(std::vector<double>{1.0}, xs, v, d), std::invalid_argument);
}

TEST(FormulaEval, ManyThreadsEvaluateOneFunctionAtOnce) {
    const auto f = compiled("f(x, a=1.3) = x*tanh(softplus(a*x)) + exp(-x^2)*cos(3*x)");
    std::vector<double> xs(20000);
    activa::linspace(-12.0, 12.0, xs);
    std::vector<double> want_v(xs.size()), want_d(xs.size());
    f.evaluate(std::vector<double>{1.3}, xs, want_v, want_d);
    std::vector<std::thread> threads;
    std::vector<int> mismatches(8, 0);
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            std::vector<double> v(xs.size()), d(xs.size());
            for (int round = 0; round < 5; ++round) {
                f.evaluate(std::vector<double>{1.3}, xs, v, d);
                for (std::size_t i = 0; i < xs.size(); ++i)
                    mismatches[t] += !same_bits(v[i], want_v[i]) || !same_bits(d[i], want_d[i]);
            }
        });
    for (auto& t : threads)
        t.join();
    for (const int m : mismatches)
        EXPECT_EQ(m, 0);
}

// Relative difference, 0 for equal values (infinities too).
double rel(double a, double b) {
    if (a == b || (std::isnan(a) && std::isnan(b))) return 0.0;
    return std::fabs(a - b) / std::fabs(b);
}

std::vector<double> points(double from, double to, std::size_t n, bool logarithmic) {
    std::vector<double> xs(n);
    activa::linspace(from, to, xs);
    if (logarithmic)
        for (double& x : xs)
            x = std::pow(10.0, x);
    return xs;
}

// e^(-x^2) without the rounding of x^2, which costs x^2 ulps in the tail.
double gauss(double x) {
    const double hi = x * x;
    const double lo = std::fma(x, x, -hi);
    return std::exp(-hi) * (1.0 - lo);
}

struct Elementary {
    const char* formula;
    double (*value)(double);
    double (*slope)(double);
    std::vector<double> xs;
};

// Each vectorised function against the C library (glibc, below an ulp): a few ulps.
TEST(FormulaEval, ElementaryFunctionsMatchTheCLibrary) {
    const auto both = [](std::vector<double> a, const std::vector<double>& b) {
        a.insert(a.end(), b.begin(), b.end());
        for (const double x : b)
            a.push_back(-x);
        return a;
    };
    const std::vector<Elementary> cases{
        {"exp(x)", [](double x) { return std::exp(x); }, [](double x) { return std::exp(x); },
         both(points(-745, 709.78, 5001, false), {0.0})},
        {"log(x)", [](double x) { return std::log(x); }, [](double x) { return 1 / x; },
         points(-320, 308, 5001, true)},
        {"log1p(x)", [](double x) { return std::log1p(x); }, [](double x) { return 1 / (1 + x); },
         both(points(-300, 300, 3001, true), points(-0.999, 0.999, 2001, false))},
        {"expm1(x)", [](double x) { return std::expm1(x); }, [](double x) { return std::exp(x); },
         both(points(-300, 2.85, 3001, true), {0.3, -0.3, 1e-9})},
        {"sin(x)", [](double x) { return std::sin(x); }, [](double x) { return std::cos(x); },
         both(points(-8, 12, 3001, true), points(-20, 20, 2001, false))},
        {"cos(x)", [](double x) { return std::cos(x); }, [](double x) { return -std::sin(x); },
         both(points(-8, 12, 3001, true), points(-20, 20, 2001, false))},
        {"tan(x)", [](double x) { return std::tan(x); },
         [](double x) { return 1 / (std::cos(x) * std::cos(x)); }, points(-20, 20, 2001, false)},
        {"sinh(x)", [](double x) { return std::sinh(x); }, [](double x) { return std::cosh(x); },
         both(points(-300, 2.85, 3001, true), {20.0, 21.0})},
        {"cosh(x)", [](double x) { return std::cosh(x); }, [](double x) { return std::sinh(x); },
         both(points(-300, 2.85, 3001, true), {20.0, 21.0})},
        {"atan(x)", [](double x) { return std::atan(x); }, [](double x) { return 1 / (1 + x * x); },
         both(points(-300, 300, 5001, true), {})},
        {"erf(x)", [](double x) { return std::erf(x); },
         [](double x) { return 2 / std::sqrt(M_PI) * gauss(x); },
         both(points(-300, 0.77, 3001, true), {0.5, 0.4999})},
        {"erfc(x)", [](double x) { return std::erfc(x); },
         [](double x) { return -2 / std::sqrt(M_PI) * gauss(x); },
         both(points(-300, 1.41, 3001, true), {})},
        {"sqrt(x)", [](double x) { return std::sqrt(x); },
         [](double x) { return 0.5 / std::sqrt(x); }, points(-320, 308, 2001, true)},
    };
    for (const Elementary& e : cases) {
        const auto f = compiled(std::string("f(x) = ") + e.formula);
        std::vector<double> v(e.xs.size()), d(e.xs.size());
        f.evaluate({}, e.xs, v, d);
        for (std::size_t i = 0; i < e.xs.size(); ++i) {
            const double x = e.xs[i];
            const double want = e.value(x);
            if (std::fabs(want) < 1e-300 && want != 0.0) continue; // subnormal
            EXPECT_LE(rel(v[i], want), 1e-15)
                << e.formula << " at " << x << ": " << v[i] << " against " << want;
            const double slope = e.slope(x);
            if (std::fabs(slope) < 1e-300 || !std::isfinite(slope)) continue;
            // The C library's slope formulas lose up to a few ulps of their own.
            EXPECT_LE(rel(d[i], slope), 2e-14)
                << e.formula << "' at " << x << ": " << d[i] << " against " << slope;
        }
    }
}

TEST(FormulaEval, PowersOfEveryKind) {
    EXPECT_EQ(at("x^2", -3.0).value, 9.0);
    EXPECT_EQ(at("x^2", -3.0).derivative, -6.0);
    EXPECT_EQ(at("x^3", -2.0).derivative, 12.0);
    EXPECT_EQ(at("x^-1", 4.0).derivative, -1.0 / 16.0);
    EXPECT_EQ(at("x^0.5", 4.0).value, 2.0);
    EXPECT_EQ(at("x^0.5", 4.0).derivative, 0.25);
    EXPECT_EQ(at("2^x", 3.0).value, 8.0);
    EXPECT_DOUBLE_EQ(at("2^x", 3.0).derivative, 8.0 * std::log(2.0));
    EXPECT_DOUBLE_EQ(at("x^x", 2.0).derivative, 4.0 * (std::log(2.0) + 1.0));
    EXPECT_EQ(at("e^x", 1.0).value, std::exp(1.0)); // e^u is exp(u)
    // u^0 is 1 everywhere and its slope 0, also where u^-1 is infinite.
    EXPECT_EQ(at("x^0", 0.0).value, 1.0);
    EXPECT_EQ(at("x^0", 0.0).derivative, 0.0);
    EXPECT_EQ(at("x^(1 - 1)", 0.0).derivative, 0.0);
    EXPECT_EQ(at("x^(sin(x) - sin(x))", 0.0).derivative, 0.0);
}

TEST(FormulaEval, ConstantsAndXAloneAreFunctionsToo) {
    EXPECT_EQ(at("3", 5.0).value, 3.0);
    EXPECT_EQ(at("3", 5.0).derivative, 0.0);
    EXPECT_EQ(at("x", 5.0).value, 5.0);
    EXPECT_EQ(at("x", 5.0).derivative, 1.0);
    const auto f = compiled("f(x, a=2) = a^2");
    EXPECT_EQ(f.evaluate(std::vector<double>{3.0}, 1.0).value, 9.0);
}

// A long formula, whose registers are reused many times, against the same formula summed by
// hand from the C library.
TEST(FormulaEval, LongFormulasReuseRegistersCorrectly) {
    std::string formula = "0";
    for (int k = 1; k <= 40; ++k)
        formula += " + sin(" + std::to_string(k) + "*x)/" + std::to_string(k);
    const auto f = compiled("f(x) = " + formula);
    for (const double x : {-2.0, 0.3, 1.7}) {
        double v = 0.0;
        double d = 0.0;
        for (int k = 1; k <= 40; ++k) {
            v += std::sin(k * x) / k;
            d += std::cos(k * x);
        }
        const auto r = f.evaluate({}, x);
        EXPECT_NEAR(r.value, v, 1e-13) << x;
        EXPECT_NEAR(r.derivative, d, 1e-12) << x;
    }
}

} // namespace
