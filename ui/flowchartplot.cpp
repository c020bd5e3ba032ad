// SPDX-License-Identifier: MIT
#include "flowchartplot.hpp"

#include "coretext.hpp"

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
constexpr double kNodeWrap = 200;     // widest text line in a box
constexpr double kLabelWrap = 150;    // widest text line in an answer box
constexpr double kMinTitleWrap = 560; // the title may be wider than a small tree
constexpr double kNodePadX = 16;
constexpr double kNodePadY = 11;
constexpr double kMinNodeWidth = 104;
constexpr double kMinNodeHeight = 42;
constexpr double kLabelPadX = 8;
constexpr double kLabelPadY = 4;
constexpr double kSiblingGap = 28; // between the columns of neighbouring subtrees
constexpr double kTrunk = 22;      // from a box's bottom to the junction of its arrows
constexpr double kJunctionToLabel = 16;
constexpr double kLabelToChild = 30; // leaves room for the arrowhead below the answer
constexpr double kTitleGap = 30;
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

struct NodeLayout {
    const FlowNode* node = nullptr;
    int depth = -1; // -1: not reachable from the root, not drawn
    int incoming = -1;
    std::vector<int> children; // node indices, in edge order
    std::vector<int> childEdges;
    std::unique_ptr<FlowchartTextItem> text;
    QSizeF box;
    double column = 0; // width of the subtree's column
    double centre = 0;
    double top = 0;
};

struct EdgeLayout {
    std::unique_ptr<FlowchartTextItem> text;
    QSizeF box;
};

int find_node(const Flowchart& chart, std::string_view id) {
    for (std::size_t i = 0; i < chart.nodes.size(); ++i)
        if (chart.nodes[i].id == id) return static_cast<int>(i);
    return -1;
}

// The width a node needs for itself: its box, and the answer box on the arrow into it, which
// sits in the node's column.
double own_width(const std::vector<NodeLayout>& nodes, const std::vector<EdgeLayout>& edges,
                 int i) {
    const NodeLayout& n = nodes[static_cast<std::size_t>(i)];
    double w = n.box.width();
    if (n.incoming >= 0) w = std::max(w, edges[static_cast<std::size_t>(n.incoming)].box.width());
    return w;
}

double measure_columns(std::vector<NodeLayout>& nodes, const std::vector<EdgeLayout>& edges,
                       int i) {
    const std::vector<int>& kids = nodes[static_cast<std::size_t>(i)].children;
    double widest = 0;
    bool allLeaves = true;
    for (const int c : kids) {
        widest = std::max(widest, measure_columns(nodes, edges, c));
        allLeaves = allLeaves && nodes[static_cast<std::size_t>(c)].children.empty();
    }
    // Sibling leaves get columns of one width, so that a middle child sits right under its
    // parent and the arrows fan out symmetrically instead of jogging sideways.
    if (allLeaves)
        for (const int c : kids)
            nodes[static_cast<std::size_t>(c)].column = widest;
    double children = 0;
    for (const int c : kids)
        children += nodes[static_cast<std::size_t>(c)].column;
    if (kids.size() > 1) children += kSiblingGap * static_cast<double>(kids.size() - 1);
    nodes[static_cast<std::size_t>(i)].column = std::max(own_width(nodes, edges, i), children);
    return nodes[static_cast<std::size_t>(i)].column;
}

// Children sit side by side, centred in the parent's column; the parent is centred over its
// first and last child, but never so far that its own box would leave its column (which is
// what keeps neighbouring subtrees from overlapping).
void place_columns(std::vector<NodeLayout>& nodes, const std::vector<EdgeLayout>& edges, int i,
                   double left) {
    NodeLayout& n = nodes[static_cast<std::size_t>(i)];
    if (n.children.empty()) {
        n.centre = left + n.column / 2;
        return;
    }
    double children = kSiblingGap * static_cast<double>(n.children.size() - 1);
    for (const int c : n.children)
        children += nodes[static_cast<std::size_t>(c)].column;
    double x = left + (n.column - children) / 2;
    for (const int c : n.children) {
        place_columns(nodes, edges, c, x);
        x += nodes[static_cast<std::size_t>(c)].column + kSiblingGap;
    }
    const double first = nodes[static_cast<std::size_t>(n.children.front())].centre;
    const double last = nodes[static_cast<std::size_t>(n.children.back())].centre;
    const double half = own_width(nodes, edges, i) / 2;
    n.centre = std::clamp((first + last) / 2, left + half, left + n.column - half);
}

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

