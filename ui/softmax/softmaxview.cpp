// SPDX-License-Identifier: MIT
#include "softmaxview.hpp"

#include "common/exporter.hpp"
#include "common/guide.hpp"
#include "common/numberbox.hpp"
#include "common/settings.hpp"
#include "common/sidepanel.hpp"

#include <activa/csv.hpp>
#include <activa/numbers.hpp>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace activa::ui {

int temperature_to_slider(double temperature) {
    const double t = std::clamp(temperature, kMinTemperature, kMaxTemperature);
    const double f = std::log(t / kMinTemperature) / std::log(kMaxTemperature / kMinTemperature);
    return static_cast<int>(std::lround(f * kTemperatureSliderSteps));
}

double slider_to_temperature(int position) {
    const double f = static_cast<double>(std::clamp(position, 0, kTemperatureSliderSteps)) /
                     kTemperatureSliderSteps;
    const double t = kMinTemperature * std::pow(kMaxTemperature / kMinTemperature, f);
    return std::clamp(t, kMinTemperature, kMaxTemperature);
}

SoftmaxView::SoftmaxView(QWidget* parent)
    : PlotView(parent)
    , m_plotter(m_plot) {
    QLabel* explanation = makeExplanation();
    QGroupBox* logitsBox = makeLogitsBox();
    QGroupBox* temperatureBox = makeTemperatureBox();
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(explanation);
    sideLayout->addWidget(logitsBox, 1);
    sideLayout->addWidget(temperatureBox);
    describePlot();
    place_side_panel(this, side, m_plot, 320, 360);

    connect(m_table, &QTableWidget::itemChanged, this, &SoftmaxView::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SoftmaxView::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &SoftmaxView::addClass);
    connect(m_removeButton, &QPushButton::clicked, this, &SoftmaxView::removeClass);
    connect(m_pasteButton, &QPushButton::clicked, this, &SoftmaxView::pasteList);
    connect(m_resetButton, &QPushButton::clicked, this, &SoftmaxView::resetToExample);
    connect(m_temperatureSlider, &QSlider::valueChanged, this, &SoftmaxView::onSliderChanged);
    connect(m_temperatureSpin, &NumberBox::valueChanged, this, &SoftmaxView::onTemperatureChanged);

    m_state = SoftmaxState{};
    fillControls();
    m_plotter.draw(m_state);
}

void SoftmaxView::retranslate() {
    fillControls(); // the rows' tooltips
    m_plotter.draw(m_state);
}

void SoftmaxView::setState(const SoftmaxState& state) {
    const SoftmaxState next = *checked(state, OnInvalid::UseDefault);
    if (next == m_state) return;
    m_state = next;
    fillControls();
    apply();
}

bool SoftmaxView::setLogitsFromText(const QString& text, QString* error) {
    const std::optional<std::vector<double>> logits = parse_logit_list(text, locale(), error);
    if (!logits) return false;
    SoftmaxState next = m_state;
    next.logits = *logits;
    setState(next); // checked() invents the names of new classes
    return true;
}

void SoftmaxView::addClass() {
    const int row = m_table->rowCount();
    if (row >= static_cast<int>(kMaxSoftmaxClasses)) return;
    // The next free letter, so a renamed class does not end up with a twin.
    QString name;
    for (std::size_t i = static_cast<std::size_t>(row);; ++i) {
        name = QString::fromStdString(default_class_name(i));
        if (std::find(m_state.classes.begin(), m_state.classes.end(), name.toStdString()) ==
            m_state.classes.end())
            break;
    }
    SoftmaxState next = m_state;
    next.classes.push_back(name.toStdString());
    next.logits.push_back(0.0);
    setState(next);
    m_table->setCurrentCell(row, kLogitColumn);
    m_table->scrollToItem(m_table->item(row, kLogitColumn));
}

void SoftmaxView::removeClass() {
    const int count = m_table->rowCount();
    if (count <= 1) return;
    const int current = m_table->currentRow();
    const int row = current >= 0 && current < count ? current : count - 1;
    SoftmaxState next = m_state;
    next.classes.erase(next.classes.begin() + row);
    next.logits.erase(next.logits.begin() + row);
    setState(next);
    m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), kNameColumn);
}

