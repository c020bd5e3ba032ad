// SPDX-License-Identifier: MIT
#include "gradflowrunner.hpp"

#include <QThread>

#include <chrono>
#include <exception>
#include <new>

namespace activa::ui {
namespace {

// A workspace is kept between runs so live edits do not pay for fresh memory each time, but
// not at sizes where holding it would weigh on the rest of the system.
constexpr std::size_t kKeptWorkspaceBytes = std::size_t{64} << 20;

// The runs of every curve; stops early when cancel is set (results then incomplete).
void compute(GradFlowRuns& runs, GradFlowWorkspace& workspace, const std::atomic<bool>* cancel) {
    const auto start = std::chrono::steady_clock::now();
    try {
        for (std::size_t k = 0; k < runs.state.curves.size(); ++k) {
            GradFlowResult r = run_gradflow(gradflow_settings(runs.state, k), workspace, cancel);
            if (r.cancelled) return;
            runs.results.push_back(std::move(r));
        }
    } catch (const std::bad_alloc&) {
        runs.results.clear();
        runs.error = GradFlowRunner::tr("There is not enough memory for this network.");
    } catch (const std::exception& e) {
        runs.results.clear();
        runs.error = QString::fromStdString(e.what());
    }
    runs.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

GradFlowRunner::GradFlowRunner(QObject* parent)
    : QObject(parent) {
    m_thread = QThread::create([this] { loop(); });
    m_thread->setObjectName(QStringLiteral("gradflow"));
    m_thread->start(QThread::LowPriority); // the window's own work comes first
}

GradFlowRunner::~GradFlowRunner() {
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
        m_cancel = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    delete m_thread;
}

std::uint64_t GradFlowRunner::request(const GradFlowState& state) {
    GradFlowRuns runs;
    runs.request = ++m_requested;
    runs.state = state;
    {
        const std::lock_guard lock(m_mutex);
        m_pending = std::move(runs);
        m_cancel = true; // whatever runs now is out of date
    }
    m_wake.notify_one();
    return m_requested;
}

void GradFlowRunner::cancel() {
    {
        const std::lock_guard lock(m_mutex);
        m_pending.reset();
        m_cancel = true;
    }
    m_delivered = ++m_requested; // a run already finished is dropped on arrival
}

GradFlowRuns GradFlowRunner::runNow(const GradFlowState& state) {
    cancel();
    GradFlowRuns runs;
    runs.request = m_requested;
    runs.state = state;
    GradFlowWorkspace workspace;
    compute(runs, workspace, nullptr);
    return runs;
}

void GradFlowRunner::loop() {
    GradFlowWorkspace workspace;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_quit || m_pending.has_value(); });
        if (m_quit) return;
        GradFlowRuns runs = std::move(*m_pending);
        m_pending.reset();
        m_cancel = false; // under the lock: a newer request sets it again after this
        lock.unlock();
        compute(runs, workspace, &m_cancel);
        if (workspace.bytes() > kKeptWorkspaceBytes) workspace = GradFlowWorkspace();
        const bool complete =
            !runs.error.isEmpty() || runs.results.size() == runs.state.curves.size();
        if (complete)
            QMetaObject::invokeMethod(
                this, [this, runs = std::move(runs)]() mutable { deliver(std::move(runs)); },
                Qt::QueuedConnection);
        lock.lock();
    }
}

void GradFlowRunner::deliver(GradFlowRuns runs) {
    if (runs.request != m_requested) return; // a newer request is on its way
    m_delivered = runs.request;
    emit finished(runs);
}

} // namespace activa::ui
