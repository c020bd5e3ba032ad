// SPDX-License-Identifier: MIT
#pragma once

#include "common/retranslator.hpp"

#include <QList>
#include <QObject>

#include <vector>

class QAction;
class QCustomPlot;
class QTimer;

namespace activa::ui {

class CurvePlotter;
class CurvesModel;

// Where the curves view looks: pans and zooms (mouse, wheel, keys, actions), the range they
// make visible computed into the model, y that follows the curves until the user places it,
// Fit y and Reset view, and Back and Forward through the views the user has been to.
class CurvesNavigation : public QObject {
    Q_OBJECT
public:
    CurvesNavigation(QCustomPlot* plot, CurvePlotter& plotter, CurvesModel* model,
                     Retranslator& texts, QObject* parent);

    // The visible ranges: x, then y of the value plot and, when shown, of the derivative plot.
    std::vector<double> viewRanges() const;
    // Shows these ranges when they fit the plots (as many pairs as viewRanges() gives, each
    // finite with lower < upper); otherwise keeps the view.
    void setViewRanges(const std::vector<double>& ranges);
    // The model's range is where Reset view goes back to; y fits the curves again. With
    // `forget`, the views been to are forgotten (a new state).
    void startFrom(bool forget);
    // y fits the curves again, unless the user placed it.
    void followCurves();

    void zoomIn();
    void zoomOut();
    // Back to the last typed range, y fitted.
    void resetView();
    // y fitted to what is shown; parameter changes refit y again until the next pan or zoom.
    void fitY();
    void pan(double dx_fraction, double dy_fraction);
    void back();
    void forward();

    // Zoom in and out, Reset view, Back and Forward; Fit y.
    QList<QAction*> menuActions() const;
    QAction* fitAction() const { return m_fitAction; }
    QAction* resetAction() const { return m_resetAction; }
    QAction* backAction() const { return m_backAction; }
    QAction* forwardAction() const { return m_forwardAction; }

signals:
    // The user zoomed, panned or walked the history.
    void viewChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions(Retranslator& texts);
    void connectPlot();
    void zoomBy(double factor);
    // The visible x range becomes the model's range.
    void followView();
    // The user panned or zoomed. When y moved too, it stays where they put it from now on;
    // otherwise y keeps fitting the curves unless they placed it before.
    void userMovedView(bool y_moved);
    // y of both plots, to tell whether a drag moved it.
    std::vector<double> yRanges() const;
    void recordView();
    void showRanges(const std::vector<double>& ranges);
    void updateActions();

    QCustomPlot* m_plot;
    CurvePlotter& m_plotter;
    CurvesModel* m_model;
    QAction* m_fitAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QTimer* m_followTimer;
    QTimer* m_historyTimer;
    // The range last typed (or set): what Reset view goes back to.
    double m_homeMin = -10.0;
    double m_homeMax = 10.0;
    // y was placed by the user's pan or zoom: parameter changes and x zooms leave it.
    bool m_userView = false;
    // y when the mouse was pressed on the plot.
    std::vector<double> m_pressY;
    std::vector<std::vector<double>> m_history;
    std::size_t m_historyPos = 0;
};

} // namespace activa::ui
