#pragma once

#include "core/states/engine.h"
#include "core/states/switch_tracker.h"
#include "core/states/task_control.h"
#include "core/states/task_files.h"
#include "core/states/task_host.h"

#include <deque>
#include <memory>
#include <thread>

namespace ptlab::states {

// The engine's record of one task. Fields marked "fixed" are set before the task is published and
// never change; the rest are guarded by Engine::m_mutex.
struct Engine::Task
{
    Task() = default;
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    // The last owner may be forget() racing the sampler's join: never destroy a joinable thread
    // (std::terminate). A final task's thread has returned or is returning, so this join is short.
    ~Task()
    {
        if (thread.joinable()) {
            if (control)
                control->requestStop();
            thread.join();
        }
    }

    // fixed
    TaskId id = 0;
    TaskKind kind = TaskKind::Thread;
    WorkloadSpec spec;
    std::string label;
    bool external = false;
    pid_t pid = 0;
    pid_t tid = 0;
    int slot = -1;
    std::unique_ptr<TaskControl> control; // threads we started inside ptlab
    std::shared_ptr<TaskHost> host; // threads we started in the task host
    TaskFiles files; // read by the sampler outside the lock; also proves identity (see controls)
    std::int64_t createdNs = 0;
    bool tracked = false; // its context switches come from the exact source
    int trackHandle = 0;

    // touched only by the sampler thread (and the destructor once the sampler stopped)
    std::thread thread;
    int samplesSinceStat = 0; // passes that reused the previous stat reading
    std::int64_t statusReadNs = -1; // when status was last read
    std::uint64_t timeslicesAtStatus = 0; // schedstat's count when status was last read
    double runCredit = 0; // sampled source: CPU time owed a turn in the Running column
    std::vector<SwitchRecord> pending; // exact source: this pass's records
    TaskState exactState = TaskState::New; // exact source: Running/Ready/Waiting; New: nothing seen yet
    std::int64_t exactSinceNs = -1;
    std::int64_t exitRecordNs = -1; // time of the kernel's exit record for this thread, once seen
    std::int64_t runDelayBudget = 0; // run-queue time (schedstat) not yet given to a ready interval
    std::uint64_t exactRunqueueNs = 0;
    bool exactRunqueueKnown = false;

    // guarded by m_mutex
    int gateFd = -1; // processes held at the gate: our end of the admission socket
    bool admitted = true;
    bool suspendRequested = false;
    bool reaped = false;
    bool final = false; // terminated and nothing more to observe
    int exitCode = -1;
    KernelReading latest;
    KernelReading trackBaseline; // status counters when tracking began (exact counts agree from here)
    TaskState state = TaskState::New;
    bool zombie = false;
    TransitionCounts transitions;
    TransitionCounts exactTransitions; // switches seen by the exact source since tracking began
    std::deque<StateSample> history;
    std::deque<StateInterval> intervals;
    std::int64_t lastSampleNs = -1;
    std::int64_t endedNs = -1;
    int nice = 0;
    std::vector<int> affinity;
};

} // namespace ptlab::states
