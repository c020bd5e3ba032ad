// SPDX-License-Identifier: MIT
// The command line at its edges: readers that go away, hostile names and bytes, runs that
// overflow or diverge, a settings file that is not a file. Each case is one that once went
// wrong: a silent death, a raw byte on the terminal, a number that hid a NaN.
#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using activa::test::Outcome;
using activa::test::TempFolder;

// Runs a shell command line with the binary as $A and $HOME as the run's own folder.
Outcome shell(const std::string& line) {
    const TempFolder folder;
    return activa::test::run_program({"/bin/sh", "-c", line}, folder.path(), {"A=" ACTIVA_BINARY});
}

// One "activa: " line on stderr, printable: no control byte and valid UTF-8.
void expect_one_printable_line(const std::string& err) {
    ASSERT_FALSE(err.empty());
    EXPECT_TRUE(err.starts_with("activa: ")) << err;
    EXPECT_EQ(err.find('\n'), err.size() - 1) << "not one line: " << err;
    for (const char c : err)
        EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20 && c != '\n') << "raw control byte";
    EXPECT_EQ(err.find('\xff'), std::string::npos) << "raw byte 0xff";
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        out.push_back(text.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

// --- readers that go away, streams that are full -------------------------------------------

// `activa ... | head -c 10`: exit code 1 and one line, not death by SIGPIPE (141) in silence.
TEST(ClosedPipe, IsReportedInOneLineWithExitCode1) {
    for (const std::string command :
         {"eval tanh --range -1:1:10000000", "softmax \"$(seq -s, 1 20000)\"",
          "train --dataset spiral --activation relu --epochs 3000"}) {
        SCOPED_TRACE(command);
        const Outcome r = shell("{ \"$A\" " + command +
                                "; echo $? > \"$HOME/code\"; } | head -c 10 > /dev/null; "
                                "exit $(cat \"$HOME/code\")");
        EXPECT_EQ(r.exit_code, 1);
        expect_one_printable_line(r.err);
        EXPECT_NE(r.err.find("Broken pipe"), std::string::npos) << r.err;
    }
}

TEST(FullStdout, IsReportedForEveryHelp) {
    for (const std::string command : {"train --help", "gradflow --help", "list --help"}) {
        SCOPED_TRACE(command);
        const Outcome r = shell("\"$A\" " + command + " > /dev/full");
        EXPECT_EQ(r.exit_code, 1);
        expect_one_printable_line(r.err);
        EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    }
}

// --- what the user typed, echoed -----------------------------------------------------------

TEST(Echo, AQtOptionThenControlBytesGiveOnePrintableLine) {
    const Outcome r =
        activa::test::run_activa({"-platform", "offscreen", "-style=fusion", "x\x1b[2J\ny"});
    EXPECT_EQ(r.exit_code, 2);
    expect_one_printable_line(r.err);
    EXPECT_NE(r.err.find("\\x1b[2J\\ny"), std::string::npos) << r.err;
}

TEST(Echo, BytesThatAreNotUtf8AreEscaped) {
    const Outcome r = activa::test::run_activa({"eval", "\xff\xfe", "--at=1"});
    EXPECT_EQ(r.exit_code, 2);
    expect_one_printable_line(r.err);
    EXPECT_NE(r.err.find("\\xff\\xfe"), std::string::npos) << r.err;
}

// A list with a long bad item: the reason from the number parser once echoed all of it.
TEST(Echo, ALongBadInputIsCutInTheMessage) {
    const std::string junk(60000, 'a');
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"softmax", junk}, {"eval", "relu", "--at=1," + junk},
          {"softmax", "1,2", "--temperature", junk}}) {
        const Outcome r = activa::test::run_activa(args);
        EXPECT_EQ(r.exit_code, 2) << args[0];
        expect_one_printable_line(r.err);
        EXPECT_LT(r.err.size(), 400u) << args[0];
    }
}

TEST(Echo, VersionAndHelpTakeNoArgument) {
    for (const std::string first : {"--version", "-v", "--help", "-h"}) {
        const Outcome r = activa::test::run_activa({first, "extra"});
        EXPECT_EQ(r.exit_code, 2) << first;
        EXPECT_EQ(r.out, "") << first;
        expect_one_printable_line(r.err);
        EXPECT_NE(r.err.find("'extra'"), std::string::npos) << r.err;
    }
}

// --- file names ----------------------------------------------------------------------------

TEST(OutputName, NotUtf8IsRefusedBeforeAnythingIsWritten) {
    const TempFolder folder;
    const std::string name = (folder.path() / "\xff\xfe.png").string();
    const Outcome r =
        activa::test::run_activa({"export", "--function", "relu", "--output", name}, folder.path());
    EXPECT_EQ(r.exit_code, 2);
    expect_one_printable_line(r.err);
    for (const auto& entry : fs::directory_iterator(folder.path()))
        EXPECT_TRUE(entry.path().filename() == "stdout" || entry.path().filename() == "stderr")
            << "wrote " << entry.path().filename();
}

TEST(OutputName, LongerThanTheFileSystemAllowsIsBadInput) {
    const TempFolder folder;
    const std::string name = (folder.path() / (std::string(300, 'n') + ".png")).string();
    const Outcome r =
        activa::test::run_activa({"export", "--function", "relu", "--output", name}, folder.path());
    EXPECT_EQ(r.exit_code, 2);
    expect_one_printable_line(r.err);
    EXPECT_NE(r.err.find("longer than the file system allows"), std::string::npos) << r.err;
}

