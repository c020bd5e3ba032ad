// SPDX-License-Identifier: MIT
// The drawn flowcharts: one box per node, arrows with their answers, the path of the answers,
// layouts that stay clean in any language, and the rendered picture.
#include "common/coretext.hpp"
#include "flowchartitems.hpp"
#include "wizard/flowchartplot.hpp"

#include <activa/flowchart.hpp>

#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using activa::Flowchart;
using activa::FlowEdge;
using activa::FlowNode;
using activa::NetworkType;
using activa::ProblemType;
using activa::WizardAnswers;
using namespace activa::test;

namespace {

// A copy of a chart with every text replaced; the strings live as long as the object.
class StandInChart {
public:
    template <typename Transform> StandInChart(const Flowchart& original, Transform transform) {
        for (const FlowNode& n : original.nodes)
            m_nodes.push_back({n.id, n.is_leaf, keep(transform(n.text))});
        for (const FlowEdge& e : original.edges)
            m_edges.push_back({e.from, e.to, keep(transform(e.label)), e.answer});
        m_chart = Flowchart{original.id, keep(transform(original.title)), m_nodes, m_edges};
    }
    StandInChart(const StandInChart&) = delete;
    StandInChart& operator=(const StandInChart&) = delete;

    const Flowchart& chart() const { return m_chart; }

private:
    // core_text() reads its argument as a null-terminated literal, which std::string provides.
    std::string_view keep(std::string text) { return m_strings.emplace_back(std::move(text)); }

