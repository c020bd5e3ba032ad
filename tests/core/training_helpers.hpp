// SPDX-License-Identifier: MIT
// What the training and race tests share.
#pragma once

#include <activa/training.hpp>

#include <cstdint>

namespace activa::test {

// The default race: spiral, 500 points, noise 0.1, half for training; 4 hidden layers of 16,
// Adam, learning rate 0.01, batch 32, 300 epochs; this activation and seed.
inline TrainSettings spiral_race(ActivationId f, std::uint64_t seed) {
    TrainSettings s;
    s.activation = f;
    s.seed = seed;
    s.data_seed = seed;
    return s;
}

} // namespace activa::test
