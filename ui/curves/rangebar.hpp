// SPDX-License-Identifier: MIT
#pragma once

#include "common/formbuilder.hpp"
#include "common/retranslator.hpp"
#include "curves/curvesmodel.hpp"

#include <QWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace activa::ui {

class NumberBox;

// The line above the plots: the x range and the points computed, the derivative, log |f′| and
// saturation toggles (and the menus' actions for two of them), Fit y and Reset view; under it,
// one line for the three fields' reasons. It shows the model and hands what is typed to it.
class RangeBar : public QWidget {
    Q_OBJECT
public:
    RangeBar(CurvesModel* model, Retranslator& texts, QWidget* parent = nullptr);

    QAction* derivativeAction() const { return m_derivativeAction; }
    QAction* logAction() const { return m_logAction; }

signals:
    // A range or a number of points was typed, and the model took it.
    void rangeTyped();
    void fitAsked();
    void resetAsked();

private:
    NumberBox* addField(QHBoxLayout* bar, NumberBox* box, const char* name, Text label);
    void buildToggles();
    void buildMessageLine(QHBoxLayout* messages);
    void onEdited();
    void onModelChanged(CurvesModel::Parts parts);

    CurvesModel* m_model;
    Retranslator& m_tr;
    NumberBox* m_xmin;
    NumberBox* m_xmax;
    NumberBox* m_points;
    QCheckBox* m_derivative;
    QCheckBox* m_saturation;
    QCheckBox* m_logDerivative;
    QPushButton* m_fit;
    QPushButton* m_reset;
    QAction* m_derivativeAction;
    QAction* m_logAction;
};

} // namespace activa::ui
