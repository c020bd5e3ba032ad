// SPDX-License-Identifier: MIT
#include <activa/activations.hpp>
#include <activa/functions.hpp>
#include <activa/numbers.hpp>

#include "functions_internal.hpp"
#include "tables.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

namespace activa {
namespace {

using enum ActivationId;
using enum Family;
using enum WeightInit;
using enum InputScaling;
using enum TypicalUse;

constexpr std::array<ParamSpec, 1> kLeaky{
    {{"negative_slope", 0.01, 0.0, 1.0, ACTIVA_TR("core", "slope for negative inputs")}}};
constexpr std::array<ParamSpec, 1> kPrelu{
    {{"a", 0.25, -1.0, 1.0, ACTIVA_TR("core", "learnable slope for negative inputs")}}};
constexpr std::array<ParamSpec, 1> kElu{
    {{"alpha", 1.0, 0.0, 10.0,
      ACTIVA_TR("core", "value approached for very negative inputs, negated")}}};
constexpr std::array<ParamSpec, 1> kCelu{
    {{"alpha", 1.0, 0.01, 10.0, ACTIVA_TR("core", "scale of the negative part, keeps it C1")}}};
constexpr std::array<ParamSpec, 1> kSoftplus{
    {{"beta", 1.0, 0.01, 100.0, ACTIVA_TR("core", "sharpness; large beta approaches ReLU")}}};
constexpr std::array<ParamSpec, 2> kHardtanh{
    {{"min_val", -1.0, -10.0, 10.0, ACTIVA_TR("core", "lower clip value")},
     {"max_val", 1.0, -10.0, 10.0, ACTIVA_TR("core", "upper clip value")}}};
constexpr std::array<ParamSpec, 1> kShrink{
    {{"lambd", 0.5, 0.0, 10.0, ACTIVA_TR("core", "half-width of the band mapped to 0")}}};

// Points where a function or its derivative jumps, for the rows below.
std::vector<double> kinks_at_0(const ParamValues&) {
    return {0.0};
}
std::vector<double> kinks_elu(const ParamValues& p) {
    return p[0] == 1.0 ? std::vector<double>{} : std::vector<double>{0.0}; // C1 for alpha = 1
}
std::vector<double> kinks_relu6(const ParamValues&) {
    return {0.0, 6.0};
}
std::vector<double> kinks_hardtanh(const ParamValues& p) {
    return {p[0], p[1]};
}
std::vector<double> kinks_at_3(const ParamValues&) {
    return {-3.0, 3.0};
}
std::vector<double> kinks_shrink(const ParamValues& p) {
    return p[0] == 0.0 ? std::vector<double>{0.0} : std::vector<double>{-p[0], p[0]};
}

// clang-format off
constexpr std::array<ActivationInfo, kActivationCount> kCatalogue{{
    {Identity, "identity", "linear", ACTIVA_TR("core", "Identity (linear)"), Classic,
     ACTIVA_TR("core", "f(x) = x"), ACTIVA_TR("core", "f′(x) = 1"), {},
     {"(−∞, ∞)", true, 2, true, false, false, false, true, Glorot, Standardised, Output},
     ACTIVA_TR("core", "The output activation for regression: one linear node, targets normalised or standardised."),
     "",
     nullptr},
    {Relu, "relu", "", ACTIVA_TR("core", "ReLU"), ReluFamily,
     ACTIVA_TR("core", "f(x) = max(0, x)"), ACTIVA_TR("core", "f′(x) = 1 if x > 0, else 0"), {},
     {"[0, ∞)", true, 0, false, true, false, false, false, He, ZeroOne, Hidden},
     ACTIVA_TR("core", "The modern default for hidden layers of MLPs and CNNs: less prone to vanishing gradients "
     "than sigmoid and tanh, but units can die (stay at 0 and stop learning). Use He "
     "initialisation and inputs scaled to [0, 1]."),
     ACTIVA_TR("core", "f′(0) = 0, as PyTorch autograd."),
     kinks_at_0},
    {LeakyRelu, "leaky_relu", "", ACTIVA_TR("core", "Leaky ReLU"), ReluFamily,
     ACTIVA_TR("core", "f(x) = x if x > 0, else negative_slope·x"), ACTIVA_TR("core", "f′(x) = 1 if x > 0, else negative_slope"),
     kLeaky,
     {"(−∞, ∞)", true, 0, false, false, false, false, false, He, ZeroOne, Hidden},
     ACTIVA_TR("core", "A small negative slope keeps gradients flowing and avoids dead units."),
     ACTIVA_TR("core", "f′(0) = negative_slope, as PyTorch autograd."),
     kinks_at_0},
    {Prelu, "prelu", "", ACTIVA_TR("core", "PReLU"), ReluFamily,
     ACTIVA_TR("core", "f(x) = x if x > 0, else a·x"), ACTIVA_TR("core", "f′(x) = 1 if x > 0, else a"), kPrelu,
     {"(−∞, ∞)", true, 0, false, false, false, false, false, He, ZeroOne, Hidden},
     ACTIVA_TR("core", "Leaky ReLU whose slope is learned."),
     ACTIVA_TR("core", "f′(0) = a, as PyTorch autograd. Monotonic for a ≥ 0."),
     kinks_at_0},
    {Relu6, "relu6", "", ACTIVA_TR("core", "ReLU6"), ReluFamily,
     ACTIVA_TR("core", "f(x) = min(max(0, x), 6)"), ACTIVA_TR("core", "f′(x) = 1 if 0 < x < 6, else 0"), {},
     {"[0, 6]", true, 0, false, true, true, true, false, He, ZeroOne, Hidden},
     ACTIVA_TR("core", "ReLU capped at 6, used in mobile networks for low-precision arithmetic."),
     ACTIVA_TR("core", "f′(0) = f′(6) = 0, as PyTorch autograd."),
     kinks_relu6},
    {Elu, "elu", "", ACTIVA_TR("core", "ELU"), SmoothModern,
     ACTIVA_TR("core", "f(x) = x if x > 0, else alpha·(eˣ − 1)"), ACTIVA_TR("core", "f′(x) = 1 if x > 0, else alpha·eˣ"), kElu,
     {"(−alpha, ∞)", true, 1, false, true, false, false, true, He, ZeroOne, Hidden},
     ACTIVA_TR("core", "Smooth negative part pushes mean activations towards zero."),
     ACTIVA_TR("core", "C1 only for alpha = 1. f′(0) = alpha, as PyTorch autograd."),
     kinks_elu},
    {Selu, "selu", "", ACTIVA_TR("core", "SELU"), SmoothModern,
     ACTIVA_TR("core", "f(x) = λ·x if x > 0, else λ·α·(eˣ − 1)"), ACTIVA_TR("core", "f′(x) = λ if x > 0, else λ·α·eˣ"), {},
     {"(−λα, ∞) ≈ (−1.7581, ∞)", true, 0, false, true, false, false, false, LeCun, Standardised,
      Hidden},
     ACTIVA_TR("core", "Self-normalising with LeCun normal initialisation and standardised inputs."),
     ACTIVA_TR("core", "α = 1.6732632423543772848, λ = 1.0507009873554804934 (full precision). f′(0) = λα, as "
     "PyTorch autograd."),
     kinks_at_0},
    {Celu, "celu", "", ACTIVA_TR("core", "CELU"), SmoothModern,
     ACTIVA_TR("core", "f(x) = x if x > 0, else alpha·(e^(x/alpha) − 1)"), ACTIVA_TR("core", "f′(x) = 1 if x > 0, else e^(x/alpha)"),
     kCelu,
     {"(−alpha, ∞)", true, 1, false, true, false, false, true, He, ZeroOne, Hidden},
     ACTIVA_TR("core", "ELU reparametrised so that it is continuously differentiable for every alpha."), "",
     nullptr},
    {Gelu, "gelu", "", ACTIVA_TR("core", "GELU"), SmoothModern,
     ACTIVA_TR("core", "f(x) = x·Φ(x) = ½·x·erfc(−x/√2)"), ACTIVA_TR("core", "f′(x) = Φ(x) + x·φ(x)"), {},
     {"[≈ −0.1700, ∞)", false, 2, false, true, false, false, false, He, Standardised, Hidden},
     ACTIVA_TR("core", "Default in transformers: a smooth ReLU weighted by the normal distribution."),
     ACTIVA_TR("core", "Exact erf form (PyTorch approximate='none')."),
     nullptr},
    {GeluTanh, "gelu_tanh", "", ACTIVA_TR("core", "GELU (tanh approximation)"), SmoothModern,
     ACTIVA_TR("core", "f(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))"),
     ACTIVA_TR("core", "f′(x) = σ(2u) + x·σ′(2u)·2u′, u = √(2/π)·(x + 0.044715·x³)"), {},
     {"[≈ −0.1700, ∞)", false, 2, false, true, false, false, false, He, Standardised, Hidden},
     ACTIVA_TR("core", "The tanh approximation of GELU used by BERT and GPT-2."),
     ACTIVA_TR("core", "PyTorch gelu(approximate='tanh'). Computed as x·σ(2u), free of cancellation."),
     nullptr},
    {Silu, "silu", "swish", ACTIVA_TR("core", "SiLU (Swish)"), SmoothModern,
     ACTIVA_TR("core", "f(x) = x·σ(x)"), ACTIVA_TR("core", "f′(x) = σ(x)·(1 + x·(1 − σ(x)))"), {},
     {"[≈ −0.2785, ∞)", false, 2, false, true, false, false, false, He, Standardised, Hidden},
     ACTIVA_TR("core", "Smooth, non-monotonic ReLU alternative found by automated search."), "",
     nullptr},
    {Mish, "mish", "", ACTIVA_TR("core", "Mish"), SmoothModern,
     ACTIVA_TR("core", "f(x) = x·tanh(softplus(x))"), ACTIVA_TR("core", "f′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x)"), {},
     {"[≈ −0.3088, ∞)", false, 2, false, true, false, false, false, He, Standardised, Hidden},
     ACTIVA_TR("core", "Smooth, non-monotonic, popular in object detection."), "",
     nullptr},
    {Softplus, "softplus", "", ACTIVA_TR("core", "Softplus"), SmoothModern,
     ACTIVA_TR("core", "f(x) = (1/beta)·ln(1 + e^(beta·x))"), ACTIVA_TR("core", "f′(x) = σ(beta·x)"), kSoftplus,
     {"(0, ∞)", true, 2, false, true, false, false, false, He, ZeroOne, Hidden},
     ACTIVA_TR("core", "A smooth ReLU; its derivative is the sigmoid."),
     ACTIVA_TR("core", "Computed exactly for every x: PyTorch's threshold switch to the identity is not used."),
     nullptr},
    {Softsign, "softsign", "", ACTIVA_TR("core", "Softsign"), Classic,
     ACTIVA_TR("core", "f(x) = x / (1 + |x|)"), ACTIVA_TR("core", "f′(x) = 1 / (1 + |x|)²"), {},
     {"(−1, 1)", true, 1, true, true, true, true, true, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "Like tanh, but approaches its bounds polynomially rather than exponentially."), "",
     nullptr},
    {Sigmoid, "sigmoid", "logistic", ACTIVA_TR("core", "Sigmoid (logistic)"), Classic,
     ACTIVA_TR("core", "f(x) = 1 / (1 + e⁻ˣ)"), ACTIVA_TR("core", "f′(x) = σ(x)·(1 − σ(x))"), {},
     {"(0, 1)", true, 2, false, true, true, true, false, Glorot, ZeroOne, Both},
     ACTIVA_TR("core", "The default hidden activation in the 1990s; today the output for binary and multilabel "
     "classification. Use Glorot (Xavier) initialisation and inputs scaled to [0, 1]. Its slope is "
     "at most ¼, so every layer of a deep stack shrinks the gradient, saturated or not: deep "
     "sigmoid networks are prone to vanishing gradients. RNN gates (LSTM) use it."),
     "",
     nullptr},
    {Tanh, "tanh", "", ACTIVA_TR("core", "Tanh"), Classic,
     ACTIVA_TR("core", "f(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)"), ACTIVA_TR("core", "f′(x) = 1 − tanh²(x)"), {},
     {"(−1, 1)", true, 2, true, true, true, true, true, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "The default hidden activation from the late 1990s into the 2010s, usually better than "
     "sigmoid; still used in recurrent networks. Use Glorot initialisation and inputs scaled to "
     "[−1, 1]. Saturates at both ends, so deep stacks of it are prone to vanishing gradients."),
     "",
     nullptr},
    {Hardtanh, "hardtanh", "", ACTIVA_TR("core", "Hardtanh"), HardPiecewise,
     ACTIVA_TR("core", "f(x) = min(max(x, min_val), max_val)"), ACTIVA_TR("core", "f′(x) = 1 if min_val < x < max_val, else 0"),
     kHardtanh,
     {ACTIVA_TR("core", "[min_val, max_val]"), true, 0, true, true, true, true, true, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "A piecewise-linear tanh, cheap to compute."),
     ACTIVA_TR("core", "f′ = 0 at both ends, as PyTorch autograd. Requires min_val < max_val."),
     kinks_hardtanh},
    {Hardsigmoid, "hardsigmoid", "", ACTIVA_TR("core", "Hardsigmoid"), HardPiecewise,
     ACTIVA_TR("core", "f(x) = min(max(0, x + 3), 6) / 6"), ACTIVA_TR("core", "f′(x) = 1/6 if −3 < x < 3, else 0"), {},
     {"[0, 1]", true, 0, false, true, true, true, false, Glorot, ZeroOne, Hidden},
     ACTIVA_TR("core", "A piecewise-linear sigmoid for mobile networks."), ACTIVA_TR("core", "f′(±3) = 0, as PyTorch autograd."),
     kinks_at_3},
    {Hardswish, "hardswish", "", ACTIVA_TR("core", "Hardswish"), HardPiecewise,
     ACTIVA_TR("core", "f(x) = x·min(max(0, x + 3), 6) / 6"), ACTIVA_TR("core", "f′(x) = 0 if x < −3, x/3 + ½ if x ≤ 3, else 1"), {},
     {"[−0.375, ∞)", false, 0, false, true, false, false, false, He, Standardised, Hidden},
     ACTIVA_TR("core", "A piecewise approximation of SiLU from MobileNetV3."),
     ACTIVA_TR("core", "f′(−3) = −0.5 and f′(3) = 1.5, as PyTorch autograd."),
     kinks_at_3},
    {Logsigmoid, "logsigmoid", "", ACTIVA_TR("core", "Log-sigmoid"), Other,
     ACTIVA_TR("core", "f(x) = ln σ(x) = −softplus(−x)"), ACTIVA_TR("core", "f′(x) = 1 − σ(x)"), {},
     {"(−∞, 0)", true, 2, false, false, true, true, false, Glorot, ZeroOne, Output},
     ACTIVA_TR("core", "Log-probabilities of a sigmoid output; numerically stable inside losses."), "",
     nullptr},
    {Tanhshrink, "tanhshrink", "", ACTIVA_TR("core", "Tanhshrink"), Shrink,
     ACTIVA_TR("core", "f(x) = x − tanh(x)"), ACTIVA_TR("core", "f′(x) = tanh²(x)"), {},
     {"(−∞, ∞)", true, 2, true, false, false, false, false, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "Flat near zero, linear far away; used in sparse coding."),
     ACTIVA_TR("core", "Uses the Taylor series near 0, where x − tanh(x) cancels."),
     nullptr},
    {Softshrink, "softshrink", "", ACTIVA_TR("core", "Softshrink"), Shrink,
     ACTIVA_TR("core", "f(x) = x − lambd if x > lambd, x + lambd if x < −lambd, else 0"),
     ACTIVA_TR("core", "f′(x) = 1 if |x| > lambd, else 0"), kShrink,
     {"(−∞, ∞)", true, 0, true, false, false, false, false, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "Soft thresholding: shrinks values towards zero, as in sparse coding."),
     ACTIVA_TR("core", "f′(±lambd) = 0, as PyTorch autograd."),
     kinks_shrink},
    {Hardshrink, "hardshrink", "", ACTIVA_TR("core", "Hardshrink"), Shrink,
     ACTIVA_TR("core", "f(x) = x if |x| > lambd, else 0"), ACTIVA_TR("core", "f′(x) = 1 if |x| > lambd, else 0"), kShrink,
     {"(−∞, ∞)", false, -1, true, false, false, false, false, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "Hard thresholding: zeroes small values, keeps large ones."),
     ACTIVA_TR("core", "Discontinuous at ±lambd; f′(±lambd) = 0, as PyTorch autograd."),
     kinks_shrink},
    {BinaryStep, "binary_step", "", ACTIVA_TR("core", "Binary step"), Other,
     ACTIVA_TR("core", "f(x) = 1 if x ≥ 0, else 0"), ACTIVA_TR("core", "f′(x) = 0 (a Dirac impulse at 0)"), {},
     {"{0, 1}", true, -1, false, true, true, true, false, Glorot, ZeroOne, Teaching},
     ACTIVA_TR("core", "The perceptron's threshold; its zero gradient is why backpropagation needs a "
     "differentiable activation."),
     ACTIVA_TR("core", "Not in PyTorch. f(0) = 1; f′ = 0 everywhere, as autograd would give."),
     kinks_at_0},
    {Gaussian, "gaussian", "", ACTIVA_TR("core", "Gaussian"), Other,
     ACTIVA_TR("core", "f(x) = e^(−x²)"), ACTIVA_TR("core", "f′(x) = −2x·e^(−x²)"), {},
     {"(0, 1]", false, 2, false, true, true, true, false, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "A radial-basis activation, as in RBF networks."), ACTIVA_TR("core", "Not in PyTorch."),
     nullptr},
    {BentIdentity, "bent_identity", "", ACTIVA_TR("core", "Bent identity"), Other,
     ACTIVA_TR("core", "f(x) = (√(x² + 1) − 1)/2 + x"), ACTIVA_TR("core", "f′(x) = x / (2·√(x² + 1)) + 1"), {},
     {"(−∞, ∞)", true, 2, true, false, false, false, true, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "Near-linear and smooth, with a gentle bend."), ACTIVA_TR("core", "Not in PyTorch."),
     nullptr},
    {Sinusoid, "sinusoid", "", ACTIVA_TR("core", "Sinusoid"), Other,
     ACTIVA_TR("core", "f(x) = sin(x)"), ACTIVA_TR("core", "f′(x) = cos(x)"), {},
     {"[−1, 1]", false, 2, true, true, true, false, true, Glorot, MinusOneOne, Hidden},
     ACTIVA_TR("core", "Periodic; used in implicit neural representations (SIREN)."),
     ACTIVA_TR("core", "Not in PyTorch. sin has no limit at ±∞, so value and derivative there are NaN."),
     nullptr},
}};
// clang-format on

static_assert(kCatalogue.size() == kActivationCount);
static_assert(detail::in_enum_order(kCatalogue, &ActivationInfo::id));
static_assert(kActivationCount == static_cast<std::size_t>(ActivationId::Sinusoid) + 1);

} // namespace

std::span<const ActivationInfo> catalogue() {
    return kCatalogue;
}

const ActivationInfo& info(ActivationId id) {
    if (is_builtin(id)) return kCatalogue[static_cast<std::size_t>(id)];
    const ActivationInfo* typed = typed_info(id);
    if (typed == nullptr) throw std::invalid_argument("info: unknown function id");
    return *typed;
}

std::optional<ActivationId> find_builtin(std::string_view key) {
    for (const auto& a : kCatalogue)
        if (a.key == key || (!a.alias.empty() && a.alias == key)) return a.id;
    return std::nullopt;
}

std::optional<ActivationId> find_activation(std::string_view key) {
    if (const auto id = find_builtin(key)) return id;
    return find_typed(key);
}

ParamValues default_params(ActivationId id) {
    ParamValues v{};
    const auto specs = info(id).params;
    for (std::size_t i = 0; i < specs.size(); ++i)
        v[i] = specs[i].default_value;
    return v;
}

std::optional<std::size_t> find_param(ActivationId id, std::string_view name) {
    const auto specs = info(id).params;
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i].name == name) return i;
    return std::nullopt;
}

