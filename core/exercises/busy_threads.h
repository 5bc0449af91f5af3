#pragma once

#include "core/exercises/exercise.h"

#include <vector>

namespace ptlab::exercises {

// What N CPU-bound threads of the states engine got from the kernel over a run.
struct BusyRun
{
    double wallS = 0; // from their release at the admission gate to the last reading
    std::vector<double> cpuS; // per thread: schedstat time on a CPU
    std::vector<double> preemptions; // per thread: nonvoluntary_ctxt_switches
    std::vector<double> timeslices; // per thread: times scheduled onto a CPU
    int cpus = 0; // CPUs the engine sees
    int nice = 0; // the demo threads' nice value (the engine's, above the window's 0)
};

// Starts `count` CPU-bound threads with the states engine (pinned to `cpu`, or anywhere when cpu < 0),
// held at the admission gate until all are set up, lets them run for `seconds` and reads their counters.
[[nodiscard]] Result<BusyRun> runBusyThreads(int count, int cpu, double seconds, const RunContext& context);

// The lowest-numbered CPU this process may run on (0 when the mask cannot be read).
[[nodiscard]] int firstAllowedCpu();

[[nodiscard]] double sum(const std::vector<double>& values);
[[nodiscard]] double mean(const std::vector<double>& values);

} // namespace ptlab::exercises
