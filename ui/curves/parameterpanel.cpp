// SPDX-License-Identifier: MIT
#include "parameterpanel.hpp"

#include "common/coretext.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"

#include <activa/functions.hpp>

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace activa::ui {
namespace {

constexpr int kSliderSteps = 1000;

int to_slider(const ParamSpec& s, double v) {
    return static_cast<int>(std::lround((v - s.min) / (s.max - s.min) * kSliderSteps));
}
double from_slider(const ParamSpec& s, int pos) {
    return s.min + (s.max - s.min) * pos / kSliderSteps;
}

QString param_name(const ParamSpec& s) {
    return utf8(s.name);
}

// "alpha: the slope ... (from 0 to 10, default 1)"; a typed parameter has no meaning to give.
QString param_tip(const ParamSpec& s) {
    const QLocale l;
    if (s.meaning.empty())
        return ParameterPanel::tr("%1 (from %2 to %3, default %4)")
            .arg(param_name(s), l.toString(s.min), l.toString(s.max), l.toString(s.default_value));
    return ParameterPanel::tr("%1: %2 (from %3 to %4, default %5)")
        .arg(param_name(s), core_text(s.meaning), l.toString(s.min), l.toString(s.max),
             l.toString(s.default_value));
}

} // namespace

ParameterPanel::ParameterPanel(CurvesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new QVBoxLayout(this))
    , m_empty(new QLabel(this)) {
    setObjectName(QStringLiteral("parameterPanel"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    m_empty->setText(tr("The checked functions have no parameters."));
    build();
    connect(m_model, &CurvesModel::changed, this, &ParameterPanel::onModelChanged);
}

void ParameterPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    m_empty->setText(tr("The checked functions have no parameters."));
    build(); // the boxes are made with their texts
}

void ParameterPanel::onModelChanged(CurvesModel::Parts parts) {
    std::vector<ActivationId> ids;
    for (const CurveSpec& c : m_model->state().curves)
        ids.push_back(c.id);
    // Only values moved: the widgets stay (and a slider being dragged with them).
    if (ids != m_built)
        build();
    else if (parts & CurvesModel::Part::Params)
        showValues();
}

void ParameterPanel::build() {
    for (QWidget* w : m_boxes)
        w->deleteLater();
    m_boxes.clear();
    m_controls.clear();
    m_built.clear();
    const std::vector<CurveSpec>& curves = m_model->state().curves;
    for (std::size_t k = 0; k < curves.size(); ++k) {
        m_built.push_back(curves[k].id);
        if (!info(curves[k].id).params.empty()) addBox(static_cast<int>(k));
    }
    m_empty->setVisible(m_boxes.empty());
}

void ParameterPanel::addBox(int curve) {
    const ActivationId id = m_model->state().curves[static_cast<std::size_t>(curve)].id;
    auto* box = new QGroupBox(function_name(id), this);
    box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; color: %1; }")
                           .arg(function_colour(id).name()));
    auto* grid = new QGridLayout(box);
    const std::size_t count = info(id).params.size();
    for (std::size_t p = 0; p < count; ++p)
        addControl(grid, curve, static_cast<int>(p));
    auto* reset = new QPushButton(tr("Reset to defaults"), box);
    reset->setToolTip(
        is_builtin(id)
            ? tr("Set the parameters of %1 back to PyTorch's defaults").arg(function_name(id))
            : tr("Set the parameters of %1 back to their defaults").arg(function_name(id)));
    connect(reset, &QPushButton::clicked, this,
            [this, curve, id] { m_model->setParams(curve, default_params(id)); });
    grid->addWidget(reset, 2 * static_cast<int>(count), 0, 1, 3, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    m_layout->insertWidget(m_layout->count() - 1, box);
    m_boxes.push_back(box);
}

void ParameterPanel::addControl(QGridLayout* grid, int curve, int param) {
    const CurveSpec& c = m_model->state().curves[static_cast<std::size_t>(curve)];
    const ParamSpec& s = info(c.id).params[static_cast<std::size_t>(param)];
    const double v = c.params[static_cast<std::size_t>(param)];
    QWidget* box = grid->parentWidget();
    auto* name = new QLabel(param_name(s), box);
    name->setStyleSheet(QStringLiteral("font-weight: normal; color: palette(text);"));
    const QString tip = param_tip(s);
    name->setToolTip(tip);
    auto* slider = new QSlider(Qt::Horizontal, box);
    slider->setRange(0, kSliderSteps);
    slider->setValue(to_slider(s, v));
    slider->setToolTip(tip);
    slider->setAccessibleName(param_name(s));
    auto* spin = new NumberBox(NumberBox::Kind::Real, box);
    spin->setRange(s.min, s.max);
    spin->setSingleStep((s.max - s.min) / 100.0);
    spin->setValue(v);
    spin->setToolTipText(tip);
    spin->setAccessibleName(param_name(s));
    const int row = 2 * param;
    grid->addWidget(name, row, 0);
    grid->addWidget(slider, row, 1);
    grid->addWidget(spin, row, 2);
    grid->addWidget(spin->messageLabel(), row + 1, 0, 1, 3);
    m_controls.push_back({curve, param, slider, spin});
    connect(slider, &QSlider::valueChanged, this, [this, curve, param, s](int pos) {
        const double now = m_model->state()
                               .curves[static_cast<std::size_t>(curve)]
                               .params[static_cast<std::size_t>(param)];
        // A slider moved to show the model's value is no move of the user's.
        if (to_slider(s, now) != pos) apply(curve, param, from_slider(s, pos));
    });
    connect(slider, &QSlider::sliderPressed, this, &ParameterPanel::dragStarted);
    connect(slider, &QSlider::sliderReleased, this, &ParameterPanel::dragFinished);
    spin->setCheck([this, curve, param](double value) {
        const CurveSpec& now = m_model->state().curves[static_cast<std::size_t>(curve)];
        ParamValues next = now.params;
        next[static_cast<std::size_t>(param)] = value;
        if (validate_params(now.id, next)) return QString();
        return now.id == ActivationId::Hardtanh
                   ? tr("min_val must be less than max_val.")
                   : tr("This value does not fit the other parameters.");
    });
    connect(spin, &NumberBox::valueChanged, this,
            [this, curve, param](double value) { apply(curve, param, value); });
}

void ParameterPanel::apply(int curve, int param, double value) {
    ParamValues next = m_model->state().curves[static_cast<std::size_t>(curve)].params;
    next[static_cast<std::size_t>(param)] = value;
    // A value refused (a typed one is refused by the field's check already) puts a dragged
    // slider back.
    if (!m_model->setParams(curve, next)) showValues();
}

void ParameterPanel::showValues() {
    for (const Control& c : m_controls) {
        const CurveSpec& curve = m_model->state().curves[static_cast<std::size_t>(c.curve)];
        const double v = curve.params[static_cast<std::size_t>(c.param)];
        c.spin->setValue(v);
        if (!c.slider->isSliderDown())
            c.slider->setValue(
                to_slider(info(curve.id).params[static_cast<std::size_t>(c.param)], v));
    }
}

QSlider* ParameterPanel::slider(int curve, int param) const {
    for (const Control& c : m_controls)
        if (c.curve == curve && c.param == param) return c.slider;
    return nullptr;
}

NumberBox* ParameterPanel::spinBox(int curve, int param) const {
    for (const Control& c : m_controls)
        if (c.curve == curve && c.param == param) return c.spin;
    return nullptr;
}

} // namespace activa::ui
