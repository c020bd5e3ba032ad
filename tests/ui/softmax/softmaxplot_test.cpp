// SPDX-License-Identifier: MIT
// The softmax and sigmoid bar charts: values, captions, many classes, no NaN, a dark look.
#include "../contrast.hpp"
#include "softmax/softmaxplot.hpp"
#include "softmax/softmaxview.hpp"
#include "softmaxbars.hpp"

#include <activa/softmax.hpp>

#include <QLocale>
#include <QPalette>
#include <QTest>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using activa::SoftmaxState;
using activa::ui::contrast_ratio;
using activa::ui::SoftmaxPlotter;
using activa::ui::SoftmaxView;
using namespace activa::test;

TEST(SoftmaxPlotter, RedrawsOnAFreshPlotAndShowsValues) {
    QCustomPlot plot;
    SoftmaxPlotter plotter(&plot);
    SoftmaxState s;
    plotter.draw(s);
    const int items = plot.itemCount();
    const int plottables = plot.plottableCount();
    plotter.draw(s);
    plotter.draw(s);
    EXPECT_EQ(plot.itemCount(), items); // nothing piles up
    EXPECT_EQ(plot.plottableCount(), plottables);
    EXPECT_EQ(plot.axisRectCount(), 2);

    const QStringList texts = item_texts(&plot);
    for (double p : plotter.probabilities())
        EXPECT_TRUE(texts.contains(QLocale().toString(p, 'f', 3))) << p;
    for (double p : plotter.sigmoids())
        EXPECT_TRUE(texts.contains(QLocale().toString(p, 'f', 3))) << p;
    EXPECT_GT(colour_count(&plot), 1);
}

TEST(SoftmaxPlotter, EmptyLogitsDrawAMessageAndNoNaN) {
    QCustomPlot plot;
    SoftmaxPlotter plotter(&plot);
    SoftmaxState s;
    s.logits.clear();
    plotter.draw(s);
    EXPECT_TRUE(plotter.probabilities().empty());
    EXPECT_TRUE(plotter.sigmoids().empty());
    EXPECT_EQ(plot.axisRectCount(), 2);
    EXPECT_TRUE(item_texts(&plot).contains(QStringLiteral("Add at least one logit")));
    EXPECT_GT(colour_count(&plot), 1);

    plotter.draw(SoftmaxState{}); // and back
    EXPECT_EQ(plotter.probabilities().size(), 3u);
    EXPECT_FALSE(item_texts(&plot).contains(QStringLiteral("Add at least one logit")));
}

TEST(SoftmaxPlotter, HundredClassesAndMoreStayFinite) {
    QCustomPlot plot;
    SoftmaxPlotter plotter(&plot);
    SoftmaxState s;
    s.classes.clear();
    s.logits.assign(120, 0.0);
    s.logits[7] = 1000.0;
    s.temperature = activa::kMinTemperature;
    plotter.draw(s);
    ASSERT_EQ(plotter.probabilities().size(), 120u); // over every logit
    EXPECT_EQ(plotter.probabilities()[7], 1.0);
    EXPECT_EQ(softmax_bar_values(plotter).size(),
              static_cast<std::size_t>(static_cast<int>(activa::kMaxSoftmaxClasses)));
    for (const auto& [key, value] : softmax_bar_values(plotter))
        EXPECT_TRUE(std::isfinite(value)) << key;
    EXPECT_GT(colour_count(&plot), 1);
}

TEST(SoftmaxPlotter, DefaultClassNamesAreSpreadsheetLetters) {
    EXPECT_EQ(activa::default_class_name(0), "A");
    EXPECT_EQ(activa::default_class_name(25), "Z");
    EXPECT_EQ(activa::default_class_name(26), "AA");
    EXPECT_EQ(activa::default_class_name(27), "AB");
    EXPECT_EQ(activa::default_class_name(701), "ZZ");
    EXPECT_EQ(activa::default_class_name(702), "AAA");
}

namespace {

QStringList caption_texts(QCustomPlot* plot) {
    QStringList texts;
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* text = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            texts << text->text();
    return texts;
}

} // namespace

// An exported picture says what went in: the temperature and the logits on the softmax side,

