// SPDX-License-Identifier: MIT
#include <activa/activations.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

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

Expected<SoftmaxState> checked(SoftmaxState s, OnInvalid on_invalid) {
    const bool repair = on_invalid == OnInvalid::UseDefault;
    using Result = Expected<SoftmaxState>;
    const SoftmaxState defaults;
    const bool count_ok = !s.logits.empty() && s.logits.size() <= kMaxSoftmaxClasses;
    const auto bad = std::find_if(s.logits.begin(), s.logits.end(), [](double l) {
        return !std::isfinite(l) || std::fabs(l) > kMaxLogit;
    });
    if (!count_ok || bad != s.logits.end()) {
        if (!repair) {
            if (!count_ok)
                return Result::failure("softmax needs 1 to " + std::to_string(kMaxSoftmaxClasses) +
                                       " logits, got " + std::to_string(s.logits.size()));
            return Result::failure("logits must be finite and within ±" + format_number(kMaxLogit) +
                                   ", got " + format_number(*bad));
        }
        s.logits = defaults.logits;
        s.classes = defaults.classes;
    }
    if (s.classes.size() != s.logits.size()) {
        if (!repair)
            return Result::failure(
                "one class name per logit is needed: " + std::to_string(s.logits.size()) +
                " logits, " + std::to_string(s.classes.size()) + " names");
        s.classes.resize(s.logits.size());
    }
    for (std::size_t i = 0; i < s.classes.size(); ++i)
        if (s.classes[i].empty()) s.classes[i] = default_class_name(i);
    if (!(s.temperature >= kMinTemperature && s.temperature <= kMaxTemperature)) {
        if (!repair)
            return Result::failure(
                "the temperature must be between " + format_number(kMinTemperature) + " and " +
                format_number(kMaxTemperature) + ", got " + format_number(s.temperature));
        s.temperature = defaults.temperature;
    }
    return s;
}

std::string default_class_name(std::size_t index) {
    std::string name;
    for (std::size_t i = index + 1; i > 0; i = (i - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (i - 1) % 26));
    return name;
}

} // namespace activa
