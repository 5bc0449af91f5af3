#pragma once

#include <chrono>
#include <optional>

namespace ptlab {

// Sets the calling thread's nice value (Linux gives each thread its own). New threads and child
// processes inherit their creator's value, so demo tasks started from a prioritised GUI thread
// call this with 0 to begin as ordinary tasks. Returns false when the kernel refused.
bool setCurrentThreadNice(int nice);

// Asks the scheduler for a time slice of `slice` for thread `tid` (0: the calling thread), keeping its
// policy and nice value; a zero slice restores the kernel's default. Linux 6.12 and later (EEVDF) use
// it: a task that asks for a short slice gets an earlier deadline, so after a wake-up it runs soon
// even among hundreds of busy tasks, and its share of the CPU stays what its nice value says.
// Unprivileged, for one's own threads. Older kernels accept and ignore it. Threads and processes that
// `tid` creates afterwards start with the default slice and a nice of at least 0 (reset on fork).
// Returns false when refused.
bool setTimeSlice(int tid, std::chrono::microseconds slice);

// The slice ptlab asks for on the threads a class watches: the window's and the sampler's. They run
// for well under a millisecond at a time and then wait for the next frame or pass.
inline constexpr std::chrono::microseconds InteractiveTimeSlice { 300 };

// The slice ptlab asks for on its CPU-bound demo tasks: one timer tick of Debian's kernels (HZ=250),
// which is how long such a task runs at a time anyway, since the kernel preempts it at a tick. The
// kernel's default (0.7 ms times 1 + log2 of the CPUs) is shorter than the tick, so busy tasks overran
// their slices and their deadlines spread wider than the slice: a waking window then queued behind
// a dozen of them (60 ms). With the slice equal to the run, the window's deadline comes first.
inline constexpr std::chrono::microseconds DemoTimeSlice { 4000 };

// The slice the kernel reports for the calling thread (se.slice in /proc/thread-self/sched), or
// nothing where it reports none (kernels before EEVDF).
std::optional<std::chrono::microseconds> currentTimeSlice();

} // namespace ptlab

namespace ptlab {

// Whether this process may raise a thread's priority (a negative nice): root, CAP_SYS_NICE, or an
// RLIMIT_NICE above 20. A student's ordinary account has none of them; benchmarks report it.
bool mayRaisePriority();

} // namespace ptlab
