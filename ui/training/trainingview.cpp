// SPDX-License-Identifier: MIT
#include "trainingview.hpp"

#include "common/coretext.hpp"
#include "common/exporter.hpp"
#include "common/guide.hpp"
#include "common/messageline.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "common/settings.hpp"
#include "common/sidepanel.hpp"
#include "training/racesession.hpp"
#include "training/trainingnames.hpp"

#include <activa/csv.hpp>

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace activa::ui {
TrainingView::TrainingView(QWidget* parent)
    : PlotView(parent)
    , m_plotter(m_plot) {
    QWidget* controls = buildControls();
    QWidget* race = buildRaceArea();
    // Narrow windows (1024 px) scroll the controls rather than push the plot off the screen.
    place_side_panel(this, controls, race, 260, 330);
    keep_wheel_for_scrolling(this);

    fillControls();
    restart();
}

QWidget* TrainingView::buildRaceArea() {
    m_play =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), QString(), this);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_tr.add([=, this] { m_play->setText(tr("&Play")); });
    m_tr.add([=, this] { m_play->setToolTip(tr("Train every network, epoch after epoch")); });
    m_pause =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), QString(), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_tr.add([=, this] { m_pause->setText(tr("P&ause")); });
    m_tr.add([=, this] { m_pause->setToolTip(tr("Stop after the epoch in progress")); });
    m_step =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-skip-forward")), QString(), this);
    m_step->setObjectName(QStringLiteral("stepButton"));
    m_tr.add([=, this] { m_step->setText(tr("St&ep")); });
    m_tr.add([=, this] { m_step->setToolTip(tr("Train one more epoch")); });
    m_reset = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this);
    m_tr.add([=, this] { m_reset->setText(tr("&Reset")); });
    m_tr.add([=, this] { m_reset->setToolTip(tr("Start again from the untrained networks")); });
    connect(m_play, &QPushButton::clicked, this, &TrainingView::play);
    connect(m_pause, &QPushButton::clicked, this, &TrainingView::pause);
    connect(m_step, &QPushButton::clicked, this, &TrainingView::step);
    connect(m_reset, &QPushButton::clicked, this, &TrainingView::reset);
    m_otherOptimizer = new QPushButton(this);
    m_otherOptimizer->setObjectName(QStringLiteral("otherOptimizerButton"));
    m_tr.add([=, this] { updateOptimizerButton(); });
    connect(m_otherOptimizer, &QPushButton::clicked, this, &TrainingView::raceWithOtherOptimizer);
    m_paceBox = new QComboBox(this);
    m_paceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_paceBox->setMinimumContentsLength(12);
    m_paceBox->addItem(QString(), 10);
    m_tr.add(
        [=, this, i = m_paceBox->count() - 1] { m_paceBox->setItemText(i, tr("10 epochs/s")); });
    m_paceBox->addItem(QString(), kDefaultPace);
    m_tr.add(
        [=, this, i = m_paceBox->count() - 1] { m_paceBox->setItemText(i, tr("60 epochs/s")); });
    m_paceBox->addItem(QString(), 0);
    m_tr.add(
        [=, this, i = m_paceBox->count() - 1] { m_paceBox->setItemText(i, tr("Full speed")); });
    m_paceBox->setCurrentIndex(1);
    m_tr.add([=, this] {
        m_paceBox->setToolTip(tr("How fast the race plays; the results are the same at any pace"));
    });
    connect(m_paceBox, &QComboBox::currentIndexChanged, this,
            [this] { setPace(m_paceBox->currentData().toInt()); });
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_play, m_pause, m_step, m_reset})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_paceBox);

    // The epoch and the note of a restart share a line of their own, whose height never
    // changes: the buttons above and the plot below stay where they are whatever it says.
    m_epochLabel = new QLabel(this);
    m_notice = new MessageLine(this);
    m_notice->setObjectName(QStringLiteral("restartNotice"));
    m_undo = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this);
    m_undo->setObjectName(QStringLiteral("undoRestartButton"));
    QSizePolicy keep = m_undo->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_undo->setSizePolicy(keep);
    m_undo->hide();
    m_tr.add([=, this] {
        m_undo->setText(tr("U&ndo"));
        m_undo->setToolTip(tr("Bring back the race from before the change: its settings, its "
                              "epochs and its networks, which can go on training"));
    });
    connect(m_undo, &QPushButton::clicked, this, &TrainingView::undoRestart);
    auto* status = new QHBoxLayout;
    status->addWidget(m_epochLabel);
    status->addSpacing(12);
    status->addWidget(m_notice, 1);
    status->addWidget(m_undo);

    m_plot->setMinimumSize(480, 400);
    m_tr.add([=, this] {
        m_plot->setToolTip(tr("Loss of every network by epoch, and what each has learnt: the "
                              "predicted class or value over the plane, with the points on top"));
    });
    auto* right = new QWidget(this);
    auto* right_layout = new QVBoxLayout(right);
    right_layout->setContentsMargins(0, 0, 0, 0);
    right_layout->addLayout(buttons);
    right_layout->addLayout(status);
    right_layout->addWidget(m_plot, 1);
    // Under the reading it answers: the row of buttons above has no room left at 1024 pixels.
    right_layout->addWidget(m_otherOptimizer, 0, Qt::AlignRight);
    return right;
}

