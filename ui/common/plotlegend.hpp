// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QPointer>

class QCustomPlot;
class QCPAbstractLegendItem;
class QCPAxisRect;
class QCPLayoutGrid;
class QCPLegend;

namespace activa::ui {

// Keeps a plot's legend off the data it explains and lets the user move or hide it. Left to
// itself, the legend sits in a corner of its axis rect where it covers no drawn line or marker
// (the corner it is in first, so that it does not wander), or beside the plot when every corner
// would cover some. A drag puts it where it is dropped, inside the axes, until the legends are
// hidden and shown again. A click on an entry is reported, whatever else the plot draws over it.
// The legend is arranged whenever the plot is laid out: in the window and in every export, each
// at its own size.
class PlotLegend : public QObject {
    Q_OBJECT
public:
    // Where the legend goes when no corner is free: a strip above the axis rect, or a column to
    // its right.
    enum class Beside { Above, Right };
    enum class Place { Inside, Beside, Dropped };

    // inside_first: try the corners before going beside; otherwise the legend is always beside
    // unless dropped inside.
    PlotLegend(QCustomPlot* plot, QCPLegend* legend, QCPAxisRect* home, Beside beside,
               bool inside_first);
    ~PlotLegend() override;

    QCPLegend* legend() const;
    // Back to a place of its own choosing.
    void resetPlace();
    // Puts the legend back into its axis rect, out of any layout a plotter is about to clear.
    void retract();

    // Every legend of every plot, shown or hidden (View → Legends); plots whose legends are not
    // placed by a PlotLegend read allShown() when they are drawn. Showing them again forgets
    // where they were dropped.
    static void setAllShown(bool shown);
    static bool allShown();

signals:
    // A click (press and release without a drag) on an entry.
    void entryClicked(QCPAbstractLegendItem* item);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arrange();
    void relayout();
    bool coversData() const;
    void putInside(Qt::Alignment corner);
    void putBeside();
    void useFill(bool strip);
    QCPAbstractLegendItem* itemAt(const QPoint& pos) const;
    void dragTo(const QPoint& pos);

    QCustomPlot* m_plot;
    QPointer<QCPLegend> m_legend;
    QPointer<QCPAxisRect> m_home;
    Beside m_beside;
    bool m_insideFirst;
    Place m_place = Place::Inside;
    Qt::Alignment m_corner;
    // The grid that holds the legend beside the plot, with room for it to keep its natural size.
    QPointer<QCPLayoutGrid> m_besideCell;
    // A dropped legend's top-left corner, as fractions of its axis rect.
    QPointF m_dropped;
    bool m_arranging = false;
    // A press on the legend: where, on which entry, and whether it has become a drag.
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPoint m_pressCorner;
    QPointer<QCPAbstractLegendItem> m_pressItem;
};

} // namespace activa::ui
