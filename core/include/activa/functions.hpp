// SPDX-License-Identifier: MIT
#pragma once

// Functions are data: a typed activation joins the catalogue at run time with an id of its own,
// after the built-ins'. From then on info(), evaluate(), find_activation(), default_params(),
// validate_params(), kinks(), recommended_init() and everything built on them (the views, the
// labs, export, the commands) take it like a built-in, without knowing which it is.
//
// An id is never reused within a process: editing a function defines it anew under a new id,
// and the old one stays valid, so work in flight on a worker thread finishes safely. A name
// names its latest definition.

#include <activa/activations.hpp>
#include <activa/expected.hpp>
#include <activa/formula.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace activa {

// Typed functions one process may define, edits included.
inline constexpr std::size_t kMaxTypedFunctions = 4096;

// A typed parameter as the editor and the sliders offer it: its default and the range the
// controls span (and validate_params() checks).
struct TypedParam {
    std::string name;
    double default_value = 0.0;
    double min = 0.0;
    double max = 0.0;
    bool operator==(const TypedParam&) const = default;
};

// What a built-in's catalogue row gives the labs and the recipe, for a typed function: the
// family of its initialisation (He, Glorot or LeCun, as recommended_init() names it) and how the
// inputs are scaled.
struct TypedRecipe {
    WeightInit init = WeightInit::Glorot;
    InputScaling inputs = InputScaling::Standardised;
    bool operator==(const TypedRecipe&) const = default;
};

// A typed function as it is saved, shared and defined: the definition's text
// `NAME(x, p=1.5) = FORMULA`, the parameters' ranges and the recipe.
struct TypedDefinition {
    std::string text;
    std::vector<TypedParam> params; // the ranges; empty: the defaults' ranges (typed_param_range)
    TypedRecipe recipe;
    bool operator==(const TypedDefinition&) const = default;
};

// The range a parameter's controls span when the definition gives none: around its default,
// wide enough to move it by twice its size (and by 2 when it is 0).
TypedParam typed_param_range(const FormulaParam& p);

// Compiles the definition and gives it its id (a name defined before now names this one).
// Ranges that do not hold their parameter's default, or that are not finite and increasing,
// are refused like a formula's mistakes.
FormulaExpected<ActivationId> define_function(const TypedDefinition& definition);

// Whether an id is one of the built-ins, or any id that was ever defined.
bool is_builtin(ActivationId id);
bool is_known(ActivationId id);

// The typed functions that have a name now (defined and not forgotten), oldest first.
std::vector<ActivationId> typed_functions();
// Takes the name away (the "Yours" list forgets it); the id stays valid for work in flight.
void forget_function(ActivationId id);

// A typed function's definition and compiled form; nullptr for a built-in.
const TypedDefinition* typed_definition(ActivationId id);
const CompiledFunction* compiled_function(ActivationId id);

} // namespace activa
