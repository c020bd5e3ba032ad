// SPDX-License-Identifier: MIT
#pragma once

#include "common/plotstyle.hpp"
#include "wizard/flowcharttext.hpp"

#include <activa/flowchart.hpp>

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QGraphicsScene;
class QPainter;

namespace activa::ui {

// Keys of the QGraphicsItem::setData entries every drawn item carries, so the view, the tests
// and any caller can find out what an item stands for without keeping pointers to it.
inline constexpr int kItemKindRole = 0;    // int(FlowItemKind)
inline constexpr int kNodeIdRole = 1;      // QString: the node's id (nodes and their texts)
inline constexpr int kAnswerRole = 2;      // QString: the answer key a click on it chooses
inline constexpr int kHighlightRole = 3;   // bool: on the path of the current answers
inline constexpr int kAnswerLabelRole = 4; // QString: the translated answer, for tooltips
inline constexpr int kEdgeFromRole = 5;    // QString: an edge's source node id
inline constexpr int kEdgeToRole = 6;      // QString: an edge's target node id

// Starts at 1 so that an item without the entry (data() gives 0) is none of them.
enum class FlowItemKind {
    Title = 1,
    Node,          // a decision or leaf box
    NodeText,      // the text inside a box (a child item of the box)
    Edge,          // an arrow from a parent's junction to a child
    Arrowhead,     // the head of an arrow (a child item of it)
    Trunk,         // the line from a decision box down to the junction its arrows share
    EdgeLabel,     // the box on an arrow holding its answer
    EdgeLabelText, // the text inside an answer box (a child item of it)
};

// The flowchart's colours: Okabe-Ito, safe for colour-blind readers, with neutral grey.
QColor flowchart_highlight_colour(); // #D55E00, the path of the current answers
QColor flowchart_decision_colour();  // #0072B2, question boxes
QColor flowchart_neutral_colour();   // grey arrows and answer boxes

// Fonts of the drawing, in pixels so that they scale with the picture on every device; a
// presentation's scale makes them larger.
QFont flowchart_title_font(double scale = 1.0);
QFont flowchart_node_font(bool leaf, double scale = 1.0);
QFont flowchart_label_font(double scale = 1.0);

// Draws one flowchart (hidden or output) into scene, replacing what it held: rounded decision
// boxes with the question, arrows labelled with the answers (the label sits on the arrow), leaf
// boxes with the recommended activation and the chart's title at the top. The path of the
// current answers is highlighted (thick #D55E00 arrows and borders, tinted fill); the rest stays
// neutral. The layout is layout_flowchart's, sized from the text metrics, so translated texts
// of any length fit. The scene's itemsBoundingRect is the picture. The style's scale makes the
// texts and lines larger and the boxes with them (the gaps stay), and a dark style draws light
// on dark; pictures take picture_style(), the window screen_style().
void draw_flowchart(QGraphicsScene* scene, const Flowchart& chart, const WizardAnswers& answers,
                    const PlotStyle& style = picture_style());

// The answer key of the clickable item at scene_pos (an answer box, its arrow or the box the
// arrow leads to), e.g. "mlp", "classification", "multiclass"; empty when there is none.
QString answer_at(QGraphicsScene* scene, QPointF scene_pos);

// Renders the scene's picture into target on painter, scaled to fit with a margin, on white:
// the window and the export path both draw with it.
void render_flowchart(QGraphicsScene* scene, QPainter* painter, const QRectF& target);

// A sentence of core's (a recipe's reason, a code comment) in the UI language, for core's
// writers that take a translation.
std::string translated_core_text(std::string_view english);

} // namespace activa::ui
