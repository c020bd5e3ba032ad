// SPDX-License-Identifier: MIT
// The command line's entry, run as a user runs it: the usage, the version, commands it does not
// know.
#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace activa::test;

TEST(Cli, DashDashHelp) {
    const Outcome r = expect_ok({"--help"});
    EXPECT_TRUE(r.out.starts_with("Usage: activa")) << r.out;
    for (const std::string_view c : {"list", "eval", "softmax", "recommend"})
        EXPECT_NE(r.out.find(c), std::string::npos) << c;
}

TEST(Cli, DashH) {
    const Outcome r = expect_ok({"-h"});
    EXPECT_EQ(r.out, expect_ok({"--help"}).out);
}

TEST(Cli, DashDashVersion) {
    const Outcome r = expect_ok({"--version"});
    EXPECT_TRUE(r.out.starts_with("activa ")) << r.out;
    ASSERT_FALSE(r.out.empty());
    EXPECT_EQ(r.out.find('\n'), r.out.size() - 1);
    EXPECT_EQ(expect_ok({"-v"}).out, r.out);
}

// Each command's usage, after the command, on stdout: one option of each names it as its own.
TEST(Cli, EveryCommandHasItsUsage) {
    const std::vector<std::pair<std::string, std::string>> commands{
        {"list", "id<TAB>name<TAB>params"},
        {"eval", "--range"},
        {"define", "where("},
        {"softmax", "--temperature"},
        {"recommend", "--network"},
        {"gradflow", "--depth"},
        {"train", "--dataset"},
        {"export", "--output"}};
    for (const auto& [command, word] : commands) {
        const Outcome r = expect_ok({command, "--help"});
        EXPECT_TRUE(r.out.starts_with("Usage: activa " + command)) << r.out;
        EXPECT_NE(r.out.find(word), std::string::npos) << command;
    }
}

TEST(Cli, UnknownCommandFrobnicate) {
    expect_usage_error({"frobnicate"}, {"frobnicate"});
}

TEST(Cli, UnknownDashedCommand) {
    expect_usage_error({"--frobnicate"}, {"--frobnicate"});
}

TEST(Cli, VersionAndHelpTakeNoArgument) {
    for (const std::string first : {"--version", "-v", "--help", "-h"}) {
        const Outcome r = run_activa({first, "extra"});
        EXPECT_EQ(r.exit_code, 2) << first;
        EXPECT_EQ(r.out, "") << first;
        expect_one_printable_line(r.err);
        EXPECT_NE(r.err.find("'extra'"), std::string::npos) << r.err;
    }
}

} // namespace
