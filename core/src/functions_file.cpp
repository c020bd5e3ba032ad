// SPDX-License-Identifier: MIT
#include <activa/functions.hpp>
#include <activa/numbers.hpp>

#include <sstream>

namespace activa {
namespace {

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t')
            ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

// The name of a definition line, for messages: what stands before '(' or '='.
std::string name_of(std::string_view line) {
    const auto end = line.find_first_of("(=");
    std::string name(trimmed(line.substr(0, end)));
    if (name.size() > 40) name = name.substr(0, 40) + "…";
    return name;
}

// One indented line after a definition; an empty string when it is fine, else the reason.
std::string read_option(std::string_view line, TypedDefinition& d) {
    const auto w = words(line);
    if (w[0] == "param") {
        const auto lo = w.size() == 4 ? parse_number(w[2]) : std::nullopt;
        const auto hi = w.size() == 4 ? parse_number(w[3]) : std::nullopt;
        if (!lo || !hi) return "'param' needs a name and two numbers: param NAME MIN MAX";
        d.params.push_back({std::string(w[1]), 0.0, *lo, *hi});
        return {};
    }
    if (w[0] == "init") {
        const auto family = w.size() == 2 ? parse_weight_family(w[1]) : std::nullopt;
        if (!family) return "'init' takes he, glorot or lecun";
        d.recipe.init = *family;
        return {};
    }
    if (w[0] == "inputs") {
        const auto scaling = w.size() == 2 ? parse_input_scaling(w[1]) : std::nullopt;
        if (!scaling) return "'inputs' takes zero_one, minus_one_one or standardised";
        d.recipe.inputs = *scaling;
        return {};
    }
    return "unknown line '" + std::string(w[0]) + "' (param, init or inputs)";
}

} // namespace

std::string write_typed_definitions(std::span<const TypedDefinition> definitions) {
    std::string out = "# Activa: typed activation functions\n";
    for (const TypedDefinition& d : definitions) {
        out += d.text + '\n';
        for (const TypedParam& p : d.params)
            out += "    param " + p.name + ' ' + format_number(p.min) + ' ' + format_number(p.max) +
                   '\n';
        out += "    init " + std::string(weight_family_key(d.recipe.init)) + '\n';
        out += "    inputs " + std::string(input_scaling_key(d.recipe.inputs)) + '\n';
    }
    return out;
}

TypedDefinitions read_typed_definitions(std::string_view text) {
    TypedDefinitions out;
    std::optional<TypedDefinition> current;
    std::size_t current_line = 0;
    std::string problem; // the current definition's first problem, if any
    const auto close = [&] {
        if (!current) return;
        if (problem.empty()) {
            if (auto parsed = parse_definition(current->text); !parsed)
                problem = parsed.error().message();
        }
        if (problem.empty()) {
            out.definitions.push_back(std::move(*current));
            out.lines.push_back(current_line);
        } else
            out.skipped.push_back({current_line, name_of(current->text), problem});
        current.reset();
        problem.clear();
    };
    std::size_t number = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        const std::string_view content = trimmed(line);
        if (content.empty() || content.front() == '#') continue;
        const bool indented = line.front() == ' ' || line.front() == '\t';
        if (!indented) {
            close();
            current = TypedDefinition{std::string(content), {}, {}};
            current_line = number;
            continue;
        }
        if (!current) {
            out.skipped.push_back({number, std::string(content.substr(0, 40)),
                                   "an indented line belongs under a definition"});
            continue;
        }
        if (const std::string reason = read_option(content, *current);
            !reason.empty() && problem.empty())
            problem = reason;
    }
    close();
    return out;
}

std::vector<ActivationId> define_all(const TypedDefinitions& read,
                                     std::vector<SkippedDefinition>* skipped) {
    std::vector<ActivationId> ids;
    for (std::size_t i = 0; i < read.definitions.size(); ++i) {
        const TypedDefinition& d = read.definitions[i];
        const auto id = define_function(d);
        if (id)
            ids.push_back(*id);
        else if (skipped != nullptr)
            skipped->push_back(
                {i < read.lines.size() ? read.lines[i] : 0, name_of(d.text), id.error().message()});
    }
    return ids;
}

} // namespace activa