std::vector<std::string_view> highlighted_nodes(const Flowchart& chart,
                                                const FlowchartSelection& sel) {
    if (chart.nodes.empty()) return {};
    if (chart.id == hidden_flowchart().id)
        return sel.network ? hidden_path(*sel.network) : std::vector<std::string_view>{};
    if (chart.id == output_flowchart().id && sel.problem) return output_path(*sel.problem);

    // The output chart with only the first answer, and any other chart: follow the edges whose
    // answers are chosen, from the root.
    std::vector<std::string_view> answers;
    if (sel.network) answers.push_back(network_key(*sel.network));
    if (sel.problem) {
        if (*sel.problem != ProblemType::Regression) answers.push_back("classification");
        answers.push_back(problem_key(*sel.problem));
    } else if (sel.classification_chosen) {
        answers.push_back("classification");
    }
    std::vector<std::string_view> path{chart.nodes[0].id};
    for (bool moved = true; moved;) {
        moved = false;
        for (const FlowEdge& e : chart.edges) {
            if (e.from != path.back() ||
                std::find(answers.begin(), answers.end(), e.answer) == answers.end() ||
                std::find(path.begin(), path.end(), e.to) != path.end())
                continue;
            path.push_back(e.to);
            moved = true;
            break;
        }
    }
    if (path.size() == 1) path.clear(); // no answer given: nothing is on a path yet
    return path;
}