TrainingView::~TrainingView() = default; // the sessions, children, stop and join their threads

void TrainingView::retranslate() {
    renameListed();
    fillControls();
    updatePreview();
    updateButtons();
    m_plotter.retranslate(m_histories);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (m_parked) showRestartNotice();
}

void TrainingView::restartAfterEdit(const TrainingState& before, const QWidget* field) {
    // A race that has run is not thrown away by an edit, which may have been a slip: it waits,
    // paused, with its networks, until Undo brings it back or another edit takes its place.
    if (epoch() > 0) {
        dropParked();
        if (m_session) {
            m_session->setRunning(false);
            disconnect(m_session, nullptr, this, nullptr);
        }
        m_parked = Parked{
            std::exchange(m_session, nullptr), before, m_histories, m_maps, m_finished, field};
        showRestartNotice();
    }
    restart();
}

void TrainingView::showRestartNotice() {
    if (!m_parked) return;
    QString setting = m_parked->field == m_race ? m_raceTitle : QString();
    for (const QLabel* label : findChildren<QLabel*>())
        if (label->buddy() == m_parked->field) setting = label->text();
    setting.remove(QLatin1Char('&'));
    if (setting.endsWith(QLatin1Char(':'))) setting.chop(1);
    const auto reached = static_cast<qulonglong>(m_parked->histories.front().size());
    m_notice->setText(tr("“%1” changed: the race starts again (it had reached epoch %2).")
                          .arg(setting.trimmed())
                          .arg(reached));
    m_undo->show();
}

void TrainingView::dropParked() {
    if (!m_parked) return;
    retire(m_parked->session);
    m_parked.reset();
    m_notice->clear();
    m_undo->hide();
}

void TrainingView::undoRestart() {
    if (!m_parked) return;
    Parked parked = std::move(*m_parked);
    m_parked.reset();
    m_notice->clear();
    m_undo->hide();
    discardSession();
    m_state = parked.state;
    m_playing = false;
    m_finished = parked.finished;
    m_pendingSteps = 0;
    m_data = make_dataset(m_state.settings);
    m_plotter.reset(m_state, m_data);
    m_histories.assign(m_state.race.size(), {});
    m_maps.clear();
    RaceFrame frame;
    frame.epoch = parked.histories.front().size();
    frame.finished = parked.finished;
    frame.stats = std::move(parked.histories);
    frame.maps = std::move(parked.maps);
    applyFrame(frame);
    m_session = parked.session;
    if (m_session) {
        connect(m_session, &RaceSession::frameReady, this, &TrainingView::onFrameReady);
        m_session->setPace(m_pace);
        onFrameReady(); // the epoch it was in when it was paused
    }
    fillControls();
    updatePreview();
    updateButtons();
    emit stateChanged();
}

