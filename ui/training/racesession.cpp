// SPDX-License-Identifier: MIT
#include "racesession.hpp"

#include <activa/datasets.hpp>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <utility>

namespace activa::ui {

void RaceFrame::merge(RaceFrame&& later) {
    if (stats.size() < later.stats.size()) stats.resize(later.stats.size());
    for (std::size_t r = 0; r < later.stats.size(); ++r)
        stats[r].insert(stats[r].end(), std::make_move_iterator(later.stats[r].begin()),
                        std::make_move_iterator(later.stats[r].end()));
    if (!later.maps.empty()) maps = std::move(later.maps);
    epoch = later.epoch;
    finished = later.finished;
}

RaceFrame take_frame(const Race& race, std::vector<std::vector<EpochStats>>& pending) {
    RaceFrame f;
    f.epoch = race.epoch();
    f.finished = race.finished();
    f.stats = std::exchange(pending, std::vector<std::vector<EpochStats>>(race.size()));
    f.stats.resize(race.size());
    f.maps.reserve(race.size());
    for (std::size_t r = 0; r < race.size(); ++r)
        f.maps.push_back(race.run(r).predict_grid(-kDatasetDomain, kDatasetDomain, -kDatasetDomain,
                                                  kDatasetDomain, kMapNodes, kMapNodes));
    return f;
}

RaceSession::RaceSession(const TrainingState& state, QObject* parent)
    : QThread(parent)
    , m_state(state) {}

RaceSession::~RaceSession() {
    stop();
    wait();
}

void RaceSession::setPace(int epochs_per_second) {
    {
        const std::lock_guard lock(m_controlMutex);
        m_pace = std::max(0, epochs_per_second);
    }
    m_wake.notify_one();
}

void RaceSession::setRunning(bool running) {
    {
        const std::lock_guard lock(m_controlMutex);
        m_running = running;
    }
    m_wake.notify_one();
}

void RaceSession::requestSteps(std::size_t epochs) {
    {
        const std::lock_guard lock(m_controlMutex);
        m_running = false;
        m_steps += epochs;
    }
    m_wake.notify_one();
}

void RaceSession::stop() {
    {
        const std::lock_guard lock(m_controlMutex);
        m_stop = true;
    }
    m_cancel = true;
    m_wake.notify_one();
}

RaceFrame RaceSession::takeFrame() {
    const std::lock_guard lock(m_frameMutex);
    m_announced = false;
    return std::exchange(m_frame, RaceFrame{});
}

void RaceSession::publish(RaceFrame&& frame) {
    bool announce = false;
    {
        const std::lock_guard lock(m_frameMutex);
        m_frame.merge(std::move(frame));
        announce = !std::exchange(m_announced, true);
    }
    if (announce) emit frameReady();
}

void RaceSession::run() {
    using Clock = std::chrono::steady_clock;
    constexpr auto kInterval = std::chrono::milliseconds(1000 / kFrameRate);
    Race race(m_state.settings, m_state.race);
    std::vector<std::vector<EpochStats>> pending(race.size());
    const auto gather = [&](std::size_t run, const EpochStats& stats) {
        pending[run].push_back(stats);
    };
    publish(take_frame(race, pending)); // the maps of the untrained networks
    auto last = Clock::now();
    auto due = last;          // when a paced race may start its next epoch
    bool unpublished = false; // epochs computed since the last frame
    for (;;) {
        {
            std::unique_lock lock(m_controlMutex);
            for (;;) {
                if (m_stop) return;
                if (!race.finished() && m_steps > 0) {
                    --m_steps;
                    break;
                }
                if (!m_running || race.finished()) {
                    // Paused between frames: the epochs already done are shown before waiting.
                    if (unpublished) {
                        lock.unlock();
                        publish(take_frame(race, pending));
                        last = Clock::now();
                        unpublished = false;
                        lock.lock();
                        continue;
                    }
                    m_wake.wait(lock);
                } else if (m_pace > 0 && Clock::now() < due) {
                    m_wake.wait_until(lock, due);
                } else {
                    break;
                }
            }
            if (m_pace > 0) due = Clock::now() + std::chrono::microseconds(1'000'000 / m_pace);
        }
        race.step(gather, &m_cancel);
        bool idle = race.finished();
        {
            const std::lock_guard lock(m_controlMutex);
            if (m_stop) return;
            idle = idle || (!m_running && m_steps == 0);
        }
        // A paused or finished race shows its last epoch at once; a running one at the frame
        // rate, so drawing never costs more than the window can spare.
        const auto now = Clock::now();
        if (idle || now - last >= kInterval) {
            publish(take_frame(race, pending));
            last = now;
            unpublished = false;
        } else {
            unpublished = true;
        }
    }
}

} // namespace activa::ui
