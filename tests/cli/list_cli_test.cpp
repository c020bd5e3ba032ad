// SPDX-License-Identifier: MIT
// `activa list`: the built binary, run without a shell.
#include "run_activa.hpp"

#include <activa/activations.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace {

using namespace activa::test;

TEST(ListCli, TwentySevenTabSeparatedLines) {
    const Outcome r = expect_ok({"list"});
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 27U);
    ASSERT_EQ(rows.size(), activa::kActivationCount);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto fields = split(rows[i], '\t');
        ASSERT_EQ(fields.size(), 3U) << rows[i];
        const auto& a = activa::catalogue()[i];
        EXPECT_EQ(fields[0], a.key);
        EXPECT_EQ(fields[1], a.name);
        EXPECT_EQ(fields[2].empty(), a.params.empty()) << rows[i];
    }
}

std::optional<std::vector<std::string>> list_row(const std::string& id) {
    const Outcome r = expect_ok({"list"});
    for (const auto& row : lines(r.out)) {
        auto fields = split(row, '\t');
        if (!fields.empty() && fields[0] == id) return fields;
    }
    return std::nullopt;
}

TEST(ListCli, LeakyReluNegativeSlope) {
    const auto row = list_row("leaky_relu");
    ASSERT_TRUE(row);
    ASSERT_EQ(row->size(), 3U);
    EXPECT_EQ((*row)[2], "negative_slope=0.01");
}

TEST(ListCli, HardtanhMinValMaxVal) {
    const auto row = list_row("hardtanh");
    ASSERT_TRUE(row);
    ASSERT_EQ(row->size(), 3U);
    EXPECT_EQ((*row)[2], "min_val=-1,max_val=1");
}

TEST(ListCli, ReluHasNoParams) {
    const auto row = list_row("relu");
    ASSERT_TRUE(row);
    ASSERT_EQ(row->size(), 3U);
    EXPECT_EQ((*row)[2], "");
}

TEST(ListCli, UnknownOptionForList) {
    expect_usage_error({"list", "--frob"}, {"--frob"});
}

TEST(ListCli, ListWithArgument) {
    expect_usage_error({"list", "extra"}, {"extra"});
}

} // namespace
