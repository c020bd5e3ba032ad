// SPDX-License-Identifier: MIT
// The core's tables of named values: a row per value of an enum, kept in the enum's order so
// that a value finds its row by index, and found by its key when read from text.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>

namespace activa::detail {

// Whether every row stands at the index of its value, `value_of(row)`.
template <typename Rows, typename ValueOf>
constexpr bool in_enum_order(const Rows& rows, ValueOf value_of) {
    std::size_t i = 0;
    for (const auto& row : rows)
        if (static_cast<std::size_t>(std::invoke(value_of, row)) != i++) return false;
    return true;
}

// The value, `value_of(row)`, of the first row whose key, `key_of(row)`, is `key`; nullopt when
// no row has it.
template <typename Rows, typename KeyOf, typename ValueOf>
constexpr auto find_keyed(const Rows& rows, std::string_view key, KeyOf key_of, ValueOf value_of)
    -> std::optional<std::remove_cvref_t<decltype(std::invoke(value_of, *std::begin(rows)))>> {
    const auto it = std::ranges::find(rows, key, key_of);
    if (it == std::ranges::end(rows)) return std::nullopt;
    return std::invoke(value_of, *it);
}

} // namespace activa::detail
