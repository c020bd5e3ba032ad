// SPDX-License-Identifier: MIT
// Values and derivatives against independent high-precision references, and dense sweeps
// between them.

#include <activa/activations.hpp>

#include "reference_table.hpp"
#include "special_values.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using activa::ActivationId;
using activa::ParamValues;
using enum activa::ActivationId;

using namespace activa::test;
// The exact result is subnormal or underflows to 0: not checked.
constexpr double kSkip = kNan;
// Absolute error allowed within 1e-3 of a zero of the function (value or derivative).
constexpr double kNearZero = 1e-15;

const char* key(ActivationId id) {
    return activa::info(id).key.data();
}

// clang-format off
// Reference values, in data/activations_reference.tsv: mpmath 1.3 with mp.dps = 50, evaluated
// at the double nearest each x (mpf(float(x))) and rounded to 17 significant digits. They agree to all 17 digits with the
// same expressions at mp.dps = 400. With sig(t) = 1/(1 + exp(-t)), sp(t) = log1p(exp(t)),
// u = sqrt(2/pi)*(x + mpf('0.044715')*x**3), and the PyTorch SELU constants
// A = mpf('1.6732632423543772848170429916717'), S = mpf('1.0507009873554804934193349852946'):
//   function       value                               derivative
//   identity       x                                   1
//   relu           max(x, 0)                           1 if x > 0 else 0
//   leaky_relu(a)  x if x > 0 else a*x                 1 if x > 0 else a
//   prelu(a)       x if x > 0 else a*x                 1 if x > 0 else a
//   relu6          min(max(x, 0), 6)                   1 if 0 < x < 6 else 0
//   elu(a)         x if x > 0 else a*expm1(x)          1 if x > 0 else a*exp(x)
//   selu           S*(x if x > 0 else A*expm1(x))      S*(1 if x > 0 else A*exp(x))
//   celu(a)        x if x > 0 else a*expm1(x/a)        1 if x > 0 else exp(x/a)
//   gelu           x*erfc(-x/sqrt(2))/2                erfc(-x/sqrt(2))/2
//                                                        + x*exp(-x**2/2)/sqrt(2*pi)
//   gelu_tanh      x*sig(2*u)                          sig(2*u) + x*sech(u)**2*u'/2
//   silu           x*sig(x)                            sig(x)*(1 + x*sig(-x))
//   mish           x*tanh(sp(x))                       tanh(sp(x)) + x*sech(sp(x))**2*sig(x)
//   softplus(b)    sp(b*x)/b                           sig(b*x)
//   softsign       x/(1 + abs(x))                      1/(1 + abs(x))**2
//   sigmoid        sig(x)                              sig(x)*sig(-x)
//   tanh           tanh(x)                             sech(x)**2
//   hardtanh(l,h)  min(max(x, l), h)                   1 if l < x < h else 0
//   hardsigmoid    min(max(x + 3, 0), 6)/6             1/6 if -3 < x < 3 else 0
//   hardswish      x*min(max(x + 3, 0), 6)/6           0 if x < -3, x/3 + 1/2 if x <= 3, else 1
//   logsigmoid     -log1p(exp(-x))                     sig(-x)
//   tanhshrink     x - tanh(x)                         tanh(x)**2
//   softshrink(l)  x - l, x + l or 0                   0 if abs(x) <= l else 1
//   hardshrink(l)  x if abs(x) > l else 0              0 if abs(x) <= l else 1
//   binary_step    1 if x >= 0 else 0                  0
//   gaussian       exp(-x**2)                          -2*x*exp(-x**2)
//   bent_identity  (sqrt(x**2 + 1) - 1)/2 + x          x/(2*sqrt(x**2 + 1)) + 1
//   sinusoid       sin(x)                              cos(x)
// clang-format on
// A row of data/activations_reference.tsv (its comment says what the columns are).
struct Ref {
    ActivationId id;
    std::optional<ParamValues> params; // nullopt for the defaults
    double x;
    double value;
    double derivative;
    double value_abs;      // kNearZero within 1e-3 of a zero of the value
    double derivative_abs; // kNearZero within 1e-3 of a zero of the derivative
};

