// SPDX-License-Identifier: MIT
#include "gradflowview.hpp"

#include "common/coretext.hpp"
#include "common/exporter.hpp"
#include "common/guide.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "common/settings.hpp"
#include "common/sidepanel.hpp"

#include <activa/csv.hpp>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <functional>
#include <qcustomplot.h>

#include <algorithm>
#include <climits>
#include <cmath>

namespace activa::ui {
namespace {

constexpr int kActivationColumn = 0;
constexpr int kInitColumn = 1;

QIcon colour_icon(const QColor& colour) {
    QPixmap pixmap(14, 14);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// How much of the gradient at the top layer is left at layer 1: "0.87", or "3.20 × 10⁻⁶" in
// rich text (a locale's own exponent notation, "3,20E-06", reads as code).
QString share_text(double share) {
    const QLocale locale;
    if (share >= 0.01 && share < 1000.0) return locale.toString(share, 'f', 2);
    auto exponent = static_cast<int>(std::floor(std::log10(share)));
    double mantissa = share / std::pow(10.0, exponent);
    if (std::round(mantissa * 100.0) >= 1000.0) { // 9.996 would print as 10.00
        mantissa /= 10.0;
        ++exponent;
    }
    return QStringLiteral("%1 × 10<sup>%2</sup>")
        .arg(locale.toString(mantissa, 'f', 2),
             QString::number(exponent).replace(QLatin1Char('-'), QChar(0x2212)));
}

} // namespace

GradFlowView::GradFlowView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_plotter(m_plot) {
    auto* explanation = new QLabel(this);
    m_tr.add([=, this] {
        // The numbers are the defaults' (depth 20, seeds 1 to 5), computed by the tests
        // GradFlowClaims.* in tests/core/claims_test.cpp.
        explanation->setText(tr(
            "<p>Backpropagation carries the gradient of the loss from the output back to the "
            "first layer; every layer multiplies it by its weights and by the slope of its "
            "activation. Here a deep stack of equal layers is built, just initialised, and the "
            "size of that gradient is measured at each layer.</p>"
            "<p><b>Sigmoid</b>'s slope is at most ¼, so each layer passes on at most a quarter of "
            "what its weights carry: over 20 layers with Glorot initialisation, about "
            "10<sup>−12</sup> of the gradient reaches the first. That is not saturation (the "
            "dashed line stays at 0) but the ¼ at every layer: the vanishing gradient. "
            "<b>Tanh</b>, with a slope of 1 at 0, loses about three quarters over 20 layers.</p>"
            "<p><b>ReLU</b> passes the gradient on unchanged where it is active and not at all "
            "elsewhere: about half its slopes are exactly 0 (dash-dot line), which is not "
            "saturation either. <b>He</b> initialisation doubles the weights' variance to make up "
            "for it, so the line stays nearly flat: the article's default for MLPs and CNNs. A "
            "unit whose slope is 0 for every input is dead (dotted line): try a negative "
            "bias.</p>"));
    });
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);

    QGroupBox* curvesBox = buildCurvesBox();
    QGroupBox* networkBox = buildNetworkBox();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(explanation);
    sideLayout->addWidget(curvesBox);
    sideLayout->addWidget(networkBox);
    // What changes with every result comes last, so that it moves nothing the user may be
    // about to click.
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_status);
    sideLayout->addStretch(1);

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

QGroupBox* GradFlowView::buildCurvesBox() {
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("curveTable"));
    m_tr.add([=, this] {
        m_table->setHorizontalHeaderLabels({tr("Activation"), tr("Initialisation")});
    });
    m_table->horizontalHeader()->setSectionResizeMode(kActivationColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kInitColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_tr.add([=, this] {
        m_table->setToolTip(tr("The activations compared, each with the initialisation of its "
                               "weights; the colour is its line in the plots."));
    });
    m_tr.add([=, this] { m_table->setAccessibleName(tr("Activations and initialisations")); });
    // As tall as its rows (fitTable): the fields below move only when the user adds or removes
    // an activation, never when a result arrives.
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_addCombo = new QComboBox(this);
    m_addCombo->setObjectName(QStringLiteral("addCombo"));
    for (const ActivationInfo& a : catalogue())
        m_addCombo->addItem(function_name(a.id), static_cast<int>(a.id));
    m_tr.add([=, this] { m_addCombo->setToolTip(tr("An activation to add to the comparison")); });
    m_tr.add([=, this] { m_addCombo->setAccessibleName(tr("Activation to add")); });
    m_addButton = new QPushButton(this);
    m_tr.add([=, this] { m_addButton->setText(tr("&Add")); });
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_tr.add([=, this] {
        m_addButton->setToolTip(
            tr("Add the activation with the initialisation the recipe recommends (at most %1)")
                .arg(static_cast<int>(kGradFlowMaxCurves)));
    });
    m_removeButton = new QPushButton(this);
    m_tr.add([=, this] { m_removeButton->setText(tr("Re&move")); });
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_tr.add([=, this] {
        m_removeButton->setToolTip(tr("Remove the selected activation (at least one stays)"));
    });
    m_resetButton = new QPushButton(this);
    m_tr.add([=, this] { m_resetButton->setText(tr("&Reset")); });
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_tr.add([=, this] {
        m_resetButton->setToolTip(tr("Go back to sigmoid, tanh and ReLU with the recommended "
                                     "initialisations, depth 20, width 64, batch 128"));
    });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addCombo, 1);
    addRow->addWidget(m_addButton);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_removeButton);
    buttonRow->addWidget(m_resetButton);
    buttonRow->addStretch(1);

    auto* curvesBox = new QGroupBox(this);
    m_tr.add([=, this] { curvesBox->setTitle(tr("Activations")); });
    auto* curvesLayout = new QVBoxLayout(curvesBox);
    curvesLayout->addWidget(m_table);
    curvesLayout->addLayout(addRow);
    curvesLayout->addLayout(buttonRow);
    return curvesBox;
}

