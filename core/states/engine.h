#pragma once

#include "core/states/engine_types.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace ptlab::states {

class SharedBlock;
class SwitchTracker;
class TaskHost;

// Spawns real threads and ptlab-worker child processes, samples every task from /proc on its own
// thread, and hands out snapshots as values. All public functions are thread-safe.
//
// Processes are spawned from the calling thread and die with it (PR_SET_PDEATHSIG follows the
// spawning thread), so call spawn() from a long-lived thread such as main or the GUI thread.
class Engine
{
public:
    explicit Engine(EngineConfig config = {});
    ~Engine(); // stops threads, kills and reaps every worker: nothing outlives the engine
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    [[nodiscard]] SpawnResult spawn(const SpawnRequest& request);
    // Observes a thread the engine did not create (e.g. the GUI thread), labelled for display.
    [[nodiscard]] Result<TaskId> watch(pid_t tid, const std::string& label);
    // Observes a process the engine did not start (a workload's or an experiment's child, an MPI rank):
    // shown as a process; never signalled, stopped or reaped by the engine (its starter reaps it).
    [[nodiscard]] Result<TaskId> watchProcess(pid_t pid, const std::string& label);

    [[nodiscard]] Result<void> admit(TaskId id);
    [[nodiscard]] Result<void> suspend(TaskId id); // SIGSTOP for a process, a cooperative park for a thread
    [[nodiscard]] Result<void> resume(TaskId id);
    [[nodiscard]] Result<void> stop(TaskId id); // graceful: SIGTERM for a process, a stop request for a thread
    [[nodiscard]] Result<void> kill(TaskId id); // SIGKILL for a process; a thread can only be asked to stop
    // Both act on the task's thread id only while it is provably still that task (not a reused id).
    [[nodiscard]] Result<void> renice(TaskId id, int nice);
    [[nodiscard]] Result<void> pin(TaskId id, int cpu); // cpu < 0: allow every CPU again
    void forget(TaskId id); // drop a terminated task from the list
    void forgetTerminated();
    std::size_t keptTerminatedCount() const; // ended tasks still on the list (at most keepTerminated)
    void stopAll();

    void setHoldNewTasks(bool hold);
    void setDeferReaping(bool defer);
    void setRate(double hz);

    // Everything now, with each task's samples newer than `samplesAfterNs` (pass -1 for all kept).
    EngineSnapshot snapshot(std::int64_t samplesAfterNs = -1) const;
    std::int64_t nowNs() const;
    SamplerStats samplerStats() const;
    StateSource source() const; // fixed at construction
    const std::string& sourceReason() const { return m_sourceReason; }
    std::size_t freeSlotCount() const; // shared-memory task slots not in use (tests check for leaks)
    const std::string& workerPath() const { return m_config.workerPath; }
    int taskNice() const { return m_config.taskNice; } // fixed at construction
    // Blocks until at least `passes` more sampling passes have completed (or the timeout expires).
    bool waitForPasses(std::uint64_t passes, std::chrono::milliseconds timeout) const;

    // The process that runs the demo threads (see EngineConfig::taskHost): its pid once started, 0
    // while no task needed it or when tasks run inside ptlab.
    pid_t taskHostPid() const;

    static std::string defaultWorkerPath();

private:
    struct Task;
    using TaskPtr = std::shared_ptr<Task>;

    [[nodiscard]] Result<TaskPtr> startThread(const WorkloadSpec& spec, bool admitted);
    [[nodiscard]] Result<void> startThreadHere(Task& task, const WorkloadSpec& spec, bool admitted); // inside ptlab
    [[nodiscard]] Result<TaskPtr> startProcess(const WorkloadSpec& spec, bool admitted);
    void forgetOldestTerminated(); // beyond EngineConfig::keepTerminated
    std::shared_ptr<TaskHost> taskHost(); // started on first use; null when tasks run inside ptlab
    void controlAdmit(Task& task); // the admit, park and stop of a thread we started, wherever it runs
    void controlPark(Task& task, bool park);
    void controlStop(Task& task);
    bool isParked(const Task& task) const;
    void releaseSlot(int slot); // caller holds m_mutex
    void startTracking(Task& task); // exact source: before the task is published
    void applyTaskPolicy(pid_t tid) const; // EngineConfig::taskIdlePolicy and taskTimeSlice
    [[nodiscard]] Result<TaskId> watchTask(TaskKind kind, pid_t pid, pid_t tid, const std::string& label);
    TaskPtr find(TaskId id) const; // caller holds m_mutex
    void samplerLoop();
    void samplePass();
    void applyExact(Task& task, const KernelReading& cur, bool overlaid, TaskState overlayState);
    void reapAndJoin();
    int allocateSlot();
    void admitLocked(Task& task);
    Result<void> stopLocked(Task& task);
    // Runs `action` on a task that exists and has not ended, under m_mutex; else an error value.
    template <typename F> Result<void> withLiveTask(TaskId id, F&& action);
    // Runs `call` on the task's thread id, proving before and after that the id was still ours.
    template <typename F> Result<void> onOwnTid(Task& task, F&& call);

    EngineConfig m_config;
    std::unique_ptr<SharedBlock> m_shared;
    std::unique_ptr<SwitchTracker> m_tracker; // null: the sampled source
    std::mutex m_hostStart; // one start of the host at a time
    std::shared_ptr<TaskHost> m_host; // guarded by m_mutex
    std::string m_sourceReason;
    int m_cpuCount = 1;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_passDone;
    std::condition_variable m_wake;
    std::map<TaskId, TaskPtr> m_tasks;
    TaskId m_nextId = 1;
    std::vector<int> m_freeSlots;
    std::int64_t m_startNs = 0;
    std::int64_t m_exactHorizonNs = -1; // when the sampler last drained the switch records (m_mutex)
    std::uint64_t m_passes = 0;
    SamplerStats m_stats;
    bool m_quit = false;
    std::thread m_sampler;
};

} // namespace ptlab::states