double reference_number(const std::string& field) {
    if (field == "skip") return kSkip;
    if (field == "near") return kNearZero;
    return table_number(field);
}

const std::vector<Ref>& references() {
    static const std::vector<Ref> refs = [] {
        std::vector<Ref> out;
        for (const TableRow& row : read_table("activations_reference.tsv")) {
            if (row.size() != 7) throw std::runtime_error("a row of 7 fields expected");
            const auto id = activa::find_activation(row[0]);
            if (!id) throw std::runtime_error("unknown id " + row[0]);
            std::optional<ParamValues> params;
            if (row[1] != "default") {
                params = ParamValues{};
                std::istringstream values(row[1]);
                std::size_t i = 0;
                for (std::string v; values >> v; ++i)
                    params->at(i) = table_number(v);
            }
            out.push_back({*id, params, table_number(row[2]), reference_number(row[3]),
                           reference_number(row[4]), reference_number(row[5]),
                           reference_number(row[6])});
        }
        return out;
    }();
    return refs;
}

void expect_matches(const Ref& r, const ParamValues& params) {
    const auto [v, d] = activa::evaluate(r.id, r.x, params);
    if (!std::isnan(r.value)) {
        EXPECT_TRUE(rel_error(v, r.value) <= kRelTol || std::fabs(v - r.value) <= r.value_abs)
            << key(r.id) << "(" << r.x << ") = " << v << ", expected " << r.value;
    }
    if (!std::isnan(r.derivative)) {
        EXPECT_TRUE(rel_error(d, r.derivative) <= kRelTol ||
                    std::fabs(d - r.derivative) <= r.derivative_abs)
            << key(r.id) << "'(" << r.x << ") = " << d << ", expected " << r.derivative;
    }
}

// Every built-in has rows at its defaults, and the ones with parameters at others too.
TEST(Reference, EveryBuiltinHasRows) {
    std::vector<int> defaults(activa::kActivationCount), others(activa::kActivationCount);
    for (const Ref& r : references())
        ++(r.params ? others : defaults)[static_cast<std::size_t>(r.id)];
    for (const auto& a : activa::catalogue()) {
        EXPECT_GE(defaults[static_cast<std::size_t>(a.id)], 10) << a.key;
        if (!a.params.empty()) {
            EXPECT_GE(others[static_cast<std::size_t>(a.id)], 10) << a.key;
        }
    }
}

TEST(Reference, DefaultParametersMatchMpmath) {
    for (const Ref& r : references())
        if (!r.params) expect_matches(r, activa::default_params(r.id));
}

TEST(Reference, NonDefaultParametersMatchMpmath) {
    for (const Ref& r : references()) {
        if (!r.params) continue;
        SCOPED_TRACE(testing::Message() << "params " << (*r.params)[0] << ", " << (*r.params)[1]);
        expect_matches(r, *r.params);
    }
}

TEST(Reference, ValueAndDerivativeAgreeWithEvaluate) {
    for (const Ref& r : references()) {
        const ParamValues p = r.params.value_or(activa::default_params(r.id));
        const auto [v, d] = activa::evaluate(r.id, r.x, p);
        EXPECT_EQ(activa::value(r.id, r.x, p), v) << key(r.id) << "(" << r.x << ")";
        EXPECT_EQ(activa::derivative(r.id, r.x, p), d) << key(r.id) << "'(" << r.x << ")";
    }
}

// The required spot values, checked strictly relative (no absolute allowance).
TEST(Tanh, DerivativeAt20IsTinyNotZero) {
    const double d = activa::derivative(Tanh, 20.0, activa::default_params(Tanh));
    EXPECT_LE(rel_error(d, 1.6993417021166356e-17), kRelTol) << d;
}

TEST(Sigmoid, DerivativeAt700IsTinyNotZero) {
    const double d = activa::derivative(Sigmoid, 700.0, activa::default_params(Sigmoid));
    EXPECT_LE(rel_error(d, 9.8596765437597709e-305), kRelTol) << d;
}

