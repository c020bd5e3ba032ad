// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace activa {

class Rng;

// Weight initialisations. The normal variants are plain (untruncated) normals, as PyTorch's
// xavier_normal_ and kaiming_normal_; Normal has a chosen standard deviation, for contrast.
enum class InitScheme : std::uint8_t {
    GlorotUniform,
    GlorotNormal,
    HeUniform,
    HeNormal,
    LecunNormal,
    Normal,
};

struct InitSchemeInfo {
    InitScheme id;
    std::string_view key;  // command-line spelling, as Keras names it: "glorot_uniform"
    std::string_view name; // display name
};

std::span<const InitSchemeInfo> init_schemes();
std::optional<InitScheme> parse_init_scheme(std::string_view key);
std::string_view init_scheme_key(InitScheme scheme);

// The recipe's initialisation for the activation: He → he_uniform, Glorot → glorot_uniform,
// LeCun → lecun_normal.
InitScheme recommended_init(ActivationId id);

// Standard deviation of the weights the scheme draws for a layer (normal_std for Normal).
double init_stddev(InitScheme scheme, std::size_t fan_in, std::size_t fan_out, double normal_std);

// Fills w (fan_out × fan_in, any layout: every element is independent) from rng.
void draw_weights(InitScheme scheme, std::size_t fan_in, std::size_t fan_out, double normal_std,
                  Rng& rng, std::span<double> w);

} // namespace activa
