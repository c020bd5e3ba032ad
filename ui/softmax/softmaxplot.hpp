// SPDX-License-Identifier: MIT
#pragma once

#include <activa/softmax.hpp>

#include <QColor>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;

namespace activa::ui {

// Okabe-Ito colours, safe for colour-blind readers: softmax bars, the argmax bar, sigmoid bars.
QColor softmax_bar_colour();
QColor softmax_argmax_colour();
QColor sigmoid_bar_colour();

// Plotting adapter for softmax: probabilities as bars with their values printed on them and the
// argmax highlighted, beside the same logits through independent sigmoids (the multilabel
// reading). Used by the window and the export path.
class SoftmaxPlotter {
public:
    explicit SoftmaxPlotter(QCustomPlot* plot);
    void draw(const SoftmaxState& state);
    // What is drawn, for tests and data export.
    const std::vector<double>& probabilities() const { return m_probabilities; }
    const std::vector<double>& sigmoids() const { return m_sigmoids; }

    // The pieces of the last drawing (null before the first draw). The argmax bar is a plottable
    // of its own so it can have its own colour: probability_bars() holds every other class.
    QCPBars* probability_bars() const { return m_probabilityBars; }
    QCPBars* argmax_bars() const { return m_argmaxBars; }
    QCPBars* sigmoid_bars() const { return m_sigmoidBars; }
    // Index of the highlighted class; meaningless when nothing is drawn.
    std::size_t argmax_index() const { return m_argmax; }

private:
    // Titles, a caption and a note under each, and the two empty bar charts, one bar slot per
    // name.
    void draw_frame(const QStringList& names, const QString& softmaxCaption,
                    const QString& sigmoidCaption, const QString& softmaxNote,
                    const QString& sigmoidNote);
    void draw_empty();

    QCustomPlot* m_plot;
    std::vector<double> m_probabilities;
    std::vector<double> m_sigmoids;
    QCPAxisRect* m_softmaxRect = nullptr;
    QCPAxisRect* m_sigmoidRect = nullptr;
    QCPBars* m_probabilityBars = nullptr;
    QCPBars* m_argmaxBars = nullptr;
    QCPBars* m_sigmoidBars = nullptr;
    std::size_t m_argmax = 0;
};

} // namespace activa::ui
