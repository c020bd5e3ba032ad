// SPDX-License-Identifier: MIT
#include "trainingview.hpp"

#include "common/coretext.hpp"
#include "common/exporter.hpp"
#include "common/messageline.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "common/sidepanel.hpp"
#include "training/racesession.hpp"

#include <activa/csv.hpp>
#include <activa/init.hpp>

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <map>

namespace activa::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// The race list: the article's three first, then the functions races usually add, then the
// rest as the catalogue orders them.
std::vector<ActivationId> race_order() {
    std::vector<ActivationId> order{
        ActivationId::Relu, ActivationId::Tanh, ActivationId::Sigmoid, ActivationId::LeakyRelu,
        ActivationId::Elu,  ActivationId::Gelu, ActivationId::Silu};
    for (std::size_t i = 0; i < kActivationCount; ++i) {
        const auto id = static_cast<ActivationId>(i);
        if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
    }
    return order;
}

QIcon swatch(const QColor& colour) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(130), 1));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

NumberBox* spin(int min, int max, int step, QWidget* parent) {
    auto* s = new NumberBox(NumberBox::Kind::Integer, parent);
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setAlignment(Qt::AlignRight);
    return s;
}

NumberBox* double_spin(double min, double max, QWidget* parent) {
    auto* s = new NumberBox(NumberBox::Kind::Real, parent);
    s->setRange(min, max);
    s->setSingleStep(min > 0.0 ? min : 0.00001);
    s->setAdaptiveStep(true);
    s->setAlignment(Qt::AlignRight);
    return s;
}

} // namespace

TrainingView::TrainingView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
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
    m_tr.add([=, this] { m_play->setText(tr("&Play")); });
    m_tr.add([=, this] { m_play->setToolTip(tr("Train every network, epoch after epoch")); });
    m_pause =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), QString(), this);
    m_tr.add([=, this] { m_pause->setText(tr("P&ause")); });
    m_tr.add([=, this] { m_pause->setToolTip(tr("Stop after the epoch in progress")); });
    m_step =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-skip-forward")), QString(), this);
    m_tr.add([=, this] { m_step->setText(tr("St&ep")); });
    m_tr.add([=, this] { m_step->setToolTip(tr("Train one more epoch")); });
    m_reset = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this);
    m_tr.add([=, this] { m_reset->setText(tr("&Reset")); });
    m_tr.add([=, this] { m_reset->setToolTip(tr("Start again from the untrained networks")); });
    connect(m_play, &QPushButton::clicked, this, &TrainingView::play);
    connect(m_pause, &QPushButton::clicked, this, &TrainingView::pause);
    connect(m_step, &QPushButton::clicked, this, &TrainingView::step);
    connect(m_reset, &QPushButton::clicked, this, &TrainingView::reset);
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
    return right;
}

TrainingView::~TrainingView() = default;

void TrainingView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) return;
    m_tr.run();
    {
        const QSignalBlocker race(m_race);
        for (int i = 0; i < m_race->count(); ++i) {
            QListWidgetItem* item = m_race->item(i);
            item->setText(function_name(static_cast<ActivationId>(item->data(kIdRole).toInt())));
        }
        const QSignalBlocker dataset(m_dataset);
        for (int i = 0; i < m_dataset->count(); ++i)
            m_dataset->setItemText(
                i, dataset_name(static_cast<DatasetId>(m_dataset->itemData(i).toInt())));
    }
    fillControls();
    updatePreview();
    updateButtons();
    m_plotter.retranslate(m_histories);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (m_parked) showRestartNotice();
} // the sessions, children, stop and join their threads

