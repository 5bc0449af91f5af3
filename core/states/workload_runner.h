#pragma once

#include "core/states/shared_block.h"
#include "core/states/task_control.h"
#include "core/states/workload.h"

namespace ptlab::states {

// Runs the workload until control.stopRequested(); the same code runs inside an engine thread and
// inside a ptlab-worker process. `shared` provides the contended lock (may be null for other kinds).
void runWorkload(const WorkloadSpec& spec, TaskControl& control, SharedBlock* shared);

// Busy arithmetic for about `duration` of wall time, checking for stop every ~0.1 ms of work.
// Returns false when stopped early. Exposed for other demos that need honest CPU work.
bool computeFor(std::chrono::nanoseconds duration, const TaskControl* control);

} // namespace ptlab::states