void TrainingView::setState(const TrainingState& state) {
    m_state = *checked(state, OnInvalid::UseDefault);
    dropParked(); // a race set from outside is a new start, not an edit to undo
    fillControls();
    restart();
    emit stateChanged();
}

std::size_t TrainingView::epoch() const {
    return m_histories.empty() ? 0 : m_histories.front().size();
}

void TrainingView::restart() {
    discardSession();
    m_playing = false;
    m_finished = false;
    m_pendingSteps = 0;
    m_histories.assign(m_state.race.size(), {});
    m_maps.clear();
    m_data = make_dataset(m_state.settings);
    m_plotter.reset(m_state, m_data);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    updatePreview();
    // The untrained networks' maps come from a worker; several changes in one go (a whole
    // state being set) start one session, once control returns to the event loop. A headless
    // export that trains at once never starts a thread.
    m_sessionPending = true;
    QTimer::singleShot(0, this, &TrainingView::startSession);
    updateButtons();
}

void TrainingView::discardSession() {
    m_sessionPending = false;
    retire(std::exchange(m_session, nullptr));
}

void TrainingView::retire(RaceSession* session) {
    if (!session) return;
    disconnect(session, nullptr, this, nullptr);
    session->stop();
    // It ends after its epoch in progress; nobody waits for it.
    connect(session, &QThread::finished, session, &QObject::deleteLater);
    if (!session->isRunning()) session->deleteLater();
}

void TrainingView::startSession() {
    if (!m_sessionPending) return;
    m_sessionPending = false;
    m_session = new RaceSession(m_state, this);
    connect(m_session, &RaceSession::frameReady, this, &TrainingView::onFrameReady);
    m_session->setPace(m_pace);
    m_session->setRunning(m_playing);
    if (m_pendingSteps > 0) m_session->requestSteps(std::exchange(m_pendingSteps, 0));
    m_session->start();
}

void TrainingView::play() {
    if (m_finished) return;
    m_playing = true;
    if (m_session) m_session->setRunning(true);
    updateButtons();
}

void TrainingView::pause() {
    m_playing = false;
    if (m_session) m_session->setRunning(false);
    updateButtons();
}

void TrainingView::step() {
    if (m_finished) return;
    m_playing = false;
    if (m_session)
        m_session->requestSteps(1);
    else
        ++m_pendingSteps;
    updateButtons();
}

void TrainingView::setPace(int epochs_per_second) {
    m_pace = std::max(0, epochs_per_second);
    if (m_session) m_session->setPace(m_pace);
    const int index = m_paceBox->findData(m_pace);
    if (index >= 0 && index != m_paceBox->currentIndex()) {
        const QSignalBlocker blocker(m_paceBox);
        m_paceBox->setCurrentIndex(index);
    }
}

void TrainingView::reset() {
    restart();
}

void TrainingView::raceWithOtherOptimizer() {
    TrainingState next = m_state;
    next.settings.optimizer =
        m_state.settings.optimizer == Optimizer::Adam ? Optimizer::Sgd : Optimizer::Adam;
    setState(next);
    play();
}

void TrainingView::updateOptimizerButton() {
    if (m_state.settings.optimizer == Optimizer::Adam) {
        m_otherOptimizer->setText(tr("Race again with SG&D"));
        m_otherOptimizer->setToolTip(
            tr("The same race from the same start with SGD instead of Adam: with SGD a step is as "
               "small as its gradient, so a first layer that receives little learns little"));
    } else {
        m_otherOptimizer->setText(tr("Race again with A&dam"));
        m_otherOptimizer->setToolTip(
            tr("The same race from the same start with Adam instead of SGD: Adam scales each "
               "step to the size of recent gradients, so a small gradient need not slow "
               "learning"));
    }
}