QWidget* TrainingView::buildControls() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);

    auto* race_box = new QGroupBox(panel);
    m_tr.add([=, this] {
        m_raceTitle = tr("Activations in the race");
        race_box->setTitle(m_raceTitle);
    });
    auto* race = new QVBoxLayout(race_box);
    m_race = new QListWidget(race_box);
    m_tr.add([=, this] {
        m_race->setToolTip(tr("Check up to %1 activations; each trains its own network on the same "
                              "points from the same random start")
                               .arg(kTrainMaxRace));
    });
    for (const ActivationId id : race_order()) {
        auto* item = new QListWidgetItem(swatch(function_colour(id)), function_name(id), m_race);
        item->setData(kIdRole, static_cast<int>(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_race->setMinimumHeight(150);
    race->addWidget(m_race);
    m_raceNote = new QLabel(race_box);
    m_raceNote->setWordWrap(true);
    race->addWidget(m_raceNote);
    layout->addWidget(race_box);

    auto* data_box = new QGroupBox(panel);
    m_tr.add([=, this] { data_box->setTitle(tr("Data")); });
    auto* data = new QFormLayout(data_box);
    m_dataset = new QComboBox(data_box);
    for (const DatasetInfo& d : datasets())
        m_dataset->addItem(dataset_name(d.id), static_cast<int>(d.id));
    m_tr.add([=, this] {
        m_dataset->setToolTip(tr("The points the networks learn, with their problem type"));
    });
    auto* label_1 = new QLabel(m_dataset->parentWidget());
    label_1->setBuddy(m_dataset);
    data->addRow(label_1, m_dataset);
    m_tr.add([=, this] { label_1->setText(tr("Dataset:")); });
    m_description = new QLabel(data_box);
    m_description->setWordWrap(true);
    data->addRow(m_description);
    m_preview = new QCustomPlot(data_box);
    m_preview->setFixedHeight(190);
    m_tr.add([=, this] {
        m_preview->setToolTip(tr("The points: training points with a white rim, test points with a "
                                 "dark one"));
    });
    data->addRow(m_preview);
    m_points =
        spin(static_cast<int>(kTrainMinPoints), static_cast<int>(kTrainMaxPoints), 50, data_box);
    auto* label_2 = new QLabel(m_points->parentWidget());
    label_2->setBuddy(m_points);
    data->addRow(label_2, m_points);
    data->addRow(m_points->messageLabel());
    m_tr.add([=, this] {
        label_2->setText(tr("Points:"));
        m_points->setToolTipText(
            tr("How many points the dataset draws, training and test together"));
    });
    m_noise = double_spin(0.0, kTrainMaxNoise, data_box);
    m_noise->setAdaptiveStep(false);
    m_noise->setSingleStep(0.05);
    auto* label_3 = new QLabel(m_noise->parentWidget());
    label_3->setBuddy(m_noise);
    data->addRow(label_3, m_noise);
    data->addRow(m_noise->messageLabel());
    m_tr.add([=, this] {
        label_3->setText(tr("Noise:"));
        m_noise->setToolTipText(tr("How far the points scatter from the dataset's clean shape"));
    });
    m_testFraction = double_spin(0.1, 0.9, data_box); // 1 - the training share's limits
    m_testFraction->setAdaptiveStep(false);
    m_testFraction->setSingleStep(0.05);
    m_tr.add([=, this] {
        m_testFraction->setToolTipText(tr("Share of the points held out to test what was learnt"));
    });
    auto* label_4 = new QLabel(m_testFraction->parentWidget());
    label_4->setBuddy(m_testFraction);
    data->addRow(label_4, m_testFraction);
    data->addRow(m_testFraction->messageLabel());
    m_tr.add([=, this] { label_4->setText(tr("Test share:")); });
    layout->addWidget(data_box);

    auto* net_box = new QGroupBox(panel);

    m_tr.add([=, this] { net_box->setTitle(tr("Network")); });
    auto* net = new QFormLayout(net_box);
    m_layers = spin(static_cast<int>(kTrainMinHiddenLayers),
                    static_cast<int>(kTrainMaxHiddenLayers), 1, net_box);
    m_tr.add([=, this] {
        m_layers->setToolTipText(
            tr("Deeper networks show the vanishing gradient of sigmoid and tanh "
               "sooner"));
    });
    auto* label_5 = new QLabel(m_layers->parentWidget());
    label_5->setBuddy(m_layers);
    net->addRow(label_5, m_layers);
    net->addRow(m_layers->messageLabel());
    m_tr.add([=, this] { label_5->setText(tr("Hidden layers:")); });
    m_units = spin(static_cast<int>(kTrainMinUnits), static_cast<int>(kTrainMaxUnits), 1, net_box);
    auto* label_6 = new QLabel(m_units->parentWidget());
    label_6->setBuddy(m_units);
    net->addRow(label_6, m_units);
    net->addRow(m_units->messageLabel());
    m_tr.add([=, this] {
        label_6->setText(tr("Units per layer:"));
        m_units->setToolTipText(tr("Width of every hidden layer"));
    });
    m_init = new QComboBox(net_box);
    m_init->addItem(QString(), -1);
    m_tr.add([=, this, i = m_init->count() - 1] {
        m_init->setItemText(i, tr("The recipe's for each activation"));
    });
    for (const InitSchemeInfo& s : init_schemes())
        m_init->addItem(QString::fromLatin1(s.key), static_cast<int>(s.id));
    m_tr.add([=, this] {
        m_init->setToolTip(tr("The recipe: He for the ReLU family, Glorot otherwise; 'normal' "
                              "draws with standard deviation 1"));
    });
    auto* label_7 = new QLabel(m_init->parentWidget());
    label_7->setBuddy(m_init);
    net->addRow(label_7, m_init);
    m_tr.add([=, this] { label_7->setText(tr("Initialisation:")); });
    m_output = new QComboBox(net_box);
    m_output->addItem(QString(), -1);
    m_tr.add([=, this, i = m_output->count() - 1] {
        m_output->setItemText(i, tr("The recipe's for the problem"));
    });
    for (const auto o :
         {OutputActivation::Linear, OutputActivation::Sigmoid, OutputActivation::Softmax})
        m_output->addItem(QString::fromLatin1(output_activation_key(o)), static_cast<int>(o));
    auto* label_8 = new QLabel(m_output->parentWidget());
    label_8->setBuddy(m_output);
    net->addRow(label_8, m_output);
    m_tr.add([=, this] {
        label_8->setText(tr("Output layer:"));
        m_output->setToolTip(
            tr("The output activation; by default the recipe's for the dataset's problem"));
    });
    m_loss = new QComboBox(net_box);
    m_loss->addItem(QString(), -1);
    m_tr.add([=, this, i = m_loss->count() - 1] {
        m_loss->setItemText(i, tr("The recipe's for the problem"));
    });
    for (const auto l : {LossKind::MeanSquaredError, LossKind::BinaryCrossentropy,
                         LossKind::CategoricalCrossentropy})
        m_loss->addItem(QString::fromLatin1(loss_key(l)), static_cast<int>(l));
    auto* label_9 = new QLabel(m_loss->parentWidget());
    label_9->setBuddy(m_loss);
    net->addRow(label_9, m_loss);
    m_tr.add([=, this] {
        label_9->setText(tr("Loss:"));
        m_loss->setToolTip(
            tr("What training minimises; by default the one that matches the output layer"));
    });
    layout->addWidget(net_box);

    auto* opt_box = new QGroupBox(panel);

    m_tr.add([=, this] { opt_box->setTitle(tr("Training")); });
    auto* opt = new QFormLayout(opt_box);
    m_optimizer = new QComboBox(opt_box);
    m_optimizer->addItem(QString(), static_cast<int>(Optimizer::Adam));
    m_tr.add([=, this, i = m_optimizer->count() - 1] { m_optimizer->setItemText(i, tr("Adam")); });
    m_optimizer->addItem(QString(), static_cast<int>(Optimizer::Sgd));
    m_tr.add([=, this, i = m_optimizer->count() - 1] {
        m_optimizer->setItemText(i, tr("SGD with momentum 0.9"));
    });
    auto* label_10 = new QLabel(m_optimizer->parentWidget());
    label_10->setBuddy(m_optimizer);
    opt->addRow(label_10, m_optimizer);
    m_tr.add([=, this] {
        label_10->setText(tr("Optimiser:"));
        m_optimizer->setToolTip(tr("How each step changes the weights from their gradients"));
    });
    m_learningRate = double_spin(0.00001, kTrainMaxLearningRate, opt_box);
    auto* label_11 = new QLabel(m_learningRate->parentWidget());
    label_11->setBuddy(m_learningRate);
    opt->addRow(label_11, m_learningRate);
    opt->addRow(m_learningRate->messageLabel());
    m_tr.add([=, this] {
        label_11->setText(tr("Learning rate:"));
        m_learningRate->setToolTipText(tr("Size of each optimisation step"));
    });
    m_batch = spin(static_cast<int>(kTrainMinBatch), static_cast<int>(kTrainMaxBatch), 1, opt_box);
    auto* label_12 = new QLabel(m_batch->parentWidget());
    label_12->setBuddy(m_batch);
    opt->addRow(label_12, m_batch);
    opt->addRow(m_batch->messageLabel());
    m_tr.add([=, this] {
        label_12->setText(tr("Batch size:"));
        m_batch->setToolTipText(tr("Training points per optimisation step"));
    });
    m_l2 = double_spin(0.0, kTrainMaxL2, opt_box);
    m_tr.add([=, this] {
        m_l2->setToolTipText(tr("Weight penalty: (L2 / 2) times the sum of the squared weights"));
    });
    auto* label_13 = new QLabel(m_l2->parentWidget());
    label_13->setBuddy(m_l2);
    opt->addRow(label_13, m_l2);
    opt->addRow(m_l2->messageLabel());
    m_tr.add([=, this] { label_13->setText(tr("L2 penalty:")); });
    m_epochs =
        spin(static_cast<int>(kTrainMinEpochs), static_cast<int>(kTrainMaxEpochs), 50, opt_box);
    auto* label_14 = new QLabel(m_epochs->parentWidget());
    label_14->setBuddy(m_epochs);
    opt->addRow(label_14, m_epochs);
    opt->addRow(m_epochs->messageLabel());
    m_tr.add([=, this] {
        label_14->setText(tr("Epochs:"));
        m_epochs->setToolTipText(tr("Passes over the training points before the race stops"));
    });
    m_seed = spin(0, INT_MAX, 1, opt_box);
    m_tr.add([=, this] {
        m_seed->setToolTipText(tr("The same seed gives the same points, weights and batches"));
    });
    auto* label_15 = new QLabel(m_seed->parentWidget());
    label_15->setBuddy(m_seed);
    opt->addRow(label_15, m_seed);
    opt->addRow(m_seed->messageLabel());
    m_tr.add([=, this] { label_15->setText(tr("Seed:")); });
    layout->addWidget(opt_box);
    layout->addStretch(1);

    const auto changed = [this](QWidget* field) {
        if (m_filling) return;
        const TrainingState before = m_state;
        readControls();
        if (m_state == before) return;
        restartAfterEdit(before, field);
        emit stateChanged();
    };
    for (QComboBox* box : {m_dataset, m_init, m_output, m_loss, m_optimizer})
        connect(box, &QComboBox::currentIndexChanged, this, [=] { changed(box); });
    for (NumberBox* box : {m_points, m_noise, m_testFraction, m_layers, m_units, m_learningRate,
                           m_batch, m_l2, m_epochs, m_seed})
        connect(box, &NumberBox::valueChanged, this, [=] { changed(box); });
    connect(m_race, &QListWidget::itemChanged, this, &TrainingView::onRaceItemChanged);
    return panel;
}

void TrainingView::fillControls() {
    m_filling = true;
    const TrainSettings& s = m_state.settings;
    m_dataset->setCurrentIndex(m_dataset->findData(static_cast<int>(s.dataset)));
    m_description->setText(core_text(dataset_info(s.dataset).description));
    m_points->setValue(static_cast<int>(s.points));
    m_noise->setValue(s.noise);
    m_testFraction->setValue(1.0 - s.train_fraction);
    m_layers->setValue(static_cast<int>(s.hidden_layers));
    m_units->setValue(static_cast<int>(s.units));
    m_init->setCurrentIndex(m_init->findData(s.init ? static_cast<int>(*s.init) : -1));
    m_output->setCurrentIndex(m_output->findData(s.output ? static_cast<int>(*s.output) : -1));
    m_loss->setCurrentIndex(m_loss->findData(s.loss ? static_cast<int>(*s.loss) : -1));
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(s.optimizer)));
    m_learningRate->setValue(s.learning_rate);
    m_batch->setValue(static_cast<int>(s.batch_size));
    m_l2->setValue(s.l2);
    m_epochs->setValue(static_cast<int>(s.epochs));
    // Seeds beyond the spin box's range (from a script) are kept until the seed is edited.
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, INT_MAX)));
    for (int i = 0; i < m_race->count(); ++i) {
        QListWidgetItem* item = m_race->item(i);
        const auto id = static_cast<ActivationId>(item->data(kIdRole).toInt());
        const bool in = std::any_of(m_state.race.begin(), m_state.race.end(),
                                    [id](const RaceEntry& e) { return e.activation == id; });
        item->setCheckState(in ? Qt::Checked : Qt::Unchecked);
    }
    m_raceNote->setText(
        tr("%1 of at most %2 checked.").arg(m_state.race.size()).arg(kTrainMaxRace));
    m_filling = false;
}

