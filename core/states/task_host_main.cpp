// The task host: `ptlab-worker --host`, the process in which the engine runs its demo threads and from
// which it starts its demo processes, in a session of its own (see task_host.h for why).
#include "core/states/task_host_main.h"

#include "core/states/shared_block.h"
#include "core/states/task_control.h"
#include "core/states/task_host_protocol.h"
#include "core/states/workload_runner.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <future>
#include <map>
#include <memory>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace ptlab::states {
namespace {

// Descriptors a started worker finds at fixed numbers (as Engine::startProcess gives them).
constexpr int ChildGateFd = 3;
constexpr int ChildShmFd = 4;

class Host
{
public:
    Host(int control, int sharedFd, std::unique_ptr<SharedBlock> shared)
        : m_control(control), m_sharedFd(sharedFd), m_shared(std::move(shared))
    { }

    int run()
    {
        while (true) {
            host::Request request;
            int passedFd = -1;
            const ssize_t n = receive(request, passedFd);
            if (n == 0)
                return 0; // the engine closed its end: ptlab is done with us
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return 1;
            }
            if (static_cast<std::size_t>(n) != sizeof request) {
                if (passedFd >= 0)
                    close(passedFd);
                continue; // not one of ours; nothing sensible to answer
            }
            handle(request, passedFd);
            prune();
        }
    }

private:
    ssize_t receive(host::Request& request, int& passedFd)
    {
        iovec iov { &request, sizeof request };
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        msghdr msg {};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = recvmsg(m_control, &msg, MSG_CMSG_CLOEXEC);
        if (n > 0) {
            for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
                    std::memcpy(&passedFd, CMSG_DATA(c), sizeof(int));
            }
        }
        return n;
    }

    void answer(pid_t id, int error)
    {
        host::Reply reply { static_cast<std::int32_t>(id), error };
        [[maybe_unused]] ssize_t n = send(m_control, &reply, sizeof reply, MSG_NOSIGNAL);
    }

    void handle(const host::Request& r, int passedFd)
    {
        switch (r.op) {
        case host::Op::StartThread:
            startThread(r);
            break;
        case host::Op::StartProcess:
            startProcess(r, passedFd);
            passedFd = -1;
            break;
        case host::Op::Admit:
        case host::Op::Park:
        case host::Op::Unpark:
        case host::Op::Stop:
            if (auto it = m_threads.find(r.slot); it != m_threads.end()) {
                TaskControl& c = *it->second;
                if (r.op == host::Op::Admit)
                    c.admit();
                else if (r.op == host::Op::Stop)
                    c.requestStop();
                else
                    c.setParkRequested(r.op == host::Op::Park);
            }
            break;
        }
        if (passedFd >= 0)
            close(passedFd);
    }

    void startThread(const host::Request& r)
    {
        auto control = std::make_shared<TaskControl>(m_shared ? m_shared->slot(r.slot) : nullptr);
        if (!control->valid()) {
            answer(0, errno);
            return;
        }
        if (r.admitted)
            control->admit();
        std::promise<pid_t> tidPromise;
        auto tid = tidPromise.get_future();
        SharedBlock* shared = m_shared.get();
        const WorkloadSpec spec = r.spec;
        try {
            std::thread([control, spec, shared, promise = std::move(tidPromise)]() mutable {
                promise.set_value(gettid());
                if (control->waitForAdmission())
                    runWorkload(spec, *control, shared);
                control->markFinished();
            }).detach(); // the host ends with _exit: no thread needs joining
        } catch (const std::system_error& e) {
            answer(0, e.code().value());
            return;
        }
        m_threads[r.slot] = control; // a reused slot: its previous thread has finished
        answer(tid.get(), 0);
    }

    // A child of ptlab (CLONE_PARENT), so that ptlab reaps it and sees it as a zombie, and in this
    // process's session, so that autogroup puts it with the other demo tasks.
    void startProcess(const host::Request& r, int gateFd)
    {
        std::vector<const char*> argv;
        const char* p = r.args;
        for (int i = 0; i < r.argc && i < host::MaxArgs && p < r.args + host::ArgBytes; ++i) {
            argv.push_back(p);
            while (p < r.args + host::ArgBytes && *p)
                ++p;
            ++p;
        }
        argv.push_back(nullptr);
        if (gateFd < 0 || argv.size() < 2 || r.args[host::ArgBytes - 1] != '\0') {
            if (gateFd >= 0)
                close(gateFd);
            answer(0, EINVAL);
            return;
        }
        // Above 10 so that the child's moves onto 3 and 4 cannot overwrite one another.
        const int gate = fcntl(gateFd, F_DUPFD_CLOEXEC, 10);
        close(gateFd);
        int report[2];
        if (gate < 0 || pipe2(report, O_CLOEXEC) != 0) {
            const int err = errno;
            if (gate >= 0)
                close(gate);
            answer(0, err);
            return;
        }
        const long parentPid = static_cast<long>(getppid()); // ptlab, the child's parent too (CLONE_PARENT)
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGTERM);
        sigaddset(&stopSignals, SIGINT);
        // Fork-like (no CLONE_VM): the child runs only raw system calls until it executes the worker,
        // since other threads of this process may hold locks that are copied held.
        const long pid = syscall(SYS_clone, CLONE_PARENT, nullptr, nullptr, nullptr, 0);
        if (pid == 0) {
            syscall(SYS_dup3, gate, ChildGateFd, 0);
            if (m_sharedFd >= 0)
                syscall(SYS_dup3, m_sharedFd, ChildShmFd, 0);
            syscall(SYS_close_range, ChildShmFd + 1, ~0U, CLOSE_RANGE_CLOEXEC);
            // As Engine::startProcess does: SIGTERM and SIGINT blocked until the worker's handler is
            // in place; its own process group.
            syscall(SYS_rt_sigprocmask, SIG_SETMASK, &stopSignals, nullptr, _NSIG / 8);
            syscall(SYS_setpgid, 0, 0);
            // Die with ptlab from the first instruction on, not only once the worker's main has run:
            // a worker suspended (SIGSTOP) before it got that far would otherwise outlive a killed
            // ptlab, stopped for ever. The setting survives execve.
            syscall(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
            if (syscall(SYS_getppid) != parentPid)
                syscall(SYS_exit_group, 3); // ptlab died in between
            syscall(SYS_execve, argv[0], argv.data(), environ);
            const int err = errno;
            syscall(SYS_write, report[1], &err, sizeof err);
            syscall(SYS_exit_group, 127);
        }
        const int cloneErr = errno;
        close(gate);
        close(report[1]);
        if (pid < 0) {
            close(report[0]);
            answer(0, cloneErr);
            return;
        }
        int execErr = 0;
        ssize_t n;
        do {
            n = read(report[0], &execErr, sizeof execErr); // end of file: the exec succeeded
        } while (n < 0 && errno == EINTR);
        close(report[0]);
        // A failed child is ptlab's to reap; it is told the pid with the error.
        answer(static_cast<pid_t>(pid), n == sizeof execErr ? execErr : 0);
    }

    // Forgets the controls of threads that have finished and let go of them.
    void prune()
    {
        for (auto it = m_threads.begin(); it != m_threads.end();) {
            if (it->second->isFinished() && it->second.use_count() == 1)
                it = m_threads.erase(it);
            else
                ++it;
        }
    }

    int m_control;
    int m_sharedFd;
    std::unique_ptr<SharedBlock> m_shared;
    std::map<int, std::shared_ptr<TaskControl>> m_threads; // by slot
};

} // namespace

int runTaskHostMain(int controlFd, int sharedFd, pid_t parent)
{
    // Die with ptlab, as every worker does; a ptlab that is already gone leaves nothing to host.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (parent != 0 && getppid() != parent)
        return 3;
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max; // an event descriptor per hosted thread
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    // Away from 3 and 4, which each started worker receives its own descriptors on.
    const int control = fcntl(controlFd, F_DUPFD_CLOEXEC, 10);
    close(controlFd);
    int sharedCopy = -1;
    std::unique_ptr<SharedBlock> shared;
    if (sharedFd >= 0) {
        sharedCopy = fcntl(sharedFd, F_DUPFD_CLOEXEC, 10);
        // attach() closes the descriptor it maps; the copy stays for the workers.
        if (auto attached = SharedBlock::attach(sharedFd))
            shared.reset(*attached);
    }
    if (control < 0)
        return 1;
    Host host(control, sharedCopy, std::move(shared));
    const int rc = host.run();
    // Hosted threads may still be running: end at once, without running destructors under them.
    _exit(rc);
}

} // namespace ptlab::states
