// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

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

// The recipe's initialisation for a family of them (the catalogue's WeightInit): He →
// he_uniform, Glorot → glorot_uniform, LeCun → lecun_normal. The recipe, its code snippets, the
// labs and the help texts all name it through this one answer.
InitScheme recommended_init(WeightInit family);
// The recipe's initialisation for the activation: that of its catalogue row.
InitScheme recommended_init(ActivationId id);
// The catalogue's activations grouped by their recipe initialisation, each group in catalogue
// order, the smallest group first: help texts name the largest last, as "the others".
struct InitGroup {
    InitScheme scheme;
    std::vector<ActivationId> activations;
};
std::vector<InitGroup> recommended_init_groups();

// Standard deviation of the weights the scheme draws for a layer (normal_std for Normal).
double init_stddev(InitScheme scheme, std::size_t fan_in, std::size_t fan_out, double normal_std);

// Fills w (fan_out × fan_in, any layout: every element is independent) from rng.
void draw_weights(InitScheme scheme, std::size_t fan_in, std::size_t fan_out, double normal_std,
                  Rng& rng, std::span<double> w);

} // namespace activa
