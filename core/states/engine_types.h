#pragma once

#include "core/states/proc_reading.h"
#include "core/states/task_state.h"
#include "core/states/workload.h"
#include "core/util/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ptlab::states {

using TaskId = std::uint64_t;

struct EngineConfig
{
    std::string workerPath; // empty: $PTLAB_WORKER, else ptlab-worker beside the running executable
    double rateHz = 20; // sampling rate, clamped to 5-100
    bool holdNewTasks = false; // keep new tasks at the admission gate until admit()
    bool deferReaping = false; // leave exited workers as zombies until reaping is allowed again
    double historySeconds = 60; // samples kept per task
};

struct SpawnRequest
{
    TaskKind kind = TaskKind::Thread;
    WorkloadSpec workload;
    int count = 1;
};

struct SpawnResult
{
    std::vector<TaskId> spawned; // the tasks that did start
    std::optional<Error> error; // why the rest did not (e.g. EAGAIN at RLIMIT_NPROC)
};

// One classified sample of one task.
struct StateSample
{
    std::int64_t timeNs = 0; // engine clock (monotonic, 0 at engine start)
    TaskState state = TaskState::New;
    bool zombie = false;
    std::uint16_t runningPermille = 0; // share of the interval on a CPU
    std::uint16_t readyPermille = 0; // share of the interval waiting in a run queue
    std::int16_t cpu = -1;
    char kernelState = '?';
};

// A task as the engine last saw it: a value, safe to keep on any thread.
struct TaskView
{
    TaskId id = 0;
    TaskKind kind = TaskKind::Thread;
    WorkloadSpec workload;
    std::string label; // for watched (external) threads
    pid_t pid = 0; // the process it belongs to
    pid_t tid = 0;
    TaskState state = TaskState::New;
    bool zombie = false;
    char kernelState = '?';
    WaitReason waitReason = WaitReason::None;
    KernelReading latest; // cumulative kernel counters of the last successful read
    TransitionCounts transitions;
    std::int64_t createdNs = 0;
    std::int64_t endedNs = -1;
    int nice = 0;
    std::vector<int> affinity; // CPUs it may run on; empty: unknown
    std::uint64_t work = 0; // workload iterations done
    bool admitted = true;
    bool parked = false; // threads: in the cooperative park
    bool suspendRequested = false;
    bool reaped = false;
    int exitCode = -1; // processes: exit status or -signal once reaped
    std::vector<StateSample> samples; // newer than the time asked for in snapshot()
};

struct SamplerStats
{
    std::uint64_t passes = 0;
    std::uint64_t samples = 0;
    std::uint64_t cpuNs = 0; // sampler thread CPU time spent in passes
    std::uint64_t wallNs = 0; // wall time since the sampler started
    std::uint64_t statusReads = 0; // status files read (skipped when a task was not scheduled)
};

struct EngineSnapshot
{
    std::int64_t timeNs = 0;
    std::uint64_t passes = 0; // sampling passes so far
    std::vector<TaskView> tasks;
    TransitionCounts totals;
    int cpuCount = 0;
    bool holdNewTasks = false;
    bool deferReaping = false;
    double rateHz = 20;
};

} // namespace ptlab::states
