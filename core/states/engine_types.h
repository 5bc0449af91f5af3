#pragma once

#include "core/states/proc_reading.h"
#include "core/states/task_state.h"
#include "core/states/workload.h"
#include "core/util/error.h"
#include "core/util/thread_priority.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ptlab::states {

using TaskId = std::uint64_t;

// Where the Running/Ready/Waiting states come from (DESIGN.md, "Two sources, one model").
enum class StateSource : std::uint8_t
{
    Exact, // the kernel's context-switch records (perf_event_open)
    Sampled, // /proc sampled at the engine's rate, with the Running column limited to the CPUs
};
std::string_view toString(StateSource s); // "exact", "sampled"

// perf_event_open(2) with the kernel's arguments (attr is a perf_event_attr*); tests inject a refusal.
using PerfOpenFunction = std::function<int(void* attr, pid_t pid, int cpu, int groupFd, unsigned long flags)>;

struct EngineConfig
{
    std::string workerPath; // empty: $PTLAB_WORKER, else ptlab-worker beside the running executable
    double rateHz = 20; // sampling rate, clamped to 5-100
    bool holdNewTasks = false; // keep new tasks at the admission gate until admit()
    bool deferReaping = false; // leave exited workers as zombies until reaping is allowed again
    double historySeconds = 60; // samples kept per task
    // Ended tasks kept on the list (newest first); older ones are forgotten as if Clear was pressed,
    // so a demo left churning for a lecture keeps a bounded list and bounded memory.
    std::size_t keepTerminated = 500;
    // Tests only: runs on the sampler thread between a pass and the reaping and joining that follow
    // it, to hold open the window a race needs.
    std::function<void()> betweenPassAndReap;
    // Demo tasks start at this nice value, above the window's 0, so that 200 CPU-bound demo tasks
    // cannot starve the GUI of an ordinary user (who may raise a nice value but never lower it).
    // Their priorities relative to each other, and everything the States page shows, are unchanged.
    int taskNice = 10;
    // Demo tasks run under SCHED_IDLE (any user may choose it for their own tasks): the window's thread,
    // waking, then always takes the CPU from a demo task at once.
    bool taskIdlePolicy = false;
    // Demo threads run in, and demo processes are started from, a task host process in a session of
    // its own (see TaskHost), so that the kernel's autogroup keeps them from crowding out the window.
    // Without it, or when the host cannot start, threads run inside ptlab and processes are spawned
    // directly.
    bool taskHost = true;
    // The time slice demo tasks ask for (see DemoTimeSlice); zero keeps the kernel's default.
    std::chrono::microseconds taskTimeSlice = DemoTimeSlice;
    // Exact where the kernel allows it unless Sampled is asked for; asking for Exact where it is
    // refused leaves the engine Sampled with the reason in EngineSnapshot::sourceReason.
    StateSource source = StateSource::Exact;
    PerfOpenFunction perfEventOpen; // empty: the real system call
};

// A stretch of time a task spent in one state, from the exact source.
struct StateInterval
{
    std::int64_t startNs = 0; // engine clock
    std::int64_t endNs = 0;
    TaskState state = TaskState::New;
};

struct SpawnRequest
{
    TaskKind kind = TaskKind::Thread;
    WorkloadSpec workload;
    int count = 1;
};

struct [[nodiscard]] SpawnResult
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
    // Exact source only: closed intervals ending after the time asked for, oldest first, and the
    // interval still open now (its end is the snapshot's time).
    std::vector<StateInterval> intervals;
    std::optional<StateInterval> openInterval;
    bool tracked = false; // its switches come from the kernel's records
    KernelReading trackBaseline; // status counters when tracking began
    TransitionCounts exactSwitches; // switches the exact source saw since then
};

struct SamplerStats
{
    std::uint64_t passes = 0;
    std::uint64_t samples = 0;
    std::uint64_t cpuNs = 0; // sampler thread CPU time spent in passes
    std::uint64_t wallNs = 0; // wall time since the sampler started
    std::uint64_t statusReads = 0; // status files read (skipped when a task was not scheduled)
    std::uint64_t switchRecords = 0; // exact source: context-switch records read
    std::uint64_t lostRecords = 0; // exact source: records the kernel dropped (a ring overflowed)
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
    StateSource source = StateSource::Sampled;
    std::string sourceReason; // Sampled although Exact was asked for: why the kernel refused
    int taskNice = 10;
};

} // namespace ptlab::states
