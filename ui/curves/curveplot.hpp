// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>

#include <QColor>
#include <QString>

class QCustomPlot;
class QCPAxisRect;

namespace activa::ui {

// Colour-blind-safe colours (Okabe-Ito), one per curve in order.
QColor curve_colour(int index);
// One colour per function wherever it is drawn, from the same palette: the article's three keep
// the colours the curves view gives them by default (sigmoid, tanh, ReLU).
QColor function_colour(ActivationId id);
// "Leaky ReLU (negative_slope = 0.2)", numbers in the current locale.
QString curve_label(const CurveSpec& spec);

// Plotting adapter for activation curves: turns core results into QCustomPlot plottables on the
// plot it is handed. The window and the export path both draw through it.
class CurvePlotter {
public:
    explicit CurvePlotter(QCustomPlot* plot);

    // Recomputes and redraws everything. With keep_view the axes keep their current ranges;
    // otherwise x spans the state's range and y fits the finite values.
    void draw(const CurvesState& state, bool keep_view = false);
    // x range of the state, y fitted to the visible finite values of both plots.
    void reset_view();
    // Cuts every line, band and marker to the visible axes. QSvgGenerator (Qt 6.4) ignores
    // clipping, so an SVG of a zoomed view would otherwise show curves beyond the axes. draw()
    // brings the full data back.
    void clip_to_view();

    QCPAxisRect* value_rect() const { return m_valueRect; }
    QCPAxisRect* derivative_rect() const { return m_derivativeRect; } // null when hidden
    const CurvesState& state() const { return m_state; }

private:
    void build_layout(bool with_derivative);
    void fit_y();

    QCustomPlot* m_plot;
    QCPAxisRect* m_valueRect = nullptr;
    QCPAxisRect* m_derivativeRect = nullptr;
    CurvesState m_state;
    std::vector<Curve> m_data;
};

} // namespace activa::ui
