// SPDX-License-Identifier: MIT
#include "curvereadout.hpp"

#include "common/coretext.hpp"
#include "common/numbertext.hpp"
#include "common/palette.hpp"
#include "curves/curveplot.hpp"
#include "curves/curvesmodel.hpp"

#include <qcustomplot.h>

#include <QLabel>

namespace activa::ui {
namespace {

const QString kLayer = QStringLiteral("crosshair");

QString hint_text() {
    return CurveReadout::tr("Move the mouse over the plot to read x, f(x) and f′(x) of every "
                            "curve.");
}

} // namespace

CurveReadout::CurveReadout(QCustomPlot* plot, const CurvePlotter& plotter, const CurvesModel& model,
                           Retranslator& texts, QWidget* parent)
    : QObject(parent)
    , m_plot(plot)
    , m_plotter(plotter)
    , m_model(model)
    , m_label(new QLabel(parent)) {
    m_plot->addLayer(kLayer, nullptr, QCustomPlot::limAbove);
    m_plot->layer(kLayer)->setMode(QCPLayer::lmBuffered);
    m_plot->setCurrentLayer(QStringLiteral("main"));
    m_label->setObjectName(QStringLiteral("readoutLabel"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->installEventFilter(this); // its height follows its width: reserve()
    m_plot->installEventFilter(this);  // the crosshair leaves with the mouse
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const double x =
            m_plotter.value_rect()->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
        if (std::isfinite(x)) showAt(x);
    });
    texts.add([this] {
        m_label->setToolTip(tr("Values under the mouse: x, f(x) and f′(x) of every curve"));
        showHint();
    });
}

void CurveReadout::beforeRedraw() {
    m_crosshairShown = !m_crosshair.isEmpty() && m_crosshair.first()->visible();
    m_crosshair.clear();
}

void CurveReadout::redrawn() {
    for (QCPAxisRect* rect : {m_plotter.value_rect(), m_plotter.derivative_rect()}) {
        if (!rect) continue;
        auto* line = new QCPItemStraightLine(m_plot);
        line->setLayer(kLayer);
        line->setClipAxisRect(rect);
        for (QCPItemPosition* p : {line->point1, line->point2}) {
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            p->setAxisRect(rect);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        line->setPen(QPen(QColor(80, 80, 80, 160), 1, Qt::DotLine));
        line->setSelectable(false);
        line->setVisible(false);
        m_crosshair << line;
    }
    // Values read off the curves shown now: at the crosshair while it is there, otherwise
    // the hint takes their place.
    if (m_x) {
        if (m_crosshairShown)
            place(*m_x);
        else
            showHint();
    }
    reserve();
}

void CurveReadout::showAt(double x) {
    place(x);
    m_plot->layer(kLayer)->replot();
}

void CurveReadout::hideCrosshair() {
    for (QCPItemStraightLine* line : m_crosshair)
        line->setVisible(false);
}

void CurveReadout::pointsLowered(int most, int curves) {
    m_x.reset(); // the message takes the values' place until the mouse reads again
    m_label->setText(tr("Points per curve lowered to %1: %2 curves may hold %3 points in all.")
                         .arg(QLocale().toString(most))
                         .arg(curves)
                         .arg(QLocale().toString(kMaxTotalPoints)));
}

void CurveReadout::showHint() {
    m_x.reset();
    m_label->setText(hint_text());
}

void CurveReadout::place(double x) {
    m_x = x;
    for (QCPItemStraightLine* line : m_crosshair) {
        line->point1->setCoords(x, 0.0);
        line->point2->setCoords(x, 1.0);
        line->setVisible(true);
    }
    m_label->setText(text(x));
}

QString CurveReadout::text(std::optional<double> x) const {
    // Without x, the widest values there can be: the text that sets the label's height.
    const QString widest = shown_number(-8.88888e-300);
    QStringList parts{QStringLiteral("<b>x = %1</b>").arg(x ? shown_number(*x) : widest)};
    for (const CurveSpec& c : m_model.state().curves) {
        QString value = widest;
        QString slope = widest;
        if (x) {
            const ValueAndDerivative r = evaluate(c.id, *x, c.params);
            value = shown_number(r.value);
            slope = shown_number(r.derivative);
        }
        // One entry never breaks inside: the colour stays with its function's name.
        parts << QStringLiteral("<span style='white-space:nowrap'><span style='color:%1'>■</span>"
                                "&nbsp;%2</span>")
                     .arg(function_colour(c.id).name(),
                          tr("%1: f = %2, f′ = %3")
                              .arg(function_name(c.id), value, slope)
                              .toHtmlEscaped()
                              .replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    return parts.join(QStringLiteral(" &nbsp; "));
}

void CurveReadout::reserve() {
    // As tall as the widest values of the curves shown need at this width: as the mouse moves,
    // numbers of other widths never change its lines, and the plot above it stays where it is.
    QLabel sample;
    sample.setFont(m_label->font());
    sample.setTextFormat(Qt::RichText);
    sample.setWordWrap(true);
    const int width = m_label->width();
    int height = 2 * m_label->fontMetrics().height();
    sample.setText(text(std::nullopt));
    height = std::max(height, sample.heightForWidth(width));
    sample.setText(hint_text());
    height = std::max(height, sample.heightForWidth(width));
    m_label->setFixedHeight(height);
    m_reservedWidth = width;
}

bool CurveReadout::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_label && event->type() == QEvent::Resize &&
        m_label->width() != m_reservedWidth)
        reserve();
    if (watched == m_plot && event->type() == QEvent::Leave) {
        hideCrosshair();
        m_plot->layer(kLayer)->replot();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace activa::ui
