// SPDX-License-Identifier: MIT
#include "curvesview.hpp"

#include "common/exporter.hpp"
#include "common/guide.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "common/plotlegend.hpp"
#include "common/settings.hpp"

#include <activa/csv.hpp>

#include "common/coretext.hpp"
#include "curves/functionlist.hpp"
#include "curves/parameterpanel.hpp"
#include "curves/propertiespanel.hpp"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace activa::ui {
namespace {

// As the axes write their numbers: six significant digits, no group separators.
QString format(double v) {
    if (std::isnan(v)) return QStringLiteral("—");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    QLocale l;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l.toString(v, 'g', 6);
}

// v rounded down (or up) to a multiple of 10^exponent, exact in decimal: the range a pan or zoom
// reaches is kept to four significant digits, so the x boxes read like typed numbers.
double snapped(double v, int exponent, bool up) {
    const double unit = std::pow(10.0, std::abs(exponent));
    if (exponent < 0) return (up ? std::ceil(v * unit) : std::floor(v * unit)) / unit;
    return (up ? std::ceil(v / unit) : std::floor(v / unit)) * unit;
}

} // namespace

CurvesView::CurvesView(QWidget* parent)
    : QWidget(parent)
    , View(*this, *this)
    , m_list(new FunctionList(this))
    , m_params(new ParameterPanel(this))
    , m_properties(new PropertiesPanel(this))
    , m_plot(new QCustomPlot(this))
    , m_plotter(std::make_unique<CurvePlotter>(m_plot))
    , m_xmin(new NumberBox(NumberBox::Kind::Real, this))
    , m_xmax(new NumberBox(NumberBox::Kind::Real, this))
    , m_points(new NumberBox(NumberBox::Kind::Integer, this))
    , m_derivative(new QCheckBox(this))
    , m_saturation(new QCheckBox(this))
    , m_logDerivative(new QCheckBox(this))
    , m_fit(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_pointsLabel(new QLabel(this))
    , m_readout(new QLabel(this))
    , m_saturationNote(new QLabel(this)) {
    // Range controls above the plot.
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
    m_xmin->setObjectName(QStringLiteral("xFromBox"));
    m_xmax->setObjectName(QStringLiteral("xToBox"));
    m_points->setObjectName(QStringLiteral("pointsBox"));
    auto* bar = new QHBoxLayout;
    m_fromLabel->setBuddy(m_xmin);
    m_toLabel->setBuddy(m_xmax);
    m_pointsLabel->setBuddy(m_points);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_xmin);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_xmax);
    bar->addWidget(m_pointsLabel);
    bar->addWidget(m_points);
    bar->addSpacing(12);
    bar->addWidget(m_derivative);
    bar->addWidget(m_logDerivative);
    bar->addWidget(m_saturation);
    bar->addStretch(1);
    bar->addWidget(m_fit);
    bar->addWidget(m_reset);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true); // panning a million points stays fluid
    m_plot->setMinimumSize(360, 300);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    m_plot->addLayer(QStringLiteral("crosshair"), nullptr, QCustomPlot::limAbove);
    m_plot->layer(QStringLiteral("crosshair"))->setMode(QCPLayer::lmBuffered);
    m_plot->setCurrentLayer(QStringLiteral("main"));

    m_readout->setTextFormat(Qt::RichText);
    m_readout->setWordWrap(true);
    m_readout->installEventFilter(this); // its height follows its width: reserveReadout()
    m_saturationNote->setWordWrap(true);

    auto* centre = new QWidget(this);
    auto* centre_layout = new QVBoxLayout(centre);
    centre_layout->setContentsMargins(0, 0, 0, 0);
    centre_layout->addWidget(m_plot, 1);
    centre_layout->addWidget(m_readout);
    centre_layout->addWidget(m_saturationNote);

    auto* params_scroll = new QScrollArea(this);
    params_scroll->setWidget(m_params);
    params_scroll->setWidgetResizable(true);
    params_scroll->setFrameShape(QFrame::NoFrame);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_list);
    left->addWidget(params_scroll);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setSizes({460, 340}); // room for two functions' parameters without scrolling
    params_scroll->setMinimumHeight(150);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(centre);
    split->addWidget(m_properties);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 0);
    // At 1024 px the plot keeps about 450 px; the side panels fold away when dragged to the edge.
    split->setSizes({260, 860, 300});
    split->setCollapsible(1, false);
    // The range and toggles span the window, so that they fit a 1024 px screen.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    // The three fields' reasons share one line under them, each as wide as it needs to be
    // while the others are empty.
    auto* messages = new QHBoxLayout;
    for (NumberBox* s : {m_xmin, m_xmax, m_points}) {
        messages->addWidget(s->messageLabel());
        connect(s, &NumberBox::problemChanged, this, [messages, s](const QString& problem) {
            messages->setStretchFactor(s->messageLabel(), problem.isEmpty() ? 0 : 1);
        });
    }
    layout->addLayout(messages);
    layout->addWidget(split, 1);

    connect(m_list, &FunctionList::checkedChanged, this, &CurvesView::onCheckedChanged);
    connect(m_list, &FunctionList::currentChanged, this, &CurvesView::onCurrentChanged);
    connect(m_params, &ParameterPanel::paramsChanged, this, [this](int curve, ParamValues p) {
        if (curve < 0 || curve >= static_cast<int>(m_state.curves.size())) return;
        m_state.curves[static_cast<std::size_t>(curve)].params = p;
        redraw(true);
        // The view follows the curves, unless the user has placed it.
        if (!m_userView) {
            m_plotter->fit_y();
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        const ActivationId changed = m_state.curves[static_cast<std::size_t>(curve)].id;
        if (changed == m_current) m_properties->setFunction(m_current, p);
    });
    for (NumberBox* s : {m_xmin, m_xmax, m_points})
        connect(s, &NumberBox::valueChanged, this, &CurvesView::onRangeEdited);
    connect(m_derivative, &QCheckBox::toggled, this, [this](bool on) {
        m_derivativeAction->setChecked(on);
        m_logDerivative->setEnabled(on);
        m_logAction->setEnabled(on);
        if (m_updating) return;
        m_state.show_derivative = on;
        redraw(false);
    });
    connect(m_logDerivative, &QCheckBox::toggled, this, [this](bool on) {
        m_logAction->setChecked(on);
        if (m_updating) return;
        m_state.log_derivative = on;
        redraw(true);
    });
    connect(m_saturation, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating) return;
        m_state.show_saturation = on;
        redraw(true);
    });
    connect(m_reset, &QPushButton::clicked, this, &CurvesView::resetView);
    connect(m_fit, &QPushButton::clicked, this, &CurvesView::fitY);
    connect(m_plot, &QCustomPlot::mouseMove, this, &CurvesView::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this,
            [this] { userMovedView(yRanges() != m_pressY); });
    // The wheel zooms x and y keeps fitting the curves; with Ctrl it zooms y alone, which places
    // it. The signal comes before the plot zooms.
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this](QWheelEvent* event) {
        const bool y = event->modifiers() & Qt::ControlModifier;
        for (QCPAxisRect* rect : {m_plotter->value_rect(), m_plotter->derivative_rect()})
            if (rect) rect->setRangeZoom(y ? Qt::Vertical : Qt::Horizontal);
        QTimer::singleShot(0, this, [this, y] { userMovedView(y); });
    });
    connect(m_plotter->legend(), &PlotLegend::entryClicked, this, &CurvesView::onLegendClick);

    m_fitAction = new QAction(this);
    connect(m_fitAction, &QAction::triggered, this, &CurvesView::fitY);
    m_zoomInAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), QString(), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, this, &CurvesView::zoomIn);
    m_zoomOutAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), QString(), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, &CurvesView::zoomOut);
    m_resetAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-original")), QString(), this);
    connect(m_resetAction, &QAction::triggered, this, &CurvesView::resetView);
    m_backAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), QString(), this);
    m_backAction->setShortcut(QKeySequence::Back);
    connect(m_backAction, &QAction::triggered, this, &CurvesView::back);
    m_forwardAction = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), QString(), this);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    connect(m_forwardAction, &QAction::triggered, this, &CurvesView::forward);
    m_derivativeAction = new QAction(this);
    m_derivativeAction->setCheckable(true);
    connect(m_derivativeAction, &QAction::triggered, m_derivative, &QCheckBox::setChecked);
    m_logAction = new QAction(this);
    m_logAction->setCheckable(true);
    connect(m_logAction, &QAction::triggered, m_logDerivative, &QCheckBox::setChecked);

    // Panning and zooming change the range: what becomes visible is computed, a moment later
    // so that a drag over a million points stays fluid.
    m_followTimer = new QTimer(this);
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(30);
    connect(m_followTimer, &QTimer::timeout, this, &CurvesView::followView);
    connect(m_plotter->value_rect()->axis(QCPAxis::atBottom),
            qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
                if (!m_updating && !m_followTimer->isActive()) m_followTimer->start();
            });
    // A burst of wheel steps is one step back.
    m_historyTimer = new QTimer(this);
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(400);
    connect(m_historyTimer, &QTimer::timeout, this, &CurvesView::recordView);
    // Shift+drag draws a zoom box instead of panning.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        m_plot->setSelectionRectMode(e->modifiers() & Qt::ShiftModifier ? QCP::srmZoom
                                                                        : QCP::srmNone);
        m_pressY = yRanges();
    });

    retranslate();
    setState(CurvesState{});
}

