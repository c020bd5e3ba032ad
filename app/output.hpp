// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace activa {
class TextWriter;
}

namespace activa::cli {

// Every diagnostic, whatever its path: "activa: MESSAGE" on stderr, as one printable line cut
// after kDiagnosticLength bytes.
inline constexpr std::size_t kDiagnosticLength = 300;
void report(std::string_view message);
// Sends what w holds and checks that everything written to out arrived: kOk, or kWriteFailed
// with one line on stderr naming the cause (a full disk, a closed stream).
int finish(TextWriter& w, std::FILE* out);
// Writes text to out: kOk, or kWriteFailed with one line on stderr when it did not all arrive.
int print(std::string_view text, std::FILE* out);
// The text with line breaks, tabs, other control characters and bytes that are not UTF-8
// written as escapes (\n, \x1b, \xff), so that a message stays one readable line.
std::string printable(std::string_view s);
bool is_utf8(std::string_view s);
// 'text' for a message: printable, and cut after 60 characters with its length said.
std::string quoted(std::string_view s);

} // namespace activa::cli
