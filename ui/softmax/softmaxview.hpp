// SPDX-License-Identifier: MIT
#pragma once

#include "common/plotview.hpp"
#include "softmax/logitlist.hpp"
#include "softmax/softmaxplot.hpp"

#include <activa/softmax.hpp>

#include <QString>

class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableWidget;
class QTableWidgetItem;

namespace activa::ui {

class NumberBox;

// Positions of the temperature slider, which runs on a log scale from kMinTemperature to
// kMaxTemperature so that 0.1 and 10 are equally far from 1.
inline constexpr int kTemperatureSliderSteps = 1000;
int temperature_to_slider(double temperature);
double slider_to_temperature(int position);

// The softmax panel: a table of class names and logits, a temperature control and an
// explanation on the left, the softmax and sigmoid bar charts on the right. Every edit redraws.
class SoftmaxView : public PlotView {
    Q_OBJECT
public:
    explicit SoftmaxView(QWidget* parent = nullptr);

    SoftmaxState state() const { return m_state; }
    // The state as checked(state, OnInvalid::UseDefault) cleans it.
    void setState(const SoftmaxState& state);
    // Replaces the logits with a list as parse_logit_list reads it, keeping the names of the
    // first classes; on failure nothing changes and *error says why.
    bool setLogitsFromText(const QString& text, QString* error = nullptr);

    ViewTexts texts() const override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(QSettings& settings) override;
    void writeData(TextWriter& out) const override;
    QString fileStem() const override;

    const SoftmaxPlotter& plotter() const { return m_plotter; }

protected:
    void retranslate() override;

private:
    static constexpr int kNameColumn = 0;
    static constexpr int kLogitColumn = 1;

    // The side panel's parts, each with its texts in m_tr (softmaxpanel.cpp).
    QLabel* makeExplanation();
    QGroupBox* makeLogitsBox();
    QGroupBox* makeTemperatureBox();
    void describePlot();

    void addClass();
    void removeClass();
    void pasteList();
    void resetToExample();
    void onItemChanged(QTableWidgetItem* item);
    void onSliderChanged(int position);
    void onTemperatureChanged(double temperature);

    // Puts m_state into the controls without their change signals firing.
    void fillControls();
    void updateButtons();
    // Redraws and announces a change; the one place every edit ends up.
    void apply();

    SoftmaxState m_state;
    QTableWidget* m_table = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_pasteButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QSlider* m_temperatureSlider = nullptr;
    NumberBox* m_temperatureSpin = nullptr;
    QLabel* m_logitMessage = nullptr;
    SoftmaxPlotter m_plotter;
};

} // namespace activa::ui
