// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>

#include <QWidget>

#include <vector>

class QLabel;
class QSlider;
class QVBoxLayout;

namespace activa::ui {

class NumberBox;

// Slider + spin box for every parameter of every plotted function that has one, within the
// catalogue's valid range. Changes are reported while the slider is dragged.
class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    // Rebuilds the controls for these curves (keeps nothing from before).
    void setCurves(const std::vector<CurveSpec>& curves);
    // Slider and spin box of curve `curve`, parameter `param`; null when absent.
    QSlider* slider(int curve, int param) const;
    NumberBox* spinBox(int curve, int param) const;

signals:
    void paramsChanged(int curve, activa::ParamValues params);
    // A slider is being dragged: updates come fast until dragFinished.
    void dragStarted();
    void dragFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    struct Control {
        int curve;
        int param;
        QSlider* slider;
        NumberBox* spin;
    };
    void setValue(int curve, int param, double value);

    QVBoxLayout* m_layout;
    QLabel* m_empty;
    std::vector<CurveSpec> m_curves;
    std::vector<Control> m_controls;
    std::vector<QWidget*> m_boxes;
};

} // namespace activa::ui
