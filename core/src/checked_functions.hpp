// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>
#include <activa/expected.hpp>
#include <activa/functions.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace activa {

// A state's list of functions as they stand now (a typed one as its name's newest definition),
// each once: a second copy could only be told apart by what the lists, columns and legends do
// not name. An entry whose function is unknown, forgotten or listed already is refused, or left
// out when repairing; `rest(entry)` checks the rest of an entry (mending it when repairing) and
// gives the reason it is refused, or nothing.
template <typename Entry, typename Rest>
Expected<std::vector<Entry>> checked_functions(const std::vector<Entry>& entries,
                                               ActivationId Entry::*id, bool repair, Rest rest) {
    using Result = Expected<std::vector<Entry>>;
    std::vector<Entry> out;
    for (Entry e : entries) {
        const auto now = current_function(e.*id);
        if (!now && !repair) return Result::failure(now.error());
        if (!now) continue;
        e.*id = *now;
        if (std::any_of(out.begin(), out.end(), [&](const Entry& o) { return o.*id == *now; })) {
            if (!repair) return Result::failure(std::string(info(*now).key) + " is listed twice");
            continue;
        }
        if (std::string why = rest(e); !why.empty()) return Result::failure(why);
        out.push_back(e);
    }
    return out;
}

} // namespace activa