void CurvesView::retranslate() {
    m_xmin->setToolTipText(tr("Smallest x computed and shown"));
    m_xmax->setToolTipText(tr("Largest x computed and shown"));
    m_points->setToolTipText(tr("Number of evenly spaced points computed per curve"));
    m_derivative->setText(tr("&Derivative"));
    m_derivative->setToolTip(tr("Show each function's derivative, dashed, in a plot below"));
    m_saturation->setText(tr("S&aturation"));
    m_saturation->setToolTip(
        tr("Shade where the selected function's gradient stays below 0.01 in magnitude, not "
           "where it only passes through zero"));
    m_logDerivative->setText(tr("&log |f′|"));
    m_logDerivative->setToolTip(
        tr("Show the derivative's magnitude on a logarithmic axis, where the vanishing tails of "
           "sigmoid and tanh stay visible (tanh′(20) ≈ 1.7e-17)"));
    m_fit->setText(tr("Fit &y"));
    m_fit->setToolTip(tr("Fit the y axes to the curves shown"));
    m_reset->setText(tr("&Reset view"));
    m_reset->setToolTip(tr("Back to the typed range and fit the y axes (Ctrl+0)"));
    m_fitAction->setText(tr("Fit &y axes"));
    m_fitAction->setStatusTip(m_fit->toolTip());
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
    m_derivativeAction->setText(tr("&Derivative", "menu entry"));
    m_derivativeAction->setStatusTip(m_derivative->toolTip());
    m_logAction->setText(tr("&Logarithmic |f′|"));
    m_logAction->setStatusTip(m_logDerivative->toolTip());
    m_fromLabel->setText(tr("&x from"));
    m_toLabel->setText(tr("t&o"));
    m_pointsLabel->setText(tr("&points"));
    m_plot->setToolTip(tr("Drag to pan, wheel to zoom x, Ctrl+wheel to zoom y, Shift+drag to "
                          "zoom into a box; click a legend entry to hide or show its curve, drag "
                          "the legend to move it; right-click for more"));
    m_readout->setToolTip(tr("Values under the mouse: x, f(x) and f′(x) of every curve"));
    clearReadout();
}

