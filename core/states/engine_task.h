#pragma once

#include "core/states/engine.h"
#include "core/states/task_control.h"
#include "core/states/task_files.h"

#include <deque>
#include <memory>
#include <thread>

namespace ptlab::states {

// The engine's record of one task. Fields marked "fixed" are set before the task is published and
// never change; the rest are guarded by Engine::m_mutex.
struct Engine::Task
{
    // fixed
    TaskId id = 0;
    TaskKind kind = TaskKind::Thread;
    WorkloadSpec spec;
    std::string label;
    bool external = false;
    pid_t pid = 0;
    pid_t tid = 0;
    int slot = -1;
    std::unique_ptr<TaskControl> control; // threads we started
    TaskFiles files; // read by the sampler outside the lock
    std::int64_t createdNs = 0;

    // touched only by the sampler thread (and the destructor once the sampler stopped)
    std::thread thread;
    int samplesSinceStat = 0; // passes that reused the previous stat reading
    std::int64_t statusReadNs = -1; // when status was last read
    std::uint64_t timeslicesAtStatus = 0; // schedstat's count when status was last read

    // guarded by m_mutex
    int gateFd = -1; // processes held at the gate: the write end of the admission pipe
    bool admitted = true;
    bool suspendRequested = false;
    bool reaped = false;
    bool final = false; // terminated and nothing more to observe
    int exitCode = -1;
    KernelReading latest;
    TaskState state = TaskState::New;
    bool zombie = false;
    TransitionCounts transitions;
    std::deque<StateSample> history;
    std::int64_t lastSampleNs = -1;
    std::int64_t endedNs = -1;
    int nice = 0;
    std::vector<int> affinity;
};

} // namespace ptlab::states
