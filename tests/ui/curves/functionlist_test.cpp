// SPDX-License-Identifier: MIT
// The list of functions: its groups, the filter, the user's typed functions under "Yours", and
// what it keeps when the typed functions change.
#include "curves_helpers.hpp"

#include <QLineEdit>

using namespace activa::ui::curves_test;

namespace {

QString group_of(const CurvesView& view, ActivationId id) {
    QTreeWidgetItem* item = list_item(view, id);
    return item && item->parent() ? item->parent()->text(0) : QString();
}

std::vector<ActivationId> checked_in_state(const CurvesView& view) {
    std::vector<ActivationId> ids;
    for (const CurveSpec& c : view.state().curves)
        ids.push_back(c.id);
    return ids;
}

// What the editor does when a function's name changes: the old one is forgotten and `renamed`
// announced in its place.
void rename_as_the_editor_does(const Typed& old, const Typed& renamed) {
    forget_function(old.id());
    FunctionsChanged::instance().announceReplaced(old.id(), renamed.id());
}

} // namespace

TEST(FunctionList, FilterHidesNonMatchingFunctions) {
    CurvesView view;
    auto* filter = child<QLineEdit>(view, "functionFilter");
    filter->setText(QStringLiteral("swish"));
    EXPECT_FALSE(list_item(view, ActivationId::Silu)->isHidden());
    EXPECT_TRUE(list_item(view, ActivationId::Relu)->isHidden());
    filter->clear();
    EXPECT_FALSE(list_item(view, ActivationId::Relu)->isHidden());
}

// Built-ins in their groups, the user's own last, under "Yours".
TEST(FunctionList, TypedFunctionsAreListedUnderYours) {
    CurvesView view;
    EXPECT_EQ(group_of(view, ActivationId::Tanh), QStringLiteral("Classic"));
    EXPECT_EQ(group_of(view, ActivationId::LeakyRelu), QStringLiteral("ReLU family"));
    const Typed snake("snake_list(x, b=1) = x + sin(b*x)^2/b");
    EXPECT_EQ(group_of(view, snake.id()), QStringLiteral("Yours"));
    QTreeWidget* tree = list_tree(view);
    EXPECT_EQ(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(0), QStringLiteral("Yours"));
    EXPECT_EQ(list_item(view, snake.id())->text(0), QStringLiteral("snake_list"));
    // Filtered by its name, like any function.
    child<QLineEdit>(view, "functionFilter")->setText(QStringLiteral("snake"));
    EXPECT_FALSE(list_item(view, snake.id())->isHidden());
    EXPECT_TRUE(list_item(view, ActivationId::Relu)->isHidden());
}

// A function defined while the list shows others leaves their checks, the one selected and a
// folded group as they were.
TEST(FunctionList, FillingAgainKeepsChecksAndTheSelection) {
    CurvesView view;
    CurvesState s;
    s.curves = {{ActivationId::Relu, {}}, {ActivationId::Tanh, {}}};
    view.setState(s);
    show_view(view);
    click_in_list(view, ActivationId::Tanh);
    ASSERT_EQ(view.state().selected, 1);
    list_item(view, ActivationId::Gelu)->parent()->setExpanded(false);
    const CurvesState before = view.state();

    const Typed cube("cube_list(x) = x^3");
    EXPECT_EQ(view.state(), before);
    EXPECT_EQ(list_item(view, ActivationId::Relu)->checkState(0), Qt::Checked);
    EXPECT_EQ(list_item(view, ActivationId::Tanh)->checkState(0), Qt::Checked);
    EXPECT_EQ(list_item(view, cube.id())->checkState(0), Qt::Unchecked);
    EXPECT_EQ(list_tree(view)->currentItem(), list_item(view, ActivationId::Tanh));
    EXPECT_FALSE(list_item(view, ActivationId::Gelu)->parent()->isExpanded());
    EXPECT_TRUE(list_item(view, ActivationId::Relu)->parent()->isExpanded());
}

TEST(FunctionList, CheckingATypedFunctionDrawsIt) {
    const Typed cube("cube_check(x) = x^3");
    CurvesView view;
    view.setState(only(ActivationId::Relu));
    list_item(view, cube.id())->setCheckState(0, Qt::Checked);
    ASSERT_EQ(checked_in_state(view), (std::vector{ActivationId::Relu, cube.id()}));
    EXPECT_EQ(plotted_at(curve_graphs(view).back(), 2.0), 8.0);
}

