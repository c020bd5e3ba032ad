// SPDX-License-Identifier: MIT
// `activa list`: the built binary, run without a shell.
#include "run_activa.hpp"

#include <activa/activations.hpp>

#include <gtest/gtest.h>

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

// The parameters of a function's line, as `activa list` prints them.
std::string params_of(const std::string& id) {
    for (const auto& row : lines(expect_ok({"list"}).out)) {
        const auto fields = split(row, '\t');
        if (fields.size() == 3 && fields[0] == id) return fields[2];
    }
    ADD_FAILURE() << id << " has no line of three fields";
    return {};
}

TEST(ListCli, ParametersWithTheirDefaults) {
    EXPECT_EQ(params_of("leaky_relu"), "negative_slope=0.01");
    EXPECT_EQ(params_of("hardtanh"), "min_val=-1,max_val=1");
    EXPECT_EQ(params_of("relu"), "");
}

TEST(ListCli, UnknownOptionForList) {
    expect_usage_error({"list", "--frob"}, {"--frob"});
}

TEST(ListCli, ListWithArgument) {
    expect_usage_error({"list", "extra"}, {"extra"});
}

} // namespace