void draw_flowchart(QGraphicsScene* scene, const Flowchart& chart, const FlowchartSelection& sel) {
    scene->clear();
    if (chart.nodes.empty()) return;

    // The tree, breadth first from the root; a node reached twice keeps its first parent.
    std::vector<NodeLayout> nodes(chart.nodes.size());
    std::vector<EdgeLayout> edges(chart.edges.size());
    for (std::size_t i = 0; i < nodes.size(); ++i)
        nodes[i].node = &chart.nodes[i];
    nodes[0].depth = 0;
    std::vector<int> order{0};
    for (std::size_t k = 0; k < order.size(); ++k) {
        const int parent = order[k];
        for (std::size_t e = 0; e < chart.edges.size(); ++e) {
            if (chart.edges[e].from != chart.nodes[static_cast<std::size_t>(parent)].id) continue;
            const int child = find_node(chart, chart.edges[e].to);
            if (child < 0 || nodes[static_cast<std::size_t>(child)].depth >= 0) continue;
            NodeLayout& c = nodes[static_cast<std::size_t>(child)];
            c.depth = nodes[static_cast<std::size_t>(parent)].depth + 1;
            c.incoming = static_cast<int>(e);
            nodes[static_cast<std::size_t>(parent)].children.push_back(child);
            nodes[static_cast<std::size_t>(parent)].childEdges.push_back(static_cast<int>(e));
            order.push_back(child);
        }
    }

    // Measure every text first: the layout follows from the sizes, so a longer translation
    // widens its column instead of spilling out of its box.
    int depths = 0;
    for (const int i : order) {
        NodeLayout& n = nodes[static_cast<std::size_t>(i)];
        n.text = std::make_unique<FlowchartTextItem>(
            core_text(n.node->text), flowchart_node_font(n.node->is_leaf), kTextColour, kNodeWrap);
        const QRectF r = n.text->boundingRect();
        n.box = QSizeF(std::max(kMinNodeWidth, r.width() + 2 * kNodePadX),
                       std::max(kMinNodeHeight, r.height() + 2 * kNodePadY));
        depths = std::max(depths, n.depth + 1);
        if (n.incoming < 0) continue;
        EdgeLayout& e = edges[static_cast<std::size_t>(n.incoming)];
        e.text = std::make_unique<FlowchartTextItem>(
            core_text(chart.edges[static_cast<std::size_t>(n.incoming)].label),
            flowchart_label_font(), kTextColour, kLabelWrap);
        const QRectF t = e.text->boundingRect();
        e.box = QSizeF(t.width() + 2 * kLabelPadX, t.height() + 2 * kLabelPadY);
    }

    std::vector<double> rowHeight(static_cast<std::size_t>(depths), 0.0);
    std::vector<double> labelHeight(static_cast<std::size_t>(depths), 0.0);
    for (const int i : order) {
        const NodeLayout& n = nodes[static_cast<std::size_t>(i)];
        const auto d = static_cast<std::size_t>(n.depth);
        rowHeight[d] = std::max(rowHeight[d], n.box.height());
        if (n.incoming >= 0)
            labelHeight[d] =
                std::max(labelHeight[d], edges[static_cast<std::size_t>(n.incoming)].box.height());
    }

    measure_columns(nodes, edges, 0);
    place_columns(nodes, edges, 0, 0);
    // What is drawn of the tree can be narrower than its column (a short leaf in a wide one),
    // and the title is centred over what is drawn.
    double drawnLeft = nodes[0].column;
    double drawnRight = 0;
    for (const int i : order) {
        const double half = own_width(nodes, edges, i) / 2;
        drawnLeft = std::min(drawnLeft, nodes[static_cast<std::size_t>(i)].centre - half);
        drawnRight = std::max(drawnRight, nodes[static_cast<std::size_t>(i)].centre + half);
    }

    // The title first, since the tree starts below however many lines it takes.
    auto* title = new FlowchartTextItem(core_text(chart.title), flowchart_title_font(), kTextColour,
                                        std::max(drawnRight - drawnLeft, kMinTitleWrap));
    title->setPos((drawnLeft + drawnRight) / 2 - title->boundingRect().width() / 2, 0);
    title->setZValue(kZTitle);
    set_kind(title, FlowItemKind::Title);
    scene->addItem(title);

    std::vector<double> rowTop(static_cast<std::size_t>(depths), 0.0);
    rowTop[0] = title->boundingRect().height() + kTitleGap;
    for (std::size_t d = 1; d < rowTop.size(); ++d)
        rowTop[d] = rowTop[d - 1] + rowHeight[d - 1] + kTrunk + kJunctionToLabel + labelHeight[d] +
                    kLabelToChild;

    const std::vector<std::string_view> path = highlighted_nodes(chart, sel);
    auto on_path = [&path](std::string_view id) {
        return std::find(path.begin(), path.end(), id) != path.end();
    };
    auto edge_on_path = [&path](const FlowEdge& e) {
        for (std::size_t i = 0; i + 1 < path.size(); ++i)
            if (path[i] == e.from && path[i + 1] == e.to) return true;
        return false;
    };

    for (const int i : order) {
        NodeLayout& n = nodes[static_cast<std::size_t>(i)];
        const auto d = static_cast<std::size_t>(n.depth);
        n.top = rowTop[d];
        const QString id = qstring(n.node->id);
        const bool lit = on_path(n.node->id);
        QString answer;
        QString answerLabel;
        if (n.incoming >= 0) {
            const FlowEdge& in = chart.edges[static_cast<std::size_t>(n.incoming)];
            answer = qstring(in.answer);
            answerLabel = core_text(in.label);
        }

        // The box, with its text as a child centred in it.
        const QRectF rect(n.centre - n.box.width() / 2, n.top, n.box.width(), n.box.height());
        const double radius = n.node->is_leaf ? std::min(rect.height() / 2, 20.0) : kDecisionRadius;
        auto* box = new QGraphicsPathItem(box_path(rect, radius));
        const QColor border = lit               ? flowchart_highlight_colour()
                              : n.node->is_leaf ? kLeafBorder
                                                : flowchart_decision_colour();
        box->setPen(outline_pen(border, lit ? kHighlightPen : kNeutralPen));
        box->setBrush(lit ? kHighlightFill : n.node->is_leaf ? kLeafFill : kDecisionFill);
        box->setZValue(kZNode);
        FlowchartTextItem* text = n.text.release();
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

        if (n.children.empty()) continue;
        const double junctionY = n.top + rowHeight[d] + kTrunk;
        bool anyLit = false;
        for (const int e : n.childEdges)
            anyLit = anyLit || edge_on_path(chart.edges[static_cast<std::size_t>(e)]);
        auto* trunk = new QGraphicsPathItem;
        QPainterPath trunkPath(QPointF(n.centre, rect.bottom()));
        trunkPath.lineTo(n.centre, junctionY);
        trunk->setPath(trunkPath);
        trunk->setPen(
            outline_pen(anyLit ? flowchart_highlight_colour() : flowchart_neutral_colour(),
                        anyLit ? kHighlightPen : kNeutralPen));
        trunk->setZValue(anyLit ? kZEdgeHighlighted : kZEdge);
        trunk->setData(kNodeIdRole, id);
        trunk->setData(kHighlightRole, anyLit);
        set_kind(trunk, FlowItemKind::Trunk);
        scene->addItem(trunk);

        for (std::size_t k = 0; k < n.children.size(); ++k) {
            const NodeLayout& c = nodes[static_cast<std::size_t>(n.children[k])];
            const auto edgeIndex = static_cast<std::size_t>(n.childEdges[k]);
            const FlowEdge& fe = chart.edges[edgeIndex];
            const bool edgeLit = edge_on_path(fe);
            const QColor colour =
                edgeLit ? flowchart_highlight_colour() : flowchart_neutral_colour();
            const double childTop = rowTop[d + 1];
            const QString edgeAnswer = qstring(fe.answer);
            const QString edgeLabel = core_text(fe.label);

            auto* edge = new EdgeItem(edge_path(QPointF(n.centre, junctionY),
                                                QPointF(c.centre, childTop - kArrowLength + 1)));
            edge->setPen(outline_pen(colour, edgeLit ? kHighlightPen : kNeutralPen));
            edge->setZValue(edgeLit ? kZEdgeHighlighted : kZEdge);
            // The head widens with the line so a thick arrow does not end in a small tip.
            const double half = kArrowHalfWidth + (edgeLit ? 1.5 : 0);
            auto* head = new QGraphicsPolygonItem(
                QPolygonF{QPointF(c.centre - half, childTop - kArrowLength - (edgeLit ? 2 : 0)),
                          QPointF(c.centre + half, childTop - kArrowLength - (edgeLit ? 2 : 0)),
                          QPointF(c.centre, childTop)},
                edge);
            head->setPen(Qt::NoPen);
            head->setBrush(colour);

            // The answer sits on its arrow, in the child's column, which is wide enough for it.
            const QSizeF lb = edges[edgeIndex].box;
            const double labelCentreY = junctionY + kJunctionToLabel + labelHeight[d + 1] / 2;
            const QRectF labelRect(c.centre - lb.width() / 2, labelCentreY - lb.height() / 2,
                                   lb.width(), lb.height());
            auto* label = new QGraphicsPathItem(box_path(labelRect, kLabelRadius));
            label->setPen(outline_pen(colour, edgeLit ? 2.0 : 1.0));
            label->setBrush(edgeLit ? QColor(0xFF, 0xF6, 0xEF) : QColor(Qt::white));
            label->setZValue(kZLabel);
            FlowchartTextItem* labelText = edges[edgeIndex].text.release();
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

} // namespace activa::ui
