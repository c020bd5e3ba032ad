// SPDX-License-Identifier: MIT
#include "function_options.hpp"

#include "cli.hpp"
#include "options.hpp"
#include "output.hpp"

#include <activa/functions.hpp>
#include <activa/numbers.hpp>

#include <algorithm>
#include <cmath>

namespace activa::cli {
namespace {

// "ID.NAME=VALUE" split at its dot and its '='; an empty id when the shape is another.
struct Qualified {
    std::string_view id, name, value;
};

Qualified split_qualified(std::string_view assignment) {
    const std::size_t eq = assignment.find('=');
    const std::size_t dot = assignment.substr(0, eq).find('.');
    if (eq == std::string_view::npos || dot == std::string_view::npos || dot == 0 || dot + 1 >= eq)
        return {};
    return {assignment.substr(0, dot), assignment.substr(dot + 1, eq - dot - 1),
            assignment.substr(eq + 1)};
}

std::size_t param_index(ActivationId id, std::string_view name) {
    const auto index = find_param(id, name);
    if (!index)
        fail("unknown parameter " + quoted(name) + " for " + std::string(info(id).key) + " (" +
             param_names(id) + ")");
    return *index;
}

// Every finite value --param gives the parameter `param` of the function `function`.
std::vector<double> given_values(const Options& o, std::string_view function,
                                 std::string_view param, std::string_view target) {
    std::vector<double> out;
    for (const std::string_view a : o.all("--param")) {
        const std::size_t eq = a.find('=');
        const Qualified q = split_qualified(a);
        const bool names_it = target.empty() ? q.id == function && q.name == param
                                             : target == function && a.substr(0, eq) == param;
        if (!names_it) continue;
        const auto v = parse_number(a.substr(eq + 1));
        if (v && std::isfinite(*v)) out.push_back(*v);
    }
    return out;
}

} // namespace

ActivationId parse_activation(std::string_view id) {
    if (id.empty()) fail("missing function id (see 'activa list')");
    const auto a = find_activation(id);
    if (!a) fail("unknown function " + quoted(id) + " (see 'activa list')");
    return *a;
}

std::vector<ActivationId> parse_activation_list(std::string_view ids, std::string_view option) {
    std::vector<ActivationId> out;
    std::size_t start = 0;
    while (start <= ids.size()) {
        const std::size_t comma = std::min(ids.find(',', start), ids.size());
        const std::string_view key = ids.substr(start, comma - start);
        if (key.empty()) fail(std::string(option) + " has an empty item in " + quoted(ids));
        const ActivationId id = parse_activation(key);
        if (std::find(out.begin(), out.end(), id) != out.end())
            fail(std::string(option) + " lists " + std::string(info(id).key) + " twice");
        out.push_back(id);
        start = comma + 1;
    }
    return out;
}

std::string param_names(ActivationId id) {
    std::string names;
    for (const auto& p : info(id).params)
        names += (names.empty() ? "" : ", ") + std::string(p.name);
    return names.empty() ? "it has none" : "it has " + names;
}

ParamValues parse_params(const Options& o, ActivationId id) {
    ParamValues params = default_params(id);
    for (const std::string_view assignment : o.all("--param")) {
        const std::size_t eq = assignment.find('=');
        if (eq == std::string_view::npos || eq == 0)
            fail("--param expects NAME=VALUE, got " + quoted(assignment));
        const std::string_view name = assignment.substr(0, eq);
        params[param_index(id, name)] =
            parse_finite(assignment.substr(eq + 1), "parameter " + std::string(name));
    }
    if (const auto ok = validate_params(id, params); !ok) fail(ok.error());
    return params;
}

std::vector<std::optional<ParamValues>> parse_qualified_params(const Options& o,
                                                               const std::vector<ActivationId>& ids,
                                                               std::string_view option) {
    std::vector<std::optional<ParamValues>> out(ids.size());
    for (const std::string_view assignment : o.all("--param")) {
        const Qualified q = split_qualified(assignment);
        if (q.id.empty()) fail("--param expects ID.NAME=VALUE, got " + quoted(assignment));
        const ActivationId id = parse_activation(q.id);
        const std::size_t index = param_index(id, q.name);
        const std::string key(info(id).key);
        const double value = parse_finite(q.value, "parameter " + key + "." + std::string(q.name));
        const auto listed = std::find(ids.begin(), ids.end(), id);
        if (listed == ids.end())
            fail("--param " + quoted(assignment) + " names " + key + ", which " +
                 std::string(option) + " does not list");
        auto& params = out[static_cast<std::size_t>(listed - ids.begin())];
        if (!params) params = default_params(id);
        (*params)[index] = value;
    }
    return out;
}

void fail_definition(std::string_view what, std::string_view text, const FormulaError& e) {
    fail(std::string(what) + " " + quoted(text) + ": column " + std::to_string(e.column + 1) +
         ": " + e.message());
}

void define_functions(const Options& o, std::string_view target) {
    std::vector<std::string> names;
    for (const std::string_view text : o.all("--define")) {
        const auto parsed = parse_definition(text);
        if (!parsed) fail_definition("--define", text, parsed.error());
        if (std::find(names.begin(), names.end(), parsed->name) != names.end())
            fail("--define: " + quoted(parsed->name) + " is defined more than once");
        names.push_back(parsed->name);
        TypedDefinition definition{std::string(text), {}, {}};
        for (const FormulaParam& p : parsed->params) {
            TypedParam range = typed_param_range(p);
            for (const double v : given_values(o, parsed->name, p.name, target)) {
                range.min = std::min(range.min, v);
                range.max = std::max(range.max, v);
            }
            definition.params.push_back(range);
        }
        const auto id = define_function(definition);
        if (!id) fail_definition("--define", text, id.error());
    }
}

} // namespace activa::cli
