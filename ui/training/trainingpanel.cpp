// SPDX-License-Identifier: MIT
// The training tab's side panel: its settings, and how they are read into the race's state.
#include "trainingview.hpp"

#include "common/coretext.hpp"
#include "common/formbuilder.hpp"
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
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace activa::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr auto kWhole = NumberBox::Kind::Integer;
constexpr auto kReal = NumberBox::Kind::Real;
// A combo's first choice, which leaves the setting to the recipe.
constexpr int kRecipes = -1;
// The first step up from no penalty: small enough to try a penalty gently.
constexpr double kPenaltyStep = 0.00001;

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
    connect(&FunctionsChanged::instance(), &FunctionsChanged::changed, this,
            &TrainingView::followFunctions);
    return panel;
}

void TrainingView::fillControls() {
    m_filling = true;
    const TrainSettings& s = m_state.settings;
    m_dataset->setCurrentIndex(m_dataset->findData(static_cast<int>(s.dataset)));
    m_description->setText(dataset_description(s.dataset));
    m_points->setValue(static_cast<int>(s.points));
    m_noise->setValue(s.noise);
    m_testFraction->setValue(test_share_for_train_fraction(s.train_fraction));
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
    s.train_fraction = train_fraction_for_test_share(m_testFraction->value());
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
    m_race->setObjectName(QStringLiteral("raceList"));
    m_tr.add([=, this] {
        m_race->setToolTip(tr("Check up to %1 activations; each trains its own network on the same "
                              "points from the same random start")
                               .arg(kTrainMaxRace));
    });
    fillRaceList();
    m_race->setMinimumHeight(150);
    race->addWidget(m_race);
    m_raceNote = new QLabel(race_box);
    m_raceNote->setWordWrap(true);
    race->addWidget(m_raceNote);
    return race_box;
}

