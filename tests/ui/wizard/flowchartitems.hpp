// SPDX-License-Identifier: MIT
// What the items of a drawn flowchart stand for, read back from the data every item carries.
#pragma once

#include "wizard/flowchartplot.hpp"

#include <activa/flowchart.hpp>

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QString>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace activa::test {

using activa::ui::FlowchartTextItem;
using activa::ui::FlowItemKind;

// The answers to one question of each chart, as the wizard records them.
inline WizardAnswers answered(std::optional<NetworkType> network,
                              std::optional<ProblemType> problem) {
    WizardAnswers a;
    a.network = network;
    if (problem) {
        a.classification = *problem != ProblemType::Regression;
        if (*a.classification) a.problem = problem;
    }
    return a;
}

inline QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

inline FlowItemKind kind(const QGraphicsItem* item) {
    return static_cast<FlowItemKind>(item->data(activa::ui::kItemKindRole).toInt());
}

inline std::vector<QGraphicsItem*> items_of(QGraphicsScene& scene, FlowItemKind k) {
    std::vector<QGraphicsItem*> found;
    for (QGraphicsItem* item : scene.items())
        if (kind(item) == k) found.push_back(item);
    return found;
}

// The text drawn inside a box or an answer box.
inline FlowchartTextItem* text_of(const QGraphicsItem* box) {
    for (QGraphicsItem* child : box->childItems())
        if (auto* text = qgraphicsitem_cast<FlowchartTextItem*>(child)) return text;
    return nullptr;
}

inline QGraphicsItem* node_item(QGraphicsScene& scene, std::string_view id) {
    for (QGraphicsItem* item : items_of(scene, FlowItemKind::Node))
        if (item->data(activa::ui::kNodeIdRole).toString() == qs(id)) return item;
    return nullptr;
}

inline QGraphicsItem* label_item(QGraphicsScene& scene, std::string_view answer) {
    for (QGraphicsItem* item : items_of(scene, FlowItemKind::EdgeLabel))
        if (item->data(activa::ui::kAnswerRole).toString() == qs(answer)) return item;
    return nullptr;
}

inline bool lit(const QGraphicsItem* item) {
    return item->data(activa::ui::kHighlightRole).toBool();
}

inline std::set<std::string> highlighted_node_items(QGraphicsScene& scene) {
    std::set<std::string> ids;
    for (QGraphicsItem* item : items_of(scene, FlowItemKind::Node))
        if (lit(item)) ids.insert(item->data(activa::ui::kNodeIdRole).toString().toStdString());
    return ids;
}

// "from>to" of every highlighted arrow.
inline std::set<std::string> highlighted_edge_items(QGraphicsScene& scene) {
    std::set<std::string> edges;
    for (QGraphicsItem* item : items_of(scene, FlowItemKind::Edge))
        if (lit(item))
            edges.insert((item->data(activa::ui::kEdgeFromRole).toString() + QLatin1Char('>') +
                          item->data(activa::ui::kEdgeToRole).toString())
                             .toStdString());
    return edges;
}

inline std::set<std::string> as_set(const std::vector<std::string_view>& ids) {
    return {ids.begin(), ids.end()};
}

inline std::set<std::string> path_edges(const std::vector<std::string_view>& path) {
    std::set<std::string> edges;
    for (std::size_t i = 0; i + 1 < path.size(); ++i)
        edges.insert(std::string(path[i]) + '>' + std::string(path[i + 1]));
    return edges;
}

inline std::vector<std::string_view> ids(std::initializer_list<std::string_view> list) {
    return list;
}

} // namespace activa::test
