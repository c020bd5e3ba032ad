// SPDX-License-Identifier: MIT
#pragma once

#include "common/axistitles.hpp"
#include "training/racesession.hpp"

#include <activa/datasets.hpp>
#include <activa/training.hpp>

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPColorMap;
class QCPGraph;
class QCPTextElement;

namespace activa::ui {

class PlotLegend;

// The dataset's name in the window.
QString dataset_name(DatasetId id);
// What the dataset holds, and whose it is: TensorFlow Playground's or Activa's own.
QString dataset_description(DatasetId id);

// The colour of a point's class, or for regression of its value on the scale from lo to hi.
QColor point_colour(const Dataset& data, std::size_t point, double lo, double hi);

// Draws a race on one plot, so the window and every export show the same picture: a title, the
// loss curves of every activation (training solid, test dashed), a decision map per activation
// with the data points on top, and the reading.
class TrainingPlotter {
    Q_DECLARE_TR_FUNCTIONS(activa::ui::TrainingPlotter)

public:
    explicit TrainingPlotter(QCustomPlot* plot);

    // Lays the plot out afresh for this race on this data, with no epochs yet.
    void reset(const TrainingState& state, const Dataset& data);
    // Adds the frame's epochs to the curves and shows its maps; the caller replots.
    void apply(const RaceFrame& frame, const std::vector<std::vector<EpochStats>>& histories);
    // Writes every text again in the current language, keeping the curves and maps; the caller
    // replots.
    void retranslate(const std::vector<std::vector<EpochStats>>& histories);

    QCPAxisRect* lossRect() const { return m_lossRect; }
    PlotLegend* legend() const { return m_legend; }
    QCPGraph* trainGraph(std::size_t run) const { return m_train.at(run); }
    QCPGraph* testGraph(std::size_t run) const { return m_test.at(run); }
    QCPColorMap* map(std::size_t run) const { return m_maps.at(run); }
    std::size_t runs() const { return m_maps.size(); }
    QString reading() const;

private:
    void fitReading();
    // The colour scale's ends: the values' range for regression, the probabilities' otherwise.
    void setValueRange(const Dataset& data);
    void layOutLossPlot(std::size_t epochs);
    // An activation's training (solid) and test (dashed) loss curves, in its colour.
    void addLossCurves(ActivationId id);
    // An activation's decision map in rect, framed in its colour.
    void addMap(QCPAxisRect* rect, ActivationId id);
    void addPoints(QCPAxisRect* rect, const Dataset& data);
    void updateTitles(std::size_t epoch, const std::vector<std::vector<EpochStats>>& histories);
    void fitLossAxis();
    void setAxisTitles();

    QCustomPlot* m_plot;
    TrainingState m_state;
    ProblemType m_problem = ProblemType::Binary;
    std::size_t m_outputs = 1;
    double m_targetMean = 0.0;
    double m_targetStd = 1.0;
    double m_valueLo = 0.0; // regression: the colour scale's ends
    double m_valueHi = 1.0;
    QCPTextElement* m_title = nullptr;
    QCPTextElement* m_reading = nullptr;
    QString m_readingText; // one line; the drawn text breaks it to fit
    QCPAxisRect* m_lossRect = nullptr;
    PlotLegend* m_legend = nullptr;
    std::vector<QCPAxisRect*> m_mapRects;
    AxisTitles m_titles; // the loss title and each map's, broken into lines to fit
    std::vector<QCPGraph*> m_train;
    std::vector<QCPGraph*> m_test;
    std::vector<QCPColorMap*> m_maps;
};

} // namespace activa::ui
