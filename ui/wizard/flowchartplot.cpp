// SPDX-License-Identifier: MIT
#include "flowchartplot.hpp"

#include "common/coretext.hpp"

#include <activa/csv.hpp>
#include <activa/flowchart_layout.hpp>

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPen>
#include <QTextBoundaryFinder>

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
constexpr double kTextSlack = 2;   // metrics differ slightly between paint devices

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

void set_kind(QGraphicsItem* item, FlowItemKind kind) {
    item->setData(kItemKindRole, static_cast<int>(kind));
}

QString qstring(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Greedy wrapping at a given width. Words too wide for a line of their own are cut between
// grapheme clusters so that no line is ever wider than the box around it.
QStringList wrap_greedy(const QStringList& words, const QFontMetricsF& fm, double width) {
    QStringList lines;
    QString line;
    auto flush = [&] {
        if (!line.isEmpty()) lines << line;
        line.clear();
    };
    for (const QString& word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        flush();
        if (fm.horizontalAdvance(word) <= width) {
            line = word;
            continue;
        }
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, word);
        qsizetype start = 0;
        qsizetype lastFit = 0;
        for (qsizetype next = graphemes.toNextBoundary(); next > 0;
             next = graphemes.toNextBoundary()) {
            if (fm.horizontalAdvance(word.mid(start, next - start)) > width && lastFit > start) {
                lines << word.mid(start, lastFit - start);
                start = lastFit;
            }
            lastFit = next;
        }
        line = word.mid(start);
    }
    flush();
    return lines;
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
    using QGraphicsPathItem::QGraphicsPathItem;

    QPainterPath shape() const override {
        QPainterPathStroker stroker;
        stroker.setWidth(kClickWidth);
        QPainterPath band = stroker.createStroke(path());
        QPainterPath junction;
        const QPointF start = path().pointAtPercent(0);
        junction.addRect(QRectF(start.x() - kClickWidth, start.y() - kClickWidth, 2 * kClickWidth,
                                2 * kClickWidth));
        return band.subtracted(junction);
    }
    // The scene finds items by their bounding rectangles, so this one must cover the band.
    QRectF boundingRect() const override { return shape().boundingRect(); }
};

QPainterPath edge_path(QPointF junction, QPointF end) {
    QPainterPath path(junction);
    const double dx = end.x() - junction.x();
    if (std::abs(dx) < 1) {
        path.lineTo(junction.x(), end.y());
        return path;
    }
    const double r = std::min({kCornerRadius, std::abs(dx), end.y() - junction.y()});
    const double sign = dx > 0 ? 1 : -1;
    path.lineTo(end.x() - sign * r, junction.y());
    path.quadTo(end.x(), junction.y(), end.x(), junction.y() + r);
    path.lineTo(end);
    return path;
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

QFont flowchart_title_font() {
    QFont font;
    font.setPixelSize(19);
    font.setBold(true);
    font.setHintingPreference(QFont::PreferNoHinting); // the same advances on every device
    return font;
}

QFont flowchart_node_font(bool leaf) {
    QFont font;
    font.setPixelSize(15);
    font.setBold(leaf); // the recommendation is what the reader is looking for
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont flowchart_label_font() {
    QFont font;
    font.setPixelSize(13);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QStringList wrap_text(const QString& text, const QFont& font, double max_width) {
    const QFontMetricsF fm(font);
    QStringList lines;
    // Explicit line breaks in a translation are kept.
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        const QStringList words =
            paragraph.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) continue;
        const QStringList widest = wrap_greedy(words, fm, max_width);
        // Greedy wrapping never needs more lines at a larger width, so the narrowest width that
        // keeps the line count is found by bisection; never narrower than the widest word, which
        // would cut a word that fits whole.
        double widestWord = 0;
        for (const QString& word : words)
            widestWord = std::max(widestWord, fm.horizontalAdvance(word));
        double lo = std::min(widestWord, max_width);
        double hi = max_width;
        for (int i = 0; i < 12 && hi - lo > 0.5; ++i) {
            const double mid = (lo + hi) / 2;
            if (wrap_greedy(words, fm, mid).size() <= widest.size())
                hi = mid;
            else
                lo = mid;
        }
        lines << wrap_greedy(words, fm, hi);
    }
    return lines;
}

FlowchartTextItem::FlowchartTextItem(const QString& text, const QFont& font, const QColor& colour,
                                     double max_width, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_text(text)
    , m_lines(wrap_text(text, font, max_width))
    , m_font(font)
    , m_colour(colour) {
    const QFontMetricsF fm(m_font);
    double width = 0;
    for (const QString& line : m_lines)
        width = std::max(width, fm.horizontalAdvance(line));
    m_lineHeight = fm.lineSpacing();
    const double height =
        m_lines.isEmpty() ? 0
                          : fm.height() + m_lineHeight * static_cast<double>(m_lines.size() - 1);
    m_rect = QRectF(0, 0, std::ceil(width) + kTextSlack, std::ceil(height));
}

QRectF FlowchartTextItem::boundingRect() const {
    return m_rect;
}

void FlowchartTextItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setFont(m_font);
    painter->setPen(m_colour);
    const QFontMetricsF fm(m_font);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QRectF line(0, m_lineHeight * static_cast<double>(i), m_rect.width(), fm.height());
        painter->drawText(line, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, m_lines[i]);
    }
}

