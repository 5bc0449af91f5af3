#pragma once

#include "core/compare/experiment.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace ptlab::states {
class Engine;
}

namespace ptlab::ui {

// Runs experiments on a worker thread, one after the other. Results cross to the GUI thread as
// values (queued invocations); the GUI never touches memory the worker owns. The experiments' demo
// threads are watched by the engine so the States and Hardware pages show them while they run.
class CompareRunner : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        std::string experiment;
        compare::RunOptions options; // runs and params; cancel and callbacks are the runner's
    };

    explicit CompareRunner(states::Engine* engine, QObject* parent = nullptr);
    ~CompareRunner() override; // cancels, joins: no thread or child outlives the runner

    // False (and nothing starts) while a batch is running.
    bool start(std::vector<Job> jobs);
    void cancel(); // the running experiment stops within a second, its children killed and reaped
    bool busy() const { return m_busy; }

signals:
    void experimentStarted(const QString& experiment);
    void progressChanged(double overall); // 0..1 over the batch
    void resultReady(const ptlab::compare::ExperimentResult& result);
    void finished(bool cancelled);

private:
    void work(std::vector<Job> jobs);
    void joinWorker();
    void forgetWatched();

    states::Engine* m_engine;
    std::thread m_worker;
    std::atomic<bool> m_cancel { false };
    bool m_busy = false; // GUI thread only
    std::mutex m_watchedMutex;
    std::vector<std::uint64_t> m_watched;
};

} // namespace ptlab::ui
