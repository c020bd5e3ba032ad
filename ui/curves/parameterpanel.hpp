// SPDX-License-Identifier: MIT
#pragma once

#include "curves/curvesmodel.hpp"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QSlider;
class QVBoxLayout;

namespace activa::ui {

class NumberBox;

// Slider + number field for every parameter of every checked function that has one (a typed
// function's too, up to kMaxFormulaParams), within the range its description gives. It shows the
// model's values and hands a move to the model; changes are applied while a slider is dragged.
class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(CurvesModel* model, QWidget* parent = nullptr);

    // Slider and number field of curve `curve`, parameter `param`; null when absent.
    QSlider* slider(int curve, int param) const;
    NumberBox* spinBox(int curve, int param) const;

signals:
    // A slider is being dragged: updates come fast until dragFinished.
    void dragStarted();
    void dragFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Control {
        int curve;
        int param;
        QSlider* slider;
        NumberBox* spin;
    };
    void onModelChanged(CurvesModel::Parts parts);
    // The boxes of the checked functions, made anew.
    void build();
    void addBox(int curve);
    void addControl(QGridLayout* grid, int curve, int param);
    void showValues();
    void apply(int curve, int param, double value);

    CurvesModel* m_model;
    QVBoxLayout* m_layout;
    QLabel* m_empty;
    std::vector<ActivationId> m_built; // the functions the boxes are for, in order
    std::vector<Control> m_controls;
    std::vector<QWidget*> m_boxes;
};

} // namespace activa::ui
