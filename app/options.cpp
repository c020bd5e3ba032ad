// SPDX-License-Identifier: MIT
#include "options.hpp"

#include "cli.hpp"
#include "output.hpp"

#include <activa/numbers.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace activa::cli {

Options::Options(const std::vector<std::string_view>& args, std::size_t first,
                 std::vector<std::string_view> valued, std::vector<std::string_view> flags,
                 std::vector<std::string_view> repeatable) {
    auto contains = [](const std::vector<std::string_view>& v, std::string_view s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (std::size_t i = first; i < args.size(); ++i) {
        // "-h" is short for "--help" after a command too.
        const std::string_view a = args[i] == "-h" ? std::string_view("--help") : args[i];
        if (!a.starts_with("--")) {
            positional.push_back(a);
            continue;
        }
        const std::size_t eq = a.find('=');
        const std::string_view name = a.substr(0, eq);
        std::string_view value;
        if (contains(flags, name)) {
            if (eq != std::string_view::npos)
                fail("option " + std::string(name) + " takes no value");
        } else if (contains(valued, name)) {
            if (eq != std::string_view::npos) {
                value = a.substr(eq + 1);
            } else {
                if (i + 1 >= args.size()) fail("option " + std::string(name) + " needs a value");
                value = args[++i];
            }
            if (!contains(repeatable, name) && has(name))
                fail("option " + std::string(name) + " given more than once");
        } else {
            fail("unknown option " + quoted(name));
        }
        m_values.emplace_back(name, value);
    }
}

bool Options::has(std::string_view name) const {
    return std::any_of(m_values.begin(), m_values.end(),
                       [&](const auto& p) { return p.first == name; });
}

std::string_view Options::get(std::string_view name) const {
    std::string_view v;
    for (const auto& [n, value] : m_values)
        if (n == name) v = value;
    return v;
}

std::vector<std::string_view> Options::all(std::string_view name) const {
    std::vector<std::string_view> out;
    for (const auto& [n, value] : m_values)
        if (n == name) out.push_back(value);
    return out;
}

double parse_finite(std::string_view text, std::string_view what) {
    const auto v = parse_number(text);
    if (!v) fail(std::string(what) + " is not a number: " + quoted(text));
    if (!std::isfinite(*v)) fail(std::string(what) + " must be finite, got " + quoted(text));
    return *v;
}

unsigned long long parse_integer(std::string_view text, std::string_view what,
                                 unsigned long long min, unsigned long long max) {
    const auto v = parse_count(text);
    if (!v && !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos)
        fail(std::string(what) + " must be between " + std::to_string(min) + " and " +
             std::to_string(max) + ", got " + quoted(text)); // too many digits for any count
    if (!v) fail(std::string(what) + " is not a whole number: " + quoted(text));
    if (*v < min || *v > max)
        fail(std::string(what) + " must be between " + std::to_string(min) + " and " +
             std::to_string(max) + ", got " + std::string(text));
    return *v;
}

double parse_bounded(std::string_view text, std::string_view what, double lo, double hi,
                     bool open_lo) {
    const double v = parse_finite(text, what);
    if ((open_lo ? v <= lo : v < lo) || v > hi)
        fail(std::string(what) + " must be " + (open_lo ? "greater than " : "at least ") +
             format_number(lo) + " and at most " + format_number(hi) + ", got " +
             std::string(text));
    return v;
}

std::vector<double> parse_list(std::string_view text, std::string_view what) {
    if (text.empty()) fail(std::string(what) + " list is empty");
    auto v = parse_number_list(text);
    if (!v) fail(std::string(what) + ": " + v.error());
    return *std::move(v);
}

std::vector<std::string_view> split_fields(std::string_view text, std::string_view option,
                                           const std::vector<std::string_view>& names) {
    std::vector<std::string_view> fields;
    for (std::size_t start = 0;;) {
        const std::size_t colon = text.find(':', start);
        fields.push_back(text.substr(start, colon - start));
        if (colon == std::string_view::npos) break;
        start = colon + 1;
    }
    if (fields.size() != names.size()) {
        std::string shape;
        for (const std::string_view name : names)
            shape.append(shape.empty() ? "" : ":").append(name);
        fail(std::string(option) + " expects " + shape + ", got " + quoted(text));
    }
    return fields;
}

std::uint64_t parse_seed(std::string_view text) {
    return parse_integer(text, "--seed", 0, std::numeric_limits<std::uint64_t>::max());
}

} // namespace activa::cli
