// SPDX-License-Identifier: MIT
// Typed formulas against 50-digit references and against PyTorch's float64 autograd of the same
// formula as typed; typed forms of built-ins against the built-ins themselves.

#include <activa/activations.hpp>
#include <activa/formula.hpp>

#include "reference_table.hpp"
#include "special_values.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace activa::test;
// The exact result is subnormal or underflows to 0: not a case for relative accuracy.
constexpr double kSkip = -kNan;

bool skipped(double v) {
    return std::isnan(v) && std::signbit(v);
}

struct Ref {
    std::string definition;
    double x;
    double value;
    double derivative;
    double torch_value; // PyTorch float64 autograd of the formula as typed
    double torch_derivative;
};

double reference_number(const std::string& field) {
    return field == "skip" ? kSkip : table_number(field);
}

// The rows of data/formula_reference.tsv (its comment says how they were made).
const std::vector<Ref>& references() {
    static const std::vector<Ref> refs = [] {
        std::vector<Ref> out;
        for (const TableRow& row : read_table("formula_reference.tsv")) {
            if (row.size() != 6) throw std::runtime_error("a row of 6 fields expected");
            out.push_back({row[0], table_number(row[1]), reference_number(row[2]),
                           reference_number(row[3]), reference_number(row[4]),
                           reference_number(row[5])});
        }
        return out;
    }();
    return refs;
}

// Within 1e-12 of the reference, or at least as close as autograd of the formula as typed.
void expect_close(double actual, double expected, double torch, const std::string& what) {
    if (skipped(expected)) return;
    const double ours = rel_error(actual, expected);
    const double theirs = rel_error(torch, expected);
    EXPECT_TRUE(ours <= kRelTol || ours <= theirs)
        << what << ": " << actual << " against " << expected << " (relative error " << ours
        << ", autograd " << torch << ")";
}

TEST(FormulaReference, ValueAndDerivativeMatchMpmathAndNeverLoseToAutograd) {
    std::size_t formulas = 0;
    std::string last;
    for (const Ref& r : references()) {
        if (last != r.definition) ++formulas;
        last = r.definition;
        const auto f = activa::compile_definition(r.definition);
        ASSERT_TRUE(f.has_value()) << r.definition << ": " << f.error().message();
        const auto got = f->evaluate(f->default_params(), r.x);
        const std::string where = std::string(r.definition) + " at " + std::to_string(r.x);
        expect_close(got.value, r.value, r.torch_value, where + ", value");
        expect_close(got.derivative, r.derivative, r.torch_derivative, where + ", derivative");
    }
    EXPECT_GE(formulas, 30U);
}

// The three cases where naive double gives inf or NaN.
TEST(FormulaReference, SoftplusOfEightHundredIsEightHundred) {
    const auto f = activa::compile_definition("f(x) = log(1 + exp(x))");
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->evaluate({}, 800.0).value, 800.0);
}
TEST(FormulaReference, LogisticOfEightHundredIsOne) {
    const auto f = activa::compile_definition("f(x) = exp(x)/(1 + exp(x))");
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->evaluate({}, 800.0).value, 1.0);
}
TEST(FormulaReference, MishDerivativeAtEightHundredIsOne) {
    const auto f = activa::compile_definition("f(x) = x*tanh(log(1+exp(x)))");
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->evaluate({}, 800.0).derivative, 1.0);
}

std::vector<double> sweep() {
    std::vector<double> xs(4001);
    activa::linspace(-40.0, 40.0, xs);
    for (const double x : {0.0, -0.0, 1e-300, -1e-300, -745.0, 745.0, -1e6, 1e6, -kInf, kInf, kNan})
        xs.push_back(x);
    return xs;
}

// A typed formula that is a built-in evaluates through the built-in's kernel: the same bits.
void expect_same_as_builtin(const char* definition, activa::ActivationId id) {
    const auto f = activa::compile_definition(definition);
    ASSERT_TRUE(f.has_value()) << f.error().message();
    const std::vector<double> xs = sweep();
    std::vector<double> v(xs.size()), d(xs.size()), bv(xs.size()), bd(xs.size());
    f->evaluate({}, xs, v, d);
    activa::evaluate(id, activa::default_params(id), xs, bv, bd);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        EXPECT_TRUE(v[i] == bv[i] || (std::isnan(v[i]) && std::isnan(bv[i])))
            << definition << " at " << xs[i] << ": " << v[i] << " against " << bv[i];
        EXPECT_TRUE(d[i] == bd[i] || (std::isnan(d[i]) && std::isnan(bd[i])))
            << definition << "' at " << xs[i] << ": " << d[i] << " against " << bd[i];
    }
}