QGroupBox* GradFlowView::buildNetworkBox() {
    const auto number_box = [this](const char* name, NumberBox::Kind kind, double lo, double hi,
                                   std::function<QString()> tip) {
        auto* box = new NumberBox(kind, this);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(lo, hi);
        m_tr.add([box, tip] { box->setToolTipText(tip()); });
        return box;
    };
    constexpr auto kWhole = NumberBox::Kind::Integer;
    m_depthSpin = number_box("depthSpinBox", kWhole, kGradFlowMinDepth, kGradFlowMaxDepth, [] {
        return tr("Hidden layers, from %1 to %2")
            .arg(static_cast<int>(kGradFlowMinDepth))
            .arg(static_cast<int>(kGradFlowMaxDepth));
    });
    m_widthSpin = number_box("widthSpinBox", kWhole, kGradFlowMinWidth, kGradFlowMaxWidth, [] {
        return tr("Units per layer, from %1 to %2")
            .arg(static_cast<int>(kGradFlowMinWidth))
            .arg(static_cast<int>(kGradFlowMaxWidth));
    });
    m_batchSpin = number_box("batchSpinBox", kWhole, kGradFlowMinBatch, kGradFlowMaxBatch, [] {
        return tr("Random input samples the statistics are taken over, "
                  "from %1 to %2")
            .arg(static_cast<int>(kGradFlowMinBatch))
            .arg(static_cast<int>(kGradFlowMaxBatch));
    });
    m_seedSpin = number_box("seedSpinBox", kWhole, 0, INT_MAX, [] {
        return tr("Random seed: the same seed draws the same inputs and weights");
    });
    m_biasSpin = number_box("biasSpinBox", NumberBox::Kind::Real, -kGradFlowMaxAbsBias,
                            kGradFlowMaxAbsBias, [] {
                                return tr("The value every bias starts at; a negative bias kills "
                                          "ReLU units");
                            });
    m_biasSpin->setSingleStep(0.05);
    m_stdSpin = number_box(
        "stdSpinBox", NumberBox::Kind::Real, kGradFlowMinNormalStd, kGradFlowMaxNormalStd, [] {
            return tr("Standard deviation of the weights for the initialisation “%1”")
                .arg(core_text(init_schemes()[static_cast<std::size_t>(InitScheme::Normal)].name));
        });
    m_stdSpin->setSingleStep(kGradFlowMinNormalStd);
    m_stdSpin->setAdaptiveStep(true);

    auto* networkBox = new QGroupBox(this);
    m_tr.add([=, this] { networkBox->setTitle(tr("Network")); });
    auto* form = new QFormLayout(networkBox);
    // Each field's message line, empty or not, already parts it from the next.
    form->setVerticalSpacing(2);
    auto* label_m_depthSpin = new QLabel(this);
    label_m_depthSpin->setBuddy(m_depthSpin);
    form->addRow(label_m_depthSpin, m_depthSpin);
    form->addRow(m_depthSpin->messageLabel());
    m_tr.add([=, this] { label_m_depthSpin->setText(tr("De&pth:")); });
    auto* label_m_widthSpin = new QLabel(this);
    label_m_widthSpin->setBuddy(m_widthSpin);
    form->addRow(label_m_widthSpin, m_widthSpin);
    form->addRow(m_widthSpin->messageLabel());
    m_tr.add([=, this] { label_m_widthSpin->setText(tr("Wi&dth:")); });
    auto* label_m_batchSpin = new QLabel(this);
    label_m_batchSpin->setBuddy(m_batchSpin);
    form->addRow(label_m_batchSpin, m_batchSpin);
    form->addRow(m_batchSpin->messageLabel());
    m_tr.add([=, this] { label_m_batchSpin->setText(tr("&Batch:")); });
    auto* label_m_biasSpin = new QLabel(this);
    label_m_biasSpin->setBuddy(m_biasSpin);
    form->addRow(label_m_biasSpin, m_biasSpin);
    form->addRow(m_biasSpin->messageLabel());
    m_tr.add([=, this] { label_m_biasSpin->setText(tr("B&ias:")); });
    auto* label_m_stdSpin = new QLabel(this);
    label_m_stdSpin->setBuddy(m_stdSpin);
    form->addRow(label_m_stdSpin, m_stdSpin);
    form->addRow(m_stdSpin->messageLabel());
    m_tr.add([=, this] { label_m_stdSpin->setText(tr("σ of &normal:")); });
    auto* label_m_seedSpin = new QLabel(this);
    label_m_seedSpin->setBuddy(m_seedSpin);
    form->addRow(label_m_seedSpin, m_seedSpin);
    form->addRow(m_seedSpin->messageLabel());
    m_tr.add([=, this] { label_m_seedSpin->setText(tr("S&eed:")); });
    return networkBox;
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
}