TEST(Gelu, ValueAtMinus30IsTinyNotZero) {
    const double v = activa::value(Gelu, -30.0, activa::default_params(Gelu));
    EXPECT_LE(rel_error(v, -1.4720141781444561e-196), kRelTol) << v;
}

TEST(Gelu, ValueAtMinus37IsTinyNotZero) {
    const double v = activa::value(Gelu, -37.0, activa::default_params(Gelu));
    EXPECT_LE(rel_error(v, -2.1184613523340935e-298), kRelTol) << v;
}

// Below about -37.7 the results are subnormal: they keep the precision the format has left,
// within one step of the exact value (mpmath, 50 digits) rather than flushed or rounded twice.
TEST(Gelu, SubnormalTailIsWithinOneStep) {
    struct Tail {
        double x;
        double value;
        double derivative;
    };
    constexpr double kStep = std::numeric_limits<double>::denorm_min();
    constexpr Tail kTails[] = {
        {-38.0, -1.0964627768261380e-314, -4.1665545692687845e-313},
        {-38.5, -5.4215024832064922e-323, -2.0872765623514167e-321},
    };
    for (const Tail& t : kTails) {
        const auto [v, d] = activa::evaluate(Gelu, t.x, activa::default_params(Gelu));
        EXPECT_LE(std::fabs(v - t.value), kStep) << t.x << ": " << v;
        EXPECT_LE(std::fabs(d - t.derivative), kStep) << t.x << ": " << d;
    }
}

// The largest error of a sweep and where it was.
struct Worst {
    double error = 0.0;
    double x = 0.0;
    void see(double e, double at) {
        if (e > error) {
            error = e;
            x = at;
        }
    }
};

// The vectorised path on a dense grid against long double erfc and exp (good to 1e-16 here, as
// checked against mpmath), so that nothing between the reference rows goes unseen. Only exact
// results in the subnormal range are left out.
TEST(Gelu, DenseSweepFromMinus40To10MatchesLongDouble) {
    constexpr std::size_t kCount = 100'001;
    std::vector<double> xs(kCount);
    std::vector<double> vs(kCount);
    std::vector<double> ds(kCount);
    activa::linspace(-40.0, 10.0, xs);
    activa::evaluate(Gelu, activa::default_params(Gelu), xs, vs, ds);
    constexpr long double kInvSqrt2 = 0.707106781186547524400844362104849039L;
    constexpr long double kInvSqrt2Pi = 0.398942280401432677939946059934381868L;
    constexpr double kDerivativeZero = -0.7517915246935645; // Phi(x) + x phi(x) = 0
    constexpr double kTiny = std::numeric_limits<double>::min();
    Worst value_error;
    Worst derivative_error;
    for (std::size_t i = 0; i < kCount; ++i) {
        const long double x = xs[i];
        const long double cdf = 0.5L * std::erfc(-x * kInvSqrt2);
        const auto value = static_cast<double>(x * cdf);
        const auto derivative =
            static_cast<double>(cdf + x * kInvSqrt2Pi * std::exp(-0.5L * x * x));
        const double ev = std::fabs(value) < kTiny ? 0.0 : rel_error(vs[i], value);
        const double ed = std::fabs(derivative) < kTiny ? 0.0
                          : std::fabs(xs[i] - kDerivativeZero) <= 1e-3
                              ? std::fabs(ds[i] - derivative) / kNearZero * kRelTol
                              : rel_error(ds[i], derivative);
        value_error.see(ev, xs[i]);
        derivative_error.see(ed, xs[i]);
    }
    EXPECT_LE(value_error.error, kRelTol) << "at x = " << value_error.x;
    EXPECT_LE(derivative_error.error, kRelTol) << "at x = " << derivative_error.x;
}

