// SPDX-License-Identifier: MIT
// The parameter panel: a slider and a field per parameter of every checked function, a typed
// function's too, each change made once in the model.
#include "../typing.hpp"
#include "curves/parameterpanel.hpp"
#include "curves_helpers.hpp"

#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>

using namespace activa::ui::curves_test;

TEST(CurvesView, ParameterSliderChangesThePlottedValueAtAKnownX) {
    CurvesView view;
    view.setState(only(ActivationId::LeakyRelu));
    QCPGraph* g = curve_graphs(view).front();
    EXPECT_DOUBLE_EQ(plotted_at(g, -10.0), -0.1);
    NumberBox* spin = parameter_panel(view)->spinBox(0, 0);
    ASSERT_NE(spin, nullptr);
    spin->setValue(0.2);
    g = curve_graphs(view).front();
    EXPECT_DOUBLE_EQ(plotted_at(g, -10.0), -2.0);
    EXPECT_EQ(view.state().curves.front().params[0], 0.2);
    EXPECT_TRUE(g->name().contains(QStringLiteral("0.2")));
    // The slider follows the spin box.
    QSlider* slider = parameter_panel(view)->slider(0, 0);
    EXPECT_EQ(slider->value(), 200);
    slider->setValue(500);
    EXPECT_DOUBLE_EQ(plotted_at(curve_graphs(view).front(), -10.0), -5.0);
}

TEST(CurvesView, HardtanhRefusesMinValAboveMaxVal) {
    CurvesView view;
    view.setState(only(ActivationId::Hardtanh));
    NumberBox* min_val = parameter_panel(view)->spinBox(0, 0);
    type_into(min_val, QStringLiteral("5")); // past max_val = 1
    EXPECT_EQ(view.state().curves.front().params[0], -1.0);
    EXPECT_EQ(min_val->value(), -1.0);
    EXPECT_EQ(min_val->problem(), QStringLiteral("min_val must be less than max_val."));
    type_into(min_val, QStringLiteral("0.5"));
    EXPECT_EQ(view.state().curves.front().params[0], 0.5);
    EXPECT_TRUE(min_val->problem().isEmpty());
}

// A slider step is one change of the state and one drawing; the field beside it shows the value
// the model took, and the slider stays where it was put.
TEST(ParameterPanel, OneSliderStepIsOneChangeAndOneDrawing) {
    CurvesView view;
    view.setState(only(ActivationId::Elu));
    QSignalSpy changes(view.model(), &CurvesModel::changed);
    QSignalSpy drawings(&view, &CurvesView::stateChanged);
    QSlider* slider = parameter_panel(view)->slider(0, 0);
    slider->setValue(slider->value() + 37);
    EXPECT_EQ(changes.size(), 1);
    EXPECT_EQ(drawings.size(), 1);
    const double alpha = view.state().curves.front().params[0];
    EXPECT_EQ(parameter_panel(view)->spinBox(0, 0)->value(), alpha);
    EXPECT_EQ(slider->value(), 137);
    EXPECT_DOUBLE_EQ(plotted_at(curve_graphs(view).front(), -10.0), alpha * std::expm1(-10.0));
}

// A typed function's parameters get a slider and a field each, over the ranges it was defined
// with, and tips that say no more than the definition does.
TEST(ParameterPanel, ATypedFunctionsParametersSpanTheirRanges) {
    const Typed many("many_panel(x, a=1, b=0, c=2, d=1, e1=0, f1=3, g1=1, h1=0.5) = a*x + b + c "
                     "+ d + e1 + f1 + g1 + h1",
                     {{"a", 1.0, 0.0, 4.0}, {"h1", 0.5, -1.0, 1.0}});
    CurvesView view;
    view.setState(only(many.id()));
    for (int p = 0; p < 8; ++p) {
        EXPECT_NE(parameter_panel(view)->slider(0, p), nullptr) << p;
        EXPECT_NE(parameter_panel(view)->spinBox(0, p), nullptr) << p;
    }
    NumberBox* a = parameter_panel(view)->spinBox(0, 0);
    EXPECT_EQ(a->minimum(), 0.0);
    EXPECT_EQ(a->maximum(), 4.0);
    EXPECT_EQ(parameter_panel(view)->spinBox(0, 7)->minimum(), -1.0);
    EXPECT_EQ(parameter_panel(view)->slider(0, 0)->toolTip(),
              QStringLiteral("a (from 0 to 4, default 1)"));
    parameter_panel(view)->slider(0, 0)->setValue(500); // the middle of 0..4
    EXPECT_EQ(view.state().curves.front().params[0], 2.0);
    EXPECT_EQ(a->value(), 2.0);
    EXPECT_DOUBLE_EQ(plotted_at(curve_graphs(view).front(), 1.0), 2.0 + 7.5);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // boxes made before
    const auto resets = parameter_panel(view)->findChildren<QPushButton*>();
    ASSERT_EQ(resets.size(), 1);
    QPushButton* reset = resets.front();
    EXPECT_EQ(reset->toolTip(),
              QStringLiteral("Set the parameters of many_panel back to their defaults"));
    reset->click();
    EXPECT_EQ(view.state().curves.front().params[0], 1.0);
}
