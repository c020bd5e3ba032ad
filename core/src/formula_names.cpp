// SPDX-License-Identifier: MIT
// The names a formula may use, and the nearest of them to a name it may not ("did you mean").
#include "formula_parser.hpp"

#include <algorithm>
#include <cctype>

namespace activa::formula {
namespace {

std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2 = prev;
        prev = cur;
    }
    return prev[b.size()];
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

std::size_t characters(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Edit distance with transpositions (optimal string alignment), for "did you mean".
// The nearest candidate: the same name in another case first, then the fewest edits (a swap of
// neighbours is one; one edit for names of up to three letters, two beyond), "" when none is
// that close.
std::string nearest(std::string_view name, const std::vector<std::string>& candidates) {
    const std::size_t limit = name.size() <= 3 ? 1 : 2;
    std::string best;
    std::size_t best_distance = limit + 1;
    std::size_t best_length_gap = 0;
    for (const std::string& c : candidates) {
        const std::size_t d = lower(c) == lower(name) ? 0 : distance(name, c);
        // Among equally near names, one of the same length: 'tahn' is 'tanh' swapped, not
        // 'tan' with a letter too many.
        const std::size_t gap =
            c.size() > name.size() ? c.size() - name.size() : name.size() - c.size();
        if (d < best_distance || (d == best_distance && gap < best_length_gap)) {
            best = c;
            best_distance = d;
            best_length_gap = gap;
        }
    }
    return best;
}

std::vector<std::string> function_names() {
    std::vector<std::string> out;
    for (const std::string_view f : kFormulaFunctions)
        out.emplace_back(f);
    out.emplace_back("where");
    for (const ActivationInfo& a : catalogue()) {
        out.emplace_back(a.key);
        if (!a.alias.empty()) out.emplace_back(a.alias);
    }
    return out;
}

// A word the language gives a meaning: a definition's name or a parameter may not be one.
bool is_reserved(std::string_view name) {
    return name == "x" || name == "pi" || name == "e" || name == "where" || find_fn(name) ||
           name == "tanh" || find_builtin(name);
}

} // namespace activa::formula
