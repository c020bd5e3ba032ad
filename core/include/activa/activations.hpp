// SPDX-License-Identifier: MIT
#pragma once

#include <activa/expected.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace activa {

// Order matches the catalogue returned by catalogue(). Typed functions (functions.hpp) take the
// ids after the last built-in's.
enum class ActivationId : std::uint16_t {
    Identity,
    Relu,
    LeakyRelu,
    Prelu,
    Relu6,
    Elu,
    Selu,
    Celu,
    Gelu,
    GeluTanh,
    Silu,
    Mish,
    Softplus,
    Softsign,
    Sigmoid,
    Tanh,
    Hardtanh,
    Hardsigmoid,
    Hardswish,
    Logsigmoid,
    Tanhshrink,
    Softshrink,
    Hardshrink,
    BinaryStep,
    Gaussian,
    BentIdentity,
    Sinusoid,
};
inline constexpr std::size_t kActivationCount = 27;
// The built-ins have at most two parameters, typed functions at most kMaxFormulaParams.
inline constexpr std::size_t kMaxParams = 8;

enum class Family : std::uint8_t {
    Classic,
    ReluFamily,
    SmoothModern,
    HardPiecewise,
    Shrink,
    Other,
    Typed, // the user's own (functions.hpp)
};
enum class WeightInit : std::uint8_t { He, Glorot, LeCun };
enum class InputScaling : std::uint8_t { ZeroOne, MinusOneOne, Standardised };
// Command-line and file spellings: zero_one, minus_one_one, standardised; and of the
// initialisations' families: he, glorot, lecun.
std::string_view input_scaling_key(InputScaling s);
std::optional<InputScaling> parse_input_scaling(std::string_view key);
std::string_view weight_family_key(WeightInit w);
std::optional<WeightInit> parse_weight_family(std::string_view key);
enum class TypicalUse : std::uint8_t { Hidden, Output, Both, Teaching };

// A parameter as PyTorch names it. The kernels see a function's parameters in this order:
// params[0] as P::a and params[1] as P::b (core/src/kernels.hpp).
struct ParamSpec {
    std::string_view name;
    double default_value;
    double min; // inclusive; the valid range and the range offered by controls
    double max; // inclusive
    std::string_view meaning;
};

struct Properties {
    std::string_view output_range; // e.g. "(0, 1)"
    bool monotonic;
    int continuity; // -1 discontinuous, 0 continuous (C0), 1 C1, 2 smooth (C-infinity)
    bool zero_centred;
    bool bounded_below;
    bool bounded_above;
    bool saturating;
    bool identity_near_zero;
    WeightInit init;
    InputScaling scaling;
    TypicalUse use;
};

using ParamValues = std::array<double, kMaxParams>;

// Points where the function or its derivative is not continuous, ascending, for the given
// parameter values.
using KinksFn = std::vector<double> (*)(const ParamValues& params);

// All of a function's knowledge but its kernel (core/src/kernels.hpp, listed in the same order
// in core/src/evaluate.cpp).
struct ActivationInfo {
    ActivationId id;
    std::string_view key;   // torch.nn.functional spelling
    std::string_view alias; // empty when none
    std::string_view name;  // display name
    Family family;
    std::string_view formula; // Unicode, for display
    std::string_view derivative_formula;
    std::span<const ParamSpec> params;
    Properties properties;
    std::string_view remark; // the article's advice, empty when it has none
    std::string_view notes;  // conventions: kinks, deliberate differences from PyTorch
    KinksFn kinks;           // null for a function smooth everywhere
};

struct ValueAndDerivative {
    double value;
    double derivative;
};

// The built-ins, in ActivationId order; typed_functions() (functions.hpp) lists the others.
std::span<const ActivationInfo> catalogue();
// A built-in's or a typed function's row. The id must be known (is_known, functions.hpp).
const ActivationInfo& info(ActivationId id);
// Finds a function by id, alias or typed name; nullopt when unknown.
std::optional<ActivationId> find_activation(std::string_view key_or_alias);
// The same among the built-ins only (what a typed formula may call, and no name may shadow).
std::optional<ActivationId> find_builtin(std::string_view key_or_alias);
ParamValues default_params(ActivationId id);
// Index of the named parameter, or nullopt.
std::optional<std::size_t> find_param(ActivationId id, std::string_view name);
// Parameter values in the order of ActivationInfo::params (unused slots are ignored) are
// acceptable when each lies within its ParamSpec's [min, max] and the function's own rule
// holds (hardtanh: min_val < max_val).
Expected<void> validate_params(ActivationId id, const ParamValues& params);

// Points where the function or its derivative is not continuous, ascending.
std::vector<double> kinks(ActivationId id, const ParamValues& params);

ValueAndDerivative evaluate(ActivationId id, double x, const ParamValues& params);
double value(ActivationId id, double x, const ParamValues& params);
double derivative(ActivationId id, double x, const ParamValues& params);

// Value and derivative at every x. values and derivatives must have xs.size() elements.
void evaluate(ActivationId id, const ParamValues& params, std::span<const double> xs,
              std::span<double> values, std::span<double> derivatives);

// Points first, first + 1, ... of count evenly spaced points from min to max (both ends exact),
// into xs; count >= 2, min and max finite. Lets long ranges be evaluated in chunks.
void linspace(double min, double max, std::size_t count, std::size_t first, std::span<double> xs);
inline void linspace(double min, double max, std::span<double> xs) {
    linspace(min, max, xs.size(), 0, xs);
}

// A whole curve, ready to plot or print.
struct Curve {
    std::vector<double> x;
    std::vector<double> value;
    std::vector<double> derivative;
};
Curve evaluate_range(ActivationId id, const ParamValues& params, double min, double max,
                     std::size_t count);

} // namespace activa
