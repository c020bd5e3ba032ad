// SPDX-License-Identifier: MIT
#include "gradflowview.hpp"

#include "common/coretext.hpp"
#include "common/exporter.hpp"
#include "common/guide.hpp"
#include "common/numberbox.hpp"
#include "common/numbertext.hpp"
#include "common/palette.hpp"
#include "common/settings.hpp"
#include "common/sidepanel.hpp"

#include <activa/csv.hpp>

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace activa::ui {
GradFlowView::GradFlowView(QWidget* parent)
    : PlotView(parent)
    , m_plotter(m_plot) {
    QWidget* side = buildSidePanel();

    m_plot->setMinimumSize(420, 300);
    m_tr.add([=, this] {
        m_plot->setToolTip(
            tr("Above: the gradient norm at each layer, log scale. Below: the spread of the "
               "activations; the fractions of saturated slopes (small but not zero), of slopes "
               "exactly zero, and of dead units."));
    });
    m_tr.add([=, this] { m_plot->setAccessibleName(tr("Gradient flow plots")); });

    place_side_panel(this, side, m_plot, 340, 380);

    connectEdits();
    fillControls();
    m_plotter.draw(m_state, {});
    apply();
}

void GradFlowView::connectEdits() {
    connect(m_addButton, &QPushButton::clicked, this, &GradFlowView::addCurve);
    connect(m_removeButton, &QPushButton::clicked, this, &GradFlowView::removeCurve);
    connect(m_resetButton, &QPushButton::clicked, this, [this] { setState(GradFlowState{}); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GradFlowView::updateButtons);
    const auto on_edit = [this](NumberBox* box, auto field) {
        connect(box, &NumberBox::valueChanged, this, [this, field](double value) {
            GradFlowState next = m_state;
            next.*field = static_cast<std::remove_reference_t<decltype(next.*field)>>(value);
            setState(next);
        });
    };
    // The sizes together bound the memory: a size that would pass the ceiling is refused where
    // it is typed, and the other sizes stay as they are.
    const auto bound_memory = [this](NumberBox* box, std::size_t GradFlowState::*field) {
        box->setCheck([this, field](double value) {
            GradFlowState next = m_state;
            next.*field = static_cast<std::size_t>(value);
            const std::size_t bytes = gradflow_memory_bytes(next.depth, next.width, next.batch);
            if (bytes <= kGradFlowMemoryCeilingBytes) return QString();
            return tr("Not taken: depth × width × batch would need %1 MiB, more than the %2 MiB "
                      "allowed.")
                .arg(
                    QLocale().toString(static_cast<qulonglong>(bytes >> 20)),
                    QLocale().toString(static_cast<qulonglong>(kGradFlowMemoryCeilingBytes >> 20)));
        });
    };
    bound_memory(m_depthSpin, &GradFlowState::depth);
    bound_memory(m_widthSpin, &GradFlowState::width);
    bound_memory(m_batchSpin, &GradFlowState::batch);
    on_edit(m_depthSpin, &GradFlowState::depth);
    on_edit(m_widthSpin, &GradFlowState::width);
    on_edit(m_batchSpin, &GradFlowState::batch);
    on_edit(m_seedSpin, &GradFlowState::seed);
    on_edit(m_biasSpin, &GradFlowState::bias);
    on_edit(m_stdSpin, &GradFlowState::normal_std);
    connect(&m_runner, &GradFlowRunner::finished, this, &GradFlowView::onFinished);
    connect(&FunctionsChanged::instance(), &FunctionsChanged::changed, this,
            &GradFlowView::followFunctions);
}

void GradFlowView::retranslate() {
    fillAddCombo();
    fillControls();
    display(m_shown);
}

void GradFlowView::setState(const GradFlowState& state) {
    GradFlowState next = *checked(state, OnInvalid::UseDefault);
    if (next == m_state) {
        fillControls(); // a refused edit (too much memory) shows the value in force again
        return;
    }
    m_state = std::move(next);
    fillControls();
    apply();
}

void GradFlowView::computeNow() {
    display(m_runner.runNow(m_state));
}

void GradFlowView::addCurve() {
    const auto id = static_cast<ActivationId>(m_addCombo->currentData().toInt());
    const auto listed = std::find_if(m_state.curves.begin(), m_state.curves.end(),
                                     [id](const GradFlowCurve& c) { return c.activation == id; });
    if (listed != m_state.curves.end()) { // already there: show it
        m_table->selectRow(static_cast<int>(listed - m_state.curves.begin()));
        return;
    }
    if (m_state.curves.size() >= kGradFlowMaxCurves) return;
    GradFlowState next = m_state;
    next.curves.push_back({id, recommended_init(id)});
    setState(next);
    m_table->selectRow(m_table->rowCount() - 1);
}

void GradFlowView::removeCurve() {
    const int count = m_table->rowCount();
    if (count <= 1) return;
    const int current = m_table->currentRow();
    const int row = current >= 0 && current < count ? current : count - 1;
    GradFlowState next = m_state;
    next.curves.erase(next.curves.begin() + row);
    setState(next);
    m_table->selectRow(std::min(row, m_table->rowCount() - 1));
}

void GradFlowView::onInitChosen(int row, int index) {
    if (row < 0 || row >= static_cast<int>(m_state.curves.size()) || index < 0) return;
    GradFlowState next = m_state;
    next.curves[static_cast<std::size_t>(row)].init = static_cast<InitScheme>(index);
    setState(next);
}

void GradFlowView::updateButtons() {
    m_addButton->setEnabled(m_state.curves.size() < kGradFlowMaxCurves);
    m_removeButton->setEnabled(m_state.curves.size() > 1);
}

void GradFlowView::apply() {
    updateButtons();
    m_runner.request(m_state);
    m_status->setText(tr("Computing…"));
    emit stateChanged();
}

void GradFlowView::onFinished(const GradFlowRuns& runs) {
    display(runs);
}

void GradFlowView::display(const GradFlowRuns& runs) {
    if (!runs.error.isEmpty()) {
        m_status->setText(tr("Not computed: %1").arg(runs.error));
        return;
    }
    m_shown = runs;
    m_plotter.draw(m_shown.state, m_shown.results);
    m_plot->replot(QCustomPlot::rpQueuedReplot);

    QStringList lines;
    for (std::size_t k = 0; k < m_shown.results.size(); ++k) {
        const auto& layers = m_shown.results[k].layers;
        if (layers.empty()) continue;
        const double share = layers.front().grad_norm / layers.back().grad_norm;
        lines << QStringLiteral("<span style=\"color:%1\">■</span> %2: %3")
                     .arg(function_colour(m_shown.state.curves[k].activation).name(),
                          function_name(m_shown.state.curves[k].activation).toHtmlEscaped(),
                          std::isfinite(share) && share > 0.0
                              ? shown_scientific(share)
                              : tr("none, the gradient is zero (dead units)"));
    }
    m_summary->setText(tr("<b>Gradient at layer 1 relative to layer %1:</b>")
                           .arg(static_cast<int>(m_shown.state.depth)) +
                       QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_status->setText(tr("Computed in %1 ms.").arg(shown_fixed(runs.milliseconds, 1)));
    emit resultsShown();
}

ViewTexts GradFlowView::texts() const {
    return {tr("&Gradient flow"), tr("How the gradient shrinks or holds through a deep network"),
            tr("Add activations and change the depth to see which gradients survive."),
            Guide::kGradientFlow};
}

void GradFlowView::saveSettings(QSettings& s) const {
    save_gradflow(s, state());
}

void GradFlowView::restoreSettings(QSettings& s) {
    setState(load_gradflow(s));
}

void GradFlowView::preparePicture(QSize size) {
    resize(size);
    computeNow();
}

void GradFlowView::writeData(TextWriter& out) const {
    std::vector<ActivationId> ids;
    for (const GradFlowCurve& c : m_shown.state.curves)
        ids.push_back(c.activation);
    if (ids.size() != m_shown.results.size()) ids.clear(); // nothing computed yet: the header only
    write_gradflow_csv(out, ids,
                       ids.empty() ? std::span<const GradFlowResult>{}
                                   : std::span<const GradFlowResult>(m_shown.results));
}

QString GradFlowView::fileStem() const {
    return QStringLiteral("gradient-flow");
}

} // namespace activa::ui