TEST(FormulaBuiltinForms, OneOverOnePlusExpMinusXIsSigmoid) {
    expect_same_as_builtin("s(x) = 1/(1 + exp(-x))", activa::ActivationId::Sigmoid);
}
TEST(FormulaBuiltinForms, MaxOfXAndZeroIsRelu) {
    expect_same_as_builtin("r(x) = max(x, 0)", activa::ActivationId::Relu);
    expect_same_as_builtin("r(x) = max(0, x)", activa::ActivationId::Relu);
}
TEST(FormulaBuiltinForms, XTimesSigmoidIsSilu) {
    expect_same_as_builtin("s(x) = x*sigmoid(x)", activa::ActivationId::Silu);
}
TEST(FormulaBuiltinForms, XTimesTanhSoftplusIsMish) {
    expect_same_as_builtin("m(x) = x*tanh(log(1 + exp(x)))", activa::ActivationId::Mish);
}
TEST(FormulaBuiltinForms, LogOnePlusExpIsSoftplus) {
    expect_same_as_builtin("s(x) = log(exp(x) + 1)", activa::ActivationId::Softplus);
}
TEST(FormulaBuiltinForms, BuiltinIdsEvaluateThroughTheirKernels) {
    for (const auto& a : activa::catalogue()) {
        const std::string definition = "t(x) = " + std::string(a.key) + "(x)";
        expect_same_as_builtin(definition.c_str(), a.id);
    }
}

// The printed derivative of each built-in, compiled as a formula of its own, is the derivative
// the kernel computes: the table the printer uses is right.
TEST(FormulaBuiltinForms, PrintedDerivativeOfEveryBuiltinIsItsDerivative) {
    std::vector<double> xs(801);
    activa::linspace(-8.0, 8.0, xs);
    for (const auto& a : activa::catalogue()) {
        const auto f = activa::compile_definition("t(x) = " + std::string(a.key) + "(x)");
        ASSERT_TRUE(f.has_value());
        const auto d = activa::compile_definition("d(x) = " + f->derivative_formula());
        ASSERT_TRUE(d.has_value()) << a.key << ": " << f->derivative_formula();
        const std::vector<double> kinks = activa::kinks(a.id, activa::default_params(a.id));
        for (const double x : xs) {
            bool near_kink = false;
            for (const double k : kinks)
                near_kink = near_kink || std::fabs(x - k) < 1e-9;
            if (near_kink) continue;
            const double want = activa::derivative(a.id, x, activa::default_params(a.id));
            const double got = d->evaluate({}, x).value;
            EXPECT_NEAR(got, want, 1e-12 + 1e-9 * std::fabs(want))
                << a.key << "' at " << x << " printed as " << f->derivative_formula();
        }
    }
}

// The printed f' of every reference formula, compiled on its own, gives the derivative the
// program computes in forward mode.
TEST(FormulaReference, PrintedDerivativeAgreesWithTheEvaluatedOne) {
    std::string last;
    for (const Ref& r : references()) {
        if (last == r.definition) continue;
        last = r.definition;
        const auto f = activa::compile_definition(r.definition);
        ASSERT_TRUE(f.has_value());
        std::string signature = "d(x";
        for (const auto& p : f->params())
            signature += ", " + p.name + "=" + std::to_string(p.default_value);
        const auto d = activa::compile_definition(signature + ") = " + f->derivative_formula());
        ASSERT_TRUE(d.has_value())
            << r.definition << ": " << f->derivative_formula() << ": " << d.error().message();
        for (double x = -3.0; x <= 3.0; x += 0.37) {
            if (std::string(r.definition).find("x^x") != std::string::npos && x <= 0) continue;
            const double want = f->evaluate(f->default_params(), x).derivative;
            const double got = d->evaluate(d->default_params(), x).value;
            if (std::isnan(want)) continue; // log, sqrt, cube root of negatives
            EXPECT_NEAR(got, want, 1e-12 + 1e-10 * std::fabs(want))
                << r.definition << " at " << x << ": f' printed as " << f->derivative_formula();
        }
    }
}

} // namespace