Expected<void> validate_params(ActivationId id, const ParamValues& params) {
    const auto& a = info(id);
    for (std::size_t i = 0; i < a.params.size(); ++i) {
        const auto& s = a.params[i];
        const double v = params[i];
        if (!std::isfinite(v) || v < s.min || v > s.max) {
            return Expected<void>::failure(std::string(a.key) + " parameter " +
                                           std::string(s.name) + " must be between " +
                                           format_number(s.min) + " and " + format_number(s.max));
        }
    }
    if (id == ActivationId::Hardtanh && !(params[0] < params[1]))
        return Expected<void>::failure("hardtanh parameter min_val must be less than max_val");
    return {};
}

namespace {
constexpr std::array<std::pair<InputScaling, std::string_view>, 3> kScalingKeys{
    {{InputScaling::ZeroOne, "zero_one"},
     {InputScaling::MinusOneOne, "minus_one_one"},
     {InputScaling::Standardised, "standardised"}}};
constexpr std::array<std::pair<WeightInit, std::string_view>, 3> kFamilyKeys{
    {{WeightInit::He, "he"}, {WeightInit::Glorot, "glorot"}, {WeightInit::LeCun, "lecun"}}};

template <typename E, std::size_t N>
std::optional<E> parse_key(const std::array<std::pair<E, std::string_view>, N>& keys,
                           std::string_view key) {
    using Row = std::pair<E, std::string_view>;
    return detail::find_keyed(keys, key, &Row::second, &Row::first);
}
} // namespace

std::string_view input_scaling_key(InputScaling s) {
    return kScalingKeys[static_cast<std::size_t>(s)].second;
}
std::optional<InputScaling> parse_input_scaling(std::string_view key) {
    return parse_key(kScalingKeys, key);
}
std::string_view weight_family_key(WeightInit w) {
    return kFamilyKeys[static_cast<std::size_t>(w)].second;
}
std::optional<WeightInit> parse_weight_family(std::string_view key) {
    return parse_key(kFamilyKeys, key);
}

std::vector<double> kinks(ActivationId id, const ParamValues& p) {
    if (!is_builtin(id)) return typed_kinks(id, p);
    const auto f = info(id).kinks;
    return f ? f(p) : std::vector<double>{};
}

} // namespace activa
