// SPDX-License-Identifier: MIT
// What the tests of the documentation share: the help texts and the manual page as running text.
#pragma once

#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace activa::test {

inline const std::filesystem::path kSource = ACTIVA_SOURCE_DIR;

// Runs of spaces and line breaks as one space.
inline std::string one_line(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

// The manual page as running text: macros dropped (the arguments of the font macros kept, those
// that alternate fonts joined), roff's escapes undone.
inline std::string man_text(const std::string& roff) {
    std::string out;
    std::size_t start = 0;
    while (start < roff.size()) {
        std::size_t end = roff.find('\n', start);
        if (end == std::string::npos) end = roff.size();
        std::string line = roff.substr(start, end - start);
        start = end + 1;
        if (line.starts_with('.')) {
            const std::size_t space = line.find(' ');
            const std::string macro = line.substr(0, space);
            std::string args = space == std::string::npos ? "" : line.substr(space + 1);
            std::erase(args, '"');
            if (macro == ".BR" || macro == ".RB" || macro == ".IR" || macro == ".RI" ||
                macro == ".BI" || macro == ".IB")
                std::erase(args, ' ');
            else if (macro != ".B" && macro != ".I")
                args.clear();
            line = args;
        }
        out += line + '\n';
    }
    std::string clean;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out.compare(i, 2, "\\-") == 0) {
            clean += '-';
            ++i;
        } else if (out.compare(i, 4, "\\(aq") == 0) {
            clean += '\'';
            i += 3;
        } else if (out.compare(i, 2, "\\%") == 0 || out.compare(i, 2, "\\&") == 0) {
            ++i;
        } else if (out.compare(i, 4, "\\(<=") == 0 || out.compare(i, 4, "\\(>=") == 0) {
            clean += out[i + 2];
            clean += '=';
            i += 3;
        } else if (out.compare(i, 3, "\\c\n") == 0) {
            i += 2;
        } else {
            clean += out[i];
        }
    }
    return one_line(clean);
}

inline std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + 1))
        ++n;
    return n;
}

inline std::string help(const std::string& command) {
    const Outcome r = run_activa({command, "--help"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return one_line(r.out);
}

} // namespace activa::test
