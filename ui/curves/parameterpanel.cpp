// SPDX-License-Identifier: MIT
#include "parameterpanel.hpp"

#include "common/coretext.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "curves/curveplot.hpp"

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

} // namespace

ParameterPanel::ParameterPanel(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_empty(new QLabel(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    retranslate();
}

void ParameterPanel::retranslate() {
    m_empty->setText(tr("The checked functions have no parameters."));
}

void ParameterPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    retranslate();
    // The boxes are built with their texts: build them again, with the same values.
    const std::vector<CurveSpec> curves = m_curves;
    m_curves.clear();
    setCurves(curves);
}

void ParameterPanel::setCurves(const std::vector<CurveSpec>& curves) {
    const bool same_shape =
        curves.size() == m_curves.size() &&
        std::equal(curves.begin(), curves.end(), m_curves.begin(),
                   [](const CurveSpec& a, const CurveSpec& b) { return a.id == b.id; });
    m_curves = curves;
    if (same_shape) { // only values moved: keep the widgets (and a slider being dragged)
        for (const Control& c : m_controls) {
            const double v = m_curves[static_cast<std::size_t>(c.curve)]
                                 .params[static_cast<std::size_t>(c.param)];
            const auto& spec = info(m_curves[static_cast<std::size_t>(c.curve)].id)
                                   .params[static_cast<std::size_t>(c.param)];
            const QSignalBlocker b1(c.slider);
            const QSignalBlocker b2(c.spin);
            c.spin->setValue(v);
            if (!c.slider->isSliderDown()) c.slider->setValue(to_slider(spec, v));
        }
        return;
    }
    for (QWidget* w : m_boxes)
        w->deleteLater();
    m_boxes.clear();
    m_controls.clear();

    int with_params = 0;
    for (std::size_t k = 0; k < m_curves.size(); ++k) {
        const CurveSpec& curve = m_curves[k];
        const auto& a = info(curve.id);
        if (a.params.empty()) continue;
        ++with_params;
        auto* box = new QGroupBox(function_name(curve.id), this);
        box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; color: %1; }")
                               .arg(function_colour(curve.id).name()));
        auto* grid = new QGridLayout(box);
        for (std::size_t p = 0; p < a.params.size(); ++p) {
            const ParamSpec& s = a.params[p];
            auto* name = new QLabel(QString::fromLatin1(s.name), box);
            name->setStyleSheet(QStringLiteral("font-weight: normal; color: palette(text);"));
            const QString tip = tr("%1: %2 (from %3 to %4, default %5)")
                                    .arg(QString::fromLatin1(s.name), core_text(s.meaning),
                                         QLocale().toString(s.min), QLocale().toString(s.max),
                                         QLocale().toString(s.default_value));
            name->setToolTip(tip);
            auto* slider = new QSlider(Qt::Horizontal, box);
            slider->setRange(0, kSliderSteps);
            slider->setValue(to_slider(s, curve.params[p]));
            slider->setToolTip(tip);
            slider->setAccessibleName(QString::fromLatin1(s.name));
            auto* spin = new NumberBox(NumberBox::Kind::Real, box);
            spin->setRange(s.min, s.max);
            spin->setSingleStep((s.max - s.min) / 100.0);
            spin->setValue(curve.params[p]);
            spin->setToolTipText(tip);
            spin->setAccessibleName(QString::fromLatin1(s.name));
            const int row = 2 * static_cast<int>(p);
            grid->addWidget(name, row, 0);
            grid->addWidget(slider, row, 1);
            grid->addWidget(spin, row, 2);
            grid->addWidget(spin->messageLabel(), row + 1, 0, 1, 3);
            const int ci = static_cast<int>(k);
            const int pi = static_cast<int>(p);
            m_controls.push_back({ci, pi, slider, spin});
            connect(slider, &QSlider::valueChanged, this,
                    [this, ci, pi, s](int pos) { setValue(ci, pi, from_slider(s, pos)); });
            connect(slider, &QSlider::sliderPressed, this, &ParameterPanel::dragStarted);
            connect(slider, &QSlider::sliderReleased, this, &ParameterPanel::dragFinished);
            spin->setCheck([this, ci, pi](double v) {
                const CurveSpec& c = m_curves[static_cast<std::size_t>(ci)];
                ParamValues next = c.params;
                next[static_cast<std::size_t>(pi)] = v;
                if (validate_params(c.id, next)) return QString();
                return c.id == ActivationId::Hardtanh
                           ? tr("min_val must be less than max_val.")
                           : tr("This value does not fit the other parameters.");
            });
            connect(spin, &NumberBox::valueChanged, this,
                    [this, ci, pi](double v) { setValue(ci, pi, v); });
        }
        auto* reset = new QPushButton(tr("Reset to defaults"), box);
        reset->setToolTip(
            tr("Set the parameters of %1 back to PyTorch's defaults").arg(function_name(curve.id)));
        const int ci = static_cast<int>(k);
        connect(reset, &QPushButton::clicked, this, [this, ci] {
            CurveSpec& c = m_curves[static_cast<std::size_t>(ci)];
            c.params = default_params(c.id);
            setCurves(m_curves);
            emit paramsChanged(ci, c.params);
        });
        grid->addWidget(reset, 2 * static_cast<int>(a.params.size()), 0, 1, 3, Qt::AlignRight);
        grid->setColumnStretch(1, 1);
        m_layout->insertWidget(m_layout->count() - 1, box);
        m_boxes.push_back(box);
    }
    m_empty->setVisible(with_params == 0);
}

void ParameterPanel::setValue(int curve, int param, double value) {
    CurveSpec& c = m_curves[static_cast<std::size_t>(curve)];
    ParamValues next = c.params;
    next[static_cast<std::size_t>(param)] = value;
    // A value the function can't take (hardtanh's min_val past max_val) is not applied: a
    // typed one is refused by the spin box's check, a dragged slider goes back.
    if (!validate_params(c.id, next)) {
        setCurves(m_curves);
        return;
    }
    c.params = next;
    setCurves(m_curves); // keeps slider and spin box in step
    emit paramsChanged(curve, c.params);
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