// Deleted in the editor, a function leaves the list, the plot and the state; the selection
// goes to a function still there.
TEST(FunctionList, AForgottenFunctionLeavesTheState) {
    Typed cube("cube_forget(x) = x^3");
    CurvesView view;
    CurvesState s;
    s.curves = {{ActivationId::Relu, {}}, {cube.id(), {}}};
    s.selected = 1;
    view.setState(s);
    ASSERT_EQ(curve_graphs(view).size(), 2);
    cube.forget();
    EXPECT_EQ(checked_in_state(view), (std::vector{ActivationId::Relu}));
    EXPECT_EQ(view.state().selected, 0);
    EXPECT_EQ(curve_graphs(view).size(), 1);
    EXPECT_EQ(group_of(view, ActivationId::Relu), QStringLiteral("ReLU family"));
    for (int g = 0; g < list_tree(view)->topLevelItemCount(); ++g)
        EXPECT_NE(list_tree(view)->topLevelItem(g)->text(0), QStringLiteral("Yours"));
}

// Edited in the editor (the same name defined anew), a function keeps its place, its check and
// the values of the parameters it still has.
TEST(FunctionList, AnEditedFunctionKeepsItsPlaceAndValues) {
    const Typed first("bent_edit(x, a=1) = a*x");
    CurvesView view;
    CurvesState s;
    s.curves = {{ActivationId::Relu, {}}, {first.id(), {2.5}}};
    view.setState(s);
    const Typed edited("bent_edit(x, a=1, b=0) = a*x + b");
    ASSERT_EQ(checked_in_state(view), (std::vector{ActivationId::Relu, edited.id()}));
    EXPECT_EQ(view.state().curves[1].params[0], 2.5);
    EXPECT_EQ(view.state().curves[1].params[1], 0.0);
    EXPECT_EQ(list_item(view, edited.id())->checkState(0), Qt::Checked);
    EXPECT_EQ(list_item(view, first.id()), nullptr);
    EXPECT_EQ(plotted_at(curve_graphs(view).back(), 2.0), 5.0);
}

// Renamed in the editor, a function is defined anew under another name: it keeps its place, its
// check, the selection and its values (as many parameters as before, whatever their names).
TEST(FunctionList, ARenamedFunctionKeepsItsPlaceAndValues) {
    Typed first("ramp_old(x, k=1) = k*x");
    CurvesView view;
    CurvesState s;
    s.curves = {{ActivationId::Relu, {}}, {first.id(), {3.0}}};
    s.selected = 1;
    view.setState(s);
    const Typed renamed("ramp_new(x, slope=1) = slope*x");
    rename_as_the_editor_does(first, renamed);
    ASSERT_EQ(checked_in_state(view), (std::vector{ActivationId::Relu, renamed.id()}));
    EXPECT_EQ(view.state().curves[1].params[0], 3.0);
    EXPECT_EQ(view.state().selected, 1);
    EXPECT_EQ(view.model()->current(), renamed.id());
    EXPECT_EQ(list_item(view, renamed.id())->checkState(0), Qt::Checked);
    EXPECT_EQ(list_item(view, first.id()), nullptr);
    EXPECT_EQ(plotted_at(curve_graphs(view).back(), 2.0), 6.0);
}

// A curve hidden from its legend is still hidden once its function is renamed.
TEST(FunctionList, ACurveHiddenFromItsLegendStaysHiddenWhenRenamed) {
    Typed first("wave_old(x) = sin(x)");
    CurvesView view;
    view.setState(CurvesState{.curves = {{ActivationId::Relu, {}}, {first.id(), {}}}});
    view.setCurveHidden(first.id(), true);
    ASSERT_FALSE(curve_graphs(view).back()->visible());
    const Typed renamed("wave_new(x) = sin(x)");
    rename_as_the_editor_does(first, renamed);
    ASSERT_EQ(checked_in_state(view), (std::vector{ActivationId::Relu, renamed.id()}));
    EXPECT_TRUE(view.plotter().is_hidden(renamed.id()));
    EXPECT_FALSE(curve_graphs(view).back()->visible());
    EXPECT_TRUE(curve_graphs(view).front()->visible());
}
