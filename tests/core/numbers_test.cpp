// SPDX-License-Identifier: MIT
#include <activa/numbers.hpp>

#include "special_values.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <clocale>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using activa::format_number;
using activa::parse_count;
using activa::parse_number;
using activa::parse_number_list;

using namespace activa::test;

std::uint64_t bits(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

void expect_round_trip(double v) {
    const std::string text = format_number(v);
    const std::optional<double> back = parse_number(text);
    ASSERT_TRUE(back.has_value()) << text;
    EXPECT_EQ(bits(*back), bits(v)) << text;
}

// The parameterised cases are named by their own name field.
template <typename Case> std::string case_name(const testing::TestParamInfo<Case>& info) {
    return info.param.name;
}

TEST(FormatNumber, PointOne) {
    EXPECT_EQ(format_number(0.1), "0.1");
}

TEST(FormatNumber, Integers) {
    EXPECT_EQ(format_number(0.0), "0");
    EXPECT_EQ(format_number(1.0), "1");
    EXPECT_EQ(format_number(-2.5), "-2.5");
    EXPECT_EQ(format_number(0.25), "0.25");
}

TEST(FormatNumber, OneE300) {
    EXPECT_EQ(format_number(1e300), "1e+300");
    expect_round_trip(1e300);
}

TEST(FormatNumber, SmallestSubnormal5em324) {
    EXPECT_EQ(format_number(5e-324), "5e-324");
    EXPECT_EQ(format_number(std::numeric_limits<double>::denorm_min()), "5e-324");
    expect_round_trip(5e-324);
}

TEST(FormatNumber, Extremes) {
    expect_round_trip(std::numeric_limits<double>::max());
    expect_round_trip(std::numeric_limits<double>::lowest());
    expect_round_trip(std::numeric_limits<double>::min());
    expect_round_trip(std::numeric_limits<double>::epsilon());
    EXPECT_EQ(format_number(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
}

TEST(FormatNumber, ShortestForPointOnePlusPointTwo) {
    EXPECT_EQ(format_number(0.1 + 0.2), "0.30000000000000004");
    expect_round_trip(0.1 + 0.2);
}

TEST(FormatNumber, NegativeZero) {
    EXPECT_EQ(format_number(-0.0), "-0");
    const auto back = parse_number("-0");
    ASSERT_TRUE(back);
    EXPECT_EQ(bits(*back), bits(-0.0));
}

TEST(FormatNumber, NanInfMinusInf) {
    EXPECT_EQ(format_number(kNan), "nan");
    EXPECT_EQ(format_number(-kNan), "nan");
    EXPECT_EQ(format_number(kInf), "inf");
    EXPECT_EQ(format_number(-kInf), "-inf");
    EXPECT_TRUE(std::isnan(*parse_number(format_number(kNan))));
    EXPECT_EQ(parse_number(format_number(kInf)), kInf);
    EXPECT_EQ(parse_number(format_number(-kInf)), -kInf);
}

TEST(FormatNumber, TenThousandRandomDoublesRoundTripBitExactly) {
    std::mt19937_64 rng(20240531);
    int nans = 0;
    for (int i = 0; i < 10000; ++i) {
        // Random bit patterns cover every exponent, subnormals and both signs.
        const double v = std::bit_cast<double>(rng());
        if (std::isnan(v)) {
            ++nans;
            EXPECT_EQ(format_number(v), "nan");
            continue;
        }
        expect_round_trip(v);
    }
    EXPECT_LT(nans, 100);
}

TEST(FormatNumber, TenThousandRandomUnitDoublesRoundTripBitExactly) {
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> dist(-1.0, 1.0);
    for (int i = 0; i < 10000; ++i)
        expect_round_trip(dist(rng));
}

// Text that parses, and the double it gives.
struct Parsed {
    const char* name; // the test's own name
    std::string_view text;
    double value;
};

class ParseNumberAccepts : public testing::TestWithParam<Parsed> {};

TEST_P(ParseNumberAccepts, TheWrittenValue) {
    EXPECT_EQ(parse_number(GetParam().text), GetParam().value);
}

const Parsed kParsed[] = {
    {"Plain1", "1", 1.0},         {"Minus2Point5", "-2.5", -2.5},
    {"Plus3", "+3", 3.0},         {"Exponent1em3", "1e-3", 1e-3},
    {"LeadingPoint5", ".5", 0.5}, {"UpperCaseExponent", "2.5E2", 250.0},
};

INSTANTIATE_TEST_SUITE_P(Numbers, ParseNumberAccepts, testing::ValuesIn(kParsed),
                         case_name<Parsed>);

TEST(ParseNumber, Nan) {
    for (const std::string_view s : {"nan", "NaN", "NAN", "+nan", "-nan"}) {
        const auto v = parse_number(s);
        ASSERT_TRUE(v.has_value()) << s;
        EXPECT_TRUE(std::isnan(*v)) << s;
    }
}

TEST(ParseNumber, InfAndMinusInf) {
    EXPECT_EQ(parse_number("inf"), kInf);
    EXPECT_EQ(parse_number("+inf"), kInf);
    EXPECT_EQ(parse_number("-inf"), -kInf);
    EXPECT_EQ(parse_number("INF"), kInf);
}

TEST(ParseNumber, Infinity) {
    EXPECT_EQ(parse_number("Infinity"), kInf);
    EXPECT_EQ(parse_number("infinity"), kInf);
    EXPECT_EQ(parse_number("-Infinity"), -kInf);
}

TEST(ParseNumber, Tiny1em400IsZero) {
    const auto v = parse_number("1e-400");
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(bits(*v), bits(0.0));
    const auto w = parse_number("-1e-400");
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(*w, 0.0);
    EXPECT_TRUE(std::signbit(*w));
}

TEST(ParseNumber, Subnormal) {
    EXPECT_EQ(parse_number("5e-324"), std::numeric_limits<double>::denorm_min());
    EXPECT_EQ(parse_number("1e-310"), 1e-310);
    EXPECT_EQ(parse_number("3e-324"), std::numeric_limits<double>::denorm_min());
}

TEST(ParseNumber, LargestFinite) {
    EXPECT_EQ(parse_number("1.7976931348623157e308"), std::numeric_limits<double>::max());
}

// Texts that are not a number, or not a finite one.
struct Refused {
    const char* name; // the test's own name
    std::vector<std::string_view> texts;
};

class ParseNumberRejects : public testing::TestWithParam<Refused> {};

TEST_P(ParseNumberRejects, TheText) {
    for (const std::string_view s : GetParam().texts)
        EXPECT_EQ(parse_number(s), std::nullopt) << '"' << s << '"';
}

const Refused kRefused[] = {
    {"Empty", {""}},           {"LeadingSpace", {" 1"}},
    {"TrailingSpace", {"1 "}}, {"DecimalComma1Comma5", {"1,5"}},
    {"Abc", {"abc"}},          {"Overflow1e999", {"1e999", "-1e999", "1.8e308"}},
    {"DoubleMinus", {"--1"}},  {"Hex0x10", {"0x10"}},
};

INSTANTIATE_TEST_SUITE_P(Numbers, ParseNumberRejects, testing::ValuesIn(kRefused),
                         case_name<Refused>);

TEST(ParseNumber, RejectsOtherMalformed) {
    for (const std::string_view s : {"+", "-", ".", "e5", "1e", "1e+", "+-1", "-+1", "1.2.3", "1-",
                                     "in", "infinit", "nanx", "1\n", "\t1", "1f", "1_000"})
        EXPECT_EQ(parse_number(s), std::nullopt) << '"' << s << '"';
}

TEST(ParseNumber, WholeStringViewOnly) {
    // A view into a longer buffer: characters after the view are not part of the number.
    const std::string buffer = "12345";
    EXPECT_EQ(parse_number(std::string_view(buffer).substr(0, 2)), 12.0);
}

// Formatting and parsing with a German locale set: the decimal separator stays '.'.
TEST(Numbers, SameUnderGermanLocale) {
    const char* previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8")) GTEST_SKIP() << "de_DE.UTF-8 is not installed";
    EXPECT_EQ(format_number(0.1), "0.1");
    EXPECT_EQ(format_number(-2.5), "-2.5");
    EXPECT_EQ(format_number(1e300), "1e+300");
    EXPECT_EQ(parse_number("-2.5"), -2.5);
    EXPECT_EQ(parse_number(".5"), 0.5);
    EXPECT_EQ(parse_number("1e-400"), 0.0);
    EXPECT_EQ(parse_number("1,5"), std::nullopt);
    EXPECT_EQ(parse_number("1e999"), std::nullopt);
    std::string error;
    EXPECT_EQ(*parse_number_list("1.5,2.5"), (std::vector<double>{1.5, 2.5}));
    std::mt19937_64 rng(99);
    for (int i = 0; i < 1000; ++i) {
        const double v = std::bit_cast<double>(rng());
        if (!std::isnan(v)) expect_round_trip(v);
    }
    std::setlocale(LC_ALL, saved.c_str());
}

TEST(ParseNumberList, OneTwoThree) {
    const auto v = parse_number_list("1,2,3");
    ASSERT_TRUE(v.has_value()) << v.error();
    EXPECT_EQ(*v, (std::vector<double>{1.0, 2.0, 3.0}));
}

TEST(ParseNumberList, SingleItem) {
    EXPECT_EQ(*parse_number_list("-0.5"), std::vector<double>{-0.5});
}

TEST(ParseNumberList, SpecialsAndSigns) {
    const auto v = parse_number_list("0,nan,inf,-inf,+2,1e-400");
    ASSERT_TRUE(v.has_value());
    ASSERT_EQ(v->size(), 6U);
    EXPECT_EQ((*v)[0], 0.0);
    EXPECT_TRUE(std::isnan((*v)[1]));
    EXPECT_EQ((*v)[2], kInf);
    EXPECT_EQ((*v)[3], -kInf);
    EXPECT_EQ((*v)[4], 2.0);
    EXPECT_EQ((*v)[5], 0.0);
}

void expect_list_rejected(std::string_view text, std::string_view needle) {
    const auto v = parse_number_list(text);
    EXPECT_FALSE(v.has_value()) << '"' << text << '"';
    const std::string& error = v.error();
    EXPECT_FALSE(error.empty()) << '"' << text << '"';
    EXPECT_NE(error.find(needle), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
}

// A list refused, and what its message names.
struct RefusedList {
    const char* name; // the test's own name
    std::string_view text;
    std::string_view needle;
};

class ParseNumberListRejects : public testing::TestWithParam<RefusedList> {};

TEST_P(ParseNumberListRejects, TheTextNamingTheItem) {
    expect_list_rejected(GetParam().text, GetParam().needle);
}

const RefusedList kRefusedLists[] = {
    {"EmptyItem1CommaComma2", "1,,2", "empty"}, {"LeadingComma", ",1", "empty"},
    {"TrailingComma", "1,", "empty"},           {"EmptyText", "", "empty"},
    {"MalformedItem", "1,x2,3", "x2"},          {"SpaceAfterComma", "1, 2", " 2"},
    {"OverflowingItem", "1,1e999", "1e999"},
};

INSTANTIATE_TEST_SUITE_P(Lists, ParseNumberListRejects, testing::ValuesIn(kRefusedLists),
                         case_name<RefusedList>);

// Text that parses as a count, and the count it gives.
struct Count {
    const char* name; // the test's own name
    std::string_view text;
    unsigned long long value;
};

class ParseCountAccepts : public testing::TestWithParam<Count> {};

TEST_P(ParseCountAccepts, TheWrittenCount) {
    EXPECT_EQ(parse_count(GetParam().text), GetParam().value);
}

const Count kCounts[] = {
    {"Zero", "0", 0ULL},
    {"FortyTwo", "42", 42ULL},
    {"LeadingZeros", "007", 7ULL},
    {"Max", "18446744073709551615", std::numeric_limits<unsigned long long>::max()},
};

INSTANTIATE_TEST_SUITE_P(Counts, ParseCountAccepts, testing::ValuesIn(kCounts), case_name<Count>);

TEST(ParseCount, RejectsOverflow) {
    EXPECT_EQ(parse_count("18446744073709551616"), std::nullopt);
}
TEST(ParseCount, RejectsMalformed) {
    for (const std::string_view s :
         {"", "-1", "+1", " 1", "1 ", "1.0", "1e3", "abc", "2.5", "0x10", "1,000", "inf", "nan"})
        EXPECT_EQ(parse_count(s), std::nullopt) << '"' << s << '"';
}

} // namespace
