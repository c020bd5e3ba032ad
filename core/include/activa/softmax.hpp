// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <span>
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

} // namespace activa
