// SPDX-License-Identifier: MIT
// `activa export` as scripts use it: the built binary, run without a shell and without a display;
// the formats, the sizes and what happens to the file asked for.
#include "export_test.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace {

using namespace activa::test;
namespace fs = std::filesystem;

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

TEST_F(ExportCli, BadOutputChangesNothing) {
    make_precious_files();
    const std::vector<std::string> out_png = this->out_png();
    const std::vector<std::string> out_csv = this->out_csv();
    expect_all_refused({
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
        // options of the other picture
        {kBars + out_png + std::vector<std::string>{"--derivative"}, "--derivative"},
        {kBars + out_png + std::vector<std::string>{"--range", "-1:1"}, "--range"},
        {kBars + out_png + std::vector<std::string>{"--points", "10"}, "--points"},
        {kCurves + out_png + std::vector<std::string>{"--temperature", "2"}, "--temperature"},
    });
    expect_all_refused(each_value(kCurves + out_png, "--size",
                                  {"15x100", "100x15", "10001x100", "100x10001", "640", "640x360x2",
                                   "wxh", "-640x360"},
                                  {}, "--size") +
                       each_value(kCurves + out_csv, "--size", {"1x1"}, {}, "--size"));
}

// Root may write any file, so as root the program runs as the user nobody (setpriv), for whom
// the file is read-only as for any user.
TEST_F(ExportCli, AReadOnlyFileIsLeftAlone) {
    write_file(path("locked.png"), "precious picture\n");
    fs::permissions(path("locked.png"),
                    fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    std::vector<std::string> words{ACTIVA_BINARY, "export"};
    if (geteuid() == 0) {
        words.insert(words.begin(),
                     {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
        fs::permissions(root(), fs::perms::all);
        fs::permissions(dir(), fs::perms::all);
    }
    words.insert(words.end(), kCurves.begin(), kCurves.end());
    words.insert(words.end(), {"--output", path("locked.png")});
    const Outcome r = run_program(words, root());
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

TEST(OutputName, NotUtf8IsRefusedBeforeAnythingIsWritten) {
    const TempFolder folder;
    const std::string name = (folder.path() / "\xff\xfe.png").string();
    const Outcome r = run_activa({"export", "--function", "relu", "--output", name}, folder.path());
    EXPECT_EQ(r.exit_code, 2);
    expect_one_printable_line(r.err);
    for (const auto& entry : fs::directory_iterator(folder.path()))
        EXPECT_TRUE(entry.path().filename() == "stdout" || entry.path().filename() == "stderr")
            << "wrote " << entry.path().filename();
}

TEST(OutputName, LongerThanTheFileSystemAllowsIsBadInput) {
    const TempFolder folder;
    const std::string name = (folder.path() / (std::string(300, 'n') + ".png")).string();
    const Outcome r = run_activa({"export", "--function", "relu", "--output", name}, folder.path());
    EXPECT_EQ(r.exit_code, 2);
    expect_one_printable_line(r.err);
    EXPECT_NE(r.err.find("longer than the file system allows"), std::string::npos) << r.err;
}

TEST(OutputName, AnAmpersandStillMakesWellFormedSvg) {
    const TempFolder folder;
    const std::string name = (folder.path() / "R&D <results>.svg").string();
    const Outcome r = run_activa({"export", "--function", "relu", "--output", name}, folder.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string svg = read_file(name);
    EXPECT_NE(svg.find("<title>R&amp;D &lt;results&gt;</title>"), std::string::npos);
    EXPECT_EQ(svg.find("R&D"), std::string::npos);
}

} // namespace
