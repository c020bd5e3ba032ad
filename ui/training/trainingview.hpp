// SPDX-License-Identifier: MIT
#pragma once

#include "common/plotview.hpp"
#include "training/trainingplot.hpp"

#include <activa/datasets.hpp>
#include <activa/training.hpp>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QCustomPlot;
class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace activa::ui {

class MessageLine;
class NumberBox;

class RaceSession;

// Epochs a second while playing, by default: the default 300-epoch race in five seconds.
inline constexpr int kDefaultPace = 60;

// The training tab: a race of activations on one dataset, trained on a worker thread while the
// loss curves and decision maps grow. Any change to the settings starts the race afresh; a race
// that had run can be brought back (Undo), since the change may have been a slip.
class TrainingView : public PlotView {
    Q_OBJECT
public:
    explicit TrainingView(QWidget* parent = nullptr);
    ~TrainingView() override;

    const TrainingState& state() const { return m_state; }
    // The state as checked(state, OnInvalid::UseDefault) cleans it; the race starts afresh.
    void setState(const TrainingState& state);

    void play();
    void pause();
    void step();
    void reset();
    // The same race again from the start with the other optimiser (Adam ↔ SGD), playing: what a
    // small first-layer gradient does depends on it.
    void raceWithOtherOptimizer();
    // Epochs a second while playing, 0 for as fast as it goes; not part of the state, since
    // the results are the same at any pace.
    void setPace(int epochs_per_second);
    int pace() const { return m_pace; }
    // Trains the whole race on the calling thread and shows its end (the command line's export).
    void trainToEnd();

    bool isPlaying() const { return m_playing; }
    bool isFinished() const { return m_finished; }
    std::size_t epoch() const; // epochs every activation has finished
    const std::vector<std::vector<EpochStats>>& histories() const { return m_histories; }
    // How many times the plots were updated with new epochs since the view was made.
    int framesShown() const { return m_framesShown; }

    const TrainingPlotter& plotter() const { return m_plotter; }

    ViewTexts texts() const override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(QSettings& settings) override;
    void preparePicture(QSize size) override;
    void writeData(TextWriter& out) const override;
    QString fileStem() const override;

protected:
    void retranslate() override;

private:
    // The side panel and its boxes (trainingpanel.cpp).
    QWidget* buildControls();
    QGroupBox* buildRaceBox(QWidget* panel);
    QGroupBox* buildDataBox(QWidget* panel);
    QGroupBox* buildNetworkBox(QWidget* panel);
    QGroupBox* buildTrainingBox(QWidget* panel);
    // A combo's choice with its value, named in the language of the moment.
    void addChoice(QComboBox* box, int value, std::function<QString()> name);
    // The functions that can race, typed ones after the built-ins, each with its colour.
    void fillRaceList();
    // Typed functions were defined, edited or forgotten: the list and the race follow.
    void followFunctions();
    // The listed activations and datasets, named again in the language of the moment.
    void renameListed();
    QWidget* buildRaceArea();
    // Puts m_state into the controls without their change signals firing.
    void fillControls();
    void readControls();
    void onRaceItemChanged(QListWidgetItem* item);
    void restart();
    // Restarts after the user edited `field`, keeping a race that had run for Undo.
    void restartAfterEdit(const TrainingState& before, const QWidget* field);
    void showRestartNotice();
    void dropParked();
    void undoRestart();
    void discardSession();
    // Stops a session that is no longer shown and lets it delete itself.
    void retire(RaceSession* session);
    void startSession();
    void onFrameReady();
    void applyFrame(const RaceFrame& frame);
    void updatePreview();
    void updateButtons();
    void updateOptimizerButton();

    TrainingState m_state;
    Dataset m_data;
    std::vector<std::vector<EpochStats>> m_histories;
    std::vector<std::vector<double>> m_maps; // the decision maps shown, as the last frame had them
    // A race an edit replaced, paused with its networks so that the edit can be undone.
    struct Parked {
        RaceSession* session = nullptr;
        TrainingState state;
        std::vector<std::vector<EpochStats>> histories;
        std::vector<std::vector<double>> maps;
        bool finished = false;
        const QWidget* field = nullptr; // the setting that was changed
    };
    std::optional<Parked> m_parked;
    RaceSession* m_session = nullptr;
    bool m_sessionPending = false;
    bool m_playing = false;
    bool m_finished = false;
    std::size_t m_pendingSteps = 0;
    int m_framesShown = 0;
    int m_pace = kDefaultPace;
    bool m_filling = false;

    QComboBox* m_dataset = nullptr;
    QLabel* m_description = nullptr;
    QCustomPlot* m_preview = nullptr;
    NumberBox* m_points = nullptr;
    NumberBox* m_noise = nullptr;
    NumberBox* m_testFraction = nullptr;
    NumberBox* m_layers = nullptr;
    NumberBox* m_units = nullptr;
    QComboBox* m_init = nullptr;
    QComboBox* m_output = nullptr;
    QComboBox* m_loss = nullptr;
    QComboBox* m_optimizer = nullptr;
    NumberBox* m_learningRate = nullptr;
    NumberBox* m_batch = nullptr;
    NumberBox* m_l2 = nullptr;
    NumberBox* m_epochs = nullptr;
    NumberBox* m_seed = nullptr;
    QListWidget* m_race = nullptr;
    QLabel* m_raceNote = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_step = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_otherOptimizer = nullptr;
    QLabel* m_epochLabel = nullptr;
    MessageLine* m_notice = nullptr;
    QPushButton* m_undo = nullptr;
    QString m_raceTitle;
    QComboBox* m_paceBox = nullptr;
    TrainingPlotter m_plotter;
};

} // namespace activa::ui
