// SPDX-License-Identifier: MIT
#pragma once

#include <activa/expected.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace activa {

// Shortest text that reads back to the same double; '.' as decimal separator whatever the
// locale; "nan", "inf", "-inf" for the specials.
std::string format_number(double v);

// Parses a whole string as a double: decimal or exponent notation, "nan", "inf", "-inf"
// (also "+inf", "infinity", any case). Leading or trailing spaces, empty text or any other
// character gives nullopt. Locale-independent.
std::optional<double> parse_number(std::string_view text);

// Parses "a,b,c"; the reason names the first empty or malformed item.
Expected<std::vector<double>> parse_number_list(std::string_view text);

// Parses a whole string as a non-negative decimal integer (no sign, no spaces).
std::optional<unsigned long long> parse_count(std::string_view text);

} // namespace activa
