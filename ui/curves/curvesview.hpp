// SPDX-License-Identifier: MIT
#pragma once

#include "common/picture.hpp"
#include "curves/curveplot.hpp"

#include <activa/curves.hpp>

#include <QWidget>

#include <memory>

class QCheckBox;
class QCustomPlot;
class QCPItemStraightLine;
class QLabel;
class QMouseEvent;
class QPushButton;

namespace activa::ui {

class FunctionList;
class NumberBox;
class ParameterPanel;
class PropertiesPanel;

// The curves tab: pick functions, tune their parameters, read values off the plot.
class CurvesView : public QWidget, public Picture {
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
    void paintPicture(QCPPainter* painter, QSize size, bool vector) override;
    QSize pictureSize() const override;
    void writeData(TextWriter& out) const override;
    QString fileStem() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void resetView();
    void pan(double dx_fraction, double dy_fraction);

signals:
    void stateChanged();
    // The user zoomed or panned.
    void viewChanged();

protected:
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
    void zoomBy(double factor);
    void onMouseMove(QMouseEvent* event);

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
    QPushButton* m_reset;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    QLabel* m_pointsLabel;
    QLabel* m_readout;
    QLabel* m_saturationNote;
    QList<QCPItemStraightLine*> m_crosshair;
    bool m_updating = false;
};

} // namespace activa::ui
