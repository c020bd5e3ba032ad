// SPDX-License-Identifier: MIT
#pragma once

class QCustomPlot;
class QCPAxisRect;
class QCPLayoutGrid;
class QCPLegend;

namespace activa::ui {

// The two legends of the gradient-flow plots: the curves' by the upper plot, the line styles' by
// the lower one. They stand beside the plots while the plots keep kMinPlotWidth; in a narrower
// picture (the window at 1024 px) each goes under its plot with its entries side by side, so
// that the legends do not take the width the plots need.
class GradFlowLegends {
public:
    static constexpr int kMinPlotWidth = 400;

    // Lays out the plots in body (an empty grid), each with its legend.
    GradFlowLegends(QCustomPlot* plot, QCPLayoutGrid* body, QCPAxisRect* upper, QCPAxisRect* lower);

    QCPLegend* curves() const { return m_curves; }
    QCPLegend* styles() const { return m_styles; }

    // After a layout: beside or under the plots for the width the picture has, and the plot
    // laid out again when that changed.
    void arrange();
    // Shows or hides the legends as View → Legends says; a hidden legend leaves its cell, so
    // that the plots take the room it had.
    void followSwitch(bool any_curves);

private:
    void place(bool beside);
    // The width of the legends in a column of their own.
    int columnWidth() const;
    // Entries side by side under a plot, as many as fit across `width`.
    void wrap(int width);

    QCustomPlot* m_plot;
    QCPLayoutGrid* m_body;
    QCPAxisRect* m_upper;
    QCPAxisRect* m_lower;
    QCPLayoutGrid* m_curveCell;
    QCPLayoutGrid* m_styleCell;
    QCPLegend* m_curves = nullptr;
    QCPLegend* m_styles = nullptr;
    bool m_beside = true;
};

} // namespace activa::ui
