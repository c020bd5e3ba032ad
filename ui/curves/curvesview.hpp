// SPDX-License-Identifier: MIT
#pragma once

#include "common/view.hpp"
#include "curves/curveplot.hpp"

#include <activa/curves.hpp>

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QCPAbstractLegendItem;
class QCustomPlot;
class QCPItemStraightLine;
class QLabel;
class QMouseEvent;
class QPushButton;
class QTimer;

namespace activa::ui {

class FunctionList;
class NumberBox;
class ParameterPanel;
class PropertiesPanel;

// The curves tab: pick functions, tune their parameters, read values off the plot.
class CurvesView : public QWidget, public View, public PlotPicture {
    Q_OBJECT
public:
    explicit CurvesView(QWidget* parent = nullptr);
    ~CurvesView() override;

    CurvesState state() const { return m_state; }
    // Applies a state (checked functions, params, range, toggles), corrected to valid values.
    void setState(const CurvesState& state);

    QCustomPlot* plot() const { return m_plot; }
    const CurvePlotter& plotter() const { return *m_plotter; }
    FunctionList* functionList() const { return m_list; }
    ParameterPanel* parameterPanel() const { return m_params; }
    PropertiesPanel* propertiesPanel() const { return m_properties; }
    QLabel* readout() const { return m_readout; }
    // The visible ranges: x, then y of the value plot and, when shown, of the derivative plot.
    std::vector<double> viewRanges() const;
    // Shows these ranges when they fit the plots (as many pairs as viewRanges() gives, each
    // finite with lower < upper); otherwise keeps the view.
    void setViewRanges(const std::vector<double>& ranges);
    // Shows the crosshair and readout at plot x, as if the mouse were there.
    void showReadoutAt(double x);
    // The picture: the plot without the crosshair, and for vector formats everything cut to
    // the visible axes (see CurvePlotter::clip_to_view).
    void writeData(TextWriter& out) const override;
    QString fileStem() const override;
    // The window's: zoom, Reset view, Back and Forward in the View menu; zoom and Reset view in
    // the toolbar; Fit y, Reset view, Back, Forward, Derivative, Log |f′| in the picture's menu.
    ViewTexts texts() const override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(QSettings& settings) override;
    void onChanged(QObject* context, std::function<void()> changed) override;
    QList<QAction*> menuActions() const override;
    QList<QAction*> toolbarActions() const override;
    QList<QAction*> contextActions() const override;
    QAction* backAction() const { return m_backAction; }
    QAction* forwardAction() const { return m_forwardAction; }
    // Hides or shows a plotted function, as a click on its legend entry does.
    void setCurveHidden(ActivationId id, bool hidden);

public slots:
    void zoomIn();
    void zoomOut();
    // Back to the last typed range, y fitted.
    void resetView();
    // y fitted to what is shown; parameter changes refit y again until the next pan or zoom.
    void fitY();
    void pan(double dx_fraction, double dy_fraction);
    // Through the views the user has been to: pans, zooms, fits, typed ranges.
    void back();
    void forward();

signals:
    void stateChanged();
    // The user zoomed or panned.
    void viewChanged();

protected:
    QCustomPlot* picturePlot() const override { return m_plot; }
    QWidget* pictureWidget() override { return this; }
    void beforePicture(bool vector) override;
    void afterPicture() override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onCheckedChanged();
    void limitPoints();
    void onCurrentChanged(ActivationId id);
    void onRangeEdited();
    void redraw(bool keep_view);
    void updateSaturationNote();
    void clearReadout();
    // The readout's text at x; without x, its widest for the curves shown.
    QString readoutText(std::optional<double> x) const;
    void reserveReadout();
    void zoomBy(double factor);
    void onMouseMove(QMouseEvent* event);
    // The visible x range becomes the computed range, and the x boxes show it.
    void followView();
    // Takes lo..hi as the computed range and shows it in the x boxes.
    void showRange(double lo, double hi);
    // The user panned or zoomed. When y moved too, it stays where they put it from now on;
    // otherwise y keeps fitting the curves unless they placed it before.
    void userMovedView(bool y_moved);
    // y of both plots, to tell whether a drag moved it.
    std::vector<double> yRanges() const;
    // The readout and crosshair at plot x, without drawing.
    void setReadout(double x);
    void recordView();
    void showRanges(const std::vector<double>& ranges);
    void updateActions();
    ParamValues paramsOf(ActivationId id) const;
    void onLegendClick(QCPAbstractLegendItem* item);

    CurvesState m_state;
    ActivationId m_current = ActivationId::Relu;
    FunctionList* m_list;
    ParameterPanel* m_params;
    PropertiesPanel* m_properties;
    QCustomPlot* m_plot;
    std::unique_ptr<CurvePlotter> m_plotter;
    NumberBox* m_xmin;
    NumberBox* m_xmax;
    NumberBox* m_points;
    QCheckBox* m_derivative;
    QCheckBox* m_saturation;
    QCheckBox* m_logDerivative;
    QPushButton* m_fit;
    QPushButton* m_reset;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    QLabel* m_pointsLabel;
    QLabel* m_readout;
    QLabel* m_saturationNote;
    QList<QCPItemStraightLine*> m_crosshair;
    QAction* m_fitAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_derivativeAction = nullptr;
    QAction* m_logAction = nullptr;
    QTimer* m_followTimer = nullptr;
    QTimer* m_historyTimer = nullptr;
    // The range last typed (or set): what Reset view goes back to.
    double m_homeMin = -10.0;
    double m_homeMax = 10.0;
    // y was placed by the user's pan or zoom: parameter changes and x zooms leave it.
    bool m_userView = false;
    // y when the mouse was pressed on the plot.
    std::vector<double> m_pressY;
    // Where the readout reads the curves, while it shows values.
    std::optional<double> m_readoutX;
    std::vector<std::vector<double>> m_history;
    std::size_t m_historyPos = 0;
    bool m_updating = false;
    int m_readoutWidth = -1; // the width the readout's height was reserved for
};

} // namespace activa::ui
