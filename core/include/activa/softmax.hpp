// SPDX-License-Identifier: MIT
#pragma once

#include <activa/expected.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace activa {

// softmax(x / T): probabilities that sum to 1, stable for any finite logits (the maximum is
// subtracted first). temperature must be finite and > 0; logits must not be empty.
std::vector<double> softmax(std::span<const double> logits, double temperature = 1.0);

// log softmax(x / T), without taking the log of a rounded probability.
std::vector<double> log_softmax(std::span<const double> logits, double temperature = 1.0);

// d softmax(x / T)_i / d x_j = (p_i (delta_ij - p_j)) / T, row-major n x n.
std::vector<double> softmax_jacobian(std::span<const double> logits, double temperature = 1.0);

// Index of the first largest logit (ties go to the lower index); 0 for an empty list.
std::size_t argmax(std::span<const double> logits);

// The multilabel reading of the same logits: an independent sigmoid per logit.
std::vector<double> sigmoid_each(std::span<const double> logits);

// What the softmax picture depends on; the article's example by default. The window, the
// settings and `activa export` fill it, and check it with checked() below.
struct SoftmaxState {
    std::vector<std::string> classes{"A", "B", "C"}; // one name per logit, UTF-8
    std::vector<double> logits{1.0, 3.0, 2.0};
    double temperature = 1.0;
    bool operator==(const SoftmaxState&) const = default;
};

// The limits of a SoftmaxState: what the window can show as bars and edit with its controls,
// since every state it is given must open there. `activa softmax` draws nothing and takes any
// finite logits and temperature.
inline constexpr std::size_t kMaxSoftmaxClasses = 100;
inline constexpr double kMaxLogit = 1000.0;
inline constexpr double kMinTemperature = 0.05;
inline constexpr double kMaxTemperature = 20.0;

// The state with every rule applied: 1 to kMaxSoftmaxClasses finite logits within ±kMaxLogit,
// one class name per logit, a temperature within [kMinTemperature, kMaxTemperature]. With
// OnInvalid::UseDefault bad logits give the default example, missing names are generated and
// a bad temperature becomes 1.
Expected<SoftmaxState> checked(SoftmaxState state, OnInvalid on_invalid);

// The spreadsheet-style default name of the class at index: A, B, ..., Z, AA, AB, ...
std::string default_class_name(std::size_t index);

} // namespace activa
