// SPDX-License-Identifier: MIT
// One flowchart in the window: fitted whole, its answers clickable, its look the window's.
#include "../contrast.hpp"
#include "common/plotstyle.hpp"
#include "flowchartitems.hpp"
#include "wizard/flowchartview.hpp"

#include <activa/flowchart.hpp>

#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <string_view>

using activa::Flowchart;
using activa::FlowEdge;
using activa::NetworkType;
using activa::ProblemType;
using activa::WizardAnswers;
using activa::ui::contrast_ratio;
using activa::ui::FlowchartView;
using namespace activa::test;

TEST(FlowchartView, ClickingAnAnswerEmitsItsKey) {
    for (const Flowchart* chart : {&activa::hidden_flowchart(), &activa::output_flowchart()}) {
        FlowchartView view(*chart);
        view.resize(900, 600);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &FlowchartView::answerClicked);
        for (const FlowEdge& edge : chart->edges) {
            const QRectF label = label_item(*view.scene(), edge.answer)->sceneBoundingRect();
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                              view.mapFromScene(label.center()));
            ASSERT_EQ(spy.count(), 1) << edge.answer;
            EXPECT_EQ(spy.takeFirst().at(0).toString(), qs(edge.answer));
        }
        // The root question is not an answer.
        const QRectF root = node_item(*view.scene(), chart->nodes[0].id)->sceneBoundingRect();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(root.center()));
        EXPECT_EQ(spy.count(), 0);
        // Nor is a right click.
        const QRectF first = label_item(*view.scene(), chart->edges[0].answer)->sceneBoundingRect();
        QTest::mouseClick(view.viewport(), Qt::RightButton, {}, view.mapFromScene(first.center()));
        EXPECT_EQ(spy.count(), 0);
    }
}

TEST(FlowchartView, FitsThePictureAndRedrawsOnSelection) {
    FlowchartView view(activa::output_flowchart());
    view.resize(500, 350);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QRect visible = view.viewport()->rect();
    const QRectF picture = view.scene()->itemsBoundingRect();
    EXPECT_TRUE(visible.contains(view.mapFromScene(picture.topLeft())));
    EXPECT_TRUE(visible.contains(view.mapFromScene(picture.bottomRight())));
    EXPECT_EQ(view.backgroundBrush().color(), QColor(Qt::white));
    EXPECT_TRUE(view.renderHints().testFlag(QPainter::Antialiasing));

    view.resize(1000, 700);
    QCoreApplication::processEvents();
    EXPECT_TRUE(view.viewport()->rect().contains(view.mapFromScene(picture.bottomRight())));
    EXPECT_GT(view.transform().m11(), 0.0);

    EXPECT_TRUE(highlighted_node_items(*view.scene()).empty());
    const WizardAnswers sel = answered(std::nullopt, ProblemType::Regression);
    view.setAnswers(sel);
    EXPECT_EQ(view.answers(), sel);
    EXPECT_EQ(highlighted_node_items(*view.scene()), as_set(ids({"problem", "linear"})));
}

TEST(FlowchartView, AnswersHaveTooltipsAndAPointingHand) {
    FlowchartView view(activa::hidden_flowchart());
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QGraphicsItem* mlp = label_item(*view.scene(), "mlp");
    ASSERT_NE(mlp, nullptr);
    EXPECT_EQ(mlp->toolTip(), QStringLiteral("Choose: Multilayer Perceptron (MLP)"));
    EXPECT_EQ(node_item(*view.scene(), "tanh_sigmoid")->toolTip(),
              QStringLiteral("Choose: Recurrent Neural Net (RNN)"));
    EXPECT_TRUE(node_item(*view.scene(), "network")->toolTip().isEmpty());

    QTest::mouseMove(view.viewport(), view.mapFromScene(mlp->sceneBoundingRect().center()));
    EXPECT_EQ(view.viewport()->cursor().shape(), Qt::PointingHandCursor);
    const QRectF root = node_item(*view.scene(), "network")->sceneBoundingRect();
    QTest::mouseMove(view.viewport(), view.mapFromScene(root.center()));
    EXPECT_NE(view.viewport()->cursor().shape(), Qt::PointingHandCursor);
}

