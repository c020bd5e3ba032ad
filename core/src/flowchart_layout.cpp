// SPDX-License-Identifier: MIT
#include <activa/flowchart_layout.hpp>

#include <algorithm>
#include <cstddef>

namespace activa {
namespace {

struct Tree {
    std::vector<std::vector<int>> children; // node indices, in edge order
    std::vector<std::vector<int>> child_edges;
    std::vector<double> column; // width of each subtree's column
    std::vector<double> centre;
};

int find_node(const Flowchart& chart, std::string_view id) {
    for (std::size_t i = 0; i < chart.nodes.size(); ++i)
        if (chart.nodes[i].id == id) return static_cast<int>(i);
    return -1;
}

std::size_t at(int i) {
    return static_cast<std::size_t>(i);
}

// The width a node needs for itself: its box, and the answer box on the arrow into it, which
// sits in the node's column.
double own_width(const FlowchartLayout& l, const FlowchartMetrics& m, int i) {
    double w = m.nodes[at(i)].width;
    if (const int in = l.nodes[at(i)].incoming; in >= 0) w = std::max(w, m.labels[at(in)].width);
    return w;
}

double measure_columns(Tree& t, const FlowchartLayout& l, const FlowchartMetrics& m, int i) {
    const std::vector<int>& kids = t.children[at(i)];
    double widest = 0;
    bool all_leaves = true;
    for (const int c : kids) {
        widest = std::max(widest, measure_columns(t, l, m, c));
        all_leaves = all_leaves && t.children[at(c)].empty();
    }
    // Sibling leaves get columns of one width, so that a middle child sits right under its
    // parent and the arrows fan out symmetrically instead of jogging sideways.
    if (all_leaves)
        for (const int c : kids)
            t.column[at(c)] = widest;
    double children = 0;
    for (const int c : kids)
        children += t.column[at(c)];
    if (kids.size() > 1) children += kFlowSiblingGap * static_cast<double>(kids.size() - 1);
    t.column[at(i)] = std::max(own_width(l, m, i), children);
    return t.column[at(i)];
}

// Children sit side by side, centred in the parent's column; the parent is centred over its
// first and last child, but never so far that its own box would leave its column (which is
// what keeps neighbouring subtrees from overlapping).
void place_columns(Tree& t, const FlowchartLayout& l, const FlowchartMetrics& m, int i,
                   double left) {
    const std::vector<int>& kids = t.children[at(i)];
    if (kids.empty()) {
        t.centre[at(i)] = left + t.column[at(i)] / 2;
        return;
    }
    double children = kFlowSiblingGap * static_cast<double>(kids.size() - 1);
    for (const int c : kids)
        children += t.column[at(c)];
    double x = left + (t.column[at(i)] - children) / 2;
    for (const int c : kids) {
        place_columns(t, l, m, c, x);
        x += t.column[at(c)] + kFlowSiblingGap;
    }
    const double first = t.centre[at(kids.front())];
    const double last = t.centre[at(kids.back())];
    const double half = own_width(l, m, i) / 2;
    t.centre[at(i)] = std::clamp((first + last) / 2, left + half, left + t.column[at(i)] - half);
}

} // namespace

FlowchartLayout layout_flowchart(const Flowchart& chart, const FlowchartMetrics& m) {
    FlowchartLayout l;
    const std::size_t n = chart.nodes.size();
    l.nodes.resize(n);
    l.edges.resize(chart.edges.size());
    if (n == 0 || m.nodes.size() != n || m.labels.size() != chart.edges.size()) return l;

    // The tree, breadth first from the root.
    Tree t{std::vector<std::vector<int>>(n), std::vector<std::vector<int>>(n),
           std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
    l.nodes[0].depth = 0;
    std::vector<int> order{0};
    for (std::size_t k = 0; k < order.size(); ++k) {
        const int parent = order[k];
        for (std::size_t e = 0; e < chart.edges.size(); ++e) {
            if (chart.edges[e].from != chart.nodes[at(parent)].id) continue;
            const int child = find_node(chart, chart.edges[e].to);
            if (child < 0 || l.nodes[at(child)].depth >= 0) continue;
            l.nodes[at(child)].depth = l.nodes[at(parent)].depth + 1;
            l.nodes[at(child)].incoming = static_cast<int>(e);
            t.children[at(parent)].push_back(child);
            t.child_edges[at(parent)].push_back(static_cast<int>(e));
            order.push_back(child);
        }
    }

    int depths = 0;
    for (const int i : order)
        depths = std::max(depths, l.nodes[at(i)].depth + 1);
    std::vector<double> row_height(at(depths), 0.0);
    std::vector<double> label_height(at(depths), 0.0);
    for (const int i : order) {
        const auto d = at(l.nodes[at(i)].depth);
        row_height[d] = std::max(row_height[d], m.nodes[at(i)].height);
        if (const int in = l.nodes[at(i)].incoming; in >= 0)
            label_height[d] = std::max(label_height[d], m.labels[at(in)].height);
    }

    measure_columns(t, l, m, 0);
    place_columns(t, l, m, 0, 0);
    // What is drawn of the tree can be narrower than its column (a short leaf in a wide one),
    // and the title is centred over what is drawn.
    double drawn_left = t.column[0];
    double drawn_right = 0;
    for (const int i : order) {
        const double half = own_width(l, m, i) / 2;
        drawn_left = std::min(drawn_left, t.centre[at(i)] - half);
        drawn_right = std::max(drawn_right, t.centre[at(i)] + half);
    }
    const Size title =
        m.title ? m.title(std::max(drawn_right - drawn_left, kFlowMinTitleWrap)) : Size{};
    l.title = {(drawn_left + drawn_right) / 2 - title.width / 2, 0, title.width, title.height};

    std::vector<double> row_top(at(depths), 0.0);
    row_top[0] = title.height + kFlowTitleGap;
    for (std::size_t d = 1; d < row_top.size(); ++d)
        row_top[d] = row_top[d - 1] + row_height[d - 1] + kFlowTrunk + kFlowJunctionToLabel +
                     label_height[d] + kFlowLabelToChild;

    for (const int i : order) {
        NodePlacement& p = l.nodes[at(i)];
        const auto d = at(p.depth);
        const Size box = m.nodes[at(i)];
        p.drawn = true;
        p.box = {t.centre[at(i)] - box.width / 2, row_top[d], box.width, box.height};
        p.junction_y = row_top[d] + row_height[d] + kFlowTrunk;
        for (std::size_t k = 0; k < t.children[at(i)].size(); ++k) {
            const int c = t.children[at(i)][k];
            EdgePlacement& e = l.edges[at(t.child_edges[at(i)][k])];
            const double child_top = row_top[d + 1];
            const Size label = m.labels[at(t.child_edges[at(i)][k])];
            const double label_centre_y =
                p.junction_y + kFlowJunctionToLabel + label_height[d + 1] / 2;
            e.drawn = true;
            e.junction = {t.centre[at(i)], p.junction_y};
            e.end = {t.centre[at(c)], child_top};
            e.label = {t.centre[at(c)] - label.width / 2, label_centre_y - label.height / 2,
                       label.width, label.height};
        }
    }
    return l;
}

} // namespace activa
