// SPDX-License-Identifier: MIT
// Pasted lists of logits: the forms people paste, decimal commas where they cannot be mistaken,
// and every bad item named.
#include "softmax/logitlist.hpp"

#include <activa/softmax.hpp>

#include <QLocale>
#include <QStringList>

#include <gtest/gtest.h>

#include <vector>

TEST(SoftmaxParseLogitList, AcceptsCommonListForms) {
    const QLocale c = QLocale::c();
    const std::vector<double> example{1.0, 3.0, 2.0};
    for (const char* text : {"1, 3, 2", "1;3;2", "[1, 3, 2]", " 1 3 2 ", "1\n3\n2\n", "1\t3\t2"}) {
        QString error;
        const auto parsed = activa::ui::parse_logit_list(QString::fromUtf8(text), c, &error);
        ASSERT_TRUE(parsed.has_value()) << text << ": " << error.toStdString();
        EXPECT_EQ(*parsed, example) << text;
    }
    EXPECT_EQ(*activa::ui::parse_logit_list(QStringLiteral("-1.5, 2e1, \u22123"), c, nullptr),
              (std::vector<double>{-1.5, 20.0, -3.0}));
}

TEST(SoftmaxParseLogitList, LocaleDecimalCommaOnlyWhenUnambiguous) {
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(*activa::ui::parse_logit_list(QStringLiteral("1,5; 2; -0,25"), german, nullptr),
              (std::vector<double>{1.5, 2.0, -0.25}));
    // With commas between the numbers, a comma cannot also be a decimal separator.
    EXPECT_EQ(*activa::ui::parse_logit_list(QStringLiteral("1,5"), german, nullptr),
              (std::vector<double>{1.0, 5.0}));
    QString error;
    EXPECT_FALSE(activa::ui::parse_logit_list(QStringLiteral("1,5; 2"), QLocale::c(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("1,5"))) << error.toStdString();
}

TEST(SoftmaxParseLogitList, RejectsBadItemsNamingThem) {
    const QLocale c = QLocale::c();
    struct Case {
        const char* text;
        const char* named;
    };
    for (const Case& bad : {Case{"1, x, 2", "x"}, Case{"1,,2", "2"}, Case{"1, inf", "inf"},
                            Case{"1, nan", "nan"}, Case{"5000, 1", "5000"}, Case{"", "empty"}}) {
        QString error;
        EXPECT_FALSE(activa::ui::parse_logit_list(QString::fromUtf8(bad.text), c, &error))
            << bad.text;
        EXPECT_TRUE(error.contains(QString::fromUtf8(bad.named))) << error.toStdString();
    }
    QStringList many;
    for (int i = 0; i <= static_cast<int>(activa::kMaxSoftmaxClasses); ++i)
        many << QString::number(i);
    EXPECT_FALSE(activa::ui::parse_logit_list(many.join(QLatin1Char(',')), c, nullptr));
}
