// SPDX-License-Identifier: MIT
// The special doubles the core tests give and expect.
#pragma once

#include <limits>

namespace activa::test {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

} // namespace activa::test
