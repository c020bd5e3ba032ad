// SPDX-License-Identifier: MIT
// What the command line prints, whatever happens: a failed write said in one line with exit code
// 1, and whatever the user typed echoed back as one printable line.
#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using namespace activa::test;

TEST(Output, AFullStdoutIsReportedForEveryCommand) {
    for (const std::string command :
         {"list", "eval relu --range 0:1:100000", "eval tanh --at=1,2", "softmax 1,3,2",
          "recommend --network cnn --problem binary", "--help", "--version", "eval --help",
          "export --help", "train --help", "gradflow --help", "list --help"}) {
        SCOPED_TRACE(command);
        const Outcome r = shell("\"$A\" " + command + " >/dev/full");
        EXPECT_EQ(r.exit_code, 1);
        expect_one_printable_line(r.err);
        EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    }
}

TEST(Output, AClosedStdoutIsReported) {
    const Outcome r = shell("\"$A\" list >&-");
    EXPECT_EQ(r.exit_code, 1);
    expect_one_printable_line(r.err);
}

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

TEST(EchoedInput, ControlCharactersAreEscapedOnOneLine) {
    expect_usage_error({"eval", "re\nlu", "--at=1"}, {"'re\\nlu'"});
    expect_usage_error({"softmax", "1\n2"}, {"'1\\n2'"});
    expect_usage_error({"eval", "relu", "--at=1\n2"}, {"'1\\n2'"});
    expect_usage_error({"eval", "relu", "--param", "al\tpha=1", "--at=1"}, {"'al\\tpha'"});
    expect_usage_error({"eval", "relu\x1b[31m", "--at=1"}, {"\\x1b"});
}

TEST(EchoedInput, ALongArgumentIsShortened) {
    const std::string id(131000, 'x');
    const Outcome r = run_activa({"eval", id, "--at=1"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_LT(r.err.size(), 300U);
    EXPECT_NE(r.err.find("(131000 characters)"), std::string::npos) << r.err;
}

TEST(Echo, BytesThatAreNotUtf8AreEscaped) {
    const Outcome r = run_activa({"eval", "\xff\xfe", "--at=1"});
    EXPECT_EQ(r.exit_code, 2);
    expect_one_printable_line(r.err);
    EXPECT_NE(r.err.find("\\xff\\xfe"), std::string::npos) << r.err;
}

// A list with a long bad item: the reason from the number parser once echoed all of it.
TEST(Echo, ALongBadInputIsCutInTheMessage) {
    const std::string junk(60000, 'a');
    for (const std::vector<std::string>& args : {std::vector<std::string>{"softmax", junk},
                                                 {"eval", "relu", "--at=1," + junk},
                                                 {"softmax", "1,2", "--temperature", junk}}) {
        const Outcome r = run_activa(args);
        EXPECT_EQ(r.exit_code, 2) << args[0];
        expect_one_printable_line(r.err);
        EXPECT_LT(r.err.size(), 400u) << args[0];
    }
}

} // namespace
