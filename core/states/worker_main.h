#pragma once

namespace ptlab::states {

// The body of the ptlab-worker executable: a child process the engine spawns with posix_spawn.
// argv: --workload NAME [--duty PCT] [--period MS] --gate-fd FD --shm NAME --slot N --parent PID
int runWorkerMain(int argc, char** argv);

} // namespace ptlab::states
