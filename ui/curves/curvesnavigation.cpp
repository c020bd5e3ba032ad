// SPDX-License-Identifier: MIT
#include "curvesnavigation.hpp"

#include "curves/curveplot.hpp"
#include "curves/curvesmodel.hpp"

#include <qcustomplot.h>

#include <QAction>
#include <QKeyEvent>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace activa::ui {
namespace {

// v rounded down (or up) to a multiple of 10^exponent, exact in decimal: the range a pan or zoom
// reaches is kept to four significant digits, so the x boxes read like typed numbers.
double snapped(double v, int exponent, bool up) {
    const double unit = std::pow(10.0, std::abs(exponent));
    if (exponent < 0) return (up ? std::ceil(v * unit) : std::floor(v * unit)) / unit;
    return (up ? std::ceil(v / unit) : std::floor(v / unit)) * unit;
}

} // namespace

CurvesNavigation::CurvesNavigation(QCustomPlot* plot, CurvePlotter& plotter, CurvesModel* model,
                                   Retranslator& texts, QObject* parent)
    : QObject(parent)
    , m_plot(plot)
    , m_plotter(plotter)
    , m_model(model)
    , m_followTimer(new QTimer(this))
    , m_historyTimer(new QTimer(this)) {
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true); // panning a million points stays fluid
    m_plot->installEventFilter(this);      // the keys move and zoom
    buildActions(texts);
    // Panning and zooming change the range: what becomes visible is computed, a moment later
    // so that a drag over a million points stays fluid.
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(30);
    connect(m_followTimer, &QTimer::timeout, this, &CurvesNavigation::followView);
    // A burst of wheel steps is one step back.
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(400);
    connect(m_historyTimer, &QTimer::timeout, this, &CurvesNavigation::recordView);
    connectPlot();
}

void CurvesNavigation::buildActions(Retranslator& texts) {
    const auto action = [this](const char* icon, auto slot) {
        auto* a = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), QString(), this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_fitAction = new QAction(this);
    connect(m_fitAction, &QAction::triggered, this, &CurvesNavigation::fitY);
    m_zoomInAction = action("zoom-in", &CurvesNavigation::zoomIn);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = action("zoom-out", &CurvesNavigation::zoomOut);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_resetAction = action("zoom-original", &CurvesNavigation::resetView);
    m_backAction = action("go-previous", &CurvesNavigation::back);
    m_backAction->setShortcut(QKeySequence::Back);
    m_forwardAction = action("go-next", &CurvesNavigation::forward);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    texts.add([this] {
        m_fitAction->setText(tr("Fit &y axes"));
        m_fitAction->setStatusTip(tr("Fit the y axes to the curves shown"));
        m_resetAction->setText(tr("&Reset view"));
        m_resetAction->setShortcut(tr("Ctrl+0"));
        m_resetAction->setStatusTip(tr("Back to the typed range and fit the y axes"));
        m_zoomInAction->setText(tr("Zoom &in"));
        m_zoomInAction->setStatusTip(tr("Zoom into the curves"));
        m_zoomOutAction->setText(tr("Zoom &out"));
        m_zoomOutAction->setStatusTip(tr("Zoom out of the curves"));
        m_backAction->setText(tr("&Back"));
        m_backAction->setStatusTip(tr("Go back to the previous view"));
        m_forwardAction->setText(tr("&Forward"));
        m_forwardAction->setStatusTip(tr("Go forward to the next view"));
    });
}

void CurvesNavigation::connectPlot() {
    connect(m_plot, &QCustomPlot::mouseRelease, this,
            [this] { userMovedView(yRanges() != m_pressY); });
    // The wheel zooms x and y keeps fitting the curves; with Ctrl it zooms y alone, which places
    // it. The signal comes before the plot zooms.
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this](QWheelEvent* event) {
        const bool y = event->modifiers() & Qt::ControlModifier;
        for (QCPAxisRect* rect : {m_plotter.value_rect(), m_plotter.derivative_rect()})
            if (rect) rect->setRangeZoom(y ? Qt::Vertical : Qt::Horizontal);
        QTimer::singleShot(0, this, [this, y] { userMovedView(y); });
    });
    // Shift+drag draws a zoom box instead of panning.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        m_plot->setSelectionRectMode(e->modifiers() & Qt::ShiftModifier ? QCP::srmZoom
                                                                        : QCP::srmNone);
        m_pressY = yRanges();
    });
    connect(m_plotter.value_rect()->axis(QCPAxis::atBottom),
            qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
                if (!m_followTimer->isActive()) m_followTimer->start();
            });
}

QList<QAction*> CurvesNavigation::menuActions() const {
    return {m_zoomInAction, m_zoomOutAction, m_resetAction, m_backAction, m_forwardAction};
}

std::vector<double> CurvesNavigation::viewRanges() const {
    std::vector<double> r;
    for (QCPAxisRect* rect : {m_plotter.value_rect(), m_plotter.derivative_rect()}) {
        if (!rect) continue;
        if (r.empty()) {
            const QCPRange x = rect->axis(QCPAxis::atBottom)->range();
            r.insert(r.end(), {x.lower, x.upper});
        }
        const QCPRange y = rect->axis(QCPAxis::atLeft)->range();
        r.insert(r.end(), {y.lower, y.upper});
    }
    return r;
}

