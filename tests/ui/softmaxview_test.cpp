// SPDX-License-Identifier: MIT
#include "contrast.hpp"
#include "softmax/softmaxplot.hpp"
#include "softmax/softmaxview.hpp"
#include "typing.hpp"

#include <activa/softmax.hpp>

#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTest>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

using activa::SoftmaxState;
using activa::ui::contrast_ratio;
using activa::ui::NumberBox;
using activa::ui::SoftmaxPlotter;
using activa::ui::SoftmaxView;

namespace {

// key -> value of every softmax bar, whichever plottable (normal or highlighted) draws it.
std::map<double, double> softmax_bar_values(const SoftmaxPlotter& plotter) {
    std::map<double, double> values;
    for (QCPBars* bars : {plotter.probability_bars(), plotter.argmax_bars()}) {
        if (!bars) continue;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            EXPECT_TRUE(values.emplace(it->key, it->value).second) << "two bars at " << it->key;
    }
    return values;
}

std::vector<double> bar_values(QCPBars* bars) {
    std::vector<double> values;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

void expect_bars_equal(const SoftmaxPlotter& plotter, const std::vector<double>& expected) {
    const std::map<double, double> values = softmax_bar_values(plotter);
    ASSERT_EQ(values.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto it = values.find(static_cast<double>(i));
        ASSERT_NE(it, values.end()) << "no bar for class " << i;
        EXPECT_EQ(it->second, expected[i]) << "class " << i;
    }
}

int colour_count(QCustomPlot* plot) {
    const QImage image = plot->toPixmap(800, 400).toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

QStringList item_texts(QCustomPlot* plot) {
    QStringList texts;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) texts << text->text();
    return texts;
}

template <typename T> T* child(const SoftmaxView& view, const char* name) {
    T* widget = view.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

} // namespace

TEST(SoftmaxView, StartsWithTheArticleExample) {
    SoftmaxView view;
    EXPECT_EQ(view.state().logits, (std::vector<double>{1.0, 3.0, 2.0}));
    EXPECT_EQ(view.state().temperature, 1.0);
    const std::vector<double> logits{1.0, 3.0, 2.0};
    EXPECT_EQ(view.plotter().probabilities(), activa::softmax(logits));
    const std::vector<double> expected{0.09003057, 0.66524096, 0.24472847};
    ASSERT_EQ(view.plotter().probabilities().size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_NEAR(view.plotter().probabilities()[i], expected[i], 1e-8);
    expect_bars_equal(view.plotter(), activa::softmax(logits));
    EXPECT_EQ(bar_values(view.plotter().sigmoid_bars()), activa::sigmoid_each(logits));
    EXPECT_EQ(view.plotter().sigmoids(), activa::sigmoid_each(logits));

    auto* table = child<QTableWidget>(view, "logitTable");
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(1, 1)->data(Qt::EditRole).toDouble(), 3.0);
    EXPECT_EQ(child<NumberBox>(view, "temperatureSpinBox")->value(), 1.0);
}

TEST(SoftmaxView, TableEditAndTemperatureSpinRedrawTheBars) {
    SoftmaxView view;
    QSignalSpy changed(&view, &SoftmaxView::stateChanged);
    auto* table = child<QTableWidget>(view, "logitTable");
    auto* spin = child<NumberBox>(view, "temperatureSpinBox");
    auto* slider = child<QSlider>(view, "temperatureSlider");

    table->item(1, 1)->setData(Qt::EditRole, 0.5);
    EXPECT_EQ(view.state().logits, (std::vector<double>{1.0, 0.5, 2.0}));
    expect_bars_equal(view.plotter(), activa::softmax(std::vector<double>{1.0, 0.5, 2.0}));

    const int before = slider->value();
    spin->setValue(0.5);
    EXPECT_EQ(view.state().temperature, 0.5);
    EXPECT_LT(slider->value(), before); // kept in sync
    const std::vector<double> expected = activa::softmax(std::vector<double>{1.0, 0.5, 2.0}, 0.5);
    EXPECT_EQ(view.plotter().probabilities(), expected);
    expect_bars_equal(view.plotter(), expected);
    EXPECT_EQ(bar_values(view.plotter().sigmoid_bars()),
              activa::sigmoid_each(std::vector<double>{1.0, 0.5, 2.0}));
    EXPECT_EQ(changed.count(), 2);
}

TEST(SoftmaxView, ArgmaxBarIsHighlighted) {
    SoftmaxView view;
    const SoftmaxPlotter& plotter = view.plotter();
    ASSERT_NE(plotter.argmax_bars(), nullptr);
    EXPECT_EQ(plotter.argmax_index(), 1u);
    ASSERT_EQ(plotter.argmax_bars()->data()->size(), 1);
    EXPECT_EQ(plotter.argmax_bars()->data()->constBegin()->key, 1.0);
    EXPECT_EQ(plotter.argmax_bars()->brush().color(), activa::ui::softmax_argmax_colour());
    EXPECT_NE(plotter.probability_bars()->brush().color(), plotter.argmax_bars()->brush().color());

    child<QTableWidget>(view, "logitTable")->item(2, 1)->setData(Qt::EditRole, 4.0);
    EXPECT_EQ(view.plotter().argmax_index(), 2u);
    ASSERT_EQ(view.plotter().argmax_bars()->data()->size(), 1);
    EXPECT_EQ(view.plotter().argmax_bars()->data()->constBegin()->key, 2.0);
}

TEST(SoftmaxView, AddAndRemoveClasses) {
    SoftmaxView view;
    auto* table = child<QTableWidget>(view, "logitTable");
    auto* add = child<QPushButton>(view, "addClassButton");
    auto* remove = child<QPushButton>(view, "removeClassButton");

    add->click();
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(view.state().logits, (std::vector<double>{1.0, 3.0, 2.0, 0.0}));
    EXPECT_EQ(view.state().classes.size(), 4);
    EXPECT_EQ(view.state().classes.back(), "D");
    expect_bars_equal(view.plotter(), activa::softmax(std::vector<double>{1.0, 3.0, 2.0, 0.0}));

    table->setCurrentCell(0, 0);
    remove->click();
    EXPECT_EQ(view.state().logits, (std::vector<double>{3.0, 2.0, 0.0}));
    remove->click();
    remove->click();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_FALSE(remove->isEnabled());
    remove->click(); // at least one row stays
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_EQ(view.plotter().probabilities(), (std::vector<double>{1.0}));

    child<QPushButton>(view, "resetButton")->click();
    EXPECT_EQ(view.state(), SoftmaxState{});
}

TEST(SoftmaxView, SetStateRoundTripsAndValidates) {
    SoftmaxView view;
    SoftmaxState s;
    s.classes = {"cat", "dog"};
    s.logits = {-2.5, 7.125};
    s.temperature = 0.5;
    QSignalSpy changed(&view, &SoftmaxView::stateChanged);
    view.setState(s);
    EXPECT_EQ(view.state(), s);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(child<QTableWidget>(view, "logitTable")->item(0, 0)->text(), QStringLiteral("cat"));
    EXPECT_EQ(view.plotter().probabilities(), activa::softmax(s.logits, 0.5));

    // What the state's check refuses gives way to the defaults, field by field.
    SoftmaxState bad;
    bad.classes = {"only"};
    bad.logits = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                  -5000.0};
    bad.temperature = 100.0;
    view.setState(bad);
    EXPECT_EQ(view.state(), SoftmaxState{});

    SoftmaxState short_names;
    short_names.classes = {"only"};
    short_names.logits = {0.5, 1.5};
    short_names.temperature = 0.0;
    view.setState(short_names);
    EXPECT_EQ(view.state().logits, short_names.logits);
    EXPECT_EQ(view.state().classes, (std::vector<std::string>{"only", "B"}));
    EXPECT_EQ(view.state().temperature, 1.0);
}

TEST(SoftmaxView, FiftyClassesDraw) {
    SoftmaxView view;
    SoftmaxState s;
    s.classes.clear();
    s.logits.clear();
    for (int i = 0; i < 50; ++i)
        s.logits.push_back(std::sin(i) * 5.0);
    view.setState(s);
    ASSERT_EQ(view.state().logits.size(), 50u);
    EXPECT_EQ(view.state().classes.at(49), "AX");
    expect_bars_equal(view.plotter(), activa::softmax(s.logits));
    EXPECT_EQ(view.plotter().sigmoid_bars()->data()->size(), 50);
    EXPECT_GT(colour_count(view.plot()), 1);
}

TEST(SoftmaxView, PlotRendersNonBlank) {
    SoftmaxView view;
    view.resize(1400, 800);
    EXPECT_GT(colour_count(view.plot()), 1);
}

namespace {
// Opens the logit cell's editor as a double-click does, types into it and presses Enter.
void type_logit(SoftmaxView& view, int row, const QString& text) {
    auto* table = child<QTableWidget>(view, "logitTable");
    table->setCurrentCell(row, 1);
    table->editItem(table->item(row, 1));
    auto* editor = table->findChild<NumberBox*>(QStringLiteral("logitEditor"));
    ASSERT_NE(editor, nullptr);
    activa::ui::type_into(editor, text);
    QCoreApplication::processEvents(); // the delegate commits and closes the editor, queued
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // then it goes
}
} // namespace

TEST(SoftmaxView, ATypedLogitIsTakenExactlyOrRefusedWithTheReason) {
    SoftmaxView view;
    auto* message = child<QLabel>(view, "logitMessage");
    type_logit(view, 1, QStringLiteral("1e400")); // was read as 140
    EXPECT_EQ(view.state().logits, (std::vector<double>{1.0, 3.0, 2.0}));
    EXPECT_TRUE(message->isVisibleTo(&view));
    EXPECT_EQ(message->text(), QStringLiteral("The largest value here is 1000."));

    type_logit(view, 1, QStringLiteral("1,5")); // was read as 15 in English
    EXPECT_EQ(view.state().logits, (std::vector<double>{1.0, 3.0, 2.0}));
    EXPECT_TRUE(message->text().contains(QStringLiteral("“.”")));

    type_logit(view, 1, QStringLiteral("-0.123456789"));
    EXPECT_EQ(view.state().logits, (std::vector<double>{1.0, -0.123456789, 2.0}));
    EXPECT_FALSE(message->isVisibleTo(&view));
    EXPECT_EQ(child<QTableWidget>(view, "logitTable")->item(1, 1)->text(),
              QStringLiteral("-0.123456789")); // shown as it is used

    view.setLocale(QLocale(QLocale::Spanish, QLocale::Spain));
    type_logit(view, 0, QStringLiteral("2,5"));
    EXPECT_EQ(view.state().logits, (std::vector<double>{2.5, -0.123456789, 2.0}));
}

TEST(SoftmaxView, ATypedTemperatureOutOfRangeIsRefused) {
    SoftmaxView view;
    auto* spin = child<NumberBox>(view, "temperatureSpinBox");
    activa::ui::type_into(spin, QStringLiteral("0.01"));
    EXPECT_EQ(view.state().temperature, 1.0);
    EXPECT_EQ(spin->problem(), QStringLiteral("The smallest value here is 0.05."));
    activa::ui::type_into(spin, QStringLiteral("0.37"));
    EXPECT_EQ(view.state().temperature, 0.37);
}

TEST(SoftmaxView, SliderRunsOnALogScaleAndDrivesTheSpinBox) {
    using activa::ui::slider_to_temperature;
    using activa::ui::temperature_to_slider;
    EXPECT_DOUBLE_EQ(slider_to_temperature(0), activa::kMinTemperature);
    EXPECT_DOUBLE_EQ(slider_to_temperature(activa::ui::kTemperatureSliderSteps),
                     activa::kMaxTemperature);
    EXPECT_EQ(temperature_to_slider(activa::kMinTemperature), 0);
    EXPECT_NEAR(slider_to_temperature(temperature_to_slider(1.0)), 1.0, 0.01);

    SoftmaxView view;
    auto* slider = child<QSlider>(view, "temperatureSlider");
    auto* spin = child<NumberBox>(view, "temperatureSpinBox");
    slider->setValue(slider->maximum());
    EXPECT_EQ(spin->value(), activa::kMaxTemperature);
    EXPECT_EQ(view.state().temperature, activa::kMaxTemperature);
    EXPECT_EQ(view.plotter().probabilities(),
              activa::softmax(std::vector<double>{1.0, 3.0, 2.0}, activa::kMaxTemperature));
}

TEST(SoftmaxView, PastedListReplacesLogitsOrChangesNothing) {
    SoftmaxView view;
    EXPECT_TRUE(view.setLogitsFromText(QStringLiteral("0.5; -1; 2; 4")));
    EXPECT_EQ(view.state().logits, (std::vector<double>{0.5, -1.0, 2.0, 4.0}));
    EXPECT_EQ(view.state().classes, (std::vector<std::string>{"A", "B", "C", "D"}));

    const SoftmaxState before = view.state();
    QString error;
    EXPECT_FALSE(view.setLogitsFromText(QStringLiteral("1, two, 3"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("two"))) << error.toStdString();
    EXPECT_EQ(view.state(), before);
}

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

QPalette dark_palette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Dark, QColor(0x10, 0x10, 0x10));
    return p;
}

} // namespace

// An exported picture says what went in: the temperature and the logits on the softmax side,
// and that the sigmoids do not use the temperature.
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
    view.setPalette(dark_palette());
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
