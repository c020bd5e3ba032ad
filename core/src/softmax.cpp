// SPDX-License-Identifier: MIT
#include <activa/activations.hpp>
#include <activa/softmax.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace activa {
namespace {

void check(std::span<const double> logits, double temperature) {
    if (logits.empty()) throw std::invalid_argument("softmax: no logits");
    if (!(temperature > 0.0) || !std::isfinite(temperature))
        throw std::invalid_argument("softmax: temperature must be finite and > 0");
}

// Shifted, scaled logits z_i = (x_i - max) / T <= 0 and their exponentials. Subtracting before
// dividing keeps huge logits with a small temperature finite.
struct Shifted {
    std::vector<double> z;
    std::vector<double> e;
    double sum = 0.0;
};

Shifted shift(std::span<const double> logits, double temperature) {
    check(logits, temperature);
    const double m = *std::max_element(logits.begin(), logits.end());
    Shifted s;
    s.z.resize(logits.size());
    s.e.resize(logits.size());
    double compensation = 0.0; // Neumaier summation: the sum is exact to about 1 ulp
    for (std::size_t i = 0; i < logits.size(); ++i) {
        s.z[i] = (logits[i] - m) / temperature;
        s.e[i] = std::exp(s.z[i]);
        const double t = s.sum + s.e[i];
        compensation += std::fabs(s.sum) >= s.e[i] ? (s.sum - t) + s.e[i] : (s.e[i] - t) + s.sum;
        s.sum = t;
    }
    s.sum += compensation;
    return s;
}

} // namespace

std::vector<double> softmax(std::span<const double> logits, double temperature) {
    Shifted s = shift(logits, temperature);
    for (double& e : s.e)
        e /= s.sum;
    return std::move(s.e);
}

std::vector<double> log_softmax(std::span<const double> logits, double temperature) {
    Shifted s = shift(logits, temperature);
    const double log_sum = std::log(s.sum);
    for (double& z : s.z)
        z -= log_sum;
    return std::move(s.z);
}

std::vector<double> softmax_jacobian(std::span<const double> logits, double temperature) {
    const std::vector<double> p = softmax(logits, temperature);
    const std::size_t n = p.size();
    std::vector<double> j(n * n);
    for (std::size_t r = 0; r < n; ++r)
        for (std::size_t c = 0; c < n; ++c)
            j[r * n + c] = p[r] * ((r == c ? 1.0 : 0.0) - p[c]) / temperature;
    return j;
}

std::size_t argmax(std::span<const double> logits) {
    if (logits.empty()) return 0;
    return static_cast<std::size_t>(std::max_element(logits.begin(), logits.end()) -
                                    logits.begin());
}

std::vector<double> sigmoid_each(std::span<const double> logits) {
    std::vector<double> p(logits.size());
    std::vector<double> slope(logits.size());
    evaluate(ActivationId::Sigmoid, {}, logits, p, slope);
    return p;
}

} // namespace activa