    std::deque<std::string> m_strings; // a deque never moves its elements
    std::vector<FlowNode> m_nodes;
    std::vector<FlowEdge> m_edges;
    Flowchart m_chart{};
};

// 40 % longer, in words from the text itself, as a wordy translation would be.
std::string stretched(std::string_view text) {
    const std::string original(text);
    std::string result = original;
    const std::size_t target = original.size() * 14 / 10 + 1;
    std::size_t from = 0;
    while (result.size() < target) {
        const std::size_t space = original.find(' ', from);
        const std::size_t count = space == std::string::npos ? std::string::npos : space - from;
        result.push_back(' ');
        result.append(original, from, count);
        from = space == std::string::npos ? 0 : space + 1;
    }
    return result;
}

// What a Spanish translation of the charts says, for lengths and accents.
std::string spanish(std::string_view text) {
    static const std::vector<std::pair<std::string_view, std::string_view>> kSpanish{
        {"Network type?", "¿Tipo de red neuronal?"},
        {"ReLU", "ReLU"},
        {"Tanh and/or Sigmoid", "Tanh y/o sigmoide"},
        {"Multilayer Perceptron (MLP)", "Perceptrón multicapa (MLP)"},
        {"Convolutional Neural Net (CNN)", "Red neuronal convolucional (CNN)"},
        {"Recurrent Neural Net (RNN)", "Red neuronal recurrente (RNN)"},
        {"Problem type?", "¿Tipo de problema?"},
        {"Linear", "Lineal"},
        {"Classification type?", "¿Tipo de clasificación?"},
        {"Sigmoid", "Sigmoide"},
        {"Softmax", "Softmax"},
        {"Regression", "Regresión"},
        {"Classification", "Clasificación"},
        {"Binary", "Binaria"},
        {"Multiclass", "Multiclase"},
        {"Multilabel", "Multietiqueta"},
        {"How to choose a hidden layer activation function",
         "Cómo elegir la función de activación de las capas ocultas"},
        {"How to choose an output layer activation function",
         "Cómo elegir la función de activación de la capa de salida"},
    };
    for (const auto& [en, es] : kSpanish)
        if (en == text) return std::string(es);
    ADD_FAILURE() << "no Spanish text for " << text;
    return std::string(text);
}

// One word too wide for any box, which has to be broken between characters.
std::string unbreakable(std::string_view text) {
    std::string result(text);
    std::replace(result.begin(), result.end(), ' ', '_');
    return result + "_Aktivierungsfunktionsempfehlungsübersicht";
}

std::string describe(const QGraphicsItem* item) {
    if (const auto* text = qgraphicsitem_cast<const FlowchartTextItem*>(item))
        return (QLatin1Char('"') + text->text() + QLatin1Char('"')).toStdString();
    if (const FlowchartTextItem* text = text_of(item))
        return (QLatin1Char('"') + text->text() + QLatin1Char('"')).toStdString();
    return "?";
}

std::string kind_name(const QGraphicsItem* item) {
    switch (kind(item)) {
    case FlowItemKind::Title:
        return "title";
    case FlowItemKind::Node:
        return "box";
    case FlowItemKind::EdgeLabel:
        return "answer";
    default:
        return "item";
    }
}

// Boxes, answer boxes and the title never overlap, every text stays inside its box, and no
// arrow runs through a text other than its own answer box (which sits on it by design).
void expect_clean_layout(const Flowchart& chart, const WizardAnswers& sel) {
    SCOPED_TRACE(std::string(chart.id));
    QGraphicsScene scene;
    activa::ui::draw_flowchart(&scene, chart, sel);

    std::vector<QGraphicsItem*> solid = items_of(scene, FlowItemKind::Node);
    const std::vector<QGraphicsItem*> labels = items_of(scene, FlowItemKind::EdgeLabel);
    solid.insert(solid.end(), labels.begin(), labels.end());
    ASSERT_EQ(items_of(scene, FlowItemKind::Node).size(), chart.nodes.size());
    ASSERT_EQ(labels.size(), chart.edges.size());
    const std::vector<QGraphicsItem*> titles = items_of(scene, FlowItemKind::Title);
    ASSERT_EQ(titles.size(), 1U);
    solid.push_back(titles[0]);

    for (std::size_t i = 0; i < solid.size(); ++i)
        for (std::size_t j = i + 1; j < solid.size(); ++j) {
            const QRectF a = solid[i]->sceneBoundingRect();
            const QRectF b = solid[j]->sceneBoundingRect();
            EXPECT_FALSE(a.intersects(b))
                << kind_name(solid[i]) << " " << describe(solid[i]) << " overlaps "
                << kind_name(solid[j]) << " " << describe(solid[j]);
        }

    for (QGraphicsItem* box : solid) {
        if (kind(box) == FlowItemKind::Title) continue;
        const FlowchartTextItem* text = text_of(box);
        ASSERT_NE(text, nullptr) << describe(box);
        const QRectF t = text->sceneBoundingRect();
        const QRectF b = box->sceneBoundingRect();
        EXPECT_LE(t.width(), b.width()) << describe(box);
        EXPECT_TRUE(b.contains(t)) << describe(box);
        const QFontMetricsF fm(text->font());
        for (const QString& line : text->lines())
            EXPECT_LE(fm.horizontalAdvance(line), t.width()) << line.toStdString();
    }

    for (QGraphicsItem* edge : items_of(scene, FlowItemKind::Edge)) {
        const QPainterPath path =
            edge->sceneTransform().map(static_cast<QGraphicsPathItem*>(edge)->path());
        const QString answer = edge->data(activa::ui::kAnswerRole).toString();
        for (QGraphicsItem* box : solid) {
            if (kind(box) == FlowItemKind::EdgeLabel &&
                box->data(activa::ui::kAnswerRole).toString() == answer)
                continue;
            const QRectF avoid = kind(box) == FlowItemKind::Title
                                     ? box->sceneBoundingRect()
                                     : text_of(box)->sceneBoundingRect();
            for (int k = 0; k <= 200; ++k)
                ASSERT_FALSE(avoid.contains(path.pointAtPercent(k / 200.0)))
                    << "the arrow of " << answer.toStdString() << " crosses " << describe(box);
        }
    }
}

QImage rendered(const Flowchart& chart, const WizardAnswers& sel) {
    QGraphicsScene scene;
    activa::ui::draw_flowchart(&scene, chart, sel);
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black); // render_flowchart must paint its own white background
    QPainter painter(&image);
    activa::ui::render_flowchart(&scene, &painter, QRectF(0, 0, 1200, 800));
    painter.end();
    return image;
}

int pixels_near(const QImage& image, const QColor& colour, int tolerance) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

const std::vector<NetworkType> kNetworks{NetworkType::Mlp, NetworkType::Cnn, NetworkType::Rnn};
const std::vector<ProblemType> kProblems{ProblemType::Regression, ProblemType::Binary,
                                         ProblemType::Multiclass, ProblemType::Multilabel};

} // namespace