void draw_flowchart(QGraphicsScene* scene, const Flowchart& chart, const WizardAnswers& answers) {
    scene->clear();
    if (chart.nodes.empty()) return;

    // Every text is measured first; core lays the tree out from the sizes.
    std::vector<std::unique_ptr<FlowchartTextItem>> nodeTexts;
    std::vector<std::unique_ptr<FlowchartTextItem>> labelTexts;
    FlowchartMetrics metrics;
    for (const FlowNode& node : chart.nodes) {
        nodeTexts.push_back(std::make_unique<FlowchartTextItem>(
            core_text(node.text), flowchart_node_font(node.is_leaf), kTextColour, kNodeWrap));
        const QRectF r = nodeTexts.back()->boundingRect();
        metrics.nodes.push_back({std::max(kMinNodeWidth, r.width() + 2 * kNodePadX),
                                 std::max(kMinNodeHeight, r.height() + 2 * kNodePadY)});
    }
    for (const FlowEdge& edge : chart.edges) {
        labelTexts.push_back(std::make_unique<FlowchartTextItem>(
            core_text(edge.label), flowchart_label_font(), kTextColour, kLabelWrap));
        const QRectF r = labelTexts.back()->boundingRect();
        metrics.labels.push_back({r.width() + 2 * kLabelPadX, r.height() + 2 * kLabelPadY});
    }
    std::unique_ptr<FlowchartTextItem> title;
    metrics.title = [&](double width) {
        title = std::make_unique<FlowchartTextItem>(core_text(chart.title), flowchart_title_font(),
                                                    kTextColour, width);
        return Size{title->boundingRect().width(), title->boundingRect().height()};
    };
    const FlowchartLayout layout = layout_flowchart(chart, metrics);

    if (title) {
        title->setPos(layout.title.x, layout.title.y);
        title->setZValue(kZTitle);
        set_kind(title.get(), FlowItemKind::Title);
        scene->addItem(title.release());
    }

    const std::vector<std::string_view> path = flowchart_path(chart, answers);
    auto on_path = [&path](std::string_view id) {
        return std::find(path.begin(), path.end(), id) != path.end();
    };
    auto edge_on_path = [&path](const FlowEdge& e) {
        for (std::size_t i = 0; i + 1 < path.size(); ++i)
            if (path[i] == e.from && path[i + 1] == e.to) return true;
        return false;
    };

    for (std::size_t i = 0; i < chart.nodes.size(); ++i) {
        const NodePlacement& place = layout.nodes[i];
        if (!place.drawn) continue;
        const FlowNode& node = chart.nodes[i];
        const QString id = qstring(node.id);
        const bool lit = on_path(node.id);
        QString answer;
        QString answerLabel;
        if (place.incoming >= 0) {
            const FlowEdge& in = chart.edges[static_cast<std::size_t>(place.incoming)];
            answer = qstring(in.answer);
            answerLabel = core_text(in.label);
        }

        // The box, with its text as a child centred in it.
        const QRectF rect = qrect(place.box);
        const double radius = node.is_leaf ? std::min(rect.height() / 2, 20.0) : kDecisionRadius;
        auto* box = new QGraphicsPathItem(box_path(rect, radius));
        const QColor border = lit            ? flowchart_highlight_colour()
                              : node.is_leaf ? kLeafBorder
                                             : flowchart_decision_colour();
        box->setPen(outline_pen(border, lit ? kHighlightPen : kNeutralPen));
        box->setBrush(lit ? kHighlightFill : node.is_leaf ? kLeafFill : kDecisionFill);
        box->setZValue(kZNode);
        FlowchartTextItem* text = nodeTexts[i].release();
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
        scene->addItem(box);

        bool hasChildren = false;
        bool anyLit = false;
        for (std::size_t e = 0; e < chart.edges.size(); ++e) {
            if (!layout.edges[e].drawn || chart.edges[e].from != node.id) continue;
            hasChildren = true;
            anyLit = anyLit || edge_on_path(chart.edges[e]);
        }
        if (!hasChildren) continue;
        auto* trunk = new QGraphicsPathItem;
        QPainterPath trunkPath(QPointF(rect.center().x(), rect.bottom()));
        trunkPath.lineTo(rect.center().x(), place.junction_y);
        trunk->setPath(trunkPath);
        trunk->setPen(
            outline_pen(anyLit ? flowchart_highlight_colour() : flowchart_neutral_colour(),
                        anyLit ? kHighlightPen : kNeutralPen));
        trunk->setZValue(anyLit ? kZEdgeHighlighted : kZEdge);
        trunk->setData(kNodeIdRole, id);
        trunk->setData(kHighlightRole, anyLit);
        set_kind(trunk, FlowItemKind::Trunk);
        scene->addItem(trunk);
    }

    for (std::size_t e = 0; e < chart.edges.size(); ++e) {
        const EdgePlacement& place = layout.edges[e];
        if (!place.drawn) continue;
        const FlowEdge& fe = chart.edges[e];
        const bool edgeLit = edge_on_path(fe);
        const QColor colour = edgeLit ? flowchart_highlight_colour() : flowchart_neutral_colour();
        const QString edgeAnswer = qstring(fe.answer);
        const QString edgeLabel = core_text(fe.label);
        const QPointF tip(place.end.x, place.end.y);

        auto* edge = new EdgeItem(edge_path(QPointF(place.junction.x, place.junction.y),
                                            QPointF(tip.x(), tip.y() - kArrowLength + 1)));
        edge->setPen(outline_pen(colour, edgeLit ? kHighlightPen : kNeutralPen));
        edge->setZValue(edgeLit ? kZEdgeHighlighted : kZEdge);
        // The head widens with the line so a thick arrow does not end in a small tip.
        const double half = kArrowHalfWidth + (edgeLit ? 1.5 : 0);
        const double base = tip.y() - kArrowLength - (edgeLit ? 2 : 0);
        auto* head = new QGraphicsPolygonItem(
            QPolygonF{QPointF(tip.x() - half, base), QPointF(tip.x() + half, base), tip}, edge);
        head->setPen(Qt::NoPen);
        head->setBrush(colour);

        const QRectF labelRect = qrect(place.label);
        auto* label = new QGraphicsPathItem(box_path(labelRect, kLabelRadius));
        label->setPen(outline_pen(colour, edgeLit ? 2.0 : 1.0));
        label->setBrush(edgeLit ? QColor(0xFF, 0xF6, 0xEF) : QColor(Qt::white));
        label->setZValue(kZLabel);
        FlowchartTextItem* labelText = labelTexts[e].release();
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
            item->setData(kAnswerRole, edgeAnswer);
            item->setData(kAnswerLabelRole, edgeLabel);
            item->setData(kHighlightRole, edgeLit);
            item->setData(kEdgeFromRole, qstring(fe.from));
            item->setData(kEdgeToRole, qstring(fe.to));
        }
        scene->addItem(edge);
        scene->addItem(label);
    }
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

void write_recipe_csv(TextWriter& out, const std::optional<Recipe>& recipe) {
    out.text("key,value,reason\n");
    if (!recipe) return;
    for (const RecipeLine& line : recipe_lines(*recipe)) {
        out.field(line.key).ch(',').field(line.value).ch(',');
        out.field(core_text(line.reason).toStdString()).ch('\n');
    }
}

} // namespace activa::ui