// Both sides of the far-left boundary (x = -700, where a second formula takes over) on a dense
// grid, in the normal range, against long double: x·σ(x) and σ(x)(1 + x·σ(-x)), which mish
// equals there to double precision (tanh(softplus x) = σ(x) (1 + O(e^x))).
TEST(Silu, DenseSweepFromMinus708To60MatchesLongDouble) {
    constexpr std::size_t kCount = 200'001;
    std::vector<double> xs(kCount);
    activa::linspace(-708.0, -60.0, xs);
    for (const ActivationId id : {Silu, Mish}) {
        std::vector<double> vs(kCount);
        std::vector<double> ds(kCount);
        activa::evaluate(id, activa::default_params(id), xs, vs, ds);
        Worst value_error;
        Worst derivative_error;
        for (std::size_t i = 0; i < kCount; ++i) {
            const long double x = xs[i];
            const long double e = std::exp(x);
            const long double sig = e / (1.0L + e);
            value_error.see(rel_error(vs[i], static_cast<double>(x * sig)), xs[i]);
            derivative_error.see(
                rel_error(ds[i], static_cast<double>(sig * (1.0L + x / (1.0L + e)))), xs[i]);
        }
        EXPECT_LE(value_error.error, kRelTol) << key(id) << " at x = " << value_error.x;
        EXPECT_LE(derivative_error.error, kRelTol) << key(id) << "' at x = " << derivative_error.x;
    }
}

TEST(Tanhshrink, ValueAt1em5HasNoCancellation) {
    const double v = activa::value(Tanhshrink, 1e-5, activa::default_params(Tanhshrink));
    EXPECT_LE(rel_error(v, 3.3333333332000008e-16), kRelTol) << v;
}

TEST(Softplus, ValueAtMinus40IsTinyNotZero) {
    const double v = activa::value(Softplus, -40.0, activa::default_params(Softplus));
    EXPECT_LE(rel_error(v, 4.2483542552915890e-18), kRelTol) << v;
}

// The vectorised path against the C library's sin and cos (within an ulp), densely up to 1e4 and
// over every magnitude up to the largest double, where the long argument reduction takes over.
// Within 1e-3 of a zero the absolute error counts, as in the reference rows.
TEST(Sinusoid, DenseSweepMatchesTheCLibrary) {
    std::vector<double> xs(100'001);
    activa::linspace(-1e4, 1e4, xs);
    for (int i = -30000; i <= 30800; ++i) {
        xs.push_back(std::pow(10.0, i * 0.01));
        xs.push_back(-xs.back());
    }
    std::vector<double> vs(xs.size());
    std::vector<double> ds(xs.size());
    activa::evaluate(Sinusoid, {}, xs, vs, ds);
    const auto error = [](double actual, double expected) {
        const double rel = rel_error(actual, expected);
        return std::fabs(expected) < 1e-3
                   ? std::min(rel, std::fabs(actual - expected) / kNearZero * kRelTol)
                   : rel;
    };
    Worst value_error;
    Worst derivative_error;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double ev = error(vs[i], std::sin(xs[i]));
        const double ed = error(ds[i], std::cos(xs[i]));
        value_error.see(ev, xs[i]);
        derivative_error.see(ed, xs[i]);
    }
    EXPECT_LE(value_error.error, kRelTol) << "at x = " << value_error.x;
    EXPECT_LE(derivative_error.error, kRelTol) << "at x = " << derivative_error.x;
}

} // namespace

// x·e^x is subnormal at -745.2 while e^x alone is 0 in double: the result must not collapse to
// -0. Reference (mpmath, 50 digits): silu(-745.2) = -1.7219674266298654e-321 and
// silu'(-745.2) = -1.7196566812908559e-321; mish agrees with silu there to double precision.
// Subnormals are spaced 4.94e-324 apart, so two steps of tolerance.
TEST(Silu, ValueAtMinus745Point2IsSubnormalNotZero) {
    constexpr double kStep = 4.9406564584124654e-324;
    for (const ActivationId id : {Silu, Mish}) {
        const auto r = activa::evaluate(id, -745.2, activa::default_params(id));
        EXPECT_NEAR(r.value, -1.7219674266298654e-321, 2 * kStep) << key(id);
        EXPECT_NEAR(r.derivative, -1.7196566812908559e-321, 2 * kStep) << key(id);
        EXPECT_LT(r.value, 0.0) << key(id);
    }
}
