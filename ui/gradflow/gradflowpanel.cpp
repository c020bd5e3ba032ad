// SPDX-License-Identifier: MIT
// The gradient-flow tab's side panel: the explanation, the activations compared and the
// network's sizes, and how the state is put into them.
#include "gradflowview.hpp"

#include "common/coretext.hpp"
#include "common/formbuilder.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "common/sidepanel.hpp"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace activa::ui {
namespace {

constexpr int kActivationColumn = 0;
constexpr int kInitColumn = 1;

QString init_name(InitScheme scheme) {
    return core_text(init_schemes()[static_cast<std::size_t>(scheme)].name);
}

// "Hidden layers, from 1 to 200": a size's tooltip with its limits from core.
QString from_to(const QString& text, std::size_t lo, std::size_t hi) {
    return text.arg(static_cast<int>(lo)).arg(static_cast<int>(hi));
}

} // namespace

QWidget* GradFlowView::buildSidePanel() {
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
    return side;
}

QTableWidget* GradFlowView::buildCurveTable() {
    auto* table = new QTableWidget(0, 2, this);
    table->setObjectName(QStringLiteral("curveTable"));
    m_tr.add([=, this] {
        table->setHorizontalHeaderLabels({tr("Activation"), tr("Initialisation")});
    });
    table->horizontalHeader()->setSectionResizeMode(kActivationColumn,
                                                    QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(kInitColumn, QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    m_tr.add([=, this] {
        table->setToolTip(tr("The activations compared, each with the initialisation of its "
                             "weights; the colour is its line in the plots."));
    });
    m_tr.add([=, this] { table->setAccessibleName(tr("Activations and initialisations")); });
    // As tall as its rows (fillControls): the fields below move only when the user adds or
    // removes an activation, never when a result arrives.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

QGroupBox* GradFlowView::buildCurvesBox() {
    m_table = buildCurveTable();
    m_addCombo = new QComboBox(this);
    m_addCombo->setObjectName(QStringLiteral("addCombo"));
    fillAddCombo();
    m_tr.add([=, this] { m_addCombo->setToolTip(tr("An activation to add to the comparison")); });
    m_tr.add([=, this] { m_addCombo->setAccessibleName(tr("Activation to add")); });
    const auto button = [this](const char* name, Text text, Text tip) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        m_tr.add([=] {
            b->setText(text());
            b->setToolTip(tip());
        });
        return b;
    };
    m_addButton = button(
        "addButton", [] { return tr("&Add"); },
        [] {
            return tr("Add the activation with the initialisation the recipe recommends (at most "
                      "%1)")
                .arg(static_cast<int>(kGradFlowMaxCurves));
        });
    m_removeButton = button(
        "removeButton", [] { return tr("Re&move"); },
        [] { return tr("Remove the selected activation (at least one stays)"); });
    m_resetButton = button(
        "resetButton", [] { return tr("&Reset"); },
        [] {
            return tr(
                "Go back to sigmoid, tanh and ReLU with the recommended initialisations, depth "
                "20, width 64, batch 128");
        });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addCombo, 1);
    addRow->addWidget(m_addButton);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_removeButton);
    buttonRow->addWidget(m_resetButton);
    buttonRow->addStretch(1);

    QGroupBox* curvesBox = titled_box(this, m_tr, [] { return tr("Activations"); });
    auto* curvesLayout = new QVBoxLayout(curvesBox);
    curvesLayout->addWidget(m_table);
    curvesLayout->addLayout(addRow);
    curvesLayout->addLayout(buttonRow);
    return curvesBox;
}

QGroupBox* GradFlowView::buildNetworkBox() {
    const auto [networkBox, form] = form_box(this, m_tr, [] { return tr("Network"); });
    FormBuilder rows(form, m_tr);
    constexpr auto kWhole = NumberBox::Kind::Integer;
    constexpr auto kReal = NumberBox::Kind::Real;
    m_depthSpin = rows.number(
        "depthSpinBox", kWhole, kGradFlowMinDepth, kGradFlowMaxDepth, [] { return tr("De&pth:"); },
        [] {
            return from_to(tr("Hidden layers, from %1 to %2"), kGradFlowMinDepth,
                           kGradFlowMaxDepth);
        });
    m_widthSpin = rows.number(
        "widthSpinBox", kWhole, kGradFlowMinWidth, kGradFlowMaxWidth, [] { return tr("Wi&dth:"); },
        [] {
            return from_to(tr("Units per layer, from %1 to %2"), kGradFlowMinWidth,
                           kGradFlowMaxWidth);
        });
    m_batchSpin = rows.number(
        "batchSpinBox", kWhole, kGradFlowMinBatch, kGradFlowMaxBatch, [] { return tr("&Batch:"); },
        [] {
            return from_to(tr("Random input samples the statistics are taken over, from %1 to %2"),
                           kGradFlowMinBatch, kGradFlowMaxBatch);
        });
    m_biasSpin = rows.number(
        "biasSpinBox", kReal, -kGradFlowMaxAbsBias, kGradFlowMaxAbsBias,
        [] { return tr("B&ias:"); },
        [] { return tr("The value every bias starts at; a negative bias kills ReLU units"); });
    m_biasSpin->setSingleStep(0.05);
    m_stdSpin = rows.number(
        "stdSpinBox", kReal, kGradFlowMinNormalStd, kGradFlowMaxNormalStd,
        [] { return tr("σ of &normal:"); },
        [] {
            return tr("Standard deviation of the weights for the initialisation “%1”")
                .arg(init_name(InitScheme::Normal));
        });
    m_stdSpin->setSingleStep(kGradFlowMinNormalStd);
    m_stdSpin->setAdaptiveStep(true);
    m_seedSpin = rows.number(
        "seedSpinBox", kWhole, 0, INT_MAX, [] { return tr("S&eed:"); },
        [] { return tr("Random seed: the same seed draws the same inputs and weights"); });
    return networkBox;
}

void GradFlowView::fillAddCombo() {
    const QSignalBlocker blocker(m_addCombo);
    const QVariant chosen = m_addCombo->currentData();
    m_addCombo->clear();
    for (const ActivationId id : listed_functions())
        m_addCombo->addItem(colour_swatch(function_colour(id)), function_name(id),
                            static_cast<int>(id));
    m_addCombo->setCurrentIndex(std::max(0, m_addCombo->findData(chosen)));
}

void GradFlowView::followFunctions() {
    fillAddCombo();
    // setState's check names each typed function by its newest definition and drops a
    // forgotten one.
    setState(m_state);
}

void GradFlowView::fillCurveRow(int row) {
    const GradFlowCurve& curve = m_state.curves[static_cast<std::size_t>(row)];
    m_table->setItem(row, kActivationColumn,
                     new QTableWidgetItem(colour_swatch(function_colour(curve.activation)),
                                          function_name(curve.activation)));
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
        tr("Initialisation of the weights for %1; the recipe recommends “%2”")
            .arg(function_name(curve.activation), init_name(recommended_init(curve.activation))));
}

void GradFlowView::fillControls() {
    {
        const QSignalBlocker blocker(m_table);
        const int count = static_cast<int>(m_state.curves.size());
        m_table->setRowCount(count);
        for (int row = 0; row < count; ++row)
            fillCurveRow(row);
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

} // namespace activa::ui