TEST(SoftmaxPlotter, CaptionsSayTheTemperatureAndTheLogits) {
    QCustomPlot plot;
    SoftmaxPlotter plotter(&plot);
    SoftmaxState state;
    state.logits = {1.0, 3.0, 2.0};
    state.temperature = 0.5;
    plotter.draw(state);
    const QStringList texts = caption_texts(&plot);
    EXPECT_TRUE(texts.contains(QStringLiteral("T = 0.5 · logits 1, 3, 2")))
        << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.filter(QStringLiteral("independent of T")).size() == 1)
        << texts.join(u'|').toStdString();

    // Numbers are written as the language writes them, and a long list is cut short.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    state.logits = {1.5, -2.25, 3, 4, 5, 6, 7, 8, 9, 10};
    state.temperature = 2.5;
    plotter.draw(state);
    const QStringList spanish = caption_texts(&plot);
    QLocale::setDefault(before);
    const QStringList caption = spanish.filter(QStringLiteral("T = 2,5"));
    ASSERT_EQ(caption.size(), 1) << spanish.join(u'|').toStdString();
    EXPECT_TRUE(caption[0].contains(QStringLiteral("1,5; -2,25; 3"))) << caption[0].toStdString();
    EXPECT_TRUE(caption[0].contains(QStringLiteral("10"))) << caption[0].toStdString(); // the count
    EXPECT_FALSE(caption[0].contains(QStringLiteral("; 9;"))) << caption[0].toStdString();
}

// Every value stands just above its bar, tall or short, on both charts.
TEST(SoftmaxPlotter, ValueLabelsAllSitAboveTheirBars) {
    SoftmaxView view;
    SoftmaxState state;
    state.logits = {1.0, 3.0, 2.0, 0.0, -1.0}; // sigmoids from 0.27 to 0.95
    view.setState(state);
    view.resize(1200, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    int labels = 0;
    QColor colour;
    for (int i = 0; i < view.plot()->itemCount(); ++i) {
        auto* label = qobject_cast<QCPItemText*>(view.plot()->item(i));
        if (!label || label->position->type() != QCPItemPosition::ptPlotCoords) continue;
        ++labels;
        QCPAxis* y = label->position->valueAxis();
        const double bar_top = y->coordToPixel(label->position->value());
        EXPECT_LE(label->bottom->pixelPosition().y(), bar_top + 0.5) << label->text().toStdString();
        EXPECT_GE(label->top->pixelPosition().y(), y->axisRect()->top() - 0.5)
            << label->text().toStdString();
        if (!colour.isValid()) colour = label->color();
        EXPECT_EQ(label->color(), colour) << "one colour for every value";
    }
    EXPECT_EQ(labels, 10);
}

// With a dark window palette the plot keeps its white ground and dark texts.
TEST(SoftmaxPlotter, TextsStayReadableWithADarkPalette) {
    SoftmaxView view;
    view.setPalette(activa::ui::dark_desktop_palette());
    view.resize(1000, 600);
    const QImage image = view.plot()->toPixmap(800, 400).toImage();
    const QColor ground = image.pixelColor(2, 2);
    for (int i = 0; i < view.plot()->plotLayout()->elementCount(); ++i) {
        if (auto* text = qobject_cast<QCPTextElement*>(view.plot()->plotLayout()->elementAt(i))) {
            EXPECT_GE(contrast_ratio(text->textColor(), ground), 4.5) << text->text().toStdString();
        }
    }
    for (int i = 0; i < view.plot()->itemCount(); ++i) {
        if (auto* label = qobject_cast<QCPItemText*>(view.plot()->item(i))) {
            EXPECT_GE(contrast_ratio(label->color(), ground), 4.5) << label->text().toStdString();
        }
    }
    QCPAxis* y = view.plotter().sigmoid_bars()->valueAxis();
    EXPECT_GE(contrast_ratio(y->tickLabelColor(), ground), 4.5);
    EXPECT_GE(contrast_ratio(y->labelColor(), ground), 4.5);
}

// The logits in the caption are a list: a thousands separator would read as one more item
// ("1,000, -3.5" looked like three numbers).
TEST(SoftmaxPlotter, CaptionNumbersHaveNoGroupSeparators) {
    QCustomPlot plot;
    SoftmaxPlotter plotter(&plot);
    SoftmaxState state;
    state.logits = {1000.0, -3.5, 2.0};
    state.temperature = 12.5;
    plotter.draw(state);
    const QStringList texts = caption_texts(&plot);
    EXPECT_TRUE(texts.contains(QStringLiteral("T = 12.5 · logits 1000, -3.5, 2")))
        << texts.join(u'|').toStdString();
}