void TrainingView::fillRaceList() {
    const QSignalBlocker blocker(m_race);
    m_race->clear();
    for (const ActivationId id : listed_functions()) {
        auto* item =
            new QListWidgetItem(colour_swatch(function_colour(id)), function_name(id), m_race);
        item->setData(kIdRole, static_cast<int>(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void TrainingView::followFunctions() {
    fillRaceList();
    // checked() names each typed function by its newest definition and drops a forgotten one.
    const TrainingState next = *checked(m_state, OnInvalid::UseDefault);
    if (next == m_state) {
        fillControls();
        return;
    }
    setState(next);
}

QGroupBox* TrainingView::buildDataBox(QWidget* panel) {
    const auto [data_box, data] = form_box(panel, m_tr, [] { return tr("Data"); });
    FormBuilder rows(data, m_tr);
    m_dataset = new QComboBox(data_box);
    m_dataset->setObjectName(QStringLiteral("datasetBox"));
    for (const DatasetInfo& d : datasets())
        m_dataset->addItem(dataset_name(d.id), static_cast<int>(d.id));
    rows.row(
        m_dataset, [] { return tr("Dataset:"); },
        [] { return tr("The points the networks learn, with their problem type"); });
    m_description = rows.note();
    m_preview = new QCustomPlot(data_box);
    m_preview->setFixedHeight(190);
    m_tr.add([=, this] {
        m_preview->setToolTip(tr("The points: training points with a white rim, test points with a "
                                 "dark one"));
    });
    data->addRow(m_preview);
    m_points = rows.number(
        "pointsBox", kWhole, kTrainMinPoints, kTrainMaxPoints, [] { return tr("Points:"); },
        [] { return tr("How many points the dataset draws, training and test together"); });
    m_points->setSingleStep(50);
    m_noise = rows.number(
        "noiseBox", kReal, 0.0, kTrainMaxNoise, [] { return tr("Noise:"); },
        [] { return tr("How far the points scatter from the dataset's clean shape"); });
    m_noise->setSingleStep(0.05);
    m_testFraction = rows.number(
        "testShareBox", kReal, kTrainMinTestShare, kTrainMaxTestShare,
        [] { return tr("Test share:"); },
        [] { return tr("Share of the points held out to test what was learnt"); });
    m_testFraction->setSingleStep(0.05);
    return data_box;
}

QGroupBox* TrainingView::buildNetworkBox(QWidget* panel) {
    const auto [net_box, net] = form_box(panel, m_tr, [] { return tr("Network"); });
    FormBuilder rows(net, m_tr);
    // Checked by TrainingClaims.* (tests/core/claims_test.cpp).
    m_layers = rows.number(
        "hiddenLayersBox", kWhole, kTrainMinHiddenLayers, kTrainMaxHiddenLayers,
        [] { return tr("Hidden layers:"); },
        [] {
            return tr("Every sigmoid layer passes on at most a quarter of the gradient, so the "
                      "deeper the network, the less of it reaches sigmoid's first layer; tanh's "
                      "and ReLU's first layers keep far more.");
        });
    m_units = rows.number(
        "unitsBox", kWhole, kTrainMinUnits, kTrainMaxUnits, [] { return tr("Units per layer:"); },
        [] { return tr("Width of every hidden layer"); });
    m_init = new QComboBox(net_box);
    addChoice(m_init, kRecipes, [] { return tr("The recipe's for each activation"); });
    for (const InitSchemeInfo& s : init_schemes())
        addChoice(m_init, static_cast<int>(s.id), [s] { return init_item_name(s); });
    rows.row(
        m_init, [] { return tr("Initialisation:"); }, [] { return recipe_init_tip(); });
    m_output = new QComboBox(net_box);
    addChoice(m_output, kRecipes, [] { return tr("The recipe's for the problem"); });
    for (const auto o :
         {OutputActivation::Linear, OutputActivation::Sigmoid, OutputActivation::Softmax})
        addChoice(m_output, static_cast<int>(o), [o] { return output_name(o); });
    rows.row(
        m_output, [] { return tr("Output layer:"); },
        [] {
            return tr("The output activation; by default the recipe's for the dataset's problem");
        });
    m_loss = new QComboBox(net_box);
    addChoice(m_loss, kRecipes, [] { return tr("The recipe's for the problem"); });
    for (const auto l : {LossKind::MeanSquaredError, LossKind::BinaryCrossentropy,
                         LossKind::CategoricalCrossentropy})
        addChoice(m_loss, static_cast<int>(l), [l] { return loss_name(l); });
    rows.row(
        m_loss, [] { return tr("Loss:"); },
        [] {
            return tr("What training minimises; by default the one that matches the output layer");
        });
    return net_box;
}

QGroupBox* TrainingView::buildTrainingBox(QWidget* panel) {
    const auto [opt_box, opt] = form_box(panel, m_tr, [] { return tr("Training"); });
    FormBuilder rows(opt, m_tr);
    m_optimizer = new QComboBox(opt_box);
    addChoice(m_optimizer, static_cast<int>(Optimizer::Adam), [] { return tr("Adam"); });
    addChoice(m_optimizer, static_cast<int>(Optimizer::Sgd),
              [] { return tr("SGD with momentum 0.9"); });
    rows.row(
        m_optimizer, [] { return tr("Optimiser:"); },
        [] { return tr("How each step changes the weights from their gradients"); });
    // Any rate above 0 trains, as the command line takes it; the steps shrink with the rate.
    m_learningRate = rows.number(
        "learningRateBox", kReal, 0.0, kTrainMaxLearningRate, [] { return tr("Learning rate:"); },
        [] { return tr("Size of each optimisation step"); });
    m_learningRate->setSingleStep(0.0);
    m_learningRate->setAdaptiveStep(true);
    m_learningRate->setCheck([](double rate) {
        return rate > 0.0 ? QString() : tr("The value here must be greater than 0.");
    });
    m_batch = rows.number(
        "batchBox", kWhole, kTrainMinBatch, kTrainMaxBatch, [] { return tr("Batch size:"); },
        [] { return tr("Training points per optimisation step"); });
    m_l2 = rows.number(
        "l2Box", kReal, 0.0, kTrainMaxL2, [] { return tr("L2 penalty:"); },
        [] { return tr("Weight penalty: (L2 / 2) times the sum of the squared weights"); });
    m_l2->setSingleStep(kPenaltyStep);
    m_l2->setAdaptiveStep(true);
    m_epochs = rows.number(
        "epochsBox", kWhole, kTrainMinEpochs, kTrainMaxEpochs, [] { return tr("Epochs:"); },
        [] { return tr("Passes over the training points before the race stops"); });
    m_epochs->setSingleStep(50);
    m_seed = rows.number(
        "seedBox", kWhole, 0, INT_MAX, [] { return tr("Seed:"); },
        [] { return tr("The same seed gives the same points, weights and batches"); });
    for (NumberBox* box : {m_points, m_noise, m_testFraction, m_layers, m_units, m_learningRate,
                           m_batch, m_l2, m_epochs, m_seed})
        box->setAlignment(Qt::AlignRight);
    return opt_box;
}

void TrainingView::addChoice(QComboBox* box, int value, Text name) {
    box->addItem(QString(), value);
    m_tr.add([=, i = box->count() - 1] { box->setItemText(i, name()); });
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
