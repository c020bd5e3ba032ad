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
#include <span>
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
// What a function kept in a state (settings, a lab's list) stands for now: a built-in itself, a
// typed function its name's newest definition. Fails when it is unknown or its name was forgotten.
Expected<ActivationId> current_function(ActivationId id);

// The text typed functions are shared in, and kept between sessions as: one definition a line,
// `NAME(x, p=1.5) = FORMULA`, each followed by any of these lines, indented:
//     param NAME MIN MAX      the range of a parameter's slider
//     init he|glorot|lecun    the initialisation's family (recommended_init names it)
//     inputs zero_one|minus_one_one|standardised
// Blank lines and lines starting with '#' are passed over.
std::string write_typed_definitions(std::span<const TypedDefinition> definitions);
struct SkippedDefinition {
    std::size_t line; // 1-based, where the definition starts
    std::string name; // its name when it has one, else the start of the line
    std::string reason;
};
struct TypedDefinitions {
    std::vector<TypedDefinition> definitions; // each one define_function takes
    std::vector<std::size_t> lines;           // where each starts (1-based)
    std::vector<SkippedDefinition> skipped;   // what was passed over, and why
};
// Reads every definition it can: a bad one is skipped and named, the others are kept.
TypedDefinitions read_typed_definitions(std::string_view text);
// Defines them all (as define_function does), skipping and naming the ones it refuses; the ids
// are those defined, in order.
std::vector<ActivationId> define_all(const TypedDefinitions& read,
                                     std::vector<SkippedDefinition>* skipped);

// A typed function's definition and compiled form; nullptr for a built-in.
const TypedDefinition* typed_definition(ActivationId id);
const CompiledFunction* compiled_function(ActivationId id);

} // namespace activa
