#pragma once

#include <sys/types.h>

namespace ptlab::states {

// The body of `ptlab-worker --host --control-fd FD [--shm-fd FD] --parent PID`: serves the engine's
// requests on the control socket until ptlab closes it or dies (see task_host.h).
int runTaskHostMain(int controlFd, int sharedFd, pid_t parent);

} // namespace ptlab::states
