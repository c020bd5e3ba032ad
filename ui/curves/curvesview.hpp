// SPDX-License-Identifier: MIT
#pragma once

#include "common/plotview.hpp"
#include "curves/curveplot.hpp"
#include "curves/curvesmodel.hpp"

#include <activa/curves.hpp>

#include <memory>

class QAction;
class QCPAbstractLegendItem;
class QLabel;

namespace activa::ui {

class CurveReadout;
class CurvesNavigation;
class FunctionList;
class ParameterPanel;
class PropertiesPanel;
class RangeBar;

// The curves tab: pick functions, tune their parameters, read values off the plot. Its state is
// one CurvesModel, which the list, the panels, the range bar and the plot observe.
class CurvesView : public PlotView {
    Q_OBJECT
public:
    explicit CurvesView(QWidget* parent = nullptr);
    ~CurvesView() override;

    CurvesState state() const { return m_model->state(); }
    // Applies a state (checked functions, params, range, toggles), corrected to valid values.
    void setState(const CurvesState& state);

    CurvesModel* model() const { return m_model; }
    const CurvePlotter& plotter() const { return *m_plotter; }
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
    // Where the view looks: zoom, Fit y, Reset view, Back and Forward.
    CurvesNavigation* navigation() const { return m_navigation; }
    // Hides or shows a plotted function, as a click on its legend entry does.
    void setCurveHidden(ActivationId id, bool hidden);

public slots:
    // Zoom and pan as the mouse and keys do; the rest of the navigation is navigation()'s.
    void zoomIn();
    void pan(double dx_fraction, double dy_fraction);

signals:
    // The user zoomed or panned.
    void viewChanged();

protected:
    void beforePicture(bool vector) override;
    void afterPicture() override;
    void retranslate() override;

private:
    QWidget* buildSidePanels(QWidget* centre);
    QWidget* buildCentre();
    void connectParts();
    void onModelChanged(CurvesModel::Parts parts);
    void redraw(bool keep_view);
    void updateSaturationNote();
    void onLegendClick(QCPAbstractLegendItem* item);

    CurvesModel* m_model;
    FunctionList* m_list;
    ParameterPanel* m_params;
    PropertiesPanel* m_properties;
    std::unique_ptr<CurvePlotter> m_plotter;
    RangeBar* m_bar = nullptr;
    CurveReadout* m_readout = nullptr;
    CurvesNavigation* m_navigation = nullptr;
    QLabel* m_saturationNote = nullptr;
};

} // namespace activa::ui