TEST(FlowchartPlot, BothChartsDrawOneBoxPerNodeWithItsText) {
    for (const Flowchart* chart : {&activa::hidden_flowchart(), &activa::output_flowchart()}) {
        QGraphicsScene scene;
        activa::ui::draw_flowchart(&scene, *chart, {});
        EXPECT_EQ(items_of(scene, FlowItemKind::Node).size(), chart->nodes.size()) << chart->id;
        for (const FlowNode& node : chart->nodes) {
            QGraphicsItem* box = node_item(scene, node.id);
            ASSERT_NE(box, nullptr) << node.id;
            ASSERT_NE(text_of(box), nullptr) << node.id;
            EXPECT_EQ(text_of(box)->text(), activa::ui::core_text(node.text)) << node.id;
        }
        const std::vector<QGraphicsItem*> titles = items_of(scene, FlowItemKind::Title);
        ASSERT_EQ(titles.size(), 1U);
        EXPECT_EQ(static_cast<FlowchartTextItem*>(titles[0])->text(),
                  activa::ui::core_text(chart->title));
        // The title is above everything else.
        const QRectF title = titles[0]->sceneBoundingRect();
        for (QGraphicsItem* item : scene.items())
            if (item != titles[0]) {
                EXPECT_GE(item->sceneBoundingRect().top(), title.bottom());
            }
    }
}

TEST(FlowchartPlot, EveryEdgeIsAnArrowWithItsAnswerOnIt) {
    for (const Flowchart* chart : {&activa::hidden_flowchart(), &activa::output_flowchart()}) {
        QGraphicsScene scene;
        activa::ui::draw_flowchart(&scene, *chart, {});
        EXPECT_EQ(items_of(scene, FlowItemKind::Edge).size(), chart->edges.size());
        for (const FlowEdge& edge : chart->edges) {
            QGraphicsItem* label = label_item(scene, edge.answer);
            ASSERT_NE(label, nullptr) << edge.answer;
            ASSERT_NE(text_of(label), nullptr) << edge.answer;
            EXPECT_EQ(text_of(label)->text(), activa::ui::core_text(edge.label));
            EXPECT_EQ(label->data(activa::ui::kEdgeFromRole).toString(), qs(edge.from));
            EXPECT_EQ(label->data(activa::ui::kEdgeToRole).toString(), qs(edge.to));

            // The answer box sits on its arrow, between the two boxes it joins.
            QGraphicsItem* arrow = nullptr;
            for (QGraphicsItem* item : items_of(scene, FlowItemKind::Edge))
                if (item->data(activa::ui::kEdgeToRole).toString() == qs(edge.to)) arrow = item;
            ASSERT_NE(arrow, nullptr) << edge.answer;
            EXPECT_EQ(arrow->data(activa::ui::kAnswerRole).toString(), qs(edge.answer));
            const QRectF l = label->sceneBoundingRect();
            EXPECT_TRUE(arrow->sceneBoundingRect().contains(l.center().x(), l.top()) ||
                        arrow->sceneBoundingRect().contains(l.center()))
                << edge.answer;
            EXPECT_GT(l.top(), node_item(scene, edge.from)->sceneBoundingRect().bottom());
            EXPECT_LT(l.bottom(), node_item(scene, edge.to)->sceneBoundingRect().top());
        }
    }
}

TEST(FlowchartPlot, EachNetworkHighlightsRootToItsLeaf) {
    const Flowchart& chart = activa::hidden_flowchart();
    const std::vector<std::vector<std::string_view>> expected{ids({"network", "relu_mlp"}),
                                                              ids({"network", "relu_cnn"}),
                                                              ids({"network", "tanh_sigmoid"})};
    for (std::size_t i = 0; i < kNetworks.size(); ++i) {
        SCOPED_TRACE(activa::network_key(kNetworks[i]));
        // The problem belongs to the other chart: no effect here.
        const WizardAnswers sel = answered(kNetworks[i], ProblemType::Multiclass);
        EXPECT_EQ(activa::flowchart_path(chart, sel), expected[i]);
        QGraphicsScene scene;
        activa::ui::draw_flowchart(&scene, chart, sel);
        EXPECT_EQ(highlighted_node_items(scene), as_set(expected[i]));
        EXPECT_EQ(highlighted_edge_items(scene), path_edges(expected[i]));
        for (QGraphicsItem* label : items_of(scene, FlowItemKind::EdgeLabel))
            EXPECT_EQ(lit(label), label->data(activa::ui::kAnswerRole).toString() ==
                                      qs(activa::network_key(kNetworks[i])));
    }
}