void SoftmaxView::pasteList() {
    // Start from the clipboard when it holds something short enough to be a list; otherwise
    // from the current logits, so the dialog doubles as a quick way to edit them all at once.
    QString initial = QApplication::clipboard()->text().trimmed();
    if (initial.isEmpty() || initial.size() > 4000 ||
        !parse_logit_list(initial, locale(), nullptr)) {
        QStringList numbers;
        for (double v : m_state.logits)
            numbers << QString::fromStdString(activa::format_number(v));
        initial = numbers.join(QStringLiteral(", "));
    }
    initial.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]+")), QStringLiteral("; "));

    QString prompt = tr("Logits separated by commas or semicolons, for example 1, 3, 2:");
    if (locale().decimalPoint() != QStringLiteral("."))
        prompt += QLatin1Char('\n') +
                  tr("With semicolons between the numbers, “%1” also works as decimal separator.")
                      .arg(locale().decimalPoint());
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Paste logits"), prompt, QLineEdit::Normal, initial, &ok);
    if (!ok) return;
    QString error;
    if (!setLogitsFromText(text, &error))
        QMessageBox::warning(this, tr("Paste logits"),
                             tr("The logits were not changed.") + QLatin1Char('\n') + error);
}

void SoftmaxView::resetToExample() {
    setState(SoftmaxState{});
}

void SoftmaxView::onItemChanged(QTableWidgetItem* item) {
    const int row = item->row();
    if (row < 0 || row >= static_cast<int>(m_state.logits.size())) return;
    if (item->column() == kNameColumn) {
        m_state.classes[static_cast<std::size_t>(row)] = item->text().toStdString();
    } else {
        // The delegate only produces valid numbers, but the model can be written to directly.
        bool ok = false;
        double v = item->data(Qt::EditRole).toDouble(&ok);
        if (!ok || !std::isfinite(v) || std::fabs(v) > kMaxLogit)
            v = m_state.logits[static_cast<std::size_t>(row)];
        const QVariant stored = item->data(Qt::EditRole);
        if (stored.typeId() != QMetaType::Double || stored.toDouble() != v) {
            const QSignalBlocker blocker(m_table);
            item->setData(Qt::EditRole, v);
        }
        if (v == m_state.logits[static_cast<std::size_t>(row)]) return;
        m_state.logits[static_cast<std::size_t>(row)] = v;
    }
    apply();
}

void SoftmaxView::onSliderChanged(int position) {
    // Two decimals are what a slider position can mean; the number shown is the one used.
    const double t = std::clamp(std::round(slider_to_temperature(position) * 100.0) / 100.0,
                                kMinTemperature, kMaxTemperature);
    {
        const QSignalBlocker blocker(m_temperatureSpin);
        m_temperatureSpin->setValue(t);
    }
    if (t == m_state.temperature) return;
    m_state.temperature = t;
    apply();
}

void SoftmaxView::onTemperatureChanged(double temperature) {
    {
        const QSignalBlocker blocker(m_temperatureSlider);
        m_temperatureSlider->setValue(temperature_to_slider(temperature));
    }
    if (temperature == m_state.temperature) return;
    m_state.temperature = temperature;
    apply();
}

void SoftmaxView::updateButtons() {
    m_addButton->setEnabled(m_table->rowCount() < static_cast<int>(kMaxSoftmaxClasses));
    m_removeButton->setEnabled(m_table->rowCount() > 1);
}

void SoftmaxView::apply() {
    updateButtons();
    m_plotter.draw(m_state);
    emit stateChanged();
}

ViewTexts SoftmaxView::texts() const {
    return {tr("&Softmax"), tr("How softmax turns logits into probabilities"),
            tr("Edit the logits or drag the temperature to see the probabilities change."),
            Guide::kSoftmax};
}

void SoftmaxView::saveSettings(QSettings& s) const {
    save_softmax(s, m_state);
}

void SoftmaxView::restoreSettings(QSettings& s) {
    setState(load_softmax(s));
}

void SoftmaxView::writeData(TextWriter& out) const {
    write_softmax_csv(out, m_state.logits, m_state.temperature, &m_state.classes);
}

QString SoftmaxView::fileStem() const {
    return QStringLiteral("softmax");
}

} // namespace activa::ui
