// SPDX-License-Identifier: MIT
#include "flowchartplot.hpp"

#include "common/coretext.hpp"
#include "common/plotstyle.hpp"

#include <activa/flowchart_layout.hpp>

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <memory>

namespace activa::ui {
namespace {

// Geometry in scene units (pixels at 100 %). The gaps are generous on purpose: the picture is
// usually scaled down to fit a panel, and a cramped diagram is the first thing to become
// unreadable.
constexpr double kNodeWrap = 200;  // widest text line in a box
constexpr double kLabelWrap = 150; // widest text line in an answer box
constexpr double kNodePadX = 16;
constexpr double kNodePadY = 11;
constexpr double kMinNodeWidth = 104;
constexpr double kMinNodeHeight = 42;
constexpr double kLabelPadX = 8;
constexpr double kLabelPadY = 4;
constexpr double kArrowLength = 10;
constexpr double kArrowHalfWidth = 5.5;
constexpr double kCornerRadius = 8;
constexpr double kDecisionRadius = 10;
constexpr double kLabelRadius = 6;
constexpr double kClickWidth = 14; // arrows are thin; clicks within this band still count

constexpr double kNeutralPen = 1.6;
constexpr double kHighlightPen = 3.2;

// z-values: highlighted arrows over neutral ones where they share a junction, and boxes over
// the arrows that end at them.
constexpr double kZEdge = 1;
constexpr double kZEdgeHighlighted = 2;
constexpr double kZNode = 3;
constexpr double kZLabel = 4;
constexpr double kZTitle = 5;

const QColor kTextColour(0x1A, 0x1A, 0x1A);
const QColor kDecisionFill(0xE6, 0xF1, 0xF8);
const QColor kLeafFill(0xF3, 0xF3, 0xF3);
const QColor kLeafBorder(0x6E, 0x6E, 0x6E);
const QColor kHighlightFill(0xFB, 0xE4, 0xD3);
const QColor kHighlightLabelFill(0xFF, 0xF6, 0xEF);

void set_kind(QGraphicsItem* item, FlowItemKind kind) {
    item->setData(kItemKindRole, static_cast<int>(kind));
}

// A box's outline. Callers round a question's corners a little and make a leaf a stadium, so
// the two kinds read apart even in greyscale.
QPainterPath box_path(const QRectF& rect, double radius) {
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    return path;
}

// An arrow whose clickable area is a wide band along it, minus its start at the junction, which
// it shares with its siblings.
class EdgeItem : public QGraphicsPathItem {
public:
    EdgeItem(const QPainterPath& path, double clickWidth)
        : QGraphicsPathItem(path)
        , m_clickWidth(clickWidth) {}

