// SPDX-License-Identifier: MIT
// Numerical derivatives for checking gradients against.
#pragma once

#include <cstddef>
#include <vector>

namespace activa::test {

// (f(x + h·e_i) - f(x - h·e_i)) / 2h: the slope of f along the i-th coordinate of x, f called
// on the step up first.
template <typename F>
double central_difference(F&& f, const std::vector<double>& x, std::size_t i, double h) {
    auto plus = x;
    auto minus = x;
    plus[i] += h;
    minus[i] -= h;
    const double up = f(plus);
    const double down = f(minus);
    return (up - down) / (2 * h);
}

} // namespace activa::test
