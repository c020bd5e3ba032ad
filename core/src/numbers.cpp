// SPDX-License-Identifier: MIT
#include <activa/numbers.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <locale.h>

namespace activa {

std::string format_number(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    std::array<char, 32> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return std::string(buf.data(), r.ptr);
}

namespace {
bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char c = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
        if (c != b[i]) return false;
    }
    return true;
}
} // namespace

std::optional<double> parse_number(std::string_view text) {
    if (text.empty()) return std::nullopt;
    std::string_view body = text;
    bool negative = false;
    if (body.front() == '+' || body.front() == '-') {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (equals_ignoring_case(body, "inf") || equals_ignoring_case(body, "infinity"))
        return negative ? -inf : inf;
    if (equals_ignoring_case(body, "nan")) return std::numeric_limits<double>::quiet_NaN();
    // from_chars takes neither '+' nor the words handled above; it is locale-independent.
    if (body.empty() || !((body.front() >= '0' && body.front() <= '9') || body.front() == '.'))
        return std::nullopt;
    double v = 0.0;
    const auto r = std::from_chars(body.data(), body.data() + body.size(), v);
    if (r.ptr != body.data() + body.size()) return std::nullopt;
    if (r.ec == std::errc::result_out_of_range) {
        // Overflow is an error (1e999 is no number a user means); underflow rounds to 0.
        // from_chars leaves v untouched then; strtod in the C locale tells which and rounds
        // a tiny value to its subnormal or 0.
        static const locale_t c_locale = newlocale(LC_ALL_MASK, "C", locale_t{});
        const std::string copy(body);
        v = strtod_l(copy.c_str(), nullptr, c_locale);
        if (std::fabs(v) > 1.0) return std::nullopt;
    } else if (r.ec != std::errc()) {
        return std::nullopt;
    }
    return negative ? -v : v;
}

Expected<std::vector<double>> parse_number_list(std::string_view text) {
    using Result = Expected<std::vector<double>>;
    std::vector<double> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        const std::string_view item = text.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        if (item.empty()) return Result::failure("empty item in list '" + std::string(text) + "'");
        const auto v = parse_number(item);
        if (!v) return Result::failure("not a number: '" + std::string(item) + "'");
        out.push_back(*v);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return out;
}

std::optional<unsigned long long> parse_count(std::string_view text) {
    if (text.empty() || text.front() < '0' || text.front() > '9') return std::nullopt;
    unsigned long long v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
    return v;
}

} // namespace activa
