// SPDX-License-Identifier: MIT
#pragma once
// What the curves view's tests share: reading the plot, acting as a user on the list, the
// plot and the fields, and typed functions defined for one test.

#include "../children.hpp"
#include "common/palette.hpp"
#include "curves/curvesnavigation.hpp"
#include "curves/curvesview.hpp"
#include "curves/functionlist.hpp"
#include "curves/parameterpanel.hpp"

#include <activa/functions.hpp>

#include <qcustomplot.h>

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace activa::ui::curves_test {

// A test file says `using namespace activa::ui::curves_test;` and has core's and the ui's names.
using namespace activa;
using namespace activa::ui;
using activa::ui::test::child;

// The value-plot graphs that carry a legend entry: one per checked function.
inline QList<QCPGraph*> curve_graphs(const CurvesView& view) {
    QList<QCPGraph*> out;
    for (QCPGraph* g : view.plotter().value_rect()->graphs())
        if (g->lineStyle() != QCPGraph::lsNone) out << g;
    return out;
}

// The plotted value nearest to x.
inline double plotted_at(QCPGraph* g, double x) {
    return g->data()->findBegin(x, false)->value;
}

inline CurvesState only(ActivationId id) {
    CurvesState s;
    s.curves = {{id, default_params(id)}};
    return s;
}

inline QCPRange x_range(const CurvesView& view) {
    return view.plotter().value_rect()->axis(QCPAxis::atBottom)->range();
}

inline QCPRange y_range(const CurvesView& view) {
    return view.plotter().value_rect()->axis(QCPAxis::atLeft)->range();
}

// The visible range is computed a moment after a pan or zoom.
inline bool followed(const CurvesView& view) {
    return QTest::qWaitFor([&] {
        const QCPRange x = x_range(view);
        return view.state().xmin <= x.lower && view.state().xmax >= x.upper &&
               view.state().xmax - view.state().xmin < 1.01 * x.size();
    });
}

// A mouse event as the window system hands it to the widget.
inline void send_mouse(QWidget* widget, QEvent::Type type, QPoint pos,
                       Qt::MouseButton button = Qt::NoButton,
                       Qt::MouseButtons buttons = Qt::NoButton) {
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

inline void send_wheel(QWidget* widget, QPoint pos, int degrees_times_8,
                       Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, degrees_times_8),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// The view on the screen at a size, its plot drawn: for what the mouse and the keys do.
inline void show_view(CurvesView& view, QSize size = {1200, 800}) {
    view.resize(size);
    view.show();
    view.plot()->replot();
}

// Lets queued replots and the view's timers run.
inline void settle(int ms = 60) {
    QTest::qWait(ms);
}

// The function list's tree, as the user sees it.
inline QTreeWidget* list_tree(const CurvesView& view) {
    return child<QTreeWidget>(view, "functionTree");
}

// A function's row in the list; null when it is not listed.
inline QTreeWidgetItem* list_item(const CurvesView& view, ActivationId id) {
    return child<FunctionList>(view, "functionList")->itemFor(id);
}

// The panel of the checked functions' parameters, a slider and a field for each.
inline ParameterPanel* parameter_panel(const CurvesView& view) {
    return child<ParameterPanel>(view, "parameterPanel");
}

// What the line under the plots reads: x, f(x) and f′(x) of every curve.
inline QString readout_text(const CurvesView& view) {
    return child<QLabel>(view, "readoutLabel")->text();
}

// Clicks a function's name in the list (not its check box), as a user selects it. The view
// must be shown.
inline void click_in_list(const CurvesView& view, ActivationId id) {
    QTreeWidget* tree = list_tree(view);
    QTreeWidgetItem* item = list_item(view, id);
    ASSERT_NE(item, nullptr);
    tree->scrollToItem(item);
    const QRect rect = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      QPoint(rect.right() - 4, rect.center().y()));
}

// The note under the plots about the grey bands.
inline QString band_note(const CurvesView& view) {
    for (const QLabel* label : view.findChildren<QLabel*>())
        if (label->isVisibleTo(&view) && label->text().startsWith(QStringLiteral("Grey bands")))
            return label->text();
    return {};
}

// A typed function defined for one test and forgotten after it, announced as the window's
// editor announces it.
class Typed {
public:
    explicit Typed(const std::string& text, std::vector<TypedParam> params = {}) {
        const auto id = define_function({text, std::move(params), {}});
        EXPECT_TRUE(id) << text;
        m_id = id ? *id : ActivationId::Relu;
        FunctionsChanged::instance().announce();
    }
    ~Typed() { forget(); }
    Typed(const Typed&) = delete;
    Typed& operator=(const Typed&) = delete;
    ActivationId id() const { return m_id; }
    void forget() {
        if (is_builtin(m_id)) return;
        forget_function(m_id);
        m_id = ActivationId::Relu;
        FunctionsChanged::instance().announce();
    }

private:
    ActivationId m_id;
};

} // namespace activa::ui::curves_test
