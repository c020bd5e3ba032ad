// SPDX-License-Identifier: MIT
#pragma once

#include "common/plotview.hpp"
#include "gradflow/gradflowplot.hpp"
#include "gradflow/gradflowrunner.hpp"

#include <activa/gradflow.hpp>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace activa::ui {

class NumberBox;

// The gradient-flow lab: a deep network at initialisation, run once per chosen activation (each
// with its initialisation), its gradient norm per layer on a log scale above and the spread,
// saturated and dead fractions of its activations below. Every edit recomputes in the
// background; the plot shows the newest finished computation.
class GradFlowView : public PlotView {
    Q_OBJECT
public:
    explicit GradFlowView(QWidget* parent = nullptr);

    GradFlowState state() const { return m_state; }
    // The state as checked(state, OnInvalid::UseDefault) cleans it; computed in the background.
    void setState(const GradFlowState& state);
    // Computes the current state in this thread and shows it: for exports, which need the
    // picture of the state just set.
    void computeNow();
    // Whether a computation is under way whose result is not shown yet.
    bool computing() const { return m_runner.busy(); }
    // What the plot shows: the state it was computed for and one result per curve.
    const GradFlowRuns& shown() const { return m_shown; }

    ViewTexts texts() const override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(QSettings& settings) override;
    void preparePicture(QSize size) override;
    void writeData(TextWriter& out) const override;
    QString fileStem() const override;

    const GradFlowPlotter& plotter() const { return m_plotter; }

signals:
    // A computation finished and the plot shows it.
    void resultsShown();

protected:
    void retranslate() override;

private:
    // The side panel and its boxes (gradflowpanel.cpp).
    QWidget* buildSidePanel();
    QTableWidget* buildCurveTable();
    QGroupBox* buildCurvesBox();
    QGroupBox* buildNetworkBox();
    // The functions offered, typed ones after the built-ins, named in the language of the
    // moment; the one chosen stays chosen.
    void fillAddCombo();
    // Typed functions were defined, edited or forgotten: the offer and the curves follow.
    void followFunctions();
    void fillCurveRow(int row);
    // Every edit of the controls ends in setState(); the sizes bound the memory.
    void connectEdits();
    void addCurve();
    void removeCurve();
    void onInitChosen(int row, int index);
    void onFinished(const GradFlowRuns& runs);
    void display(const GradFlowRuns& runs);

    // Puts m_state into the controls without their change signals firing.
    void fillControls();
    void updateButtons();
    // Starts a computation and announces a change; the one place every edit ends up.
    void apply();

    GradFlowState m_state;
    GradFlowRuns m_shown;
    QTableWidget* m_table = nullptr;
    QComboBox* m_addCombo = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    NumberBox* m_depthSpin = nullptr;
    NumberBox* m_widthSpin = nullptr;
    NumberBox* m_batchSpin = nullptr;
    NumberBox* m_biasSpin = nullptr;
    NumberBox* m_stdSpin = nullptr;
    NumberBox* m_seedSpin = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    GradFlowPlotter m_plotter;
    GradFlowRunner m_runner;
};

} // namespace activa::ui
