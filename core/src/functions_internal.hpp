// SPDX-License-Identifier: MIT
#pragma once

// What the catalogue and the evaluation ask of the typed functions (functions.hpp).

#include <activa/activations.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace activa {

// The typed function a name names now; nullopt when none does.
std::optional<ActivationId> find_typed(std::string_view name);
// A typed function's catalogue row; nullptr for a built-in or an id never defined.
const ActivationInfo* typed_info(ActivationId id);
// Where its value or slope jumps over the article's range, at these parameters.
std::vector<double> typed_kinks(ActivationId id, const ParamValues& params);

} // namespace activa
