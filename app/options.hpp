// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace activa::cli {

// Splits "--name=value" or "--name value" style options; used by every subcommand.
class Options {
public:
    Options(const std::vector<std::string_view>& args, std::size_t first,
            std::vector<std::string_view> valued, std::vector<std::string_view> flags,
            std::vector<std::string_view> repeatable = {});
    std::vector<std::string_view> positional;
    bool has(std::string_view name) const;
    std::string_view get(std::string_view name) const; // last value; "" when absent
    std::vector<std::string_view> all(std::string_view name) const;

private:
    std::vector<std::pair<std::string_view, std::string_view>> m_values;
};

// The one reading of each kind of number; `what` names it in the message of bad input.
double parse_finite(std::string_view text, std::string_view what);
// A whole number within [min, max].
unsigned long long parse_integer(std::string_view text, std::string_view what,
                                 unsigned long long min, unsigned long long max);
// A finite number within [lo, hi]; with open_lo, lo itself is refused ("greater than lo").
double parse_bounded(std::string_view text, std::string_view what, double lo, double hi,
                     bool open_lo = false);
// A comma-separated list of numbers (nan and infinities included; callers check finiteness).
std::vector<double> parse_list(std::string_view text, std::string_view what);
// The fields of `option`'s value "A:B[:C]", one per name; a value of another shape is bad input
// ("--range expects MIN:MAX, got '0'").
std::vector<std::string_view> split_fields(std::string_view text, std::string_view option,
                                           const std::vector<std::string_view>& names);
// A random seed: any 64-bit unsigned number.
std::uint64_t parse_seed(std::string_view text);

} // namespace activa::cli
