// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>

#include <QColor>
#include <QString>

#include <set>

class QCustomPlot;
class QCPAxisRect;

namespace activa::ui {

class PlotLegend;

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
    // Fits y of both plots to the finite values of the shown curves within the visible x.
    void fit_y();
    // A curve hidden from its legend entry stays listed there, greyed; draw() keeps it hidden.
    void set_hidden(ActivationId id, bool hidden);
    bool is_hidden(ActivationId id) const { return m_hidden.contains(id); }
    // Saturation bands drawn for the selected function.
    std::size_t band_count() const { return m_bandCount; }
    // Whether those bands hold slopes of exactly zero, small ones, or both.
    BandSlopes band_slopes() const { return m_bandSlopes; }
    // Cuts every line, band and marker to the visible axes. QSvgGenerator (Qt 6.4) ignores
    // clipping, so an SVG of a zoomed view would otherwise show curves beyond the axes. draw()
    // brings the full data back.
    void clip_to_view();

    // The legend's place and the clicks on its entries.
    PlotLegend* legend() const { return m_legend; }
    QCPAxisRect* value_rect() const { return m_valueRect; }
    QCPAxisRect* derivative_rect() const { return m_derivativeRect; } // null when hidden

private:
    // The axes' ranges before a draw, to keep them.
    struct SavedView;
    SavedView saved_view() const;
    void restore_view(const SavedView& before, bool log_slope);
    void build_layout(bool with_derivative);
    void style_derivative_axis(bool log);
    // The grey bands of the selected function's curve, on both plots.
    void draw_bands(const Curve& curve);
    void draw_curve(const CurveSpec& spec, const Curve& curve, bool log_slope);
    // The legend's entry for the bands.
    void draw_band_key(ActivationId selected);
    void fit_rect_y(QCPAxisRect* rect);

    QCustomPlot* m_plot;
    QCPAxisRect* m_valueRect = nullptr;
    QCPAxisRect* m_derivativeRect = nullptr;
    PlotLegend* m_legend = nullptr;
    // The range last drawn: what reset_view() shows.
    double m_xmin = -10.0;
    double m_xmax = 10.0;
    std::set<ActivationId> m_hidden;
    std::size_t m_bandCount = 0;
    BandSlopes m_bandSlopes;
};

} // namespace activa::ui