void CurvesNavigation::setViewRanges(const std::vector<double>& r) {
    if (r.size() != viewRanges().size()) return;
    for (std::size_t i = 0; i + 1 < r.size(); i += 2)
        if (!std::isfinite(r[i]) || !std::isfinite(r[i + 1]) || !(r[i] < r[i + 1]) ||
            !QCPRange::validRange(r[i], r[i + 1]))
            return;
    showRanges(r);
    recordView();
}

void CurvesNavigation::showRanges(const std::vector<double>& r) {
    QCPAxisRect* value = m_plotter.value_rect();
    value->axis(QCPAxis::atBottom)->setRange(r[0], r[1]);
    value->axis(QCPAxis::atLeft)->setRange(r[2], r[3]);
    QCPAxisRect* slope = m_plotter.derivative_rect();
    if (slope && r.size() == 6) slope->axis(QCPAxis::atLeft)->setRange(r[4], r[5]);
    m_userView = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CurvesNavigation::startFrom(bool forget) {
    m_homeMin = m_model->state().xmin;
    m_homeMax = m_model->state().xmax;
    m_userView = false;
    m_plotter.reset_view();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (forget) m_history.clear();
    recordView();
}

void CurvesNavigation::followCurves() {
    if (m_userView) return;
    m_plotter.fit_y();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CurvesNavigation::followView() {
    const CurvesState& s = m_model->state();
    const QCPRange x = m_plotter.value_rect()->axis(QCPAxis::atBottom)->range();
    if (x.lower == s.xmin && x.upper == s.xmax) return;
    const double span = x.upper - x.lower;
    if (!(span > 0.0) || !std::isfinite(span)) return;
    const int exponent = static_cast<int>(std::floor(std::log10(span))) - 3;
    const double lo = std::clamp(snapped(x.lower, exponent, false), -kMaxAbsX, kMaxAbsX);
    const double hi = std::clamp(snapped(x.upper, exponent, true), -kMaxAbsX, kMaxAbsX);
    if (lo < hi) m_model->setRange(lo, hi, s.points); // what became visible is fitted too
}

std::vector<double> CurvesNavigation::yRanges() const {
    std::vector<double> r = viewRanges();
    r.erase(r.begin(), r.begin() + std::min<std::ptrdiff_t>(2, std::ssize(r)));
    return r;
}

void CurvesNavigation::userMovedView(bool y_moved) {
    if (!m_history.empty() && viewRanges() == m_history[m_historyPos]) return; // a click
    if (y_moved) {
        m_userView = true;
    } else if (!m_userView) {
        m_plotter.fit_y();
        m_plot->replot();
    }
    m_historyTimer->start();
    updateActions();
    emit viewChanged();
}

void CurvesNavigation::recordView() {
    m_historyTimer->stop();
    const std::vector<double> r = viewRanges();
    if (!m_history.empty() && m_history[m_historyPos] == r) return;
    if (!m_history.empty()) m_history.resize(m_historyPos + 1);
    m_history.push_back(r);
    constexpr std::size_t kMostViews = 100;
    if (m_history.size() > kMostViews) m_history.erase(m_history.begin());
    m_historyPos = m_history.size() - 1;
    updateActions();
}

void CurvesNavigation::back() {
    if (m_historyTimer->isActive()) recordView(); // the view being moved counts first
    if (m_historyPos == 0) return;
    showRanges(m_history[--m_historyPos]);
    updateActions();
    emit viewChanged();
}

void CurvesNavigation::forward() {
    if (m_historyPos + 1 >= m_history.size()) return;
    showRanges(m_history[++m_historyPos]);
    updateActions();
    emit viewChanged();
}

void CurvesNavigation::updateActions() {
    m_backAction->setEnabled(m_historyPos > 0 || m_historyTimer->isActive());
    m_forwardAction->setEnabled(m_historyPos + 1 < m_history.size());
}

void CurvesNavigation::zoomBy(double factor) {
    for (QCPAxisRect* rect : {m_plotter.value_rect(), m_plotter.derivative_rect()}) {
        if (!rect) continue;
        for (QCPAxis* axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)})
            axis->scaleRange(factor);
    }
    m_plot->replot();
    userMovedView(true);
}

void CurvesNavigation::zoomIn() {
    zoomBy(1.0 / 1.25);
}

void CurvesNavigation::zoomOut() {
    zoomBy(1.25);
}

void CurvesNavigation::pan(double dx_fraction, double dy_fraction) {
    QCPAxisRect* rect = m_plotter.value_rect();
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    x->moveRange(dx_fraction * x->range().size());
    y->moveRange(dy_fraction * y->range().size());
    m_plot->replot();
    userMovedView(dy_fraction != 0.0);
}

void CurvesNavigation::resetView() {
    m_userView = false;
    m_model->setRange(m_homeMin, m_homeMax, m_model->state().points);
    m_plotter.reset_view();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    recordView();
    emit viewChanged();
}

void CurvesNavigation::fitY() {
    m_plotter.fit_y();
    m_plot->replot();
    m_userView = false;
    recordView();
    emit viewChanged();
}

bool CurvesNavigation::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    switch (static_cast<QKeyEvent*>(event)->key()) {
    case Qt::Key_Left:
        pan(-0.1, 0.0);
        return true;
    case Qt::Key_Right:
        pan(0.1, 0.0);
        return true;
    case Qt::Key_Up:
        pan(0.0, 0.1);
        return true;
    case Qt::Key_Down:
        pan(0.0, -0.1);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return true;
    case Qt::Key_Minus:
        zoomOut();
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace activa::ui
