// SPDX-License-Identifier: MIT
// The softmax view: its table, buttons and temperature drive the bars; typed numbers are taken
// exactly or refused with the reason.
#include "../children.hpp"
#include "../typing.hpp"
#include "softmax/softmaxview.hpp"
#include "softmaxbars.hpp"

#include <activa/softmax.hpp>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTest>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using activa::SoftmaxState;
using activa::ui::NumberBox;
using activa::ui::SoftmaxView;
using activa::ui::test::child;
using namespace activa::test;

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
