// SPDX-License-Identifier: MIT
// What the tests of `activa export` share: a folder of their own, runs that must leave every
// file as it was, and the sizes a picture file states.
#pragma once

#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sys/stat.h>

namespace activa::test {

namespace fs = std::filesystem;

inline void write_file(const fs::path& path, std::string_view data) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

// A fresh directory per test, removed afterwards; the child's streams are captured in files
// outside it so they never show up in its listing.
class ExportCli : public testing::Test {
protected:
    void SetUp() override {
        m_dir = m_root.path() / "out";
        fs::create_directory(m_dir);
    }

    const fs::path& dir() const { return m_dir; }
    const fs::path& root() const { return m_root.path(); }
    std::string path(std::string_view name) const { return (m_dir / name).string(); }

    // Names in the output directory, to see that nothing else (a temporary file) is left.
    std::set<std::string> listing() const {
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_dir))
            names.insert(entry.path().filename().string());
        return names;
    }

    // Runs `activa export args...` with exactly these words and no display.
    Outcome run(const std::vector<std::string>& args) const {
        std::vector<std::string> words{"export"};
        words.insert(words.end(), args.begin(), args.end());
        return run_activa(words, m_root.path());
    }

    Outcome expect_ok(const std::vector<std::string>& args) const {
        const Outcome r = run(args);
        EXPECT_EQ(r.exit_code, 0) << "stderr: " << r.err;
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(r.err, "");
        return r;
    }

    // Bad input: code 2, one "activa: " line on stderr, nothing on stdout, no file touched.
    void expect_usage_error(const std::vector<std::string>& args,
                            std::string_view needle = {}) const {
        std::string command = "activa export";
        for (const auto& a : args)
            command += " [" + a + "]";
        SCOPED_TRACE(command);
        const auto before_listing = listing();
        std::vector<std::pair<std::string, std::string>> before;
        for (const auto& name : before_listing)
            if (fs::is_regular_file(m_dir / name)) // not the pipe: reading it would block
                before.emplace_back(name, read_file(m_dir / name));

        const Outcome r = run(args);
        EXPECT_EQ(r.exit_code, 2) << "stderr: " << r.err;
        EXPECT_EQ(r.out, "");
        EXPECT_TRUE(r.err.starts_with("activa: ")) << r.err;
        ASSERT_FALSE(r.err.empty());
        EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "not one line: " << r.err;
        if (!needle.empty()) {
            EXPECT_NE(r.err.find(needle), std::string::npos) << needle << " not in " << r.err;
        }
        EXPECT_EQ(listing(), before_listing);
        for (const auto& [name, data] : before)
            EXPECT_EQ(read_file(m_dir / name), data) << name << " changed";
    }

    // Command lines of bad input, each with a word its message must hold.
    using Cases = std::vector<std::pair<std::vector<std::string>, std::string_view>>;
    // The files bad input must leave as they were: keep.png and keep.csv (written to by
    // out_png() and out_csv()), a folder taken.png and a fifo pipe.png.
    void make_precious_files() const {
        write_file(path("keep.png"), "precious picture\n");
        write_file(path("keep.csv"), "precious,data\n");
        fs::create_directory(path("taken.png"));
        ASSERT_EQ(mkfifo(path("pipe.png").c_str(), 0600), 0);
    }
    std::vector<std::string> out_png() const { return {"--output", path("keep.png")}; }
    std::vector<std::string> out_csv() const { return {"--output", path("keep.csv")}; }
    void expect_all_refused(const Cases& cases) const {
        for (const auto& [args, needle] : cases)
            expect_usage_error(args, needle);
        EXPECT_EQ(read_file(path("keep.png")), "precious picture\n");
        EXPECT_EQ(read_file(path("keep.csv")), "precious,data\n");
    }

private:
    TempFolder m_root; // also the program's home
    fs::path m_dir;
};

inline std::uint32_t big_endian32(const std::string& s, std::size_t at) {
    return (std::uint32_t(std::uint8_t(s[at])) << 24) |
           (std::uint32_t(std::uint8_t(s[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(s[at + 2])) << 8) | std::uint32_t(std::uint8_t(s[at + 3]));
}

inline unsigned big_endian16(const std::string& s, std::size_t at) {
    return (unsigned(std::uint8_t(s[at])) << 8) | unsigned(std::uint8_t(s[at + 1]));
}

// Width and height from the IHDR chunk, which a PNG must start with.
inline std::optional<std::pair<unsigned, unsigned>> png_size(const std::string& png) {
    if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 ||
        png.compare(12, 4, "IHDR") != 0)
        return std::nullopt;
    return std::pair{big_endian32(png, 16), big_endian32(png, 20)};
}

// Width and height from the first start-of-frame marker of a JPEG.
inline std::optional<std::pair<unsigned, unsigned>> jpeg_size(const std::string& jpg) {
    if (jpg.size() < 4 || std::uint8_t(jpg[0]) != 0xFF || std::uint8_t(jpg[1]) != 0xD8)
        return std::nullopt;
    std::size_t at = 2;
    while (at + 9 < jpg.size()) {
        if (std::uint8_t(jpg[at]) != 0xFF) return std::nullopt;
        const unsigned marker = std::uint8_t(jpg[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        const unsigned length = big_endian16(jpg, at + 2);
        const bool start_of_frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (start_of_frame) return std::pair{big_endian16(jpg, at + 7), big_endian16(jpg, at + 5)};
        at += 2 + length;
    }
    return std::nullopt;
}

inline const std::vector<std::string> kCurves{"--function", "relu,tanh", "--derivative"};
inline const std::vector<std::string> kBars{"--softmax", "1,3,2"};

// a, then b: command lines put together, or cases.
template <typename T> std::vector<T> operator+(std::vector<T> a, const std::vector<T>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// For each of the values, the command line `before option value after`, all refused with a
// message that holds `needle`.
inline std::vector<std::pair<std::vector<std::string>, std::string_view>>
each_value(const std::vector<std::string>& before, const char* option,
           std::initializer_list<const char*> values, const std::vector<std::string>& after,
           std::string_view needle) {
    std::vector<std::pair<std::vector<std::string>, std::string_view>> cases;
    for (const char* value : values)
        cases.emplace_back(before + std::vector<std::string>{option, value} + after, needle);
    return cases;
}

} // namespace activa::test
