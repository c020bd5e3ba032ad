// SPDX-License-Identifier: MIT
// `activa export` as scripts use it: the built binary, run without a shell and without a display.
#include <activa/activations.hpp>
#include <activa/csv.hpp>
#include <activa/gradflow.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>

#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace fs = std::filesystem;

namespace {

using activa::test::Outcome;
using activa::test::read_file;

void write_file(const fs::path& path, std::string_view data) {
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
        return activa::test::run_activa(words, m_root.path());
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

private:
    activa::test::TempFolder m_root; // also the program's home
    fs::path m_dir;
};

std::uint32_t big_endian32(const std::string& s, std::size_t at) {
    return (std::uint32_t(std::uint8_t(s[at])) << 24) |
           (std::uint32_t(std::uint8_t(s[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(s[at + 2])) << 8) | std::uint32_t(std::uint8_t(s[at + 3]));
}

unsigned big_endian16(const std::string& s, std::size_t at) {
    return (unsigned(std::uint8_t(s[at])) << 8) | unsigned(std::uint8_t(s[at + 1]));
}

// Width and height from the IHDR chunk, which a PNG must start with.
std::optional<std::pair<unsigned, unsigned>> png_size(const std::string& png) {
    if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 ||
        png.compare(12, 4, "IHDR") != 0)
        return std::nullopt;
    return std::pair{big_endian32(png, 16), big_endian32(png, 20)};
}

// Width and height from the first start-of-frame marker of a JPEG.
std::optional<std::pair<unsigned, unsigned>> jpeg_size(const std::string& jpg) {
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

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::vector<std::string> fields_of(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(line.substr(start, comma == std::string::npos ? comma : comma - start));
        if (comma == std::string::npos) return fields;
        start = comma + 1;
    }
}

std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

double number(const std::string& text) {
    const auto v = activa::parse_number(text);
    EXPECT_TRUE(v.has_value()) << text;
    return v.value_or(0.0);
}

const std::vector<std::string> kCurves{"--function", "relu,tanh", "--derivative"};
const std::vector<std::string> kBars{"--softmax", "1,3,2"};

std::vector<std::string> operator+(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// --- help ------------------------------------------------------------------------------------

TEST_F(ExportCli, HelpGoesToStdout) {
    for (const char* help : {"--help", "-h"}) {
        const Outcome r = run({help});
        EXPECT_EQ(r.exit_code, 0);
        EXPECT_TRUE(r.out.starts_with("Usage: activa export")) << r.out;
        for (const char* option : {"--function", "--derivative", "--param", "--range", "--points",
                                   "--softmax", "--temperature", "--output", "--size"})
            EXPECT_NE(r.out.find(option), std::string::npos) << option;
        EXPECT_EQ(r.err, "");
    }
}

// --- pictures --------------------------------------------------------------------------------

TEST_F(ExportCli, PngOfCurvesAndBarsHasTheAskedSize) {
    for (const auto& what : {kCurves, kBars}) {
        write_file(path("plot.png"), "old");
        expect_ok(what +
                  std::vector<std::string>{"--output", path("plot.png"), "--size", "640x360"});
        const auto size = png_size(read_file(path("plot.png")));
        ASSERT_TRUE(size.has_value());
        EXPECT_EQ(*size, (std::pair<unsigned, unsigned>{640, 360}));
        EXPECT_EQ(listing(), std::set<std::string>{"plot.png"});
    }
}

TEST_F(ExportCli, PngDefaultsTo1600x900) {
    expect_ok(kCurves + std::vector<std::string>{"--output", path("plot.png")});
    const auto size = png_size(read_file(path("plot.png")));
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(*size, (std::pair<unsigned, unsigned>{1600, 900}));
}

TEST_F(ExportCli, JpgOfCurvesAndBarsHasTheAskedSize) {
    for (const auto& what : {kCurves, kBars}) {
        for (const char* name : {"plot.jpg", "plot.JPEG"}) {
            expect_ok(what + std::vector<std::string>{"--output", path(name), "--size=320x200"});
            const auto size = jpeg_size(read_file(path(name)));
            ASSERT_TRUE(size.has_value()) << name;
            EXPECT_EQ(*size, (std::pair<unsigned, unsigned>{320, 200})) << name;
        }
    }
}

TEST_F(ExportCli, PdfOfCurvesAndBarsIsOnePageOfTheAskedAspect) {
    for (const auto& what : {kCurves, kBars}) {
        expect_ok(what +
                  std::vector<std::string>{"--output", path("plot.pdf"), "--size", "640x360"});
        const std::string pdf = read_file(path("plot.pdf"));
        EXPECT_TRUE(pdf.starts_with("%PDF-")) << pdf.substr(0, 16);
        EXPECT_GT(pdf.size(), 2000U);
        // 640 x 360 pixels at 96 per inch.
        EXPECT_NE(pdf.find("/MediaBox [0 0 480"), std::string::npos);
        EXPECT_NE(pdf.find("/Type /Page"), std::string::npos);
    }
}

TEST_F(ExportCli, SvgOfCurvesAndBarsHasTheAskedViewBox) {
    for (const auto& what : {kCurves, kBars}) {
        expect_ok(what +
                  std::vector<std::string>{"--output", path("plot.svg"), "--size", "640x360"});
        const std::string svg = read_file(path("plot.svg"));
        EXPECT_NE(svg.find("<svg"), std::string::npos);
        EXPECT_NE(svg.find("viewBox=\"0 0 640 360\""), std::string::npos);
        EXPECT_NE(svg.find("</svg>"), std::string::npos);
        EXPECT_GT(svg.size(), 2000U);
    }
}

TEST_F(ExportCli, LogDerivativeDrawsTheMagnitudeOnALogAxis) {
    expect_ok({"--function", "tanh", "--derivative", "--log-derivative", "--range", "-25:25",
               "--output", path("log.svg"), "--size", "640x360"});
    const std::string svg = read_file(path("log.svg"));
    EXPECT_NE(svg.find("log scale"), std::string::npos); // the axis says so
    expect_ok({"--function", "tanh", "--derivative", "--output", path("linear.svg"), "--size",
               "640x360"});
    EXPECT_EQ(read_file(path("linear.svg")).find("log scale"), std::string::npos);
    expect_usage_error({"--function", "tanh", "--log-derivative", "--output", path("x.png")},
                       "--log-derivative needs --derivative");
    expect_usage_error({"--softmax", "1,2", "--log-derivative", "--output", path("x.png")},
                       "--log-derivative applies to --function");
}

// --- data ------------------------------------------------------------------------------------

TEST_F(ExportCli, CsvOfCurvesWithDerivatives) {
    write_file(path("data.csv"), "old\n");
    expect_ok(kCurves +
              std::vector<std::string>{"--output", path("data.csv"), "--size", "640x360"});
    const auto lines = lines_of(read_file(path("data.csv")));
    ASSERT_EQ(lines.size(), 1002U);
    EXPECT_EQ(lines[0], "x,relu,relu_derivative,tanh,tanh_derivative");
    EXPECT_TRUE(lines[1].starts_with("-10,0,0,")) << lines[1];
    EXPECT_TRUE(lines[1001].starts_with("10,10,1,")) << lines[1001];
    for (std::size_t i = 1; i < lines.size(); i += 37) {
        const auto f = fields_of(lines[i]);
        ASSERT_EQ(f.size(), 5U) << lines[i];
        const double x = number(f[0]);
        const auto relu = activa::evaluate(activa::ActivationId::Relu, x, {});
        const auto tanh = activa::evaluate(activa::ActivationId::Tanh, x, {});
        EXPECT_EQ(bits(number(f[1])), bits(relu.value)) << lines[i];
        EXPECT_EQ(bits(number(f[2])), bits(relu.derivative)) << lines[i];
        EXPECT_EQ(bits(number(f[3])), bits(tanh.value)) << lines[i];
        EXPECT_EQ(bits(number(f[4])), bits(tanh.derivative)) << lines[i];
    }
}

TEST_F(ExportCli, CsvFollowsRangePointsAndParams) {
    expect_ok({"--function", "leaky_relu,sigmoid", "--param", "leaky_relu.negative_slope=0.2",
               "--range", "-2:3", "--points=6", "--output", path("data.CSV")});
    const auto lines = lines_of(read_file(path("data.CSV")));
    ASSERT_EQ(lines.size(), 7U);
    EXPECT_EQ(lines[0], "x,leaky_relu,sigmoid");
    EXPECT_EQ(lines[1], "-2,-0.4," + activa::format_number(
                                         activa::value(activa::ActivationId::Sigmoid, -2.0, {})));
    EXPECT_TRUE(lines[6].starts_with("3,3,")) << lines[6];
}

TEST_F(ExportCli, CsvAcceptsAliases) {
    expect_ok({"--function", "logistic,swish", "--range", "-1:1", "--points", "2", "--output",
               path("data.csv")});
    EXPECT_EQ(lines_of(read_file(path("data.csv")))[0], "x,sigmoid,silu");
}

TEST_F(ExportCli, CsvOfSoftmax) {
    expect_ok(kBars + std::vector<std::string>{"--output", path("softmax.csv")});
    // The dialect of `activa softmax`, with the class names after the index.
    EXPECT_EQ(read_file(path("softmax.csv")),
              "index,class,logit,probability,log_probability,sigmoid\n"
              "0,A,1,0.09003057317038046,-2.4076059644443806,0.7310585786300049\n"
              "1,B,3,0.6652409557748218,-0.4076059644443804,0.9525741268224334\n"
              "2,C,2,0.24472847105479764,-1.4076059644443804,0.8807970779778823\n");
}

TEST_F(ExportCli, CsvOfSoftmaxWithTemperatureAndNegativeLogits) {
    expect_ok({"--softmax", "-1,0.5,2", "--temperature", "2", "--output", path("softmax.csv")});
    const auto lines = lines_of(read_file(path("softmax.csv")));
    ASSERT_EQ(lines.size(), 4U);
    const std::vector<double> logits{-1.0, 0.5, 2.0};
    const auto p = activa::softmax(logits, 2.0);
    for (std::size_t i = 0; i < 3; ++i) {
        const auto f = fields_of(lines[i + 1]);
        ASSERT_EQ(f.size(), 6U);
        EXPECT_EQ(f[0], std::to_string(i));
        EXPECT_EQ(bits(number(f[2])), bits(logits[i]));
        EXPECT_EQ(bits(number(f[3])), bits(p[i]));
    }
}

// --- bad input -------------------------------------------------------------------------------

TEST_F(ExportCli, BadInputChangesNothing) {
    write_file(path("keep.png"), "precious picture\n");
    write_file(path("keep.csv"), "precious,data\n");
    fs::create_directory(path("taken.png"));
    ASSERT_EQ(mkfifo(path("pipe.png").c_str(), 0600), 0);
    const std::string png = path("keep.png");
    const std::string csv = path("keep.csv");
    const std::vector<std::string> out_png{"--output", png};
    const std::vector<std::string> out_csv{"--output", csv};

    const std::vector<std::pair<std::vector<std::string>, std::string_view>> cases{
        // what to draw
        {kCurves + kBars + out_png, "--softmax"},
        {out_png, "--function"},
        {std::vector<std::string>{"--derivative"} + out_png, "--function"},
        // output
        {kCurves, "--output"},
        {kCurves + std::vector<std::string>{"--output"}, "--output"},
        {kCurves + std::vector<std::string>{"--output", ""}, "--output"},
        {kCurves + std::vector<std::string>{"--output", path("plot.bmp")}, "extension"},
        {kCurves + std::vector<std::string>{"--output", path("plot")}, "extension"},
        {kCurves + std::vector<std::string>{"--output", path("nowhere/plot.png")}, "nowhere"},
        {kBars + std::vector<std::string>{"--output", path("nowhere/data.csv")}, "nowhere"},
        {kCurves + std::vector<std::string>{"--output", dir().string()}, "directory"},
        {kCurves + std::vector<std::string>{"--output", path("taken.png")}, "directory"},
        {kCurves + std::vector<std::string>{"--output", path("pipe.png")}, "regular file"},
        {kCurves + out_png + out_png, "more than once"},
        // options
        {kCurves + out_png + std::vector<std::string>{"--colour", "red"}, "--colour"},
        {kCurves + out_png + std::vector<std::string>{"--derivative=yes"}, "--derivative"},
        {kCurves + out_png + std::vector<std::string>{"extra"}, "extra"},
        {kCurves + out_png + std::vector<std::string>{"-x"}, "-x"},
        // functions
        {std::vector<std::string>{"--function", "relu,nope"} + out_png, "nope"},
        {std::vector<std::string>{"--function", ""} + out_png, "--function"},
        {std::vector<std::string>{"--function", "relu,"} + out_png, "empty"},
        {std::vector<std::string>{"--function", "relu,relu"} + out_png, "twice"},
        {std::vector<std::string>{"--function", "relu", "--function", "tanh"} + out_png,
         "more than once"},
        // parameters
        {std::vector<std::string>{"--function", "elu", "--param", "alpha=2"} + out_csv,
         "ID.NAME=VALUE"},
        {std::vector<std::string>{"--function", "elu", "--param", "elu.alpha"} + out_csv,
         "ID.NAME=VALUE"},
        {std::vector<std::string>{"--function", "elu", "--param", "celu.alpha=2"} + out_csv,
         "celu"},
        {std::vector<std::string>{"--function", "elu", "--param", "nope.alpha=2"} + out_csv,
         "nope"},
        {std::vector<std::string>{"--function", "elu", "--param", "elu.beta=2"} + out_csv, "beta"},
        {std::vector<std::string>{"--function", "elu", "--param", "elu.alpha=x"} + out_csv,
         "alpha"},
        {std::vector<std::string>{"--function", "elu", "--param", "elu.alpha=inf"} + out_csv,
         "finite"},
        {std::vector<std::string>{"--function", "elu", "--param", "elu.alpha=nan"} + out_csv,
         "finite"},
        {std::vector<std::string>{"--function", "elu", "--param", "elu.alpha=-1"} + out_csv,
         "alpha"},
        {std::vector<std::string>{"--function", "hardtanh", "--param", "hardtanh.min_val=2"} +
             out_csv,
         "min_val"},
        // range and points
        {kCurves + out_csv + std::vector<std::string>{"--range", "5:-5"}, "x range"},
        {kCurves + out_csv + std::vector<std::string>{"--range", "1:1"}, "x range"},
        {kCurves + out_csv + std::vector<std::string>{"--range", "-inf:0"}, "--range"},
        {kCurves + out_csv + std::vector<std::string>{"--range", "0:nan"}, "--range"},
        {kCurves + out_csv + std::vector<std::string>{"--range", "0:1:2"}, "--range"},
        {kCurves + out_csv + std::vector<std::string>{"--range", "0"}, "--range"},
        {kCurves + out_csv + std::vector<std::string>{"--range", "a:b"}, "--range"},
        {kCurves + out_csv + std::vector<std::string>{"--points", "1"}, "--points"},
        {kCurves + out_csv + std::vector<std::string>{"--points", "1000001"}, "--points"},
        {kCurves + out_csv + std::vector<std::string>{"--points", "-5"}, "--points"},
        {kCurves + out_csv + std::vector<std::string>{"--points", "ten"}, "--points"},
        // softmax
        {std::vector<std::string>{"--softmax", ""} + out_csv, "--softmax"},
        {std::vector<std::string>{"--softmax", "1,,2"} + out_csv, "--softmax"},
        {std::vector<std::string>{"--softmax", "1,2,"} + out_csv, "--softmax"},
        {std::vector<std::string>{"--softmax", "1,nan"} + out_csv, "finite"},
        {std::vector<std::string>{"--softmax", "inf,1"} + out_csv, "finite"},
        {std::vector<std::string>{"--softmax", "1,a"} + out_csv, "--softmax"},
        {kBars + out_csv + std::vector<std::string>{"--temperature", "0"}, "temperature"},
        {kBars + out_csv + std::vector<std::string>{"--temperature", "-1"}, "temperature"},
        {kBars + out_csv + std::vector<std::string>{"--temperature", "nan"}, "--temperature"},
        {kBars + out_csv + std::vector<std::string>{"--temperature", "inf"}, "--temperature"},
        {kBars + out_csv + std::vector<std::string>{"--temperature", "warm"}, "--temperature"},
        // options of the other picture
        {kBars + out_png + std::vector<std::string>{"--derivative"}, "--derivative"},
        {kBars + out_png + std::vector<std::string>{"--range", "-1:1"}, "--range"},
        {kBars + out_png + std::vector<std::string>{"--points", "10"}, "--points"},
        {kCurves + out_png + std::vector<std::string>{"--temperature", "2"}, "--temperature"},
        // size
        {kCurves + out_png + std::vector<std::string>{"--size", "15x100"}, "--size"},
        {kCurves + out_png + std::vector<std::string>{"--size", "100x15"}, "--size"},
        {kCurves + out_png + std::vector<std::string>{"--size", "10001x100"}, "--size"},
        {kCurves + out_png + std::vector<std::string>{"--size", "100x10001"}, "--size"},
        {kCurves + out_png + std::vector<std::string>{"--size", "640"}, "--size"},
        {kCurves + out_png + std::vector<std::string>{"--size", "640x360x2"}, "--size"},
        {kCurves + out_png + std::vector<std::string>{"--size", "wxh"}, "--size"},
        {kCurves + out_png + std::vector<std::string>{"--size", "-640x360"}, "--size"},
        {kCurves + out_csv + std::vector<std::string>{"--size", "1x1"}, "--size"},
    };
    for (const auto& [args, needle] : cases)
        expect_usage_error(args, needle);
    EXPECT_EQ(read_file(png), "precious picture\n");
    EXPECT_EQ(read_file(csv), "precious,data\n");
}

// Root may write any file, so as root the program runs as the user nobody (setpriv), for whom
// the file is read-only as for any user.
TEST_F(ExportCli, AReadOnlyFileIsLeftAlone) {
    write_file(path("locked.png"), "precious picture\n");
    fs::permissions(path("locked.png"), fs::perms::owner_read | fs::perms::group_read |
                                            fs::perms::others_read);
    std::vector<std::string> words{ACTIVA_BINARY, "export"};
    if (geteuid() == 0) {
        words.insert(words.begin(),
                     {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
        fs::permissions(root(), fs::perms::all);
        fs::permissions(dir(), fs::perms::all);
    }
    words.insert(words.end(), kCurves.begin(), kCurves.end());
    words.insert(words.end(), {"--output", path("locked.png")});
    const Outcome r = activa::test::run_program(words, root());
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
    EXPECT_EQ(read_file(path("locked.png")), "precious picture\n");
}

// A disk that fills up halfway through: every format notices, says why in one line, exits 1
// and leaves the file that was there byte for byte. A 64 KiB file system stands in for it.
TEST_F(ExportCli, AFullDiskLeavesTheExistingFileInEveryFormat) {
    const fs::path small = dir() / "small";
    fs::create_directory(small);
    const std::string mount =
        "mount -t tmpfs -o size=64k tmpfs '" + small.string() + "' 2>/dev/null";
    if (std::system(mount.c_str()) != 0) GTEST_SKIP() << "cannot mount a small file system here";
    for (const char* name : {"t.svg", "t.pdf", "t.png", "t.jpg", "t.csv"}) {
        SCOPED_TRACE(name);
        const fs::path file = small / name;
        write_file(file, "precious\n");
        const Outcome r =
            run({"--function", "relu,tanh,gelu,elu,selu,silu", "--derivative", "--points", "100000",
                 "--size", "4000x4000", "--output", file.string()});
        EXPECT_EQ(r.exit_code, 1) << r.err;
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "not one line: " << r.err;
        EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
        EXPECT_EQ(read_file(file), "precious\n");
        EXPECT_EQ(std::distance(fs::directory_iterator(small), fs::directory_iterator()), 1)
            << "a temporary file was left behind";
        fs::remove(file);
    }
    EXPECT_EQ(std::system(("umount '" + small.string() + "'").c_str()), 0);
}

} // namespace

// --- flowcharts ------------------------------------------------------------------------------

TEST_F(ExportCli, FlowchartsInEveryFormatHaveTheAskedSize) {
    const std::vector<std::vector<std::string>> charts{
        {"--flowchart", "hidden", "--network", "rnn"},
        {"--flowchart", "output", "--problem", "multilabel"},
        {"--flowchart", "output"}};
    for (const auto& chart : charts) {
        expect_ok(chart + std::vector<std::string>{"--output", path("f.png"), "--size", "900x600"});
        EXPECT_EQ(png_size(read_file(path("f.png"))), (std::pair<unsigned, unsigned>{900, 600}));
        expect_ok(chart + std::vector<std::string>{"--output", path("f.jpg"), "--size", "900x600"});
        EXPECT_EQ(jpeg_size(read_file(path("f.jpg"))), (std::pair<unsigned, unsigned>{900, 600}));
        expect_ok(chart + std::vector<std::string>{"--output", path("f.pdf"), "--size", "640x360"});
        EXPECT_NE(read_file(path("f.pdf")).find("/MediaBox [0 0 480"), std::string::npos);
        expect_ok(chart + std::vector<std::string>{"--output", path("f.svg"), "--size", "640x360"});
        EXPECT_NE(read_file(path("f.svg")).find("viewBox=\"0 0 640 360\""), std::string::npos);
    }
}

TEST_F(ExportCli, HighlightedFlowchartDiffersFromThePlainOne) {
    expect_ok({"--flowchart", "hidden", "--output", path("plain.svg")});
    expect_ok({"--flowchart", "hidden", "--network", "cnn", "--output", path("cnn.svg")});
    expect_ok({"--flowchart", "hidden", "--network", "mlp", "--output", path("mlp.svg")});
    const std::string plain = read_file(path("plain.svg"));
    const std::string cnn = read_file(path("cnn.svg"));
    // The path's colour (#D55E00) appears only when an answer is given, and where depends on it.
    EXPECT_EQ(plain.find("#d55e00"), std::string::npos);
    EXPECT_NE(cnn.find("#d55e00"), std::string::npos);
    EXPECT_NE(cnn, read_file(path("mlp.svg")));
}

TEST_F(ExportCli, BadFlowchartInputChangesNothing) {
    write_file(path("keep.png"), "precious");
    expect_usage_error({"--flowchart", "middle", "--output", path("keep.png")}, "middle");
    expect_usage_error({"--flowchart", "hidden", "--network", "gan", "--output", path("keep.png")},
                       "gan");
    expect_usage_error(
        {"--flowchart", "hidden", "--problem", "binary", "--output", path("keep.png")},
        "--problem");
    expect_usage_error({"--flowchart", "output", "--network", "mlp", "--output", path("keep.png")},
                       "--network");
    expect_usage_error(
        {"--flowchart", "output", "--problem", "ranking", "--output", path("keep.png")}, "ranking");
    expect_usage_error({"--flowchart", "output", "--output", path("chart.csv")}, "picture");
    expect_usage_error({"--flowchart", "hidden", "--softmax", "1,2", "--output", path("keep.png")},
                       "exactly one");
    expect_usage_error({"--function", "relu", "--network", "mlp", "--output", path("keep.png")},
                       "--network");
    expect_usage_error({"--flowchart", "hidden", "--output", path("keep.png"), "--size", "5x5"},
                       "--size");
    EXPECT_EQ(read_file(path("keep.png")), "precious");
}

// --- gradient flow ---------------------------------------------------------------------------

TEST_F(ExportCli, GradflowHelpListsItsOptions) {
    const Outcome r = run({"--help"});
    for (const char* option : {"--gradflow", "--activation", "--depth", "--width", "--batch",
                               "--init", "--std", "--bias", "--seed"})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

TEST_F(ExportCli, GradflowCsvHasSixColumnsPerActivationAndOneRowPerLayer) {
    expect_ok({"--gradflow", "--activation", "sigmoid,relu", "--depth", "6", "--width", "16",
               "--output", path("flow.csv")});
    const auto lines = lines_of(read_file(path("flow.csv")));
    ASSERT_EQ(lines.size(), 7u);
    EXPECT_EQ(lines[0], "layer,sigmoid_grad_norm,sigmoid_activation_mean,sigmoid_activation_std,"
                        "sigmoid_saturated_fraction,sigmoid_dead_fraction,"
                        "sigmoid_zero_gradient_fraction,relu_grad_norm,"
                        "relu_activation_mean,relu_activation_std,relu_saturated_fraction,"
                        "relu_dead_fraction,relu_zero_gradient_fraction");
    for (std::size_t i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines[i].starts_with(std::to_string(i) + ",")) << lines[i];
}

TEST_F(ExportCli, GradflowCsvMatchesTheGradflowCommand) {
    // The window's numbers are the command line's: one engine, one CSV writer.
    expect_ok({"--gradflow", "--activation", "tanh", "--depth", "5", "--width", "8", "--seed", "3",
               "--output", path("flow.csv")});
    const auto exported = lines_of(read_file(path("flow.csv")));
    ASSERT_EQ(exported.size(), 6u);
    EXPECT_EQ(exported[0], "layer,tanh_grad_norm,tanh_activation_mean,tanh_activation_std,"
                           "tanh_saturated_fraction,tanh_dead_fraction,"
                           "tanh_zero_gradient_fraction");
    activa::GradFlowSettings settings;
    settings.activation = activa::ActivationId::Tanh;
    settings.depth = 5;
    settings.width = 8;
    settings.seed = 3;
    struct StringSink : activa::OutputSink {
        std::string text;
        bool write(std::string_view bytes) override {
            text.append(bytes);
            return true;
        }
    } sink;
    activa::TextWriter writer(sink);
    activa::write_gradflow_csv(writer, activa::run_gradflow(settings));
    writer.finish();
    const auto rows = lines_of(sink.text);
    ASSERT_EQ(rows.size(), exported.size());
    for (std::size_t i = 1; i < rows.size(); ++i)
        EXPECT_EQ(rows[i], exported[i]);
}

TEST_F(ExportCli, GradflowPngAndSvgHaveTheAskedSize) {
    expect_ok({"--gradflow", "--activation", "sigmoid,tanh,relu", "--depth", "20", "--output",
               path("flow.png"), "--size", "800x600"});
    const auto size = png_size(read_file(path("flow.png")));
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(*size, (std::pair<unsigned, unsigned>{800, 600}));
    expect_ok({"--gradflow", "--activation", "relu", "--depth", "3", "--init", "normal", "--std",
               "0.5", "--output", path("flow.svg")});
    EXPECT_NE(read_file(path("flow.svg")).find("<svg"), std::string::npos);
}

TEST_F(ExportCli, BadGradflowInputChangesNothing) {
    write_file(path("keep.csv"), "precious");
    const std::vector<std::string> out{"--output", path("keep.csv")};
    const std::vector<std::string> relu{"--gradflow", "--activation", "relu"};
    expect_usage_error(relu + out, "--depth");
    expect_usage_error(std::vector<std::string>{"--gradflow", "--depth", "3"} + out,
                       "--activation");
    expect_usage_error(
        std::vector<std::string>{"--gradflow", "--activation", "nope", "--depth", "3"} + out,
        "nope");
    expect_usage_error(
        std::vector<std::string>{"--gradflow", "--activation", "relu,", "--depth", "3"} + out,
        "empty");
    expect_usage_error(
        std::vector<std::string>{"--gradflow", "--activation", "relu,relu", "--depth", "3"} + out,
        "twice");
    expect_usage_error(std::vector<std::string>{"--gradflow", "--activation",
                                                "relu,elu,gelu,silu,tanh,sigmoid,selu,mish,celu",
                                                "--depth", "3"} +
                           out,
                       "at most 8");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "0"} + out, "--depth");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "3", "--width", "5000"} + out,
                       "--width");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "3", "--init", "xavier"} + out,
                       "xavier");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "3", "--std", "2"} + out,
                       "--std");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "200", "--width", "2048"} + out,
                       "too large");
    expect_usage_error(std::vector<std::string>{"--function", "relu", "--depth", "3"} + out,
                       "--gradflow");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "3", "--softmax", "1,2"} + out,
                       "exactly one");
    EXPECT_EQ(read_file(path("keep.csv")), "precious");
}
