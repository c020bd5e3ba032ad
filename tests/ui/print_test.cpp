// SPDX-License-Identifier: MIT
// The printed page is read as a reader would: its words and where they stand, from pdftotext.
#include "curves/curvesview.hpp"
#include "language.hpp"
#include "mainwindow.hpp"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace activa;
using namespace activa::ui;

using activa::ui::test::EnglishAfterwards;

namespace {

struct Word {
    QString text;
    QRectF box; // in points
};

struct Page {
    QSizeF size; // in points
    std::vector<Word> words;

    std::vector<Word> named(const QString& text) const {
        std::vector<Word> out;
        for (const Word& w : words)
            if (w.text == text) out.push_back(w);
        return out;
    }
    bool has(const QString& text) const { return !named(text).empty(); }
};

// The first page of a PDF as pdftotext -bbox reads it.
Page read_page(const QString& pdf, const QString& folder) {
    const QString html = folder + QStringLiteral("/words.html");
    QProcess run;
    run.start(QStringLiteral("pdftotext"),
              {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
               QStringLiteral("-l"), QStringLiteral("1"), pdf, html});
    EXPECT_TRUE(run.waitForFinished(60000)) << "pdftotext (poppler-utils) must be installed";
    EXPECT_EQ(run.exitCode(), 0) << run.readAllStandardError().toStdString();
    QFile f(html);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    Page page;
    const QRegularExpression size(
        QStringLiteral(R"re(<page width="([\d.]+)" height="([\d.]+)")re"));
    if (const auto m = size.match(text); m.hasMatch())
        page.size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QPointF top_left(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottom_right(m.captured(3).toDouble(), m.captured(4).toDouble());
        page.words.push_back({m.captured(5), QRectF(top_left, bottom_right)});
    }
    return page;
}

// How tall the x axis' tick labels are, against the distance from its first tick (-10) to its
// last (10): the same in every picture of the same plot, whatever it is scaled to.
double tick_height_per_axis_width(const Page& page) {
    const std::vector<Word> lows = page.named(QStringLiteral("-10"));
    const std::vector<Word> highs = page.named(QStringLiteral("10"));
    EXPECT_FALSE(lows.empty());
    EXPECT_FALSE(highs.empty());
    if (lows.empty() || highs.empty()) return 0.0;
    const Word low = lows.front();
    // The 10 on the same line as -10: the x axis', not the y axis'.
    const auto high = std::find_if(highs.begin(), highs.end(), [&](const Word& w) {
        return std::abs(w.box.center().y() - low.box.center().y()) < low.box.height() / 2;
    });
    EXPECT_NE(high, highs.end());
    if (high == highs.end()) return 0.0;
    return low.box.height() / (high->box.center().x() - low.box.center().x());
}

void expect_page_like_the_export(const QString& language, const QStringList& legend,
                                 const QString& derivative_title) {
    EnglishAfterwards restore;
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1400, 900);
    w.setLanguage(language);
    const QSize size = w.view<activa::ui::CurvesView>()->pictureSize();

    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    ASSERT_TRUE(w.exportImageTo(exported, size, 1.0, false));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    ASSERT_TRUE(w.printTo(&printer));

    const Page page = read_page(printed, dir.path());
    const Page picture = read_page(exported, dir.path());
    // Legend, axis titles and ticks are all there, as in the exported file.
    for (const QString& name : legend)
        EXPECT_TRUE(page.has(name)) << name.toStdString();
    EXPECT_TRUE(page.has(QStringLiteral("f(x)")));
    EXPECT_TRUE(page.has(derivative_title)) << derivative_title.toStdString();
    // Tick labels stand to the plot as they do in the exported PDF, and the picture fills the
    // page's width or height.
    const double printed_ratio = tick_height_per_axis_width(page);
    const double exported_ratio = tick_height_per_axis_width(picture);
    EXPECT_NEAR(printed_ratio, exported_ratio, 0.05 * exported_ratio);
    double left = page.size.width();
    double right = 0.0;
    for (const Word& word : page.words) {
        left = std::min(left, word.box.left());
        right = std::max(right, word.box.right());
    }
    EXPECT_GT(right - left, 0.6 * page.size.width());
    // No letter is taller than a line of ordinary print (a turned word's box is tall and
    // narrow).
    for (const Word& word : page.words)
        EXPECT_LT(std::min(word.box.width(), word.box.height()), 0.03 * page.size.height())
            << word.text.toStdString();
}

} // namespace

TEST(Print, ThePageIsTheExportedPdfScaledToIt) {
    expect_page_like_the_export(QStringLiteral("en"),
                                {QStringLiteral("Tanh"), QStringLiteral("ReLU")},
                                QStringLiteral("(dashed)"));
}

TEST(Print, ThePageIsTheExportedPdfScaledToItInSpanish) {
    expect_page_like_the_export(QStringLiteral("es"),
                                {QStringLiteral("Tanh"), QStringLiteral("ReLU")},
                                QStringLiteral("(discontinua)"));
}