// A dark window palette leaves the chart on its own white ground with dark texts, the title
// included.
TEST(FlowchartView, TextsStayReadableWithADarkPalette) {
    activa::ui::FlowchartView view(activa::output_flowchart());
    view.setPalette(activa::ui::dark_desktop_palette());
    view.resize(700, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QImage shot = view.grab().toImage();
    const QColor ground = shot.pixelColor(3, 3);
    EXPECT_GT(ground.lightnessF(), 0.9);
    int texts = 0;
    bool title = false;
    for (QGraphicsItem* item : view.scene()->items()) {
        if (item->type() != activa::ui::FlowchartTextItem::Type) continue;
        const auto* text = static_cast<activa::ui::FlowchartTextItem*>(item);
        ++texts;
        title = title || text->data(activa::ui::kItemKindRole).toInt() ==
                             static_cast<int>(activa::ui::FlowItemKind::Title);
        EXPECT_GE(contrast_ratio(text->colour(), ground), 4.5) << text->text().toStdString();
    }
    EXPECT_GT(texts, 5);
    EXPECT_TRUE(title);
}

namespace {

// Sets the window's look for one test and puts the usual one back afterwards.
struct ScreenStyle {
    explicit ScreenStyle(const activa::ui::PlotStyle& style) {
        activa::ui::set_screen_style(style);
    }
    ~ScreenStyle() { activa::ui::set_screen_style({}); }
    ScreenStyle(const ScreenStyle&) = delete;
    ScreenStyle& operator=(const ScreenStyle&) = delete;
};

// The height on screen of the text in the box of a node.
double shown_text_height(const FlowchartView& view, std::string_view node) {
    const FlowchartTextItem* text = text_of(node_item(*view.scene(), node));
    return view.mapFromScene(text->sceneBoundingRect()).boundingRect().height();
}

QImage picture_of(FlowchartView& view) {
    QImage image(view.pictureSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QCPPainter painter(&image);
    view.paintPicture(&painter, image.size(), false);
    painter.end();
    return image;
}

} // namespace

// View > Presentation mode: the chart in the window takes larger texts and thicker lines, and
// reads larger on screen in a panel of the same size, at once and whenever the mode changes.
TEST(FlowchartView, PresentationModeDrawsLargerTextsAndThickerLines) {
    FlowchartView view(activa::hidden_flowchart());
    view.setAnswers(answered(NetworkType::Rnn, std::nullopt));
    view.resize(700, 450);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const double normal = shown_text_height(view, "network");
    EXPECT_EQ(text_of(node_item(*view.scene(), "network"))->font().pixelSize(), 15);
    const QSize hint = view.sizeHint();

    const ScreenStyle presentation({activa::ui::kPresentationScale, false});
    QCoreApplication::processEvents();
    EXPECT_EQ(text_of(node_item(*view.scene(), "network"))->font().pixelSize(), 24);
    for (const QGraphicsItem* item : items_of(*view.scene(), FlowItemKind::Edge)) {
        const auto* edge = static_cast<const QGraphicsPathItem*>(item);
        EXPECT_DOUBLE_EQ(edge->pen().widthF(), (lit(item) ? 3.2 : 1.6) * 1.6);
    }
    EXPECT_GT(shown_text_height(view, "network"), 1.15 * normal);
    // Still fitted whole.
    const QRectF picture = view.scene()->itemsBoundingRect();
    EXPECT_TRUE(view.viewport()->rect().contains(view.mapFromScene(picture.bottomRight())));
    // The panel asks for the room it asked for before, as it does when the mode is on at start.
    EXPECT_EQ(view.sizeHint(), hint);
}

// View > Dark: the chart in the window is light on the plots' dark ground, every text readable.
TEST(FlowchartView, DarkDrawsLightTextsOnTheDarkGround) {
    const activa::ui::PlotStyle dark{1.0, true};
    FlowchartView view(activa::output_flowchart());
    view.setAnswers(answered(std::nullopt, ProblemType::Multiclass));
    view.resize(700, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_GT(view.grab().toImage().pixelColor(3, 3).lightnessF(), 0.9);

    const ScreenStyle look(dark);
    QCoreApplication::processEvents();
    const QImage shot = view.grab().toImage();
    const QColor ground = shot.pixelColor(3, 3);
    EXPECT_EQ(ground, dark.background());
    int texts = 0;
    for (QGraphicsItem* item : view.scene()->items()) {
        if (item->type() != FlowchartTextItem::Type) continue;
        const auto* text = static_cast<FlowchartTextItem*>(item);
        ++texts;
        EXPECT_GE(contrast_ratio(text->colour(), ground), 4.5) << text->text().toStdString();
    }
    EXPECT_GT(texts, 5);
    // The boxes are tinted dark too, so the light texts in them stand out.
    for (const std::string_view id : {"problem", "linear", "softmax"}) {
        const auto* box = static_cast<const QGraphicsPathItem*>(node_item(*view.scene(), id));
        EXPECT_LT(box->brush().color().lightnessF(), 0.35) << id;
        EXPECT_GE(contrast_ratio(text_of(box)->colour(), box->brush().color()), 4.5) << id;
    }
}

// Exported, copied and printed pictures keep their own look, whatever the window shows.
TEST(FlowchartView, PicturesKeepTheirLookInPresentationModeAndDark) {
    FlowchartView view(activa::output_flowchart());
    view.setAnswers(answered(std::nullopt, ProblemType::Binary));
    const QSize size = view.pictureSize();
    const QImage usual = picture_of(view);

    const ScreenStyle look({activa::ui::kPresentationScale, true});
    EXPECT_EQ(view.pictureSize(), size);
    EXPECT_TRUE(picture_of(view) == usual);
    EXPECT_NE(view.backgroundBrush().color(), QColor(Qt::white)); // the window did change
}
