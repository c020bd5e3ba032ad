// SPDX-License-Identifier: MIT
// Presentation mode and the dark palette, seen in the plots of the window and in what leaves it;
// the notes plotters put in a corner.
#include "children.hpp"
#include "common/plotstyle.hpp"
#include "contrast.hpp"
#include "curves/curvesview.hpp"
#include "gradflow/gradflowplot.hpp"
#include "gradflow/gradflowview.hpp"
#include "mainwindow.hpp"
#include "softmax/softmaxview.hpp"
#include "training/trainingplot.hpp"
#include "training/trainingview.hpp"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPalette>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;
using activa::ui::test::child;

namespace {

// A main window of this size on the screen.
struct ShownWindow : MainWindow {
    explicit ShownWindow(QSize size) {
        resize(size);
        show();
    }
};

// A checkable View entry of the window (null when there is none), turned off again at the end
// of a test, whatever happened in it.
class ViewEntry {
public:
    ViewEntry(const QWidget& window, const char* name)
        : m_action(window.findChild<QAction*>(QString::fromLatin1(name))) {}
    ViewEntry(const ViewEntry&) = delete;
    ViewEntry& operator=(const ViewEntry&) = delete;
    ~ViewEntry() {
        if (m_action && m_action->isChecked()) m_action->trigger();
    }
    QAction* get() const { return m_action; }
    QAction* operator->() const { return m_action; }

private:
    QAction* m_action;
};

QImage grab(QCustomPlot* plot) {
    plot->replot();
    return plot->grab().toImage();
}

// Pixels within a small distance of the colour.
int pixels_of(const QImage& image, const QColor& colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                             std::abs(c.blue() - colour.blue()) <
                         24
                     ? 1
                     : 0;
        }
    return n;
}

double tick_font_size(QCustomPlot* plot) {
    return plot->axisRect()->axis(QCPAxis::atBottom)->tickLabelFont().pointSizeF();
}

} // namespace

TEST(PlotStyle, PresentationEnlargesTextLinesAndMarkersInEveryPlot) {
    ShownWindow w({1400, 900});
    const ViewEntry presentation(w, "presentationAction");
    ASSERT_NE(presentation.get(), nullptr);
    EXPECT_TRUE(presentation->isCheckable());
    EXPECT_FALSE(presentation->shortcut().isEmpty());

    QCustomPlot* curves = w.view<activa::ui::CurvesView>()->plot();
    QCustomPlot* training = w.view<activa::ui::TrainingView>()->plot();
    QCustomPlot* softmax = w.view<activa::ui::SoftmaxView>()->plot();
    const QColor relu = curves->graph(0)->pen().color();
    const int relu_pixels = pixels_of(grab(curves), relu);
    std::vector<double> fonts;
    for (QCustomPlot* plot : w.findChildren<QCustomPlot*>()) {
        plot->replot();
        fonts.push_back(tick_font_size(plot));
    }
    const double pen = curves->graph(0)->pen().widthF();
    const double loss_pen =
        w.view<activa::ui::TrainingView>()->plotter().trainGraph(0)->pen().widthF();

    presentation->trigger();
    EXPECT_TRUE(presentation->isChecked());
    int i = 0;
    for (QCustomPlot* plot : w.findChildren<QCustomPlot*>()) {
        plot->replot();
        EXPECT_GE(tick_font_size(plot), 1.4 * fonts[static_cast<std::size_t>(i++)]);
    }
    EXPECT_GE(curves->graph(0)->pen().widthF(), 1.4 * pen);
    EXPECT_GE(w.view<activa::ui::TrainingView>()->plotter().trainGraph(0)->pen().widthF(),
              1.4 * loss_pen);
    // Thicker curves on the screen: more of the plot is the first curve's colour.
    EXPECT_GE(pixels_of(grab(curves), relu), 1.3 * relu_pixels);
    (void)softmax;
    (void)training;

    presentation->trigger();
    EXPECT_EQ(pixels_of(grab(curves), relu), relu_pixels);
    EXPECT_EQ(curves->graph(0)->pen().widthF(), pen);
}

TEST(PlotStyle, PicturesKeepTheirOwnLookInPresentationAndDark) {
    QTemporaryDir dir;
    ShownWindow w({1400, 900});
    const ViewEntry presentation(w, "presentationAction");
    const ViewEntry dark(w, "darkAction");
    ASSERT_NE(presentation.get(), nullptr);
    ASSERT_NE(dark.get(), nullptr);
    // The gradient flow is computed in the background: the same picture twice needs it done.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !w.view<activa::ui::GradFlowView>()->plotter().gradient_graphs().empty(); },
        20000));
    const QSize size(900, 600);
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QString plain = dir.filePath(QStringLiteral("plain%1.png").arg(tab));
        ASSERT_TRUE(w.exportImageTo(plain, size, 1.0, false));
        presentation->trigger();
        dark->trigger();
        const QString styled = dir.filePath(QStringLiteral("styled%1.png").arg(tab));
        ASSERT_TRUE(w.exportImageTo(styled, size, 1.0, false));
        presentation->trigger();
        dark->trigger();
        EXPECT_EQ(QImage(plain), QImage(styled)) << "tab " << tab;
    }
}

