// SPDX-License-Identifier: MIT
#pragma once

#include <activa/training.hpp>

#include <QThread>

#include <atomic>

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <vector>

namespace activa::ui {

// Nodes per side of a decision map: odd, so the axes' zero is a node.
inline constexpr std::size_t kMapNodes = 61;

// What the view needs to draw after some epochs: the statistics of the epochs since the last
// frame and the decision maps as they are now.
struct RaceFrame {
    std::size_t epoch = 0; // epochs every run has finished
    bool finished = false;
    std::vector<std::vector<EpochStats>> stats; // per run, the new epochs in order
    // Per run, the network's outputs on kMapNodes² nodes over the dataset's domain (see
    // Trainer::predict_grid); empty when this frame brings no new maps.
    std::vector<std::vector<double>> maps;

    // Adds a later frame: its statistics after these, its maps instead of these.
    void merge(RaceFrame&& later);
};

// What a race looks like now: the statistics gathered in `pending` since the last frame (taken
// out of it) and every run's decision map.
RaceFrame take_frame(const Race& race, std::vector<std::vector<EpochStats>>& pending);

// One race on a worker thread. The window stays responsive: the worker trains epoch after epoch
// while running, and hands its results over through a mailbox, at most kFrameRate times a second
// and at once when it stops; frameReady() announces a full mailbox (once, until takeFrame()
// empties it), so a slow window never falls behind a queue of stale frames. Play, pause and
// step act between two epochs; stop() ends the thread at the next one.
class RaceSession : public QThread {
    Q_OBJECT
public:
    static constexpr int kFrameRate = 30;

    explicit RaceSession(const TrainingState& state, QObject* parent = nullptr);
    ~RaceSession() override; // stops and waits for the thread

    // Thread-safe controls. The pace is in epochs a second while running, 0 for as fast as the
    // processor goes (a small race would be over before it could be watched).
    void setPace(int epochs_per_second);
    void setRunning(bool running);
    void requestSteps(std::size_t epochs);
    void stop();

    // What arrived since the last call (GUI thread).
    RaceFrame takeFrame();

signals:
    void frameReady();

protected:
    void run() override;

private:
    void publish(RaceFrame&& frame);

    TrainingState m_state;
    std::mutex m_controlMutex;
    std::condition_variable m_wake;
    bool m_running = false;
    int m_pace = 0;
    std::size_t m_steps = 0;
    bool m_stop = false;
    std::atomic<bool> m_cancel{false}; // m_stop, read without the lock during an epoch

    std::mutex m_frameMutex;
    RaceFrame m_frame;
    bool m_announced = false;
};

} // namespace activa::ui