void TrainingView::readControls() {
    TrainSettings& s = m_state.settings;
    s.dataset = static_cast<DatasetId>(m_dataset->currentData().toInt());
    s.points = static_cast<std::size_t>(m_points->value());
    s.noise = m_noise->value();
    // 1 - 0.9 is a hair below the smallest training share in binary; that is not a mistake.
    s.train_fraction =
        std::clamp(1.0 - m_testFraction->value(), kTrainMinTrainFraction, kTrainMaxTrainFraction);
    s.hidden_layers = static_cast<std::size_t>(m_layers->value());
    s.units = static_cast<std::size_t>(m_units->value());
    const int init = m_init->currentData().toInt();
    s.init = init < 0 ? std::nullopt : std::optional(static_cast<InitScheme>(init));
    const int output = m_output->currentData().toInt();
    s.output = output < 0 ? std::nullopt : std::optional(static_cast<OutputActivation>(output));
    const int loss = m_loss->currentData().toInt();
    s.loss = loss < 0 ? std::nullopt : std::optional(static_cast<LossKind>(loss));
    s.optimizer = static_cast<Optimizer>(m_optimizer->currentData().toInt());
    s.learning_rate = m_learningRate->value();
    s.batch_size = static_cast<std::size_t>(m_batch->value());
    s.l2 = m_l2->value();
    s.epochs = static_cast<std::size_t>(m_epochs->value());
    s.seed = static_cast<std::uint64_t>(m_seed->value());
    s.data_seed = s.seed;
    m_state = *checked(m_state, OnInvalid::UseDefault);
    m_description->setText(core_text(dataset_info(s.dataset).description));
}

void TrainingView::onRaceItemChanged(QListWidgetItem* item) {
    if (m_filling) return;
    const auto id = static_cast<ActivationId>(item->data(kIdRole).toInt());
    auto& race = m_state.race;
    const auto it = std::find_if(race.begin(), race.end(),
                                 [id](const RaceEntry& e) { return e.activation == id; });
    const bool checked_now = item->checkState() == Qt::Checked;
    const TrainingState before = m_state;
    if (checked_now && it == race.end() && race.size() < kTrainMaxRace) race.push_back({id, {}});
    // A race needs someone in it: the last one stays.
    if (!checked_now && it != race.end() && race.size() > 1) race.erase(it);
    fillControls(); // undoes a refused check or uncheck
    if (m_state == before) return;
    restartAfterEdit(before, m_race);
    emit stateChanged();
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

void TrainingView::trainToEnd() {
    discardSession();
    RaceEngine engine(m_state);
    while (!engine.finished())
        engine.step();
    m_histories.assign(m_state.race.size(), {});
    applyFrame(engine.takeFrame());
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

void TrainingView::paintPicture(QCPPainter* painter, QSize size, bool) {
    paint_plot(m_plot, painter, size);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QSize TrainingView::pictureSize() const {
    return m_plot->size();
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
