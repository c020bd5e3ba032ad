// SPDX-License-Identifier: MIT
// The gradient-flow tab's side panel: the functions it offers, typed ones included.
#include "common/palette.hpp"
#include "gradflow/gradflowplot.hpp"
#include "gradflow/gradflowview.hpp"

#include <activa/functions.hpp>

#include <qcustomplot.h>

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using activa::ActivationId;
using activa::InitScheme;
using activa::ui::FunctionsChanged;
using activa::ui::GradFlowView;

namespace {

ActivationId define_my_relu(const char* text = "my_relu(x) = max(x, 0)") {
    // ReLU's recipe: He initialisation, inputs scaled to [0, 1].
    activa::TypedRecipe he;
    he.init = activa::WeightInit::He;
    he.inputs = activa::InputScaling::ZeroOne;
    const auto id = activa::define_function({text, {}, he});
    EXPECT_TRUE(id.has_value());
    FunctionsChanged::instance().announce();
    return id ? *id : ActivationId::Identity;
}

} // namespace

// A typed function is offered after the built-ins, with its colour; added, it is computed like
// any other (max(x, 0) with He initialisation is ReLU, gradient for gradient); forgotten, it
// leaves the comparison, and what the user had chosen stays chosen.
TEST(GradFlowPanel, ATypedFunctionIsOfferedComparedAndLeavesWhenForgotten) {
    GradFlowView view;
    auto* combo = view.findChild<QComboBox*>(QStringLiteral("addCombo"));
    auto* add = view.findChild<QPushButton*>(QStringLiteral("addButton"));
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("curveTable"));
    ASSERT_TRUE(combo && add && table);
    const int builtins = combo->count();

    const ActivationId mine = define_my_relu();
    ASSERT_EQ(combo->count(), builtins + 1);
    EXPECT_EQ(combo->itemData(builtins).toInt(), static_cast<int>(mine));
    EXPECT_EQ(combo->itemText(builtins), QStringLiteral("my_relu"));
    const QImage swatch = combo->itemIcon(builtins).pixmap(14, 14).toImage();
    EXPECT_EQ(swatch.pixelColor(7, 7), activa::ui::function_colour(mine));

    combo->setCurrentIndex(builtins);
    add->click();
    ASSERT_EQ(view.state().curves.size(), 4u);
    EXPECT_EQ(view.state().curves.back().activation, mine);
    EXPECT_EQ(view.state().curves.back().init, InitScheme::HeUniform);
    EXPECT_EQ(table->item(3, 0)->text(), QStringLiteral("my_relu"));
    view.computeNow();
    const auto& relu = view.shown().results.at(2).layers; // the defaults' third curve is ReLU
    const auto& typed = view.shown().results.at(3).layers;
    ASSERT_EQ(typed.size(), relu.size());
    for (std::size_t l = 0; l < relu.size(); ++l)
        EXPECT_EQ(typed[l].grad_norm, relu[l].grad_norm) << "layer " << l + 1;

    combo->setCurrentIndex(combo->findData(static_cast<int>(ActivationId::Selu)));
    activa::forget_function(mine);
    FunctionsChanged::instance().announce();
    EXPECT_EQ(combo->count(), builtins);
    EXPECT_EQ(combo->currentData().toInt(), static_cast<int>(ActivationId::Selu));
    EXPECT_EQ(view.state().curves, activa::GradFlowState{}.curves);
    EXPECT_EQ(table->rowCount(), 3);
}

// An edited function keeps its place in the comparison under its new definition.
TEST(GradFlowPanel, AnEditedFunctionKeepsItsCurve) {
    GradFlowView view;
    const ActivationId first = define_my_relu("kept_relu(x) = max(x, 0)");
    activa::GradFlowState state = view.state();
    state.curves.push_back({first, InitScheme::HeNormal});
    view.setState(state);
    const ActivationId edited = define_my_relu("kept_relu(x) = max(x, 0.5*x)");
    ASSERT_NE(edited, first);
    ASSERT_EQ(view.state().curves.size(), 4u);
    EXPECT_EQ(view.state().curves.back().activation, edited);
    EXPECT_EQ(view.state().curves.back().init, InitScheme::HeNormal);
    activa::forget_function(edited);
    FunctionsChanged::instance().announce();
}