TEST(OutputName, AnAmpersandStillMakesWellFormedSvg) {
    const TempFolder folder;
    const std::string name = (folder.path() / "R&D <results>.svg").string();
    const Outcome r =
        activa::test::run_activa({"export", "--function", "relu", "--output", name}, folder.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string svg = activa::test::read_file(name);
    EXPECT_NE(svg.find("<title>R&amp;D &lt;results&gt;</title>"), std::string::npos);
    EXPECT_EQ(svg.find("R&D"), std::string::npos);
}

// --- runs that overflow or diverge ---------------------------------------------------------

// Weights of standard deviation 100 over 200 layers overflow: the norms are inf or NaN, never a
// 0 that a NaN was taken for.
TEST(Overflow, GradflowPrintsNanOrInfNotZero) {
    const Outcome r = activa::test::run_activa({"gradflow", "--activation", "identity", "--depth",
                                                "200", "--init", "normal", "--std", "100"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto rows = lines_of(r.out);
    ASSERT_EQ(rows.size(), 201u);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::string norm = rows[i].substr(rows[i].find(',') + 1);
        EXPECT_TRUE(norm.starts_with("nan,") || norm.starts_with("inf,")) << rows[i];
    }
}

TEST(Overflow, TheGradflowPictureSaysTheNetworkOverflowed) {
    const TempFolder folder;
    const std::string svg = (folder.path() / "g.svg").string();
    const Outcome r =
        activa::test::run_activa({"export", "--gradflow", "--activation", "identity", "--depth",
                                  "200", "--init", "normal", "--std", "100", "--output", svg},
                                 folder.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text = activa::test::read_file(svg);
    EXPECT_NE(text.find("overflowed"), std::string::npos);
    EXPECT_EQ(text.find("exactly zero"), std::string::npos);
}

// SGD at rate 10 on a linear network with squared error: the loss becomes NaN in a few epochs.
const std::vector<std::string> kDivergingRace{
    "--dataset",       "xor", "--activation", "identity",           "--optimizer",         "sgd",
    "--learning-rate", "10",  "--loss",       "mean_squared_error", "--output-activation", "linear",
    "--epochs",        "5"};

TEST(Diverged, TrainLeavesTheAccuracyEmptyAndSaysWhen) {
    std::vector<std::string> args{"train"};
    args.insert(args.end(), kDivergingRace.begin(), kDivergingRace.end());
    const Outcome r = activa::test::run_activa(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string first_nan_epoch;
    for (const std::string& row : lines_of(r.out)) {
        if (row.find(",nan,") == std::string::npos) continue;
        EXPECT_NE(row.find(",nan,nan,,,"), std::string::npos) << row;
        if (first_nan_epoch.empty()) first_nan_epoch = row.substr(9, row.find(',', 9) - 9);
    }
    ASSERT_FALSE(first_nan_epoch.empty()) << r.out;
    expect_one_printable_line(r.err);
    EXPECT_NE(r.err.find("diverged at epoch " + first_nan_epoch), std::string::npos) << r.err;
}

TEST(Diverged, TheRacePictureSaysSoAndNotVanishingGradient) {
    const TempFolder folder;
    const std::string svg = (folder.path() / "r.svg").string();
    std::vector<std::string> args{"export", "--train", "--output", svg};
    args.insert(args.end(), kDivergingRace.begin(), kDivergingRace.end());
    const Outcome r = activa::test::run_activa(args, folder.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text = activa::test::read_file(svg);
    EXPECT_NE(text.find("diverged at epoch"), std::string::npos);
    EXPECT_EQ(text.find("vanishing"), std::string::npos);
}

// binary_step's derivative is zero everywhere: the ratio of gradients is 0, whose logarithm once
// indexed outside a table (the sanitizer build runs this race).
TEST(Diverged, ARaceWithoutGradientSaysSo) {
    const TempFolder folder;
    const std::string svg = (folder.path() / "r.svg").string();
    const Outcome r =
        activa::test::run_activa({"export", "--train", "--dataset", "xor", "--activation",
                                  "binary_step,relu", "--epochs", "5", "--output", svg},
                                 folder.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const std::string text = activa::test::read_file(svg);
    EXPECT_NE(text.find("no gradient"), std::string::npos);
    EXPECT_EQ(text.find("10⁻"), std::string::npos);
}

// --- settings ------------------------------------------------------------------------------

// QSettings would open a fifo and wait for a writer for ever. The window starts without it: after
// a few seconds no process holds the fifo open for reading (a non-blocking writer cannot open it),
// and stderr said why the settings are not used.
TEST(Settings, AFifoInPlaceOfTheFileDoesNotBlockTheStart) {
    const TempFolder folder;
    const fs::path dir = folder.path() / "Activa";
    fs::create_directories(dir);
    const std::string fifo = (dir / "Activa.conf").string();
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);

    const std::string err_file = (folder.path() / "stderr").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<std::string> words{ACTIVA_BINARY, "-platform", "offscreen"};
    std::vector<char*> argv;
    for (std::string& w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    std::vector<std::string> env = activa::test::test_environment(folder.path());
    std::vector<char*> envp;
    for (std::string& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()), 0);
    posix_spawn_file_actions_destroy(&actions);

    std::this_thread::sleep_for(std::chrono::seconds(3));
    const int writer = open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    const int open_error = errno;
    if (writer >= 0) close(writer);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);

    EXPECT_LT(writer, 0) << "the program has the settings fifo open for reading";
    EXPECT_EQ(open_error, ENXIO);
    const std::string err = activa::test::read_file(err_file);
    EXPECT_NE(err.find("is not a regular file"), std::string::npos) << err;
    EXPECT_TRUE(fs::is_fifo(fifo)); // left as it was
}

} // namespace