TEST(FlowchartPlot, EachProblemHighlightsRootToItsLeaf) {
    const Flowchart& chart = activa::output_flowchart();
    const std::vector<std::vector<std::string_view>> expected{
        ids({"problem", "linear"}), ids({"problem", "classification", "sigmoid_binary"}),
        ids({"problem", "classification", "softmax"}),
        ids({"problem", "classification", "sigmoid_multilabel"})};
    for (std::size_t i = 0; i < kProblems.size(); ++i) {
        SCOPED_TRACE(activa::problem_key(kProblems[i]));
        // The network belongs to the other chart: no effect here.
        const WizardAnswers sel = answered(NetworkType::Cnn, kProblems[i]);
        EXPECT_EQ(activa::flowchart_path(chart, sel), expected[i]);
        QGraphicsScene scene;
        activa::ui::draw_flowchart(&scene, chart, sel);
        EXPECT_EQ(highlighted_node_items(scene), as_set(expected[i]));
        EXPECT_EQ(highlighted_edge_items(scene), path_edges(expected[i]));
    }
}

TEST(FlowchartPlot, ClassificationAloneHighlightsTheFirstStep) {
    WizardAnswers sel;
    sel.classification = true;
    const std::vector<std::string_view> expected = ids({"problem", "classification"});
    QGraphicsScene scene;
    activa::ui::draw_flowchart(&scene, activa::output_flowchart(), sel);
    EXPECT_EQ(highlighted_node_items(scene), as_set(expected));
    EXPECT_EQ(highlighted_edge_items(scene), path_edges(expected));
}

TEST(FlowchartPlot, NothingIsHighlightedWithoutAnswers) {
    for (const Flowchart* chart : {&activa::hidden_flowchart(), &activa::output_flowchart()}) {
        QGraphicsScene scene;
        activa::ui::draw_flowchart(&scene, *chart, {});
        for (QGraphicsItem* item : scene.items())
            EXPECT_FALSE(lit(item)) << chart->id << " " << describe(item);
    }
}

TEST(FlowchartPlot, LayoutDoesNotMoveWhenTheAnswersChange) {
    // Otherwise a click would choose an answer and pull the next one away from the pointer.
    for (const Flowchart* chart : {&activa::hidden_flowchart(), &activa::output_flowchart()}) {
        QGraphicsScene plain;
        activa::ui::draw_flowchart(&plain, *chart, {});
        const WizardAnswers sel = answered(NetworkType::Rnn, ProblemType::Multilabel);
        QGraphicsScene chosen;
        activa::ui::draw_flowchart(&chosen, *chart, sel);
        for (const FlowNode& node : chart->nodes)
            EXPECT_EQ(node_item(plain, node.id)->sceneBoundingRect().center(),
                      node_item(chosen, node.id)->sceneBoundingRect().center())
                << node.id;
        for (const FlowEdge& edge : chart->edges)
            EXPECT_EQ(label_item(plain, edge.answer)->sceneBoundingRect().center(),
                      label_item(chosen, edge.answer)->sceneBoundingRect().center())
                << edge.answer;
    }
}

TEST(FlowchartPlot, AnswerAtFindsEachAnswerItsArrowAndItsBox) {
    for (const Flowchart* chart : {&activa::hidden_flowchart(), &activa::output_flowchart()}) {
        QGraphicsScene scene;
        activa::ui::draw_flowchart(&scene, *chart, {});
        for (const FlowEdge& edge : chart->edges) {
            const QString key = qs(edge.answer);
            const QRectF label = label_item(scene, edge.answer)->sceneBoundingRect();
            EXPECT_EQ(activa::ui::answer_at(&scene, label.center()), key);
            // Just below the answer box the arrow itself is still the same answer.
            EXPECT_EQ(
                activa::ui::answer_at(&scene, QPointF(label.center().x(), label.bottom() + 5)),
                key);
            // Beside the thin line too, so the arrow is easy to hit.
            EXPECT_EQ(
                activa::ui::answer_at(&scene, QPointF(label.center().x() + 5, label.bottom() + 8)),
                key);
            const QRectF target = node_item(scene, edge.to)->sceneBoundingRect();
            EXPECT_EQ(activa::ui::answer_at(&scene, target.center()), key);
        }
        const QRectF root = node_item(scene, chart->nodes[0].id)->sceneBoundingRect();
        EXPECT_TRUE(activa::ui::answer_at(&scene, root.center()).isEmpty());
        const QRectF all = scene.itemsBoundingRect();
        EXPECT_TRUE(activa::ui::answer_at(&scene, all.bottomRight() + QPointF(50, 50)).isEmpty());
        EXPECT_TRUE(activa::ui::answer_at(nullptr, QPointF()).isEmpty());
    }
}

