#pragma once

#include "core/states/engine_types.h"
#include "core/util/trace_event.h"

namespace ptlab::states {

// The tasks' state timelines as a Chrome trace-event document (Perfetto, chrome://tracing): one
// track per task, one slice per stretch in a state. Exact intervals where the task was tracked,
// else consecutive samples merged into stretches. Times are microseconds on the engine clock.
TraceWriter statesTrace(const EngineSnapshot& snap);

// "running", "ready", ... and "zombie" for a terminated task not yet reaped.
std::string stateName(TaskState state, bool zombie = false);

} // namespace ptlab::states
