// SPDX-License-Identifier: MIT
#include "rangebar.hpp"

#include "common/numberbox.hpp"
#include "common/numbertext.hpp"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace activa::ui {

RangeBar::RangeBar(CurvesModel* model, Retranslator& texts, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_tr(texts)
    , m_xmin(new NumberBox(NumberBox::Kind::Real, this))
    , m_xmax(new NumberBox(NumberBox::Kind::Real, this))
    , m_points(new NumberBox(NumberBox::Kind::Integer, this))
    , m_derivative(new QCheckBox(this))
    , m_saturation(new QCheckBox(this))
    , m_logDerivative(new QCheckBox(this))
    , m_fit(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_derivativeAction(new QAction(this))
    , m_logAction(new QAction(this)) {
    for (NumberBox* s : {m_xmin, m_xmax}) {
        s->setRange(-kMaxAbsX, kMaxAbsX);
        s->setAdaptiveStep(true);
        s->setSingleStep(0.01);
    }
    m_xmin->setCheck([this](double lo) {
        return lo < m_xmax->value()
                   ? QString()
                   : tr("Must be below the upper end of x, %1.").arg(m_xmax->text());
    });
    m_xmax->setCheck([this](double hi) {
        return hi > m_xmin->value()
                   ? QString()
                   : tr("Must be above the lower end of x, %1.").arg(m_xmin->text());
    });
    m_points->setRange(kMinPoints, kMaxPoints);

    auto* bar = new QHBoxLayout;
    addField(bar, m_xmin, "xFromBox", [] { return tr("&x from"); });
    addField(bar, m_xmax, "xToBox", [] { return tr("t&o"); });
    addField(bar, m_points, "pointsBox", [] { return tr("&points"); });
    bar->addSpacing(12);
    bar->addWidget(m_derivative);
    bar->addWidget(m_logDerivative);
    bar->addWidget(m_saturation);
    bar->addStretch(1);
    bar->addWidget(m_fit);
    bar->addWidget(m_reset);
    auto* messages = new QHBoxLayout;
    buildMessageLine(messages);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(messages);
    buildToggles();

    m_tr.add([this] {
        m_xmin->setToolTipText(tr("Smallest x computed and shown"));
        m_xmax->setToolTipText(tr("Largest x computed and shown"));
        m_points->setToolTipText(tr("Number of evenly spaced points computed per curve"));
        m_fit->setText(tr("Fit &y"));
        m_fit->setToolTip(tr("Fit the y axes to the curves shown"));
        m_reset->setText(tr("&Reset view"));
        m_reset->setToolTip(tr("Back to the typed range and fit the y axes (Ctrl+0)"));
    });
    for (NumberBox* s : {m_xmin, m_xmax, m_points})
        connect(s, &NumberBox::valueChanged, this, &RangeBar::onEdited);
    connect(m_fit, &QPushButton::clicked, this, &RangeBar::fitAsked);
    connect(m_reset, &QPushButton::clicked, this, &RangeBar::resetAsked);
    connect(m_model, &CurvesModel::changed, this, &RangeBar::onModelChanged);
    onModelChanged(CurvesModel::kAll);
}

NumberBox* RangeBar::addField(QHBoxLayout* bar, NumberBox* box, const char* name, Text label) {
    auto* text = new QLabel(this);
    text->setBuddy(box);
    box->setObjectName(QString::fromLatin1(name));
    bar->addWidget(text);
    bar->addWidget(box);
    m_tr.add([text, label] { text->setText(label()); });
    return box;
}

void RangeBar::buildMessageLine(QHBoxLayout* messages) {
    // The three fields' reasons share one line under them, each as wide as it needs to be
    // while the others are empty.
    for (NumberBox* s : {m_xmin, m_xmax, m_points}) {
        messages->addWidget(s->messageLabel());
        connect(s, &NumberBox::problemChanged, this, [messages, s](const QString& problem) {
            messages->setStretchFactor(s->messageLabel(), problem.isEmpty() ? 0 : 1);
        });
    }
}

void RangeBar::buildToggles() {
    m_derivativeAction->setCheckable(true);
    m_logAction->setCheckable(true);
    connect(m_derivative, &QCheckBox::toggled, m_model, &CurvesModel::setShowDerivative);
    connect(m_derivativeAction, &QAction::triggered, m_model, &CurvesModel::setShowDerivative);
    connect(m_logDerivative, &QCheckBox::toggled, m_model, &CurvesModel::setLogDerivative);
    connect(m_logAction, &QAction::triggered, m_model, &CurvesModel::setLogDerivative);
    connect(m_saturation, &QCheckBox::toggled, m_model, &CurvesModel::setShowSaturation);
    m_tr.add([this] {
        m_derivative->setText(tr("&Derivative"));
        m_derivative->setToolTip(tr("Show each function's derivative, dashed, in a plot below"));
        m_saturation->setText(tr("S&aturation"));
        m_saturation->setToolTip(
            tr("Shade where the selected function's gradient stays below %1 in magnitude, not "
               "where it only passes through zero")
                .arg(shown_number(kSaturationThreshold)));
        m_logDerivative->setText(tr("&log |f′|"));
        m_logDerivative->setToolTip(
            tr("Show the derivative's magnitude on a logarithmic axis, where the vanishing tails "
               "of sigmoid and tanh stay visible (tanh′(20) ≈ 1.7e-17)"));
        m_derivativeAction->setText(tr("&Derivative", "menu entry"));
        m_derivativeAction->setStatusTip(m_derivative->toolTip());
        m_logAction->setText(tr("&Logarithmic |f′|"));
        m_logAction->setStatusTip(m_logDerivative->toolTip());
    });
}

void RangeBar::onEdited() {
    if (m_model->setRange(m_xmin->value(), m_xmax->value(), m_points->intValue()))
        emit rangeTyped();
}

void RangeBar::onModelChanged(CurvesModel::Parts parts) {
    using Part = CurvesModel::Part;
    const CurvesState& s = m_model->state();
    if (parts & (Part::Range | Part::Functions)) {
        // Showing the model's range is no edit: the fields wait for the user's.
        const QSignalBlocker b1(m_xmin);
        const QSignalBlocker b2(m_xmax);
        const QSignalBlocker b3(m_points);
        m_points->setMaximum(CurvesModel::mostPoints(s.curves.size()));
        m_xmin->setValue(s.xmin);
        m_xmax->setValue(s.xmax);
        m_points->setValue(s.points);
    }
    m_derivative->setChecked(s.show_derivative);
    m_derivativeAction->setChecked(s.show_derivative);
    m_logDerivative->setChecked(s.log_derivative);
    m_logAction->setChecked(s.log_derivative);
    m_logDerivative->setEnabled(s.show_derivative);
    m_logAction->setEnabled(s.show_derivative);
    m_saturation->setChecked(s.show_saturation);
}

} // namespace activa::ui
