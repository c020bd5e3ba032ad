// SPDX-License-Identifier: MIT
#pragma once

// The losses and the metric of the trainer (training.cpp), one point at a time.

#include <activa/training.hpp>

#include <cstddef>
#include <utility>

namespace activa::training_detail {

// Outputs a network may have: the buffers of one point are this long.
inline constexpr std::size_t kMaxOutputs = 8;

// Loss of one point from the output layer's pre-activations z, with the outputs into a and
// ∂loss/∂z into dz. Pairs that have logits (sigmoid with binary cross-entropy, softmax with
// categorical) are computed from them, without taking the log of a rounded probability.
double point_loss(OutputActivation act, LossKind loss, const double* z, const double* y,
                  std::size_t k, double* a, double* dz);

// Correct answers of one point and how many were asked (one, or one per label).
std::pair<std::size_t, std::size_t> point_hits(ProblemType problem, const double* a,
                                               const double* y, std::size_t k);

} // namespace activa::training_detail
