#pragma once

#include "core/training/trainer.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ptlab::ui {

// One training run off the GUI thread: the built-in workers (core/training train()) or MPI ranks
// (runMpiTraining), on a runner thread that the page polls with a frame timer. Results cross as values
// (snapshot()); cancel() sets the flag the workers check at every step, and the destructor cancels and
// joins, so no worker thread or child process outlives the job.
class TrainingJob
{
public:
    enum class Kind
    {
        Train, // one run of `config`
        Mpi, // config in data mode, as mpirun ranks
        Scaling, // data-parallel samples/s for N = 1 … maxWorkers
    };
    struct Request
    {
        Kind kind = Kind::Train;
        training::TrainConfig config;
        int maxWorkers = 4;
    };
    struct ScalingPoint
    {
        int workers = 0;
        double samplesPerSecond = 0;
    };
    struct Snapshot
    {
        bool running = false;
        bool finished = false;
        int stepsDone = 0;
        int stepsTotal = 0;
        std::vector<float> loss; // live, one per step
        std::vector<ScalingPoint> scaling;
        std::optional<training::TrainReport> report; // when finished without error
        std::optional<Error> error;
    };
    // Called from worker threads with each new worker's thread or process id (engine.watch()).
    using WatchFn = std::function<void(pid_t tid, const std::string& label)>;

    TrainingJob(Request request, WatchFn watch);
    ~TrainingJob();
    TrainingJob(const TrainingJob&) = delete;
    TrainingJob& operator=(const TrainingJob&) = delete;

    void cancel() { m_cancel = true; }
    void wait(); // joins the runner (after finished or cancel)
    [[nodiscard]] Snapshot snapshot() const;

private:
    void run();
    training::TrainHooks hooks();

    Request m_request;
    WatchFn m_watch;
    std::atomic<bool> m_cancel { false };
    mutable std::mutex m_mutex;
    Snapshot m_snapshot;
    std::thread m_thread;
};

} // namespace ptlab::ui