TEST(FlowchartPlot, RenderIsNotBlankAndShowsTheHighlightOnlyWithAPath) {
    const QColor highlight = activa::ui::flowchart_highlight_colour();
    for (const Flowchart* chart : {&activa::hidden_flowchart(), &activa::output_flowchart()}) {
        SCOPED_TRACE(std::string(chart->id));
        const QImage plain = rendered(*chart, {});
        QSet<QRgb> colours;
        for (int y = 0; y < plain.height(); y += 3)
            for (int x = 0; x < plain.width(); x += 3)
                colours.insert(plain.pixel(x, y));
        EXPECT_GE(colours.size(), 6);
        EXPECT_EQ(plain.pixelColor(2, 2), QColor(Qt::white));
        EXPECT_EQ(plain.pixelColor(1197, 797), QColor(Qt::white));
        EXPECT_EQ(pixels_near(plain, highlight, 12), 0);

        // The picture is centred, with a margin on every side.
        QRect drawn;
        for (int y = 0; y < plain.height(); ++y)
            for (int x = 0; x < plain.width(); ++x)
                if (plain.pixel(x, y) != qRgb(255, 255, 255)) drawn |= QRect(x, y, 1, 1);
        EXPECT_GT(drawn.left(), 10);
        EXPECT_GT(drawn.top(), 10);
        EXPECT_NEAR(drawn.left(), plain.width() - 1 - drawn.right(), 4);
        // The title's line height includes room above its capitals, hence more slack here.
        EXPECT_NEAR(drawn.top(), plain.height() - 1 - drawn.bottom(), 10);

        const WizardAnswers sel = answered(NetworkType::Mlp, ProblemType::Binary);
        EXPECT_GT(pixels_near(rendered(*chart, sel), highlight, 12), 500);
    }
}

TEST(FlowchartPlot, EnglishLayoutIsClean) {
    const WizardAnswers sel = answered(NetworkType::Cnn, ProblemType::Multiclass);
    expect_clean_layout(activa::hidden_flowchart(), sel);
    expect_clean_layout(activa::output_flowchart(), sel);
    expect_clean_layout(activa::hidden_flowchart(), {});
    expect_clean_layout(activa::output_flowchart(), {});
}

TEST(FlowchartPlot, SpanishLengthLayoutIsClean) {
    const WizardAnswers sel = answered(NetworkType::Rnn, ProblemType::Multilabel);
    for (const Flowchart* chart : {&activa::hidden_flowchart(), &activa::output_flowchart()}) {
        const StandInChart es(*chart, spanish);
        expect_clean_layout(es.chart(), sel);
        const StandInChart longer(*chart, stretched);
        expect_clean_layout(longer.chart(), sel);
        const StandInChart unbroken(*chart, unbreakable);
        expect_clean_layout(unbroken.chart(), sel);

        // Longer texts widen the picture rather than overflow it.
        QGraphicsScene english;
        activa::ui::draw_flowchart(&english, *chart, sel);
        QGraphicsScene wordy;
        activa::ui::draw_flowchart(&wordy, longer.chart(), sel);
        EXPECT_GT(wordy.itemsBoundingRect().width() * wordy.itemsBoundingRect().height(),
                  english.itemsBoundingRect().width() * english.itemsBoundingRect().height());
    }
}

TEST(FlowchartPlot, WrapTextKeepsEveryLineWithinTheWidth) {
    const QFont font = activa::ui::flowchart_label_font();
    const QFontMetricsF fm(font);
    const QString text = QStringLiteral("Convolutional Neural Net (CNN)");
    const QStringList lines = activa::ui::wrap_text(text, font, 150);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.join(QLatin1Char(' ')), text);
    for (const QString& line : lines)
        EXPECT_LE(fm.horizontalAdvance(line), 150);

    const QStringList cut = activa::ui::wrap_text(QString(40, QLatin1Char('m')), font, 60);
    EXPECT_GT(cut.size(), 1);
    EXPECT_EQ(cut.join(QString()), QString(40, QLatin1Char('m')));
    for (const QString& line : cut)
        EXPECT_LE(fm.horizontalAdvance(line), 60);

    // Balancing the lines never cuts a word that fits on a line of its own.
    const QString word = QStringLiteral("Supercalifragilisticexpialidocious");
    const QStringList balanced =
        activa::ui::wrap_text(word + QStringLiteral(" ab"), font, fm.horizontalAdvance(word) + 10);
    EXPECT_EQ(balanced, (QStringList{word, QStringLiteral("ab")}));

    EXPECT_TRUE(activa::ui::wrap_text(QString(), font, 100).isEmpty());
    EXPECT_EQ(activa::ui::wrap_text(QStringLiteral("ReLU"), font, 150),
              QStringList{QStringLiteral("ReLU")});
}
