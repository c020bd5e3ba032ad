// SPDX-License-Identifier: MIT
#pragma once

#include "common/retranslator.hpp"

#include <QList>
#include <QObject>

#include <optional>

class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QWidget;

namespace activa::ui {

class CurvePlotter;
class CurvesModel;

// The crosshair on the plots and the line under them that reads x, f(x) and f′(x) of every
// curve where the mouse is. The line is as tall as the widest values need, so the plot above it
// never moves as the numbers change.
class CurveReadout : public QObject {
    Q_OBJECT
public:
    CurveReadout(QCustomPlot* plot, const CurvePlotter& plotter, const CurvesModel& model,
                 Retranslator& texts, QWidget* parent);

    QLabel* label() const { return m_label; }
    // The plotter is about to draw anew, which deletes every item: whether the crosshair is
    // shown is kept for redrawn().
    void beforeRedraw();
    // The plotter drew anew: the crosshair again, and the values of the curves shown now at the
    // crosshair, or the hint where there is none.
    void redrawn();
    // The crosshair and values at plot x, drawn at once.
    void showAt(double x);
    // The crosshair leaves a picture.
    void hideCrosshair();
    // Checking one more function lowered the points per curve.
    void pointsLowered(int most, int curves);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHint();
    // The crosshair and values at plot x, without drawing.
    void place(double x);
    // The text at x; without x, its widest for the curves shown.
    QString text(std::optional<double> x) const;
    void reserve();

    QCustomPlot* m_plot;
    const CurvePlotter& m_plotter;
    const CurvesModel& m_model;
    QLabel* m_label;
    QList<QCPItemStraightLine*> m_crosshair;
    bool m_crosshairShown = false; // before the plotter's last draw
    // Where the values are read, while they are shown.
    std::optional<double> m_x;
    int m_reservedWidth = -1; // the width the label's height was reserved for
};

} // namespace activa::ui
