// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QCustomPlot;
class QCPAxis;
class QFont;

namespace activa::ui {

// How a text is broken into lines: titles as evenly as the words allow, running text (a
// paragraph under a plot) filling each line before the next.
enum class LineBreaks { Even, Greedy };

// The text broken at spaces into lines no wider than width; the lines it already has stay lines,
// and "59 %" is never parted. A word wider than width keeps a line of its own.
QString broken_to_width(const QString& text, const QFont& font, int width,
                        LineBreaks breaks = LineBreaks::Even);

// A plot's axis titles, broken into lines for the room their plots have: in the window and in
// every export, each at its own size. fit() belongs after the layout (QCustomPlot::afterLayout),
// when the plots have their sizes; a size from the layout before is stale after a resize or a
// tab shown for the first time, and a title fitted to it runs past its plot.
class AxisTitles {
public:
    // The room a title has, in pixels.
    using Room = std::function<int()>;

    explicit AxisTitles(QCustomPlot* plot)
        : m_plot(plot) {}

    // The title as written; drawn broken to fit `room`, by default the length of the axis's
    // plot along the axis, less a little air.
    void set(QCPAxis* axis, const QString& title, Room room = {});
    void clear() { m_titles.clear(); }
    // Breaks every title for the sizes of the layout just made, and lays the plot out again
    // when a title changed: a title in more lines widens its margin, which shrinks the plots.
    void fit();

private:
    struct Title {
        QPointer<QCPAxis> axis;
        QString text;
        Room room;
    };
    QCustomPlot* m_plot;
    std::vector<Title> m_titles;
};

} // namespace activa::ui