TEST(PlotStyle, DarkPaintsTheWindowAndItsPlotsDarkAndReadable) {
    ShownWindow w({1400, 900});
    const ViewEntry dark(w, "darkAction");
    ASSERT_NE(dark.get(), nullptr);
    CurvesState s;
    s.curves = {{ActivationId::Silu, {}},
                {ActivationId::Mish, {}},
                {ActivationId::Prelu, {0.25}},
                {ActivationId::Sigmoid, {}}};
    w.view<activa::ui::CurvesView>()->setState(s);
    dark->trigger();
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    for (QCustomPlot* plot : w.findChildren<QCustomPlot*>()) {
        const QImage image = grab(plot);
        const QColor ground = image.pixelColor(0, 0);
        EXPECT_LT(ground.lightness(), 60) << plot->parent()->metaObject()->className();
        for (QCPAxisRect* rect : plot->axisRects())
            for (QCPAxis* axis : rect->axes()) {
                if (!axis->visible()) continue;
                EXPECT_GE(contrast_ratio(axis->tickLabelColor(), ground), 4.5);
                EXPECT_GE(contrast_ratio(axis->labelColor(), ground), 4.5);
            }
    }
    // Every curve stands out from the dark ground, black SiLU included.
    QCustomPlot* curves = w.view<activa::ui::CurvesView>()->plot();
    const QColor ground = grab(curves).pixelColor(0, 0);
    for (int i = 0; i < curves->graphCount(); ++i) {
        if (curves->graph(i)->lineStyle() == QCPGraph::lsNone) continue;
        EXPECT_GE(contrast_ratio(curves->graph(i)->pen().color(), ground), 3.0)
            << curves->graph(i)->name().toStdString();
    }
    dark->trigger();
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 150);
    EXPECT_GT(grab(curves).pixelColor(0, 0).lightness(), 240);
}

TEST(PlotStyle, PresentationTitlesStayWithinTheirPlotsAt1024) {
    ShownWindow w({1024, 700});
    const ViewEntry presentation(w, "presentationAction");
    ASSERT_NE(presentation.get(), nullptr);
    presentation->trigger();
    auto* tabs = child<QTabWidget>(w, "viewTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(50);
        for (QCustomPlot* plot : tabs->widget(tab)->findChildren<QCustomPlot*>()) {
            plot->replot();
            for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
                const auto* title = qobject_cast<QCPTextElement*>(e);
                if (!title || title->text().isEmpty()) continue;
                // Where the text is drawn: centred in its cell.
                const QRect text = QFontMetrics(title->font())
                                       .boundingRect(title->rect(), Qt::AlignCenter, title->text());
                EXPECT_TRUE(plot->rect().contains(text)) << title->text().toStdString();
                // Its neighbours' texts do not run into it.
                EXPECT_LE(text.width(), title->outerRect().width()) << title->text().toStdString();
            }
        }
    }
}

TEST(PlotStyle, ACornerNoteSitsInTheCornerItNamesAndMayReachPastTheAxes) {
    QCustomPlot plot;
    QCPAxisRect* rect = plot.axisRect();
    const QCPItemText* top_right =
        add_corner_note(rect, Qt::AlignTop | Qt::AlignRight, QStringLiteral("top right"));
    const QCPItemText* bottom_left =
        add_corner_note(rect, Qt::AlignBottom | Qt::AlignLeft, QStringLiteral("bottom left"));
    EXPECT_EQ(top_right->text(), QStringLiteral("top right"));
    EXPECT_EQ(top_right->positionAlignment(), Qt::AlignTop | Qt::AlignRight);
    EXPECT_EQ(top_right->position->coords(), QPointF(0.99, 0.01));
    EXPECT_EQ(bottom_left->positionAlignment(), Qt::AlignBottom | Qt::AlignLeft);
    EXPECT_EQ(bottom_left->position->coords(), QPointF(0.01, 0.99));
    for (const QCPItemText* note : {top_right, bottom_left}) {
        EXPECT_EQ(note->position->type(), QCPItemPosition::ptAxisRectRatio);
        EXPECT_EQ(note->position->axisRect(), rect);
        EXPECT_FALSE(note->clipToAxisRect());
    }
}