void CurvesView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    retranslate();
    // Labels, legends and numbers follow the language; the view stays where it is.
    m_properties->setCurves(m_state.curves);
    m_properties->setFunction(m_current, paramsOf(m_current));
    redraw(true);
}

CurvesView::~CurvesView() = default;

void CurvesView::setState(const CurvesState& requested) {
    // Anything out of range (old or hand-edited settings) falls back to the defaults.
    const CurvesState s = *checked(requested, OnInvalid::UseDefault);
    m_updating = true;
    m_state = s;
    {
        const QSignalBlocker b1(m_xmin);
        const QSignalBlocker b2(m_xmax);
        const QSignalBlocker b3(m_points);
        m_xmin->setValue(s.xmin);
        m_xmax->setValue(s.xmax);
        m_points->setValue(s.points);
        m_derivative->setChecked(s.show_derivative);
        m_logDerivative->setChecked(s.log_derivative);
        m_saturation->setChecked(s.show_saturation);
    }
    m_homeMin = s.xmin;
    m_homeMax = s.xmax;
    m_userView = false;
    std::vector<ActivationId> ids;
    for (const CurveSpec& c : s.curves)
        ids.push_back(c.id);
    m_list->setChecked(ids); // emits checkedChanged, which keeps the params above
    m_updating = false;
    limitPoints();
    if (s.selected >= 0) {
        m_current = s.curves[static_cast<std::size_t>(s.selected)].id;
        m_list->setCurrent(m_current);
    }
    m_params->setCurves(m_state.curves);
    m_properties->setCurves(m_state.curves);
    m_properties->setFunction(m_current, paramsOf(m_current));
    redraw(false);
    m_history.clear();
    recordView();
}

