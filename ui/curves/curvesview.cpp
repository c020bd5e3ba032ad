// SPDX-License-Identifier: MIT
#include "curvesview.hpp"

#include "common/coretext.hpp"
#include "common/guide.hpp"
#include "common/numbertext.hpp"
#include "common/plotlegend.hpp"
#include "common/settings.hpp"
#include "curves/curvereadout.hpp"
#include "curves/curvesnavigation.hpp"
#include "curves/functionlist.hpp"
#include "curves/parameterpanel.hpp"
#include "curves/propertiespanel.hpp"
#include "curves/rangebar.hpp"

#include <activa/csv.hpp>

#include <qcustomplot.h>

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace activa::ui {

CurvesView::CurvesView(QWidget* parent)
    : PlotView(parent)
    , m_model(new CurvesModel(this))
    , m_list(new FunctionList(m_model, this))
    , m_params(new ParameterPanel(m_model, this))
    , m_properties(new PropertiesPanel(m_model, this))
    , m_plotter(std::make_unique<CurvePlotter>(m_plot)) {
    // The keyboard's focus goes through children in the order they are made, and PlotView made
    // the plot first: made a child again, it comes after the panels, before the range bar.
    m_plot->setParent(nullptr);
    m_plot->setParent(this);
    // Made in the order the keyboard's focus goes through them.
    m_bar = new RangeBar(m_model, m_tr, this);
    m_readout = new CurveReadout(m_plot, *m_plotter, *m_model, m_tr, this);
    m_saturationNote = new QLabel(this);
    m_navigation = new CurvesNavigation(m_plot, *m_plotter, m_model, m_tr, this);
    // The range and toggles span the window, so that they fit a 1024 px screen.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_bar);
    layout->addWidget(buildSidePanels(buildCentre()), 1);
    connectParts();
    m_tr.add([this] {
        m_plot->setToolTip(tr("Drag to pan, wheel to zoom x, Ctrl+wheel to zoom y, Shift+drag to "
                              "zoom into a box; click a legend entry to hide or show its curve, "
                              "drag the legend to move it; right-click for more"));
    });
    setState(CurvesState{});
}

CurvesView::~CurvesView() = default;

QWidget* CurvesView::buildCentre() {
    m_plot->setMinimumSize(360, 300);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_saturationNote->setWordWrap(true);
    auto* centre = new QWidget(this);
    auto* centre_layout = new QVBoxLayout(centre);
    centre_layout->setContentsMargins(0, 0, 0, 0);
    centre_layout->addWidget(m_plot, 1);
    centre_layout->addWidget(m_readout->label());
    centre_layout->addWidget(m_saturationNote);
    return centre;
}

QWidget* CurvesView::buildSidePanels(QWidget* centre) {
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
    return split;
}

void CurvesView::connectParts() {
    connect(m_model, &CurvesModel::changed, this, &CurvesView::onModelChanged);
    connect(m_model, &CurvesModel::pointsLowered, m_readout, &CurveReadout::pointsLowered);
    // A curve hidden from its legend stays hidden when its function is edited or renamed.
    connect(m_model, &CurvesModel::replaced, this, [this](ActivationId before, ActivationId now) {
        if (!m_plotter->is_hidden(before)) return;
        m_plotter->set_hidden(before, false);
        m_plotter->set_hidden(now, true);
    });
    connect(m_bar, &RangeBar::rangeTyped, this, [this] { m_navigation->startFrom(false); });
    connect(m_bar, &RangeBar::fitAsked, m_navigation, &CurvesNavigation::fitY);
    connect(m_bar, &RangeBar::resetAsked, m_navigation, &CurvesNavigation::resetView);
    connect(m_navigation, &CurvesNavigation::viewChanged, this, &CurvesView::viewChanged);
    connect(m_plotter->legend(), &PlotLegend::entryClicked, this, &CurvesView::onLegendClick);
}

void CurvesView::retranslate() {
    // Labels, legends and numbers follow the language; the view stays where it is.
    redraw(true);
}

void CurvesView::setState(const CurvesState& state) {
    m_model->setState(state);
    m_navigation->startFrom(true);
}

void CurvesView::onModelChanged(CurvesModel::Parts parts) {
    using Part = CurvesModel::Part;
    if (parts == CurvesModel::Parts(Part::Current)) return; // an unchecked function described
    // Other functions or another layout start from the range; anything else keeps the view,
    // and y follows new values unless the user placed it.
    const bool restart = parts & (Part::Functions | Part::Derivative);
    redraw(!restart);
    if (!restart && parts & (Part::Params | Part::Range)) m_navigation->followCurves();
}

void CurvesView::redraw(bool keep_view) {
    m_readout->beforeRedraw();
    m_plotter->draw(m_model->state(), keep_view);
    m_readout->redrawn();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updateSaturationNote();
    emit stateChanged();
}

void CurvesView::updateSaturationNote() {
    const CurvesState& s = m_model->state();
    const bool on = s.show_saturation && s.selected >= 0;
    m_saturationNote->setVisible(on);
    if (!on) return;
    const ActivationId id = s.curves[static_cast<std::size_t>(s.selected)].id;
    const QString threshold = shown_number(kSaturationThreshold);
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
    m_readout->showAt(x);
}

std::vector<double> CurvesView::viewRanges() const {
    return m_navigation->viewRanges();
}

void CurvesView::setViewRanges(const std::vector<double>& ranges) {
    m_navigation->setViewRanges(ranges);
}

void CurvesView::zoomIn() {
    m_navigation->zoomIn();
}

void CurvesView::pan(double dx_fraction, double dy_fraction) {
    m_navigation->pan(dx_fraction, dy_fraction);
}

QList<QAction*> CurvesView::menuActions() const {
    return m_navigation->menuActions();
}

QList<QAction*> CurvesView::toolbarActions() const {
    return m_navigation->menuActions().mid(0, 3); // zoom in, zoom out, reset view
}

QList<QAction*> CurvesView::contextActions() const {
    return {m_navigation->fitAction(),     m_navigation->resetAction(), m_navigation->backAction(),
            m_navigation->forwardAction(), m_bar->derivativeAction(),   m_bar->logAction()};
}

ViewTexts CurvesView::texts() const {
    return {tr("&Curves"), tr("Activation functions and their derivatives"),
            tr("Check functions on the left to compare them; move the mouse over the plot to read "
               "values."),
            Guide::kCurves};
}

void CurvesView::saveSettings(QSettings& s) const {
    save_curves(s, m_model->state());
    save_view(s, QStringLiteral("curves"), viewRanges());
    std::vector<ActivationId> hidden;
    for (const CurveSpec& c : m_model->state().curves)
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
    PlotView::onChanged(context, changed);
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
    m_navigation->followCurves();
}

void CurvesView::beforePicture(bool vector) {
    m_readout->hideCrosshair();
    if (vector) m_plotter->clip_to_view();
}

void CurvesView::afterPicture() {
    redraw(true); // the full curves, the crosshair and the window's own layout again
}

void CurvesView::writeData(TextWriter& out) const {
    write_curves_csv(out, m_model->state());
}

QString CurvesView::fileStem() const {
    return QStringLiteral("activations");
}

} // namespace activa::ui
