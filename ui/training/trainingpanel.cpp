// SPDX-License-Identifier: MIT
// The training tab's side panel: its settings, and how they are read into the race's state.
#include "trainingview.hpp"

#include "common/coretext.hpp"
#include "common/numberbox.hpp"
#include "common/palette.hpp"
#include "training/trainingnames.hpp"

#include <activa/init.hpp>

#include <qcustomplot.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
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

QWidget* TrainingView::buildControls() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);

    layout->addWidget(buildRaceBox(panel));

    layout->addWidget(buildDataBox(panel));

    layout->addWidget(buildNetworkBox(panel));

    layout->addWidget(buildTrainingBox(panel));
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
    m_description->setText(dataset_description(s.dataset));
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
        tr("%n of at most %1 checked.", nullptr, static_cast<int>(m_state.race.size()))
            .arg(kTrainMaxRace));
    updateOptimizerButton();
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
    m_description->setText(dataset_description(s.dataset));
    updateOptimizerButton();
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

QGroupBox* TrainingView::buildRaceBox(QWidget* panel) {
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
    return race_box;
}

QGroupBox* TrainingView::buildDataBox(QWidget* panel) {
    auto* data_box = new QGroupBox(panel);
    m_tr.add([=, this] { data_box->setTitle(tr("Data")); });
    auto* data = new QFormLayout(data_box);
    data->setVerticalSpacing(2); // the fields' message lines part them
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
    return data_box;
}

QGroupBox* TrainingView::buildNetworkBox(QWidget* panel) {
    auto* net_box = new QGroupBox(panel);

    m_tr.add([=, this] { net_box->setTitle(tr("Network")); });
    auto* net = new QFormLayout(net_box);
    net->setVerticalSpacing(2); // the fields' message lines part them
    m_layers = spin(static_cast<int>(kTrainMinHiddenLayers),
                    static_cast<int>(kTrainMaxHiddenLayers), 1, net_box);
    // Checked by TrainingClaims.* (tests/core/claims_test.cpp).
    m_tr.add([=, this] {
        m_layers->setToolTipText(
            tr("Every sigmoid layer passes on at most a quarter of the gradient, so the deeper the "
               "network, the less of it reaches sigmoid's first layer; tanh's and ReLU's first "
               "layers keep far more."));
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
    for (const InitSchemeInfo& s : init_schemes()) {
        m_init->addItem(QString(), static_cast<int>(s.id));
        m_tr.add([=, this, i = m_init->count() - 1] { m_init->setItemText(i, init_item_name(s)); });
    }
    m_tr.add([=, this] { m_init->setToolTip(recipe_init_tip()); });
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
         {OutputActivation::Linear, OutputActivation::Sigmoid, OutputActivation::Softmax}) {
        m_output->addItem(QString(), static_cast<int>(o));
        m_tr.add(
            [=, this, i = m_output->count() - 1] { m_output->setItemText(i, output_name(o)); });
    }
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
                         LossKind::CategoricalCrossentropy}) {
        m_loss->addItem(QString(), static_cast<int>(l));
        m_tr.add([=, this, i = m_loss->count() - 1] { m_loss->setItemText(i, loss_name(l)); });
    }
    auto* label_9 = new QLabel(m_loss->parentWidget());
    label_9->setBuddy(m_loss);
    net->addRow(label_9, m_loss);
    m_tr.add([=, this] {
        label_9->setText(tr("Loss:"));
        m_loss->setToolTip(
            tr("What training minimises; by default the one that matches the output layer"));
    });
    return net_box;
}

QGroupBox* TrainingView::buildTrainingBox(QWidget* panel) {
    auto* opt_box = new QGroupBox(panel);

    m_tr.add([=, this] { opt_box->setTitle(tr("Training")); });
    auto* opt = new QFormLayout(opt_box);
    opt->setVerticalSpacing(2); // the fields' message lines part them
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
    return opt_box;
}

void TrainingView::renameListed() {
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

} // namespace activa::ui
