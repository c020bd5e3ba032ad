// SPDX-License-Identifier: MIT
#include <activa/functions.hpp>
#include <activa/numbers.hpp>

#include "functions_internal.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <memory>
#include <mutex>
#include <utility>

namespace activa {
namespace {

// Properties are measured over the article's range at the default parameters.
constexpr double kMeasuredFrom = -10.0;
constexpr double kMeasuredTo = 10.0;

// Everything info() hands out for a typed function, owned here: the catalogue row's views point
// into these strings, which never move once the entry is made.
struct Entry {
    Entry(TypedDefinition d, CompiledFunction c)
        : definition(std::move(d))
        , compiled(std::move(c)) {}
    TypedDefinition definition; // its params hold every parameter's range
    CompiledFunction compiled;
    std::string formula;
    std::string derivative;
    std::vector<ParamSpec> specs;
    ActivationInfo info{};
};

// Ids are slots after the built-ins'. Readers (any thread) load a slot without a lock; a slot is
// written once, under the lock, before its id is handed out.
struct Registry {
    std::array<std::atomic<const Entry*>, kMaxTypedFunctions> slots{};
    std::mutex mutex;
    std::vector<std::unique_ptr<const Entry>> entries;       // under the lock
    std::vector<std::pair<std::string, ActivationId>> names; // the named ones, oldest first
};

Registry& registry() {
    static Registry r;
    return r;
}

const Entry* entry(ActivationId id) {
    const auto i = static_cast<std::size_t>(id);
    if (i < kActivationCount || i >= kActivationCount + kMaxTypedFunctions) return nullptr;
    return registry().slots[i - kActivationCount].load(std::memory_order_acquire);
}

FormulaError range_error(std::string name) {
    FormulaError e;
    e.code = FormulaErrorCode::BadRange;
    e.args = {std::move(name)};
    return e;
}

// The definition's parameters with their ranges: the ones given, checked, or the defaults'.
FormulaExpected<std::vector<TypedParam>> ranges(const CompiledFunction& f,
                                                const std::vector<TypedParam>& given) {
    std::vector<TypedParam> out;
    for (const FormulaParam& p : f.params()) {
        const auto it = std::find_if(given.begin(), given.end(),
                                     [&](const TypedParam& t) { return t.name == p.name; });
        if (it == given.end()) {
            out.push_back(typed_param_range(p));
            continue;
        }
        TypedParam t = *it;
        t.default_value = p.default_value;
        if (!std::isfinite(t.min) || !std::isfinite(t.max) || !(t.min < t.max) ||
            t.default_value < t.min || t.default_value > t.max)
            return FormulaExpected<std::vector<TypedParam>>::failure(range_error(p.name));
        out.push_back(std::move(t));
    }
    for (const TypedParam& t : given)
        if (std::none_of(out.begin(), out.end(),
                         [&](const TypedParam& o) { return o.name == t.name; }))
            return FormulaExpected<std::vector<TypedParam>>::failure(range_error(t.name));
    return out;
}

// What the catalogue says of a built-in, measured for a typed function.
Properties measured(const CompiledFunction& f, const TypedRecipe& recipe) {
    const std::vector<double> defaults = f.default_params();
    const FormulaProperties p = analyse(f, defaults, kMeasuredFrom, kMeasuredTo);
    const ValueAndDerivative at0 = f.evaluate(defaults, 0.0);
    Properties out{};
    out.monotonic = p.monotonic;
    out.continuity = p.kinks.empty() ? 2 : 0;
    out.zero_centred = p.zero_centred;
    out.saturating = !p.saturated.empty();
    out.identity_near_zero = at0.value == 0.0 && std::fabs(at0.derivative - 1.0) < 1e-9;
    out.init = recipe.init;
    out.scaling = recipe.inputs;
    out.use = TypicalUse::Hidden;
    return out;
}

} // namespace

TypedParam typed_param_range(const FormulaParam& p) {
    const double reach = 2.0 * std::max(1.0, std::fabs(p.default_value));
    return {p.name, p.default_value, p.default_value - reach, p.default_value + reach};
}

FormulaExpected<ActivationId> define_function(const TypedDefinition& definition) {
    using Result = FormulaExpected<ActivationId>;
    auto parsed = parse_definition(definition.text);
    if (!parsed) return Result::failure(parsed.error());
    CompiledFunction compiled(*parsed);
    auto params = ranges(compiled, definition.params);
    if (!params) return Result::failure(params.error());

    TypedDefinition stored = definition;
    stored.params = *std::move(params);
    auto e = std::make_unique<Entry>(std::move(stored), std::move(compiled));
    e->formula = "f(x) = " + e->compiled.formula();
    e->derivative = "f′(x) = " + e->compiled.derivative_formula();
    for (const TypedParam& t : e->definition.params)
        e->specs.push_back({t.name, t.default_value, t.min, t.max, {}});
    ActivationInfo& row = e->info;
    row.key = e->compiled.name();
    row.name = e->compiled.name();
    row.family = Family::Typed;
    row.formula = e->formula;
    row.derivative_formula = e->derivative;
    row.params = e->specs;
    row.properties = measured(e->compiled, e->definition.recipe);

    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    if (r.entries.size() >= kMaxTypedFunctions) {
        FormulaError full;
        full.code = FormulaErrorCode::TooManyFunctions;
        full.args = {std::to_string(kMaxTypedFunctions)};
        return Result::failure(std::move(full));
    }
    const std::size_t slot = r.entries.size();
    const auto id = static_cast<ActivationId>(kActivationCount + slot);
    row.id = id;
    const Entry* made = r.entries.emplace_back(std::move(e)).get();
    r.slots[slot].store(made, std::memory_order_release);
    std::erase_if(r.names, [&](const auto& n) { return n.first == made->compiled.name(); });
    r.names.emplace_back(made->compiled.name(), id);
    return id;
}

bool is_builtin(ActivationId id) {
    return static_cast<std::size_t>(id) < kActivationCount;
}

bool is_known(ActivationId id) {
    return is_builtin(id) || entry(id) != nullptr;
}

std::vector<ActivationId> typed_functions() {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    std::vector<ActivationId> out;
    for (const auto& [name, id] : r.names)
        out.push_back(id);
    return out;
}

void forget_function(ActivationId id) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    std::erase_if(r.names, [&](const auto& n) { return n.second == id; });
}

Expected<ActivationId> current_function(ActivationId id) {
    using Result = Expected<ActivationId>;
    if (!is_known(id)) return Result::failure("unknown function");
    if (is_builtin(id)) return id;
    const auto named = find_typed(info(id).key);
    return named ? Result(*named) : Result::failure("function no longer defined");
}

std::optional<ActivationId> find_typed(std::string_view name) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    for (const auto& [n, id] : r.names)
        if (n == name) return id;
    return std::nullopt;
}

const TypedDefinition* typed_definition(ActivationId id) {
    const Entry* e = entry(id);
    return e != nullptr ? &e->definition : nullptr;
}

const CompiledFunction* compiled_function(ActivationId id) {
    const Entry* e = entry(id);
    return e != nullptr ? &e->compiled : nullptr;
}

const ActivationInfo* typed_info(ActivationId id) {
    const Entry* e = entry(id);
    return e != nullptr ? &e->info : nullptr;
}

std::vector<double> typed_kinks(ActivationId id, const ParamValues& params) {
    const Entry* e = entry(id);
    if (e == nullptr) return {};
    const std::size_t n = e->compiled.params().size();
    return analyse(e->compiled, std::span(params.data(), n), kMeasuredFrom, kMeasuredTo).kinks;
}

} // namespace activa
