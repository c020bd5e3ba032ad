// SPDX-License-Identifier: MIT
#include "common/axistitles.hpp"

#include <QFont>
#include <QFontMetrics>
#include <QStringList>

#include <gtest/gtest.h>

using activa::ui::broken_to_width;
using activa::ui::LineBreaks;

namespace {

int widest(const QString& text, const QFont& font) {
    const QFontMetrics metrics(font);
    int w = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        w = std::max(w, metrics.horizontalAdvance(line));
    return w;
}

} // namespace

TEST(AxisTitles, ATitleThatFitsStaysAsWritten) {
    const QFont font;
    const QString title = QStringLiteral("época");
    EXPECT_EQ(broken_to_width(title, font, 1000), title);
}

// Each given line breaks on its own, and no line is wider than the room.
TEST(AxisTitles, GivenLinesStayAndEveryLineFits) {
    const QFont font;
    const QString title = QStringLiteral("pérdida\n(continua: entrenamiento; discontinua: prueba)");
    const int room =
        QFontMetrics(font).horizontalAdvance(QStringLiteral("(continua: entrenamiento;"));
    const QString fitted = broken_to_width(title, font, room);
    EXPECT_TRUE(fitted.startsWith(QStringLiteral("pérdida\n"))) << fitted.toStdString();
    EXPECT_GE(fitted.count(QLatin1Char('\n')), 2);
    EXPECT_LE(widest(fitted, font), room) << fitted.toStdString();
    EXPECT_EQ(QString(fitted).replace(QLatin1Char('\n'), QLatin1Char(' ')),
              QString(title).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

// A title breaks into lines of about equal length; running text fills each line first.
TEST(AxisTitles, TitlesBreakEvenlyAndRunningTextGreedily) {
    const QFont font;
    const QString text = QStringLiteral("Fraction saturated, zero or dead units");
    const QFontMetrics metrics(font);
    const int room = metrics.horizontalAdvance(text) * 3 / 4;
    const QStringList even = broken_to_width(text, font, room).split(QLatin1Char('\n'));
    const QStringList greedy =
        broken_to_width(text, font, room, LineBreaks::Greedy).split(QLatin1Char('\n'));
    ASSERT_EQ(even.size(), 2);
    ASSERT_EQ(greedy.size(), 2);
    EXPECT_GT(metrics.horizontalAdvance(greedy[0]), metrics.horizontalAdvance(even[0]));
    EXPECT_LT(
        std::abs(metrics.horizontalAdvance(even[0]) - metrics.horizontalAdvance(even[1])),
        std::abs(metrics.horizontalAdvance(greedy[0]) - metrics.horizontalAdvance(greedy[1])));
}

// "59 %" is one word: a percentage never loses its sign to the next line.
TEST(AxisTitles, APercentageKeepsItsSign) {
    const QFont font;
    const QString text = QStringLiteral("ReLU\nprecisión de prueba 59 %");
    const int room = QFontMetrics(font).horizontalAdvance(QStringLiteral("precisión de prueba 59"));
    const QString fitted = broken_to_width(text, font, room);
    EXPECT_FALSE(fitted.contains(QStringLiteral("\n%"))) << fitted.toStdString();
    EXPECT_TRUE(fitted.contains(QStringLiteral("59\u00a0%"))) << fitted.toStdString();
}
