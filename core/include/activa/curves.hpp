// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>
#include <activa/expected.hpp>

#include <span>
#include <vector>

namespace activa {

// One plotted function with its parameter values.
struct CurveSpec {
    ActivationId id = ActivationId::Relu;
    ParamValues params{};
    bool operator==(const CurveSpec&) const = default;
};

// Everything the curves picture depends on. The window, the settings and `activa export` fill
// it, and check it with checked() below.
struct CurvesState {
    // In the order they were checked, each function at most once; the article's three by default.
    std::vector<CurveSpec> curves{
        {ActivationId::Sigmoid, {}}, {ActivationId::Tanh, {}}, {ActivationId::Relu, {}}};
    double xmin = -10.0; // the article's range
    double xmax = 10.0;
    int points = 1001;
    bool show_derivative = true;
    bool log_derivative = false; // the derivative plot shows |f′| on a logarithmic axis
    bool show_saturation = true;
    int selected = 0; // index into curves: the function shaded and described; -1 for none
    bool operator==(const CurvesState&) const = default;
};

// The limits of a CurvesState. The window must be able to show and edit every state it is
// given, so these are what its axes and controls take; `activa eval` has no picture to draw
// and takes any finite range.
inline constexpr int kMinPoints = 2;
inline constexpr int kMaxPoints = 1'000'000;
inline constexpr double kMaxAbsX = 1e6;
// Points of all curves together: what keeps the window and an export under about 300 MB.
inline constexpr long long kMaxTotalPoints = 4'000'000;

// The state with every rule applied: finite xmin < xmax within ±kMaxAbsX, points within
// [kMinPoints, kMaxPoints], at most kMaxTotalPoints over all curves, known functions listed once
// with valid parameters, selected within [-1, curves). With OnInvalid::UseDefault a bad field takes
// its default value (a bad function's parameters take the function's defaults, a repeated function
// is dropped).
Expected<CurvesState> checked(CurvesState state, OnInvalid on_invalid);

// Where |f'(x)| falls below this, gradients are treated as vanishing.
inline constexpr double kSaturationThreshold = 0.01;

struct Interval {
    double from;
    double to;
    bool operator==(const Interval&) const = default;
};

// The x intervals of a sampled curve where |f'| < kSaturationThreshold, ascending. Each
// boundary lies halfway between the last point inside and the first outside; the curve's ends
// close the first and last interval. A stretch where f' only passes through zero, changing sign
// (SiLU and GELU below 0, sin at π/2), is not one: the slope is large on both sides of a point,
// which is not saturation. At most max_intervals are returned (an oscillating curve could
// otherwise give one per point).
std::vector<Interval> saturation_intervals(const Curve& curve, std::size_t max_intervals = 1000);

// What the slope is inside the given intervals of a sampled curve: somewhere exactly zero (no
// gradient at all, as on ReLU's negative side: a unit whose inputs all land there is dead),
// somewhere small but not zero (saturation: the gradient fades, and stacked layers make it
// vanish), or both.
struct BandSlopes {
    bool zero = false;
    bool small = false;
    bool operator==(const BandSlopes&) const = default;
};
BandSlopes band_slopes(const Curve& curve, std::span<const Interval> intervals);

// A function's saturation bands, to ask of single points (the units of the gradient-flow lab)
// whether their slope is saturated: small but not zero, and not merely passing through zero.
// The bands are those of saturation_intervals() over ±kSaturationReach; beyond it the slope
// alone decides, since there every catalogue function's small slope is a tail.
class SaturationBands {
public:
    static constexpr double kSaturationReach = 20.0;
    SaturationBands(ActivationId id, const ParamValues& params);
    bool saturated(double x, double slope) const;

private:
    std::vector<Interval> m_bands;
};

} // namespace activa
