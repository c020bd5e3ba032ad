// SPDX-License-Identifier: MIT
#pragma once

#include <activa/flowchart.hpp>

#include <functional>
#include <vector>

namespace activa {

// Geometry in drawing units (pixels at 100 %), y growing downwards.
struct Size {
    double width = 0;
    double height = 0;
};
struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};
struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double right() const { return x + width; }
    double bottom() const { return y + height; }
    Point centre() const { return {x + width / 2, y + height / 2}; }
};

// What the drawing side measured: the box each node needs for its text and the box each
// answer needs on its arrow, indexed like the chart's nodes and edges, and the title's size
// when wrapped to a given width.
struct FlowchartMetrics {
    std::vector<Size> nodes;
    std::vector<Size> labels;
    std::function<Size(double max_width)> title;
};

struct NodePlacement {
    bool drawn = false; // reachable from the root
    int depth = -1;     // rows from the root
    int incoming = -1;  // index of the edge that leads here; -1 for the root
    Rect box;
    double junction_y = 0; // where the arrows to the children part, below the box
};

struct EdgePlacement {
    bool drawn = false;
    Point junction; // start, under the parent
    Point end;      // the tip, on the top of the child's box
    Rect label;     // the answer's box, on the arrow in the child's column
};

struct FlowchartLayout {
    Rect title;
    std::vector<NodePlacement> nodes;
    std::vector<EdgePlacement> edges;
};

// A top-down tree: rows by depth from the root, each subtree in a column as wide as it needs,
// sibling leaves in columns of one width so the arrows fan out symmetrically, the parent
// centred over its children, the answer's box on its arrow, the title centred over what is
// drawn. A node reached twice keeps its first parent; nodes unreachable from the root are not
// drawn. Pure arithmetic on the sizes given, so a longer translation widens its column instead
// of spilling out of its box.
FlowchartLayout layout_flowchart(const Flowchart& chart, const FlowchartMetrics& metrics);

// The gaps of the layout: generous on purpose, since the picture is usually scaled down to fit
// a panel and a cramped diagram is the first thing to become unreadable.
inline constexpr double kFlowSiblingGap = 28; // between the columns of neighbouring subtrees
inline constexpr double kFlowTrunk = 22;      // from a box's bottom to its arrows' junction
inline constexpr double kFlowJunctionToLabel = 16;
inline constexpr double kFlowLabelToChild = 30; // room for the arrowhead below the answer
inline constexpr double kFlowTitleGap = 30;
inline constexpr double kFlowMinTitleWrap = 560; // the title may be wider than a small tree

} // namespace activa
