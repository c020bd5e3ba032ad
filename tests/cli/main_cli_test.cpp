// SPDX-License-Identifier: MIT
// What main() does before any command: the window without a display, Qt's own options, a
// settings file that is not a file.
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
using namespace activa::test;

TEST(Window, WithoutADisplaySaysSoInOneLine) {
    for (const std::string command : {"\"$A\"", "\"$A\" -platform=foo"}) {
        SCOPED_TRACE(command);
        const Outcome r = shell(command);
        EXPECT_NE(r.exit_code, 0);
        expect_one_printable_line(r.err);
        EXPECT_NE(r.err.find("display"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("other commands work without one"), std::string::npos) << r.err;
    }
}

TEST(Echo, AQtOptionThenControlBytesGiveOnePrintableLine) {
    const Outcome r = run_activa({"-platform", "offscreen", "-style=fusion", "x\x1b[2J\ny"});
    EXPECT_EQ(r.exit_code, 2);
    expect_one_printable_line(r.err);
    EXPECT_NE(r.err.find("\\x1b[2J\\ny"), std::string::npos) << r.err;
}

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
    std::vector<std::string> env = test_environment(folder.path());
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
    const std::string err = read_file(err_file);
    EXPECT_NE(err.find("is not a regular file"), std::string::npos) << err;
    EXPECT_TRUE(fs::is_fifo(fifo)); // left as it was
}

} // namespace
