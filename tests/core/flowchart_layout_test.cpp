// SPDX-License-Identifier: MIT
// Positions of the flowchart layout, computed from given sizes without drawing anything.
#include <activa/flowchart_layout.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using activa::FlowchartLayout;
using activa::FlowchartMetrics;
using activa::Size;

// Every box the same size, so the expected positions can be worked out by hand.
FlowchartMetrics uniform(const activa::Flowchart& chart, Size node, Size label, Size title) {
    FlowchartMetrics m;
    m.nodes.assign(chart.nodes.size(), node);
    m.labels.assign(chart.edges.size(), label);
    m.title = [title](double) { return title; };
    return m;
}

TEST(FlowchartLayout, HiddenChartPutsThreeLeavesInARowUnderTheRoot) {
    const auto& chart = activa::hidden_flowchart();
    const FlowchartLayout l =
        layout_flowchart(chart, uniform(chart, {100, 40}, {80, 20}, {300, 24}));
    // Three sibling leaves in 100-wide columns with 28 between: 356 wide, root centred at 178.
    EXPECT_DOUBLE_EQ(l.nodes[0].box.centre().x, 178);
    EXPECT_DOUBLE_EQ(l.nodes[1].box.centre().x, 50);
    EXPECT_DOUBLE_EQ(l.nodes[2].box.centre().x, 178);
    EXPECT_DOUBLE_EQ(l.nodes[3].box.centre().x, 306);
    // The root sits below the title and its gap; the leaves one row lower.
    EXPECT_DOUBLE_EQ(l.nodes[0].box.y, 24 + activa::kFlowTitleGap);
    const double leaf_top = l.nodes[0].box.bottom() + activa::kFlowTrunk +
                            activa::kFlowJunctionToLabel + 20 + activa::kFlowLabelToChild;
    for (int i = 1; i <= 3; ++i)
        EXPECT_DOUBLE_EQ(l.nodes[static_cast<std::size_t>(i)].box.y, leaf_top) << i;
    // The title is centred over the tree.
    EXPECT_DOUBLE_EQ(l.title.centre().x, 178);
}

TEST(FlowchartLayout, ArrowsRunFromTheJunctionToTheTopOfTheirChild) {
    const auto& chart = activa::hidden_flowchart();
    const FlowchartLayout l =
        layout_flowchart(chart, uniform(chart, {100, 40}, {80, 20}, {300, 24}));
    for (std::size_t e = 0; e < chart.edges.size(); ++e) {
        const auto& edge = l.edges[e];
        ASSERT_TRUE(edge.drawn);
        const auto& child = l.nodes[e + 1]; // edges are in the children's order
        EXPECT_EQ(edge.end, (activa::Point{child.box.centre().x, child.box.y})) << e;
        EXPECT_DOUBLE_EQ(edge.junction.y, l.nodes[0].box.bottom() + activa::kFlowTrunk);
        // The answer's box sits on the arrow, in the child's column, between junction and child.
        EXPECT_DOUBLE_EQ(edge.label.centre().x, child.box.centre().x);
        EXPECT_GT(edge.label.y, edge.junction.y);
        EXPECT_LT(edge.label.bottom(), child.box.y);
    }
}

TEST(FlowchartLayout, OutputChartNestsClassificationWithoutOverlap) {
    const auto& chart = activa::output_flowchart();
    const FlowchartLayout l =
        layout_flowchart(chart, uniform(chart, {120, 40}, {90, 20}, {300, 24}));
    // Depths: problem 0; linear and classification 1; the three classification leaves 2.
    EXPECT_EQ(l.nodes[0].depth, 0);
    EXPECT_EQ(l.nodes[1].depth, 1);
    EXPECT_EQ(l.nodes[2].depth, 1);
    for (std::size_t i = 3; i < 6; ++i)
        EXPECT_EQ(l.nodes[i].depth, 2) << i;
    // "Classification?" is centred over its three leaves, which do not overlap each other or
    // the regression leaf.
    EXPECT_DOUBLE_EQ(l.nodes[2].box.centre().x, l.nodes[4].box.centre().x);
    for (std::size_t a = 1; a < 6; ++a)
        for (std::size_t b = a + 1; b < 6; ++b) {
            const auto& p = l.nodes[a].box;
            const auto& q = l.nodes[b].box;
            const bool apart =
                p.right() <= q.x || q.right() <= p.x || p.bottom() <= q.y || q.bottom() <= p.y;
            EXPECT_TRUE(apart) << a << " and " << b;
        }
}

TEST(FlowchartLayout, WiderLabelWidensItsColumn) {
    const auto& chart = activa::hidden_flowchart();
    FlowchartMetrics m = uniform(chart, {100, 40}, {80, 20}, {300, 24});
    m.labels[0] = {300, 20}; // a long translation of the first answer
    const FlowchartLayout l = layout_flowchart(chart, m);
    // Sibling leaves share the widest column: 3 x 300 + 2 x 28.
    EXPECT_DOUBLE_EQ(l.nodes[3].box.centre().x - l.nodes[1].box.centre().x, 2 * (300 + 28));
    EXPECT_DOUBLE_EQ(l.edges[0].label.width, 300);
}

TEST(FlowchartLayout, TitleWrapsToTheTreeButNotNarrowerThanTheMinimum) {
    const auto& chart = activa::hidden_flowchart();
    FlowchartMetrics m = uniform(chart, {100, 40}, {80, 20}, {0, 0});
    double asked = 0;
    m.title = [&asked](double width) {
        asked = width;
        return Size{width, 24};
    };
    layout_flowchart(chart, m);
    EXPECT_DOUBLE_EQ(asked, activa::kFlowMinTitleWrap); // the tree is 356 wide
    m.nodes.assign(chart.nodes.size(), Size{300, 40});
    layout_flowchart(chart, m);
    EXPECT_DOUBLE_EQ(asked, 3 * 300 + 2 * 28);
}

TEST(FlowchartLayout, MismatchedMetricsDrawNothing) {
    const auto& chart = activa::hidden_flowchart();
    FlowchartMetrics m = uniform(chart, {100, 40}, {80, 20}, {300, 24});
    m.nodes.pop_back();
    const FlowchartLayout l = layout_flowchart(chart, m);
    for (const auto& n : l.nodes)
        EXPECT_FALSE(n.drawn);
}

} // namespace