ParamValues CurvesView::paramsOf(ActivationId id) const {
    for (const CurveSpec& c : m_state.curves)
        if (c.id == id) return c.params;
    return default_params(id);
}

void CurvesView::onCheckedChanged() {
    std::vector<CurveSpec> next;
    for (const ActivationId id : m_list->checked()) {
        const auto old = std::find_if(m_state.curves.begin(), m_state.curves.end(),
                                      [&](const CurveSpec& c) { return c.id == id; });
        next.push_back(old != m_state.curves.end() ? *old : CurveSpec{id, default_params(id)});
    }
    m_state.curves = next;
    const auto it = std::find_if(next.begin(), next.end(),
                                 [&](const CurveSpec& c) { return c.id == m_current; });
    m_state.selected =
        it == next.end() ? (next.empty() ? -1 : 0) : static_cast<int>(it - next.begin());
    if (m_updating) return;
    limitPoints();
    m_params->setCurves(m_state.curves);
    m_properties->setCurves(m_state.curves);
    redraw(false);
}

void CurvesView::limitPoints() {
    // All curves together hold at most kMaxTotalPoints: more curves, fewer points each.
    const auto n = std::max<long long>(1, static_cast<long long>(m_state.curves.size()));
    const int most = static_cast<int>(std::min<long long>(kMaxPoints, kMaxTotalPoints / n));
    const QSignalBlocker blocker(m_points);
    m_points->setMaximum(most);
    if (m_state.points <= most) return;
    m_state.points = most;
    m_points->setValue(most);
    m_readoutX.reset(); // the message takes the readout's place until the mouse reads again
    m_readout->setText(tr("Points per curve lowered to %1: %2 curves may hold %3 points in all.")
                           .arg(QLocale().toString(most))
                           .arg(n)
                           .arg(QLocale().toString(kMaxTotalPoints)));
}

