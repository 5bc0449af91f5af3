#pragma once

#include "core/states/task_host_protocol.h"
#include "core/states/workload.h"
#include "core/util/error.h"

#include <memory>
#include <mutex>
#include <string>
#include <sys/resource.h>
#include <sys/types.h>
#include <vector>

namespace ptlab::states {

// The engine's side of its task host, `ptlab-worker --host`: one child process, in a session of its
// own, in which the engine runs its demo threads and from which it starts its demo processes.
//
// Why: Linux's autogroup schedules each session as one entity. With the demo tasks in ptlab's own
// session, 200 busy ones outweigh the window's thread about a hundred to one on each CPU, and after
// every frame it waits for them to catch up (EEVDF's lag). In a session of their own they weigh, all
// together, as much as the window's session; among themselves nothing changes, so nice values and
// everything the States page teaches behave as before. Demo processes are still ptlab's children
// (the host starts them with CLONE_PARENT), so ptlab reaps them and can show them as zombies.
//
// Thread-safe. The host dies with ptlab (PR_SET_PDEATHSIG) and with this object (SIGKILL, reaped).
class TaskHost
{
public:
    // Starts the host from the calling thread (the host and the processes it starts die with that
    // thread, as Engine's processes do). `sharedFd` is the engine's shared block, or -1.
    [[nodiscard]] static Result<std::shared_ptr<TaskHost>> start(const std::string& workerPath, int sharedFd);
    ~TaskHost();
    TaskHost(const TaskHost&) = delete;
    TaskHost& operator=(const TaskHost&) = delete;

    pid_t pid() const { return m_pid; }
    bool alive() const; // false once the host has exited or a request found it gone

    // A new thread in the host running `spec` with the shared slot `slot`; its thread id.
    [[nodiscard]] Result<pid_t> startThread(int slot, const WorkloadSpec& spec, bool admitted);
    // The worker program as a child of ptlab: argv[0] is its path; `gateFd` becomes its descriptor 3
    // and the shared block its descriptor 4. Its pid.
    [[nodiscard]] Result<pid_t> startProcess(const std::vector<std::string>& argv, int gateFd);
    void admit(int slot);
    void park(int slot, bool parked);
    void stop(int slot);

private:
    TaskHost() = default;
    bool sendLocked(const void* request, std::size_t size, int passFd);
    Result<pid_t> callLocked(const void* request, std::size_t size, int passFd, const std::string& what);
    void post(host::Op op, int slot);
    void syncLimitsLocked();

    mutable std::mutex m_mutex;
    int m_socket = -1;
    pid_t m_pid = 0;
    mutable bool m_alive = true;
    rlimit m_syncedNproc { RLIM_INFINITY - 1,
        RLIM_INFINITY - 1 }; // the process limit last given to the host (none yet)
};

} // namespace ptlab::states