void GradFlowView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    m_tr.run();
    for (int i = 0; i < m_addCombo->count(); ++i)
        m_addCombo->setItemText(
            i, function_name(static_cast<ActivationId>(m_addCombo->itemData(i).toInt())));
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

void GradFlowView::fillControls() {
    {
        const QSignalBlocker blocker(m_table);
        const int count = static_cast<int>(m_state.curves.size());
        m_table->setRowCount(count);
        for (int row = 0; row < count; ++row) {
            const GradFlowCurve& curve = m_state.curves[static_cast<std::size_t>(row)];
            auto* name = new QTableWidgetItem(colour_icon(function_colour(curve.activation)),
                                              function_name(curve.activation));
            m_table->setItem(row, kActivationColumn, name);
            auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, kInitColumn));
            if (!combo) {
                combo = new QComboBox;
                for (std::size_t i = 0; i < init_schemes().size(); ++i)
                    combo->addItem(QString());
                connect(combo, &QComboBox::currentIndexChanged, this,
                        [this, row](int index) { onInitChosen(row, index); });
                m_table->setCellWidget(row, kInitColumn, combo);
                keep_wheel_for_scrolling(combo);
            }
            const QSignalBlocker comboBlocker(combo);
            // Named anew every time, so that a language change reaches them.
            for (std::size_t i = 0; i < init_schemes().size(); ++i)
                combo->setItemText(static_cast<int>(i), core_text(init_schemes()[i].name));
            combo->setAccessibleName(tr("Initialisation"));
            combo->setCurrentIndex(static_cast<int>(curve.init));
            combo->setToolTip(
                tr("Initialisation of the weights for %1; the recipe recommends "
                   "“%2”")
                    .arg(function_name(curve.activation),
                         core_text(init_schemes()[static_cast<std::size_t>(
                                                      recommended_init(curve.activation))]
                                       .name)));
        }
    }
    int height = 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    const auto set = [](auto* spin, auto value) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    };
    set(m_depthSpin, static_cast<int>(m_state.depth));
    set(m_widthSpin, static_cast<int>(m_state.width));
    set(m_batchSpin, static_cast<int>(m_state.batch));
    set(m_biasSpin, m_state.bias);
    set(m_stdSpin, m_state.normal_std);
    set(m_seedSpin, static_cast<int>(std::min<std::uint64_t>(m_state.seed, INT_MAX)));
    m_stdSpin->setEnabled(
        std::any_of(m_state.curves.begin(), m_state.curves.end(),
                    [](const GradFlowCurve& c) { return c.init == InitScheme::Normal; }));
    updateButtons();
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
                              ? share_text(share)
                              : tr("none, the gradient is zero (dead units)"));
    }
    m_summary->setText(tr("<b>Gradient at layer 1 relative to layer %1:</b>")
                           .arg(static_cast<int>(m_shown.state.depth)) +
                       QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_status->setText(tr("Computed in %1 ms.").arg(QLocale().toString(runs.milliseconds, 'f', 1)));
    emit resultsShown();
}

QString GradFlowView::title() const {
    return tr("&Gradient flow");
}

QString GradFlowView::tabTip() const {
    return tr("How the gradient shrinks or holds through a deep network");
}

QString GradFlowView::hint() const {
    return tr("Add activations and change the depth to see which gradients survive.");
}

QString GradFlowView::guideSection() const {
    return Guide::kGradientFlow;
}

void GradFlowView::saveSettings(QSettings& s) const {
    save_gradflow(s, state());
}

void GradFlowView::restoreSettings(QSettings& s) {
    setState(load_gradflow(s));
}

void GradFlowView::onChanged(QObject* context, std::function<void()> changed) {
    connect(this, &GradFlowView::stateChanged, context, changed);
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
