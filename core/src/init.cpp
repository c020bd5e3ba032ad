// SPDX-License-Identifier: MIT
#include <activa/init.hpp>
#include <activa/random.hpp>

#include "tables.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace activa {
namespace {

using enum InitScheme;

constexpr std::array<InitSchemeInfo, 6> kSchemes{{
    {GlorotUniform, "glorot_uniform", ACTIVA_TR("core", "Glorot (Xavier) uniform")},
    {GlorotNormal, "glorot_normal", ACTIVA_TR("core", "Glorot (Xavier) normal")},
    {HeUniform, "he_uniform", ACTIVA_TR("core", "He uniform")},
    {HeNormal, "he_normal", ACTIVA_TR("core", "He normal")},
    {LecunNormal, "lecun_normal", ACTIVA_TR("core", "LeCun normal")},
    {Normal, "normal", ACTIVA_TR("core", "Normal with a chosen σ")},
}};

static_assert(detail::in_enum_order(kSchemes, &InitSchemeInfo::id),
              "init_schemes() is indexed by InitScheme");

} // namespace

std::span<const InitSchemeInfo> init_schemes() {
    return kSchemes;
}

std::optional<InitScheme> parse_init_scheme(std::string_view key) {
    return detail::find_keyed(kSchemes, key, &InitSchemeInfo::key, &InitSchemeInfo::id);
}

std::string_view init_scheme_key(InitScheme scheme) {
    return kSchemes[static_cast<std::size_t>(scheme)].key;
}

InitScheme recommended_init(WeightInit family) {
    switch (family) {
    case WeightInit::He:
        return HeUniform;
    case WeightInit::Glorot:
        return GlorotUniform;
    case WeightInit::LeCun:
        return LecunNormal; // SELU's self-normalisation is derived for normal weights
    }
    return GlorotUniform;
}

InitScheme recommended_init(ActivationId id) {
    return recommended_init(info(id).properties.init);
}

std::vector<InitGroup> recommended_init_groups() {
    std::vector<InitGroup> groups;
    for (const InitSchemeInfo& s : kSchemes) {
        InitGroup g{s.id, {}};
        for (const ActivationInfo& a : catalogue())
            if (recommended_init(a.id) == s.id) g.activations.push_back(a.id);
        if (!g.activations.empty()) groups.push_back(std::move(g));
    }
    std::stable_sort(groups.begin(), groups.end(), [](const InitGroup& a, const InitGroup& b) {
        return a.activations.size() < b.activations.size();
    });
    return groups;
}

double init_stddev(InitScheme scheme, std::size_t fan_in, std::size_t fan_out, double normal_std) {
    const auto in = static_cast<double>(fan_in);
    const auto both = static_cast<double>(fan_in + fan_out);
    switch (scheme) {
    case GlorotUniform:
    case GlorotNormal:
        return std::sqrt(2.0 / both);
    case HeUniform:
    case HeNormal:
        return std::sqrt(2.0 / in);
    case LecunNormal:
        return std::sqrt(1.0 / in);
    case Normal:
        return normal_std;
    }
    return normal_std;
}

void draw_weights(InitScheme scheme, std::size_t fan_in, std::size_t fan_out, double normal_std,
                  Rng& rng, std::span<double> w) {
    const double sd = init_stddev(scheme, fan_in, fan_out, normal_std);
    if (scheme == GlorotUniform || scheme == HeUniform) {
        const double limit = std::sqrt(3.0) * sd; // U[-a, a] has standard deviation a / sqrt 3
        rng.fill_uniform(w, -limit, limit);
    } else {
        rng.fill_normal(w, 0.0, sd);
    }
}

} // namespace activa
