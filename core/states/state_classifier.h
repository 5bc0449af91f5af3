#pragma once

#include "core/states/proc_reading.h"
#include "core/states/task_state.h"

#include <cstdint>
#include <vector>

namespace ptlab::states {

// What only the engine knows about a task, laid over the kernel's word.
struct EngineOverlay
{
    bool admitted = true; // false: held at the admission gate -> New
    bool parked = false; // a thread in its cooperative park -> Suspended
};

struct Classification
{
    TaskState state = TaskState::Terminated;
    bool zombie = false; // exited, not yet reaped (kernel state Z)
    // Over the interval since the previous sample, in thousandths of the interval.
    std::uint16_t runningPermille = 0;
    std::uint16_t readyPermille = 0;
};

// Classifies one sample as DESIGN.md's table says. `prev` is the previous reading of the same task
// (all zero for the first one), `intervalNs` the wall time between the two.
Classification classify(
    const KernelReading& prev, const KernelReading& cur, std::int64_t intervalNs, EngineOverlay overlay);

// The transitions that happened between two samples, from the kernel's counters and the two states.
TransitionCounts deriveTransitions(
    const KernelReading& prev, TaskState prevState, const KernelReading& cur, TaskState curState);

// The sampled source's rule for the Running column (DESIGN.md): of the runnable tasks of one pass,
// as many are Running as the CPU time they used says (the sum of their shares of the interval,
// rounded), never more than `cpus`, and the rest are Ready. Who is shown Running is decided by
// each task's credit, which grows by the CPU share it used and shrinks by one per pass shown
// Running, so that busy tasks take turns in proportion to the CPU time they really got.
struct RunCandidate
{
    double runShare = 0; // CPU time in the interval / interval
    double* credit = nullptr; // kept by the caller from pass to pass
    bool running = false; // out: shown Running (else Ready)
};
void limitRunningToCpus(std::vector<RunCandidate>& candidates, int cpus);

} // namespace ptlab::states
