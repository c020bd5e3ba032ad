// SPDX-License-Identifier: MIT
#include <activa/training.hpp>

#include <memory>

namespace activa {

Race::Race(const TrainSettings& base, std::span<const RaceEntry> entries) {
    const auto data = std::make_shared<const Dataset>(make_dataset(base));
    m_runs.reserve(entries.size());
    for (const RaceEntry& e : entries) {
        TrainSettings s = base;
        s.activation = e.activation;
        s.params = e.params;
        m_runs.emplace_back(s, data);
    }
    m_epochs = base.epochs;
}

bool Race::step(const EpochCallback& on_epoch, const std::atomic<bool>* cancel) {
    if (finished()) return true;
    // Runs that finished this epoch before a cancel keep it: their histories are ahead by one,
    // and epoch() counts only what every run has done.
    for (std::size_t r = 0; r < m_runs.size(); ++r) {
        if (m_runs[r].epoch() > m_epoch) continue;
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) return false;
        const EpochStats stats = m_runs[r].step();
        if (on_epoch) on_epoch(r, stats);
    }
    ++m_epoch;
    return true;
}

std::vector<std::vector<EpochStats>> Race::histories() const {
    std::vector<std::vector<EpochStats>> out;
    out.reserve(m_runs.size());
    for (const Trainer& t : m_runs)
        out.push_back(t.history());
    return out;
}

RaceResult train_race(const TrainSettings& base, std::span<const RaceEntry> entries,
                      const EpochCallback& on_epoch, const std::atomic<bool>* cancel) {
    Race race(base, entries);
    RaceResult result;
    while (!race.finished() && !result.cancelled)
        result.cancelled = !race.step(on_epoch, cancel);
    result.histories = race.histories();
    return result;
}

} // namespace activa
