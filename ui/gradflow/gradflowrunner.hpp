// SPDX-License-Identifier: MIT
#pragma once

#include <activa/gradflow.hpp>

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace activa::ui {

// The runs of one state: one result per curve, in order.
struct GradFlowRuns {
    std::uint64_t request = 0;
    GradFlowState state;
    std::vector<GradFlowResult> results; // empty when error is set
    QString error;                       // why the runs failed (out of memory), else empty
    double milliseconds = 0.0;
};

// Runs the gradient-flow lab on a thread of its own so the window never waits for it. Only the
// newest request matters: a request cancels the run in progress and replaces any that has not
// started, and only the newest request's runs are delivered.
class GradFlowRunner : public QObject {
    Q_OBJECT
public:
    explicit GradFlowRunner(QObject* parent = nullptr);
    ~GradFlowRunner() override; // cancels and waits for the thread

    // Queues a checked state; returns the request's number, which finished() carries.
    std::uint64_t request(const GradFlowState& state);
    // Forgets every request: nothing asked for so far will be delivered.
    void cancel();
    bool busy() const { return m_delivered != m_requested; }

    // The runs of one state, computed in the calling thread: for exports, which need the
    // pictures' numbers now. Cancels what the thread is doing.
    GradFlowRuns runNow(const GradFlowState& state);

signals:
    // In the runner's thread (the GUI's), for the newest request only.
    void finished(const activa::ui::GradFlowRuns& runs);

private:
    void loop();
    void deliver(GradFlowRuns runs);

    QThread* m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<GradFlowRuns> m_pending; // guarded by m_mutex
    bool m_quit = false;                   // guarded by m_mutex
    std::atomic<bool> m_cancel{false};     // set under m_mutex, read by the runs
    std::uint64_t m_requested = 0;         // GUI thread only
    std::uint64_t m_delivered = 0;         // GUI thread only
};

} // namespace activa::ui
