// SPDX-License-Identifier: MIT
#include "output.hpp"

#include "cli.hpp"

#include <activa/csv.hpp>

#include <cerrno>
#include <cstring>

namespace activa::cli {

int finish(TextWriter& w, std::FILE* out) {
    // errno still names the cause of the first failed write: nothing is written after it.
    const bool ok = w.finish() && std::fflush(out) == 0 && std::ferror(out) == 0;
    if (ok) return kOk;
    report(std::string("cannot write the output: ") +
           (errno != 0 ? std::strerror(errno) : "the stream refused it"));
    return kWriteFailed;
}

void report(std::string_view message) {
    std::string line = printable(message);
    if (line.size() > kDiagnosticLength) {
        std::size_t cut = kDiagnosticLength;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 character
        line.resize(cut);
        line += "…";
    }
    std::fprintf(stderr, "activa: %s\n", line.c_str());
}

int print(std::string_view text, std::FILE* out) {
    FileSink sink(out);
    TextWriter w(sink);
    w.text(text);
    return finish(w, out);
}

namespace {

// The length of the UTF-8 character that starts at s[i], or 0 when the bytes there are not a
// well-formed one (a stray byte, an overlong form, a surrogate, beyond U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    const std::size_t n = c < 0x80             ? 1
                          : (c & 0xE0) == 0xC0 ? 2
                          : (c & 0xF0) == 0xE0 ? 3
                          : (c & 0xF8) == 0xF0 ? 4
                                               : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    const unsigned char next = n > 1 ? byte(i + 1) : 0;
    if ((n == 2 && c < 0xC2) || (n == 3 && c == 0xE0 && next < 0xA0) ||
        (n == 3 && c == 0xED && next >= 0xA0) || (n == 4 && c == 0xF0 && next < 0x90) ||
        (n == 4 && (c > 0xF4 || (c == 0xF4 && next >= 0x90))))
        return 0;
    return n;
}

void append_hex(std::string& out, unsigned char u) {
    constexpr std::string_view kHex = "0123456789abcdef";
    out += "\\x";
    out += kHex[u >> 4];
    out += kHex[u & 15];
}

} // namespace

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        const std::size_t n = utf8_length(s, i);
        const std::string_view character = s.substr(i, n == 0 ? 1 : n);
        // C1 controls (U+0080..U+009F) and the Unicode line and paragraph separators would
        // break the line or steer a terminal like the ASCII ones.
        const bool c1 = n == 2 && u == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;
        const bool separator = character == "\u2028" || character == "\u2029";
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (n == 0 || c1 || separator || u < 0x20 || u == 0x7f) {
            for (const char b : character)
                append_hex(out, static_cast<unsigned char>(b));
        } else {
            out += character;
        }
        i += character.size();
    }
    return out;
}

bool is_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8_length(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string quoted(std::string_view s) {
    // Enough to recognise an argument; a whole file pasted by mistake is not echoed back.
    constexpr std::size_t kShown = 60;
    std::string q = "'";
    if (s.size() <= kShown) {
        q += printable(s);
        return q + '\'';
    }
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 character
    q += printable(s.substr(0, cut));
    return q + "…' (" + std::to_string(s.size()) + " characters)";
}

} // namespace activa::cli