    QPainterPath shape() const override {
        QPainterPathStroker stroker;
        stroker.setWidth(m_clickWidth);
        QPainterPath band = stroker.createStroke(path());
        QPainterPath junction;
        const QPointF start = path().pointAtPercent(0);
        junction.addRect(QRectF(start.x() - m_clickWidth, start.y() - m_clickWidth,
                                2 * m_clickWidth, 2 * m_clickWidth));
        return band.subtracted(junction);
    }
    // The scene finds items by their bounding rectangles, so this one must cover the band.
    QRectF boundingRect() const override { return shape().boundingRect(); }

private:
    double m_clickWidth;
};

QPainterPath edge_path(QPointF junction, QPointF end, double corner) {
    QPainterPath path(junction);
    const double dx = end.x() - junction.x();
    if (std::abs(dx) < 1) {
        path.lineTo(junction.x(), end.y());
        return path;
    }
    const double r = std::min({corner, std::abs(dx), end.y() - junction.y()});
    const double sign = dx > 0 ? 1 : -1;
    path.lineTo(end.x() - sign * r, junction.y());
    path.quadTo(end.x(), junction.y(), end.x(), junction.y() + r);
    path.lineTo(end);
    return path;
}

int scaled_pixels(int pixels, double scale) {
    return static_cast<int>(std::lround(pixels * scale));
}

QRectF qrect(const Rect& r) {
    return {r.x, r.y, r.width, r.height};
}

QPen outline_pen(const QColor& colour, double width) {
    QPen pen(colour, width);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

} // namespace

QColor flowchart_highlight_colour() {
    return QColor(0xD5, 0x5E, 0x00);
}
QColor flowchart_decision_colour() {
    return QColor(0x00, 0x72, 0xB2);
}
QColor flowchart_neutral_colour() {
    return QColor(0x8C, 0x8C, 0x8C);
}

QFont flowchart_title_font(double scale) {
    QFont font;
    font.setPixelSize(scaled_pixels(19, scale));
    font.setBold(true);
    font.setHintingPreference(QFont::PreferNoHinting); // the same advances on every device
    return font;
}

QFont flowchart_node_font(bool leaf, double scale) {
    QFont font;
    font.setPixelSize(scaled_pixels(15, scale));
    font.setBold(leaf); // the recommendation is what the reader is looking for
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont flowchart_label_font(double scale) {
    QFont font;
    font.setPixelSize(scaled_pixels(13, scale));
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

namespace {

// The look of one drawing at a plot style. At the picture's style (scale 1, light) it is the
// constants above, so exports keep their look. A presentation's scale enlarges the fonts, the
// lines and the arrowheads only: the boxes grow around the larger texts, which wrap at the same
// widths, while the gaps between them stay, so a chart fitted into the same panel reads larger.
struct Look {
    double scale = 1.0;
    QColor text = kTextColour;
    QColor decision = flowchart_decision_colour();
    QColor leafBorder = kLeafBorder;
    QColor highlight = flowchart_highlight_colour();
    QColor neutral = flowchart_neutral_colour();
    QColor decisionFill = kDecisionFill;
    QColor leafFill = kLeafFill;
    QColor highlightFill = kHighlightFill;
    QColor labelFill = Qt::white;
    QColor highlightLabelFill = kHighlightLabelFill;

    double line(double width) const { return width * scale; }
};

// a with a share t of b.
QColor mixed(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + t * (b.redF() - a.redF())),
                            static_cast<float>(a.greenF() + t * (b.greenF() - a.greenF())),
                            static_cast<float>(a.blueF() + t * (b.blueF() - a.blueF())));
}

Look look_of(const PlotStyle& style) {
    Look look;
    look.scale = style.scale;
    if (!style.dark) return look;
    // Lines and text as the plots adapt them; the pale fills would glare on a dark ground, so
    // they become a tint of their border's hue over it instead.
    const QColor ground = style.background();
    look.text = style.adapted(kTextColour, true);
    look.decision = style.adapted(look.decision);
    look.leafBorder = style.adapted(kLeafBorder);
    look.highlight = style.adapted(look.highlight);
    look.neutral = style.adapted(look.neutral);
    look.decisionFill = mixed(ground, look.decision, 0.22);
    look.leafFill = mixed(ground, look.leafBorder, 0.22);
    look.highlightFill = mixed(ground, look.highlight, 0.28);
    look.labelFill = ground;
    look.highlightLabelFill = mixed(ground, look.highlight, 0.14);
    return look;
}

// One chart being drawn: its texts measured, its layout, the path of the answers.
struct Drawing {
    QGraphicsScene* scene;
    const Flowchart& chart;
    const Look& look;
    std::vector<std::unique_ptr<FlowchartTextItem>> nodeTexts;
    std::vector<std::unique_ptr<FlowchartTextItem>> labelTexts;
    std::unique_ptr<FlowchartTextItem> title;
    FlowchartLayout layout;
    std::vector<std::string_view> path;

    bool onPath(std::string_view id) const {
        return std::find(path.begin(), path.end(), id) != path.end();
    }
    bool edgeOnPath(const FlowEdge& e) const {
        for (std::size_t i = 0; i + 1 < path.size(); ++i)
            if (path[i] == e.from && path[i + 1] == e.to) return true;
        return false;
    }
    double pen(bool lit) const { return look.line(lit ? kHighlightPen : kNeutralPen); }
};

// Every text is measured first; core lays the tree out from the sizes.
void measure(Drawing& d) {
    const Look& look = d.look;
    FlowchartMetrics metrics;
    for (const FlowNode& node : d.chart.nodes) {
        d.nodeTexts.push_back(std::make_unique<FlowchartTextItem>(
            core_text(node.text), flowchart_node_font(node.is_leaf, look.scale), look.text,
            kNodeWrap));
        const QRectF r = d.nodeTexts.back()->boundingRect();
        metrics.nodes.push_back({std::max(kMinNodeWidth, r.width() + 2 * kNodePadX),
                                 std::max(kMinNodeHeight, r.height() + 2 * kNodePadY)});
    }
    for (const FlowEdge& edge : d.chart.edges) {
        d.labelTexts.push_back(std::make_unique<FlowchartTextItem>(
            core_text(edge.label), flowchart_label_font(look.scale), look.text, kLabelWrap));
        const QRectF r = d.labelTexts.back()->boundingRect();
        metrics.labels.push_back({r.width() + 2 * kLabelPadX, r.height() + 2 * kLabelPadY});
    }
    metrics.title = [&d](double width) {
        d.title = std::make_unique<FlowchartTextItem>(
            core_text(d.chart.title), flowchart_title_font(d.look.scale), d.look.text, width);
        return Size{d.title->boundingRect().width(), d.title->boundingRect().height()};
    };
    d.layout = layout_flowchart(d.chart, metrics);
}

void add_title(Drawing& d) {
    if (!d.title) return;
    d.title->setPos(d.layout.title.x, d.layout.title.y);
    d.title->setZValue(kZTitle);
    set_kind(d.title.get(), FlowItemKind::Title);
    d.scene->addItem(d.title.release());
}

// The line from a question's box down to the junction its arrows share, lit when one of them is.
void add_trunk(Drawing& d, std::size_t node, const QRectF& rect) {
    const FlowNode& parent = d.chart.nodes[node];
    bool hasChildren = false;
    bool anyLit = false;
    for (std::size_t e = 0; e < d.chart.edges.size(); ++e) {
        if (!d.layout.edges[e].drawn || d.chart.edges[e].from != parent.id) continue;
        hasChildren = true;
        anyLit = anyLit || d.edgeOnPath(d.chart.edges[e]);
    }
    if (!hasChildren) return;
    auto* trunk = new QGraphicsPathItem;
    QPainterPath trunkPath(QPointF(rect.center().x(), rect.bottom()));
    trunkPath.lineTo(rect.center().x(), d.layout.nodes[node].junction_y);
    trunk->setPath(trunkPath);
    trunk->setPen(outline_pen(anyLit ? d.look.highlight : d.look.neutral, d.pen(anyLit)));
    trunk->setZValue(anyLit ? kZEdgeHighlighted : kZEdge);
    trunk->setData(kNodeIdRole, utf8(parent.id));
    trunk->setData(kHighlightRole, anyLit);
    set_kind(trunk, FlowItemKind::Trunk);
    d.scene->addItem(trunk);
}

// A box with its text as a child centred in it; a box an answer leads to chooses that answer.
void add_node(Drawing& d, std::size_t i) {
    const NodePlacement& place = d.layout.nodes[i];
    const FlowNode& node = d.chart.nodes[i];
    const Look& look = d.look;
    const QString id = utf8(node.id);
    const bool lit = d.onPath(node.id);
    QString answer;
    QString answerLabel;
    if (place.incoming >= 0) {
        const FlowEdge& in = d.chart.edges[static_cast<std::size_t>(place.incoming)];
        answer = utf8(in.answer);
        answerLabel = core_text(in.label);
    }

    const QRectF rect = qrect(place.box);
    const double radius = node.is_leaf ? std::min(rect.height() / 2, 20.0) : kDecisionRadius;
    auto* box = new QGraphicsPathItem(box_path(rect, radius));
    const QColor border = lit ? look.highlight : node.is_leaf ? look.leafBorder : look.decision;
    box->setPen(outline_pen(border, d.pen(lit)));
    box->setBrush(lit ? look.highlightFill : node.is_leaf ? look.leafFill : look.decisionFill);
    box->setZValue(kZNode);
    FlowchartTextItem* text = d.nodeTexts[i].release();
    text->setParentItem(box);
    const QRectF tr = text->boundingRect();
    text->setPos(rect.center().x() - tr.width() / 2, rect.center().y() - tr.height() / 2);
    for (QGraphicsItem* item :
         {static_cast<QGraphicsItem*>(box), static_cast<QGraphicsItem*>(text)}) {
        item->setData(kNodeIdRole, id);
        item->setData(kHighlightRole, lit);
        if (!answer.isEmpty()) {
            item->setData(kAnswerRole, answer);
            item->setData(kAnswerLabelRole, answerLabel);
        }
    }
    set_kind(box, FlowItemKind::Node);
    set_kind(text, FlowItemKind::NodeText);
    d.scene->addItem(box);
    add_trunk(d, i, rect);
}

// An arrow from its parent's junction to the child's box, its head, and the answer's box on it.
void add_edge(Drawing& d, std::size_t e) {
    const EdgePlacement& place = d.layout.edges[e];
    const FlowEdge& fe = d.chart.edges[e];
    const Look& look = d.look;
    const bool edgeLit = d.edgeOnPath(fe);
    const QColor colour = edgeLit ? look.highlight : look.neutral;
    const QPointF tip(place.end.x, place.end.y);

    auto* edge = new EdgeItem(edge_path(QPointF(place.junction.x, place.junction.y),
                                        QPointF(tip.x(), tip.y() - look.line(kArrowLength) + 1),
                                        kCornerRadius),
                              kClickWidth);
    edge->setPen(outline_pen(colour, d.pen(edgeLit)));
    edge->setZValue(edgeLit ? kZEdgeHighlighted : kZEdge);
    // The head widens with the line so a thick arrow does not end in a small tip.
    const double half = look.line(kArrowHalfWidth + (edgeLit ? 1.5 : 0));
    const double base = tip.y() - look.line(kArrowLength) - look.line(edgeLit ? 2 : 0);
    auto* head = new QGraphicsPolygonItem(
        QPolygonF{QPointF(tip.x() - half, base), QPointF(tip.x() + half, base), tip}, edge);
    head->setPen(Qt::NoPen);
    head->setBrush(colour);

    const QRectF labelRect = qrect(place.label);
    auto* label = new QGraphicsPathItem(box_path(labelRect, kLabelRadius));
    label->setPen(outline_pen(colour, look.line(edgeLit ? 2.0 : 1.0)));
    label->setBrush(edgeLit ? look.highlightLabelFill : look.labelFill);
    label->setZValue(kZLabel);
    FlowchartTextItem* labelText = d.labelTexts[e].release();
    labelText->setParentItem(label);
    const QRectF lt = labelText->boundingRect();
    labelText->setPos(labelRect.center().x() - lt.width() / 2,
                      labelRect.center().y() - lt.height() / 2);

    set_kind(edge, FlowItemKind::Edge);
    set_kind(head, FlowItemKind::Arrowhead);
    set_kind(label, FlowItemKind::EdgeLabel);
    set_kind(labelText, FlowItemKind::EdgeLabelText);
    for (QGraphicsItem* item :
         {static_cast<QGraphicsItem*>(edge), static_cast<QGraphicsItem*>(head),
          static_cast<QGraphicsItem*>(label), static_cast<QGraphicsItem*>(labelText)}) {
        item->setData(kAnswerRole, utf8(fe.answer));
        item->setData(kAnswerLabelRole, core_text(fe.label));
        item->setData(kHighlightRole, edgeLit);
        item->setData(kEdgeFromRole, utf8(fe.from));
        item->setData(kEdgeToRole, utf8(fe.to));
    }
    d.scene->addItem(edge);
    d.scene->addItem(label);
}

} // namespace

void draw_flowchart(QGraphicsScene* scene, const Flowchart& chart, const WizardAnswers& answers,
                    const PlotStyle& style) {
    scene->clear();
    if (chart.nodes.empty()) return;
    const Look look = look_of(style);
    Drawing d{scene, chart, look, {}, {}, {}, {}, flowchart_path(chart, answers)};
    measure(d);
    add_title(d);
    for (std::size_t i = 0; i < chart.nodes.size(); ++i)
        if (d.layout.nodes[i].drawn) add_node(d, i);
    for (std::size_t e = 0; e < chart.edges.size(); ++e)
        if (d.layout.edges[e].drawn) add_edge(d, e);
}

QString answer_at(QGraphicsScene* scene, QPointF scene_pos) {
    if (!scene) return {};
    const QList<QGraphicsItem*> items =
        scene->items(scene_pos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (const QGraphicsItem* item : items) {
        const QString answer = item->data(kAnswerRole).toString();
        if (!answer.isEmpty()) return answer;
    }
    return {};
}

void render_flowchart(QGraphicsScene* scene, QPainter* painter, const QRectF& target) {
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    painter->fillRect(target, Qt::white);
    const QRectF source = scene ? scene->itemsBoundingRect() : QRectF();
    if (!source.isEmpty()) {
        // A margin proportional to the target keeps the same look at every export size.
        const double margin = std::max(4.0, 0.035 * std::min(target.width(), target.height()));
        const QRectF inner = target.adjusted(margin, margin, -margin, -margin);
        // QGraphicsScene::render keeps the aspect ratio by shrinking towards the top left;
        // centring the picture in the target is up to us.
        const double scale =
            std::min(inner.width() / source.width(), inner.height() / source.height());
        if (scale > 0) {
            QRectF fitted(0, 0, source.width() * scale, source.height() * scale);
            fitted.moveCenter(inner.center());
            scene->render(painter, fitted, source, Qt::KeepAspectRatio);
        }
    }
    painter->restore();
}

std::string translated_core_text(std::string_view english) {
    return core_text(english).toStdString();
}

} // namespace activa::ui