void TrainingView::trainToEnd() {
    discardSession();
    Race race(m_state.settings, m_state.race);
    std::vector<std::vector<EpochStats>> pending(race.size());
    while (!race.finished())
        race.step([&](std::size_t run, const EpochStats& stats) { pending[run].push_back(stats); });
    m_histories.assign(m_state.race.size(), {});
    applyFrame(take_frame(race, pending));
}

void TrainingView::onFrameReady() {
    if (!m_session) return;
    RaceFrame frame = m_session->takeFrame();
    if (frame.maps.empty() && std::all_of(frame.stats.begin(), frame.stats.end(),
                                          [](const auto& s) { return s.empty(); }))
        return;
    applyFrame(frame);
}

void TrainingView::applyFrame(const RaceFrame& frame) {
    for (std::size_t r = 0; r < std::min(frame.stats.size(), m_histories.size()); ++r)
        m_histories[r].insert(m_histories[r].end(), frame.stats[r].begin(), frame.stats[r].end());
    if (!frame.maps.empty()) m_maps = frame.maps;
    m_plotter.apply(frame, m_histories);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    ++m_framesShown;
    if (frame.finished) {
        m_finished = true;
        m_playing = false;
    }
    updateButtons();
}

void TrainingView::updatePreview() {
    m_preview->clearPlottables();
    QCPAxisRect* rect = m_preview->axisRect();
    for (QCPAxis* axis : rect->axes()) {
        axis->setRange(-kDatasetDomain, kDatasetDomain);
        axis->setTickLabels(false);
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 25)));
    }
    rect->setAutoMargins(QCP::msNone);
    rect->setMargins(QMargins(2, 2, 2, 2));
    // A copy of the first map's points, without the map: the data before any learning.
    double lo = 0.0;
    double hi = 1.0;
    if (m_data.problem == ProblemType::Regression && m_data.size() > 0) {
        lo = hi = m_data.y[0] * m_data.target_std + m_data.target_mean;
        for (std::size_t p = 0; p < m_data.size(); ++p) {
            const double v = m_data.y[p] * m_data.target_std + m_data.target_mean;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    std::map<QRgb, QCPGraph*> graphs;
    for (std::size_t p = 0; p < std::min<std::size_t>(m_data.size(), 2000); ++p) {
        const QColor c = point_colour(m_data, p, lo, hi);
        QCPGraph*& g = graphs[c.rgb()];
        if (!g) {
            g = m_preview->addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, 4.0));
            g->setAdaptiveSampling(false);
        }
        g->addData(m_data.x[2 * p], m_data.x[2 * p + 1]);
    }
    m_preview->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingView::updateButtons() {
    m_play->setEnabled(!m_playing && !m_finished);
    m_pause->setEnabled(m_playing);
    m_step->setEnabled(!m_finished);
    const std::size_t e = epoch();
    m_epochLabel->setText(m_finished
                              ? tr("Epoch %1 of %2: done").arg(e).arg(m_state.settings.epochs)
                              : tr("Epoch %1 of %2").arg(e).arg(m_state.settings.epochs));
}

ViewTexts TrainingView::texts() const {
    return {tr("&Training"), tr("Race activations on a small network and watch them learn"),
            tr("Check activations, press Play and watch which network learns; change a setting to "
               "start again."),
            Guide::kTraining};
}

void TrainingView::saveSettings(QSettings& s) const {
    save_training(s, m_state, pace());
}

void TrainingView::restoreSettings(QSettings& s) {
    const auto [race, pace] = load_training(s);
    setState(race);
    if (pace >= 0) setPace(pace);
}

void TrainingView::preparePicture(QSize size) {
    resize(size);
    trainToEnd();
}

void TrainingView::writeData(TextWriter& out) const {
    std::vector<ActivationId> ids;
    for (const RaceEntry& e : m_state.race)
        ids.push_back(e.activation);
    write_train_csv(out, ids, m_histories);
}

QString TrainingView::fileStem() const {
    return QStringLiteral("training");
}

} // namespace activa::ui
