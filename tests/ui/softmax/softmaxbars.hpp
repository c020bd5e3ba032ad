// SPDX-License-Identifier: MIT
// What the softmax plot draws, read back from its bars, items and pixels.
#pragma once

#include "softmax/softmaxplot.hpp"

#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QStringList>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace activa::test {

using activa::ui::SoftmaxPlotter;

// key -> value of every softmax bar, whichever plottable (normal or highlighted) draws it.
inline std::map<double, double> softmax_bar_values(const SoftmaxPlotter& plotter) {
    std::map<double, double> values;
    for (QCPBars* bars : {plotter.probability_bars(), plotter.argmax_bars()}) {
        if (!bars) continue;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            EXPECT_TRUE(values.emplace(it->key, it->value).second) << "two bars at " << it->key;
    }
    return values;
}

inline std::vector<double> bar_values(QCPBars* bars) {
    std::vector<double> values;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

inline void expect_bars_equal(const SoftmaxPlotter& plotter, const std::vector<double>& expected) {
    const std::map<double, double> values = softmax_bar_values(plotter);
    ASSERT_EQ(values.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto it = values.find(static_cast<double>(i));
        ASSERT_NE(it, values.end()) << "no bar for class " << i;
        EXPECT_EQ(it->second, expected[i]) << "class " << i;
    }
}

inline int colour_count(QCustomPlot* plot) {
    const QImage image = plot->toPixmap(800, 400).toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

inline QStringList item_texts(QCustomPlot* plot) {
    QStringList texts;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) texts << text->text();
    return texts;
}

} // namespace activa::test
