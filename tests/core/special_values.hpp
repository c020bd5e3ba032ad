// SPDX-License-Identifier: MIT
// The special doubles the core tests give and expect, and how close a result must come.
#pragma once

#include <cmath>
#include <limits>

namespace activa::test {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// The relative error the references allow.
inline constexpr double kRelTol = 1e-12;

// Relative error of actual against expected; 0 when they compare equal (infinities too), inf
// when one is NaN and the other not.
inline double rel_error(double actual, double expected) {
    if (actual == expected) return 0.0;
    if (std::isnan(actual) || std::isnan(expected)) return kInf;
    return std::fabs(actual - expected) / std::fabs(expected);
}

} // namespace activa::test
