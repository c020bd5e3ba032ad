// SPDX-License-Identifier: MIT
#pragma once

#include "common/axistitles.hpp"

#include <activa/gradflow.hpp>

#include <QCoreApplication>
#include <QString>

#include <limits>
#include <memory>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPAxisRect;
class QCPGraph;
class QCPLayoutGrid;
class QCPLegend;
class QCPTextElement;

namespace activa::ui {

class GradFlowLegends;

// "ReLU · He uniform": an activation with the initialisation of its weights, translated.
QString gradflow_curve_label(const GradFlowCurve& curve);

// Plotting adapter for the gradient-flow lab: above, the gradient norm per layer on a log scale,
// one line per activation; below, the spread of the activations (solid, left axis) and, on the
// right axis, the fractions of saturated slopes (dashed), of slopes exactly zero (dash-dot) and
// of dead units (dotted). The window and the export path both draw through it.
class GradFlowPlotter {
    Q_DECLARE_TR_FUNCTIONS(GradFlowPlotter)

public:
    explicit GradFlowPlotter(QCustomPlot* plot);
    ~GradFlowPlotter();

    // Redraws for these results, one per curve of the state in order (empty: nothing computed
    // yet). Does not replot.
    void draw(const GradFlowState& state, const std::vector<GradFlowResult>& results);

    QCPAxisRect* gradient_rect() const { return m_gradientRect; }
    QCPAxisRect* statistics_rect() const { return m_statisticsRect; }
    // One graph per curve, in the state's order.
    const std::vector<QCPGraph*>& gradient_graphs() const { return m_gradient; }
    const std::vector<QCPGraph*>& spread_graphs() const { return m_spread; }
    const std::vector<QCPGraph*>& saturated_graphs() const { return m_saturated; }
    const std::vector<QCPGraph*>& dead_graphs() const { return m_dead; }
    const std::vector<QCPGraph*>& zero_graphs() const { return m_zero; }
    const GradFlowLegends& legends() const { return *m_legends; }

private:
    // The gradient norms' extent over the curves drawn, and the largest spread.
    struct Extent {
        double lo = std::numeric_limits<double>::infinity();
        double hi = 0.0;
        double spread_hi = 0.0;
    };
    void setAxisTitles();
    // The lower plot's key to the line styles.
    void drawStyleKey();
    void drawCurve(const GradFlowCurve& curve, const GradFlowResult& result, Extent& extent);
    void setRanges(const Extent& extent);
    // A note in the upper plot's corner: what the log scale cannot show.
    void addNote(const QString& text);

    QCustomPlot* m_plot;
    QCPTextElement* m_title = nullptr;
    QCPAxisRect* m_gradientRect = nullptr;
    QCPAxisRect* m_statisticsRect = nullptr;
    std::unique_ptr<GradFlowLegends> m_legends;
    std::vector<QCPGraph*> m_gradient;
    std::vector<QCPGraph*> m_spread;
    std::vector<QCPGraph*> m_saturated;
    std::vector<QCPGraph*> m_dead;
    std::vector<QCPGraph*> m_zero;
    // Each axis with its title as written; drawn broken into lines to fit.
    AxisTitles m_titles;
};

} // namespace activa::ui
