// SPDX-License-Identifier: MIT
#pragma once

// Functions on the command line: ids, their parameters, and the typed functions of --define,
// which become ids like the built-ins' for the rest of the command.

#include <activa/activations.hpp>
#include <activa/formula.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace activa::cli {

class Options;

// A function id or alias from 'activa list', or the NAME of a --define given before.
ActivationId parse_activation(std::string_view id);
// The ids of `option`'s value "ID,ID,...", in order; an empty item or an id given twice is bad
// input.
std::vector<ActivationId> parse_activation_list(std::string_view ids, std::string_view option);

// "it has alpha" / "it has none", for messages about unknown parameters.
std::string param_names(ActivationId id);
// The function's parameters after every --param NAME=VALUE of o (eval's and gradflow's one
// function), checked as a whole.
ParamValues parse_params(const Options& o, ActivationId id);
// The parameters that --param ID.NAME=VALUE gives the functions `ids` listed by `option`
// (export's and train's several functions), one entry per id, empty for a function given none;
// an assignment to a function the list lacks is bad input. Checked with the state they join.
std::vector<std::optional<ParamValues>> parse_qualified_params(const Options& o,
                                                               const std::vector<ActivationId>& ids,
                                                               std::string_view option);

// Defines the typed function of every --define of o, in order, so that its NAME is an id from
// now on. A bad definition or a name defined twice is bad input naming the place and the reason.
// A typed parameter takes any finite value: its range is widened to hold what --param gives it
// (as NAME=VALUE when `target` is its function's name, as NAME.PARAM=VALUE otherwise).
void define_functions(const Options& o, std::string_view target = {});
// "--define 'f(x) = tahn(x)': column 8: unknown function 'tahn': did you mean 'tanh'?"
[[noreturn]] void fail_definition(std::string_view what, std::string_view text,
                                  const FormulaError& e);

} // namespace activa::cli
