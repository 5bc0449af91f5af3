#pragma once

namespace ptlab {

// Sets the calling thread's nice value (Linux gives each thread its own). New threads and child
// processes inherit their creator's value, so demo tasks started from a prioritised GUI thread
// call this with 0 to begin as ordinary tasks. Returns false when the kernel refused.
bool setCurrentThreadNice(int nice);

} // namespace ptlab

namespace ptlab {

// Whether this process may raise a thread's priority (a negative nice): root, CAP_SYS_NICE, or an
// RLIMIT_NICE above 20. A student's ordinary account has none of them; benchmarks report it.
bool mayRaisePriority();

} // namespace ptlab
