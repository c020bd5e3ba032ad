// SPDX-License-Identifier: MIT
#include "helptext.hpp"

#include "choices.hpp"

#include <activa/activations.hpp>
#include <activa/csv.hpp>
#include <activa/functions.hpp>
#include <activa/gradflow.hpp>
#include <activa/init.hpp>
#include <activa/numbers.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace activa::cli {
namespace {

std::string wrapped(std::string_view text, std::size_t first_column, std::size_t indent) {
    std::string out;
    std::size_t column = first_column;
    bool line_empty = true;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        const std::string_view word = text.substr(0, space);
        text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
        if (word.empty()) continue;
        if (!line_empty && column + 1 + word.size() > kHelpWidth) {
            out.push_back('\n');
            out.append(indent, ' ');
            column = indent;
            line_empty = true;
        }
        if (!line_empty) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        line_empty = false;
    }
    out.push_back('\n');
    return out;
}

std::string joined(const std::vector<std::string_view>& items, std::string_view last_separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? last_separator : std::string_view(", ");
        out += items[i];
    }
    return out;
}

} // namespace

namespace {

// "k1 for a, b; k2 for c; k3 for the others": groups smallest first, and the largest, last, is
// named "the others" so that the list stays short.
std::string
groups_text(const std::vector<std::pair<std::string_view, std::vector<ActivationId>>>& groups) {
    std::string out;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (g > 0) out += "; ";
        out += groups[g].first;
        if (g + 1 == groups.size() && g > 0) {
            out += " for the others";
            break;
        }
        std::vector<std::string_view> keys;
        for (const ActivationId id : groups[g].second)
            keys.push_back(info(id).key);
        out += " for " + joined(keys, ", ");
    }
    return out;
}

} // namespace

std::string recipe_init_text() {
    std::vector<std::pair<std::string_view, std::vector<ActivationId>>> groups;
    for (const InitGroup& g : recommended_init_groups())
        groups.emplace_back(init_scheme_key(g.scheme), g.activations);
    return groups_text(groups);
}

std::string recipe_inputs_text() {
    std::vector<std::pair<std::string_view, std::vector<ActivationId>>> groups;
    for (const auto& [key, scaling] : input_choices()) {
        std::vector<ActivationId> ids;
        for (const ActivationInfo& a : catalogue())
            if (a.properties.scaling == scaling) ids.push_back(a.id);
        if (!ids.empty()) groups.emplace_back(key, std::move(ids));
    }
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        return a.second.size() < b.second.size();
    });
    return groups_text(groups);
}

std::string_view typed_init_key() {
    return init_scheme_key(recommended_init(TypedRecipe{}.init));
}

std::string_view typed_inputs_key() {
    return choice_key(input_choices(), TypedRecipe{}.inputs);
}

std::string typed_init_text() {
    return std::string(typed_init_key()) + " for a typed function";
}

std::string typed_inputs_text() {
    return std::string(typed_inputs_key()) + " for a typed function";
}

std::string limit_text(double v) {
    // A whole limit reads as one ("1000000", not "1e+06"); others in shortest form ("1e-06").
    constexpr double kWhole = 1e15;
    if (v == std::trunc(v) && std::fabs(v) < kWhole)
        return std::to_string(static_cast<long long>(v));
    return format_number(v);
}

std::string range_text(double lo, double hi) {
    return limit_text(lo) + " to " + limit_text(hi);
}

std::string gradflow_columns_text() {
    std::string out = "layer";
    for (const std::string_view column : gradflow_csv_columns())
        out.append(",").append(column);
    return out;
}

std::string gradflow_columns_meaning() {
    const std::string threshold = format_number(kSaturationThreshold);
    return "grad_norm is the mean over the batch of the norm of the loss gradient with respect to "
           "the layer's pre-activations; saturated_fraction counts (unit, sample) pairs whose "
           "slope is small but not zero, 0 < |f'(z)| < " +
           threshold +
           ", leaving out where f' only passes through zero (as GELU's does near -0.75); "
           "zero_gradient_fraction counts pairs with f'(z) = 0, which pass no gradient back at all "
           "(ReLU's negative side); dead_fraction counts units with f'(z) = 0 for every sample. "
           "Sizes whose buffers would need more than " +
           std::to_string(kGradFlowMemoryCeilingBytes >> 20) + " MiB are refused.";
}

std::string help_option(std::string_view option, std::string_view description, std::size_t column) {
    std::string out = "  ";
    out.append(option);
    if (out.size() + 1 > column) {
        out.push_back('\n');
        out.append(column, ' ');
    } else {
        out.append(column - out.size(), ' ');
    }
    out.append(wrapped(description, column, column));
    return out;
}

std::string help_paragraph(std::string_view text) {
    return wrapped(text, 0, 0);
}

std::string filled(std::string_view text,
                   std::initializer_list<std::pair<std::string_view, std::string>> values) {
    std::string out(text);
    for (const auto& [name, value] : values) {
        std::string key = "{";
        key.append(name).append("}");
        for (std::size_t at = out.find(key); at != std::string::npos;
             at = out.find(key, at + value.size()))
            out.replace(at, key.size(), value);
    }
    return out;
}

} // namespace activa::cli