std::vector<double> CurvesView::viewRanges() const {
    std::vector<double> r;
    for (QCPAxisRect* rect : {m_plotter->value_rect(), m_plotter->derivative_rect()}) {
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

void CurvesView::setViewRanges(const std::vector<double>& r) {
    if (r.size() != viewRanges().size()) return;
    for (std::size_t i = 0; i + 1 < r.size(); i += 2)
        if (!std::isfinite(r[i]) || !std::isfinite(r[i + 1]) || !(r[i] < r[i + 1]) ||
            !QCPRange::validRange(r[i], r[i + 1]))
            return;
    showRanges(r);
    recordView();
}

void CurvesView::showRanges(const std::vector<double>& r) {
    QCPAxisRect* value = m_plotter->value_rect();
    value->axis(QCPAxis::atBottom)->setRange(r[0], r[1]);
    value->axis(QCPAxis::atLeft)->setRange(r[2], r[3]);
    QCPAxisRect* slope = m_plotter->derivative_rect();
    if (slope && r.size() == 6) slope->axis(QCPAxis::atLeft)->setRange(r[4], r[5]);
    m_userView = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CurvesView::followView() {
    if (m_updating) return;
    const QCPRange x = m_plotter->value_rect()->axis(QCPAxis::atBottom)->range();
    if (x.lower == m_state.xmin && x.upper == m_state.xmax) return;
    const double span = x.upper - x.lower;
    if (!(span > 0.0) || !std::isfinite(span)) return;
    const int exponent = static_cast<int>(std::floor(std::log10(span))) - 3;
    const double lo = std::clamp(snapped(x.lower, exponent, false), -kMaxAbsX, kMaxAbsX);
    const double hi = std::clamp(snapped(x.upper, exponent, true), -kMaxAbsX, kMaxAbsX);
    if (!(lo < hi) || (lo == m_state.xmin && hi == m_state.xmax)) return;
    showRange(lo, hi);
    redraw(true);
    if (!m_userView) { // what became visible is fitted too
        m_plotter->fit_y();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void CurvesView::showRange(double lo, double hi) {
    m_state.xmin = lo;
    m_state.xmax = hi;
    const QSignalBlocker b1(m_xmin);
    const QSignalBlocker b2(m_xmax);
    m_xmin->setValue(lo);
    m_xmax->setValue(hi);
}

std::vector<double> CurvesView::yRanges() const {
    std::vector<double> r = viewRanges();
    r.erase(r.begin(), r.begin() + std::min<std::ptrdiff_t>(2, std::ssize(r)));
    return r;
}

void CurvesView::userMovedView(bool y_moved) {
    if (!m_history.empty() && viewRanges() == m_history[m_historyPos]) return; // a click
    if (y_moved) {
        m_userView = true;
    } else if (!m_userView) {
        m_plotter->fit_y();
        m_plot->replot();
    }
    m_historyTimer->start();
    updateActions();
    emit viewChanged();
}

void CurvesView::recordView() {
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

void CurvesView::back() {
    if (m_historyTimer->isActive()) recordView(); // the view being moved counts first
    if (m_historyPos == 0) return;
    showRanges(m_history[--m_historyPos]);
    updateActions();
    emit viewChanged();
}

void CurvesView::forward() {
    if (m_historyPos + 1 >= m_history.size()) return;
    showRanges(m_history[++m_historyPos]);
    updateActions();
    emit viewChanged();
}

void CurvesView::updateActions() {
    m_backAction->setEnabled(m_historyPos > 0 || m_historyTimer->isActive());
    m_forwardAction->setEnabled(m_historyPos + 1 < m_history.size());
}

QList<QAction*> CurvesView::menuActions() const {
    return {m_zoomInAction, m_zoomOutAction, m_resetAction, m_backAction, m_forwardAction};
}

QList<QAction*> CurvesView::toolbarActions() const {
    return {m_zoomInAction, m_zoomOutAction, m_resetAction};
}

QList<QAction*> CurvesView::contextActions() const {
    return {m_fitAction,     m_resetAction,      m_backAction,
            m_forwardAction, m_derivativeAction, m_logAction};
}

ViewTexts CurvesView::texts() const {
    return {tr("&Curves"), tr("Activation functions and their derivatives"),
            tr("Check functions on the left to compare them; move the mouse over the plot to read "
               "values."),
            Guide::kCurves};
}

void CurvesView::saveSettings(QSettings& s) const {
    save_curves(s, m_state);
    save_view(s, QStringLiteral("curves"), viewRanges());
    std::vector<ActivationId> hidden;
    for (const CurveSpec& c : m_state.curves)
        if (m_plotter->is_hidden(c.id)) hidden.push_back(c.id);
    save_hidden_curves(s, hidden);
}

void CurvesView::restoreSettings(QSettings& s) {
    setState(load_curves(s));
    for (const ActivationId id : load_hidden_curves(s))
        setCurveHidden(id, true);
    setViewRanges(load_view(s, QStringLiteral("curves")));
}

void CurvesView::onChanged(QObject* context, std::function<void()> changed) {
    connect(this, &CurvesView::stateChanged, context, changed);
    connect(this, &CurvesView::viewChanged, context, changed);
    // A legend click hides or shows a curve.
    connect(m_plot, &QCustomPlot::legendClick, context, changed);
}

void CurvesView::onLegendClick(QCPAbstractLegendItem* item) {
    auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
    if (!entry) return;
    const QVariant id = entry->plottable()->property("activation");
    if (!id.isValid()) return; // the saturation bands' entry
    const auto function = static_cast<ActivationId>(id.toInt());
    setCurveHidden(function, !m_plotter->is_hidden(function));
}

void CurvesView::setCurveHidden(ActivationId id, bool hidden) {
    m_plotter->set_hidden(id, hidden);
    redraw(true);
    if (!m_userView) {
        m_plotter->fit_y();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void CurvesView::onCurrentChanged(ActivationId id) {
    m_current = id;
    m_properties->setFunction(id, paramsOf(id));
    const auto it = std::find_if(m_state.curves.begin(), m_state.curves.end(),
                                 [&](const CurveSpec& c) { return c.id == id; });
    const int selected = it == m_state.curves.end() ? m_state.selected
                                                    : static_cast<int>(it - m_state.curves.begin());
    if (selected == m_state.selected || m_updating) return;
    m_state.selected = selected;
    redraw(true);
}

void CurvesView::onRangeEdited() {
    if (m_updating) return;
    m_state.xmin = m_xmin->value();
    m_state.xmax = m_xmax->value();
    m_state.points = m_points->intValue();
    m_homeMin = m_state.xmin;
    m_homeMax = m_state.xmax;
    m_userView = false;
    redraw(false);
    recordView();
}

void CurvesView::clearReadout() {
    m_readoutX.reset();
    m_readout->setText(
        tr("Move the mouse over the plot to read x, f(x) and f′(x) of every curve."));
}

void CurvesView::redraw(bool keep_view) {
    const bool crosshair = !m_crosshair.isEmpty() && m_crosshair.first()->visible();
    m_plotter->draw(m_state, keep_view);
    // The plotter clears every item; the crosshair is drawn again on its own layer.
    m_crosshair.clear();
    for (QCPAxisRect* rect : {m_plotter->value_rect(), m_plotter->derivative_rect()}) {
        if (!rect) continue;
        auto* line = new QCPItemStraightLine(m_plot);
        line->setLayer(QStringLiteral("crosshair"));
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
    // A readout of values reads the curves shown now: at the crosshair while it is there,
    // otherwise it gives way to the hint.
    if (m_readoutX) {
        if (crosshair)
            setReadout(*m_readoutX);
        else
            clearReadout();
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateSaturationNote();
    reserveReadout();
    emit stateChanged();
}

void CurvesView::updateSaturationNote() {
    const bool on = m_state.show_saturation && m_state.selected >= 0;
    m_saturationNote->setVisible(on);
    if (!on) return;
    const ActivationId id = m_state.curves[static_cast<std::size_t>(m_state.selected)].id;
    const QString threshold = QLocale().toString(kSaturationThreshold);
    if (m_plotter->band_count() == 0) {
        m_saturationNote->setText(
            tr("%1, the selected function, has no grey band here: its gradient stays at or above "
               "%2 in magnitude over the range shown.")
                .arg(function_name(id), threshold));
        return;
    }
    // A slope of exactly zero and a small one are different weaknesses: ReLU's is dead units,
    // sigmoid's and tanh's the vanishing gradient
    // (CurvesView.TheSaturationNoteNamesWhatTheBandsHold).
    const BandSlopes slopes = m_plotter->band_slopes();
    QStringList parts{tr("Grey bands: where |f′(x)| < %2 for %1, the selected function.")
                          .arg(function_name(id), threshold)};
    if (slopes.small)
        parts << tr("Where the slope is small but not zero, the function saturates: a gradient "
                    "that small barely changes the weights of the layers before it, and stacked, "
                    "such layers make a deep network prone to vanishing gradients.");
    if (slopes.zero)
        parts << tr("Where the slope is exactly 0, no gradient passes at all: a unit whose inputs "
                    "all land there is dead, and stops learning.");
    m_saturationNote->setText(parts.join(u' '));
}

void CurvesView::showReadoutAt(double x) {
    setReadout(x);
    m_plot->layer(QStringLiteral("crosshair"))->replot();
}

void CurvesView::setReadout(double x) {
    m_readoutX = x;
    for (QCPItemStraightLine* line : m_crosshair) {
        line->point1->setCoords(x, 0.0);
        line->point2->setCoords(x, 1.0);
        line->setVisible(true);
    }
    m_readout->setText(readoutText(x));
}

QString CurvesView::readoutText(std::optional<double> x) const {
    // Without x, the widest values there can be: the text that sets the readout's height.
    const QString widest = format(-8.88888e-300);
    QStringList parts{QStringLiteral("<b>x = %1</b>").arg(x ? format(*x) : widest)};
    for (const CurveSpec& c : m_state.curves) {
        QString value = widest;
        QString slope = widest;
        if (x) {
            const ValueAndDerivative r = evaluate(c.id, *x, c.params);
            value = format(r.value);
            slope = format(r.derivative);
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

void CurvesView::reserveReadout() {
    // As tall as the widest values of the curves shown need at this width: as the mouse moves,
    // numbers of other widths never change its lines, and the plot above it stays where it is.
    QLabel sample;
    sample.setFont(m_readout->font());
    sample.setTextFormat(Qt::RichText);
    sample.setWordWrap(true);
    const int width = m_readout->width();
    int height = 2 * m_readout->fontMetrics().height();
    sample.setText(readoutText(std::nullopt));
    height = std::max(height, sample.heightForWidth(width));
    sample.setText(tr("Move the mouse over the plot to read x, f(x) and f′(x) of every curve."));
    height = std::max(height, sample.heightForWidth(width));
    m_readout->setFixedHeight(height);
    m_readoutWidth = width;
}

void CurvesView::beforePicture(bool vector) {
    for (QCPItemStraightLine* line : m_crosshair)
        line->setVisible(false);
    if (vector) m_plotter->clip_to_view();
}

void CurvesView::afterPicture() {
    redraw(true); // the full curves, the crosshair and the window's own layout again
}

void CurvesView::writeData(TextWriter& out) const {
    write_curves_csv(out, m_state);
}

QString CurvesView::fileStem() const {
    return QStringLiteral("activations");
}

void CurvesView::onMouseMove(QMouseEvent* event) {
    QCPAxisRect* rect = m_plotter->value_rect();
    const double x = rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
    if (std::isfinite(x)) showReadoutAt(x);
}

void CurvesView::zoomBy(double factor) {
    for (QCPAxisRect* rect : {m_plotter->value_rect(), m_plotter->derivative_rect()}) {
        if (!rect) continue;
        for (QCPAxis* axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)})
            axis->scaleRange(factor);
    }
    m_plot->replot();
    userMovedView(true);
}

void CurvesView::zoomIn() {
    zoomBy(1.0 / 1.25);
}
void CurvesView::zoomOut() {
    zoomBy(1.25);
}

void CurvesView::pan(double dx_fraction, double dy_fraction) {
    QCPAxisRect* rect = m_plotter->value_rect();
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    x->moveRange(dx_fraction * x->range().size());
    y->moveRange(dy_fraction * y->range().size());
    m_plot->replot();
    userMovedView(dy_fraction != 0.0);
}

void CurvesView::resetView() {
    m_userView = false;
    showRange(m_homeMin, m_homeMax);
    redraw(false);
    recordView();
    emit viewChanged();
}

void CurvesView::fitY() {
    m_plotter->fit_y();
    m_plot->replot();
    m_userView = false;
    recordView();
    emit viewChanged();
}

bool CurvesView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
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
            break;
        }
    }
    if (watched == m_readout && event->type() == QEvent::Resize &&
        m_readout->width() != m_readoutWidth)
        reserveReadout();
    if (watched == m_plot && event->type() == QEvent::Leave) {
        for (QCPItemStraightLine* line : m_crosshair)
            line->setVisible(false);
        m_plot->layer(QStringLiteral("crosshair"))->replot();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace activa::ui
