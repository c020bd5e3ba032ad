// SPDX-License-Identifier: MIT
#include "training_loss.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace activa::training_detail {
namespace {

// Probabilities are clipped to [ε, 1 − ε] before a logarithm when the output layer does not
// give logits to work from (Keras does the same): a wrong pairing then fails without NaN.
constexpr double kClip = 1e-7;

double softplus(double x) {
    return std::max(x, 0.0) + std::log1p(std::exp(-std::fabs(x)));
}

double sigmoid(double x) {
    if (x >= 0) return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

} // namespace

double point_loss(OutputActivation act, LossKind loss, const double* z, const double* y,
                  std::size_t k, double* a, double* dz) {
    double lse = 0.0;
    switch (act) {
    case OutputActivation::Linear:
        std::copy(z, z + k, a);
        break;
    case OutputActivation::Sigmoid:
        for (std::size_t i = 0; i < k; ++i)
            a[i] = sigmoid(z[i]);
        break;
    case OutputActivation::Softmax: {
        const double m = *std::max_element(z, z + k);
        double sum = 0.0;
        for (std::size_t i = 0; i < k; ++i) {
            a[i] = std::exp(z[i] - m);
            sum += a[i];
        }
        for (std::size_t i = 0; i < k; ++i)
            a[i] /= sum;
        lse = m + std::log(sum);
        break;
    }
    }
    const auto kd = static_cast<double>(k);
    double total = 0.0;
    if (act == OutputActivation::Sigmoid && loss == LossKind::BinaryCrossentropy) {
        for (std::size_t i = 0; i < k; ++i) {
            total += y[i] * softplus(-z[i]) + (1.0 - y[i]) * softplus(z[i]);
            dz[i] = (a[i] - y[i]) / kd;
        }
        return total / kd;
    }
    if (act == OutputActivation::Softmax && loss == LossKind::CategoricalCrossentropy) {
        double mass = 0.0;
        for (std::size_t i = 0; i < k; ++i) {
            total -= y[i] * (z[i] - lse);
            mass += y[i];
        }
        for (std::size_t i = 0; i < k; ++i)
            dz[i] = a[i] * mass - y[i];
        return total;
    }
    if (act == OutputActivation::Sigmoid && loss == LossKind::CategoricalCrossentropy) {
        for (std::size_t i = 0; i < k; ++i) {
            total += y[i] * softplus(-z[i]);
            dz[i] = -y[i] * (1.0 - a[i]);
        }
        return total;
    }

    std::array<double, kMaxOutputs> g{}; // ∂loss/∂a
    for (std::size_t i = 0; i < k; ++i) {
        const bool inside = a[i] > kClip && a[i] < 1.0 - kClip;
        const double p = std::clamp(a[i], kClip, 1.0 - kClip);
        switch (loss) {
        case LossKind::MeanSquaredError:
            total += (a[i] - y[i]) * (a[i] - y[i]) / kd;
            g[i] = 2.0 * (a[i] - y[i]) / kd;
            break;
        case LossKind::BinaryCrossentropy:
            total -= (y[i] * std::log(p) + (1.0 - y[i]) * std::log1p(-p)) / kd;
            g[i] = inside ? (p - y[i]) / (p * (1.0 - p)) / kd : 0.0;
            break;
        case LossKind::CategoricalCrossentropy:
            total -= y[i] * std::log(p);
            g[i] = inside ? -y[i] / p : 0.0;
            break;
        }
    }
    switch (act) {
    case OutputActivation::Linear:
        std::copy(g.begin(), g.begin() + static_cast<std::ptrdiff_t>(k), dz);
        break;
    case OutputActivation::Sigmoid:
        for (std::size_t i = 0; i < k; ++i)
            dz[i] = g[i] * a[i] * (1.0 - a[i]);
        break;
    case OutputActivation::Softmax: {
        double dot = 0.0;
        for (std::size_t i = 0; i < k; ++i)
            dot += g[i] * a[i];
        for (std::size_t i = 0; i < k; ++i)
            dz[i] = a[i] * (g[i] - dot);
        break;
    }
    }
    return total;
}

std::pair<std::size_t, std::size_t> point_hits(ProblemType problem, const double* a,
                                               const double* y, std::size_t k) {
    switch (problem) {
    case ProblemType::Regression:
        return {0, 0};
    case ProblemType::Binary:
        return {(a[0] > 0.5) == (y[0] > 0.5) ? 1 : 0, 1};
    case ProblemType::Multiclass:
        return {std::max_element(a, a + k) - a == std::max_element(y, y + k) - y ? 1 : 0, 1};
    case ProblemType::Multilabel: {
        std::size_t hits = 0;
        for (std::size_t i = 0; i < k; ++i)
            hits += (a[i] > 0.5) == (y[i] > 0.5) ? 1 : 0;
        return {hits, k};
    }
    }
    return {0, 0};
}

} // namespace activa::training_detail
