#include "core/states/task_host.h"

#include "core/states/task_host_protocol.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace ptlab::states {

namespace {

constexpr int HostControlFd = 3;
constexpr int HostShmFd = 4;

Error hostGone()
{
    return Error { Error::Code::Internal, EPIPE, "the task host (ptlab-worker --host) has gone" };
}

} // namespace

Result<std::shared_ptr<TaskHost>> TaskHost::start(const std::string& workerPath, int sharedFd)
{
    if (access(workerPath.c_str(), X_OK) != 0)
        return errorFromErrno(errno, "the worker program " + workerPath + " cannot be run");
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0)
        return errorFromErrno(errno, "cannot create the task host's socket");
    // Copies at or above 10, so that the moves onto 3 and 4 cannot overwrite one another.
    const int childControl = fcntl(pair[1], F_DUPFD_CLOEXEC, 10);
    close(pair[1]);
    const int childShared = sharedFd >= 0 ? fcntl(sharedFd, F_DUPFD_CLOEXEC, 10) : -1;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, childControl, HostControlFd);
    if (childShared >= 0)
        posix_spawn_file_actions_adddup2(&actions, childShared, HostShmFd);
    posix_spawn_file_actions_addclosefrom_np(&actions, HostShmFd + 1);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    // The point of the host: a session, hence an autogroup, of its own (see the header).
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSID);

    std::vector<std::string> args
        = { workerPath, "--host", "--control-fd", std::to_string(HostControlFd), "--parent", std::to_string(getpid()) };
    if (childShared >= 0) {
        args.push_back("--shm-fd");
        args.push_back(std::to_string(HostShmFd));
    }
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc
        = childControl < 0 ? errno : posix_spawn(&pid, workerPath.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (childControl >= 0)
        close(childControl);
    if (childShared >= 0)
        close(childShared);
    if (rc != 0) {
        close(pair[0]);
        return errorFromErrno(rc, "cannot start the task host (" + workerPath + " --host)");
    }
    std::shared_ptr<TaskHost> host(new TaskHost);
    host->m_socket = pair[0];
    host->m_pid = pid;
    return host;
}

TaskHost::~TaskHost()
{
    if (m_socket >= 0)
        close(m_socket); // the host leaves on end of file; SIGKILL makes sure, whatever it is doing
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
    }
}

bool TaskHost::alive() const
{
    std::lock_guard lock(m_mutex);
    if (m_alive) {
        // Look without reaping: the pid stays ours (a zombie) until the destructor reaps it.
        siginfo_t info {};
        if (waitid(P_PID, static_cast<id_t>(m_pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == m_pid)
            m_alive = false;
    }
    return m_alive;
}

bool TaskHost::sendLocked(const void* request, std::size_t size, int passFd)
{
    if (!m_alive)
        return false;
    iovec iov { const_cast<void*>(request), size };
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr msg {};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (passFd >= 0) {
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        cmsghdr* c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(c), &passFd, sizeof(int));
    }
    ssize_t n;
    do {
        n = sendmsg(m_socket, &msg, MSG_NOSIGNAL); // a host that died: EPIPE, never SIGPIPE
    } while (n < 0 && errno == EINTR);
    if (n != static_cast<ssize_t>(size))
        m_alive = false;
    return m_alive;
}

Result<pid_t> TaskHost::callLocked(const void* request, std::size_t size, int passFd, const std::string& what)
{
    if (!sendLocked(request, size, passFd))
        return hostGone();
    host::Reply reply;
    ssize_t n;
    do {
        n = recv(m_socket, &reply, sizeof reply, 0);
    } while (n < 0 && errno == EINTR);
    if (n != sizeof reply) {
        m_alive = false;
        return hostGone();
    }
    if (reply.error != 0) {
        if (reply.id > 0) { // a process that could not execute the worker: ours to reap
            int status = 0;
            while (waitpid(reply.id, &status, 0) < 0 && errno == EINTR) { }
        }
        return errorFromErrno(reply.error, what);
    }
    return static_cast<pid_t>(reply.id);
}

// The host starts tasks on ptlab's behalf, so it does so under ptlab's process limit, even one
// lowered or lifted since the host started.
void TaskHost::syncLimitsLocked()
{
    rlimit mine {};
    if (getrlimit(RLIMIT_NPROC, &mine) != 0)
        return;
    if (mine.rlim_cur == m_syncedNproc.rlim_cur && mine.rlim_max == m_syncedNproc.rlim_max)
        return;
    if (prlimit(m_pid, RLIMIT_NPROC, &mine, nullptr) == 0)
        m_syncedNproc = mine;
}

Result<pid_t> TaskHost::startThread(int slot, const WorkloadSpec& spec, bool admitted)
{
    host::Request r;
    r.op = host::Op::StartThread;
    r.slot = slot;
    r.spec = spec;
    r.admitted = admitted;
    std::lock_guard lock(m_mutex);
    syncLimitsLocked();
    return callLocked(&r, sizeof r, -1, "cannot create a thread");
}

Result<pid_t> TaskHost::startProcess(const std::vector<std::string>& argv, int gateFd)
{
    host::Request r;
    r.op = host::Op::StartProcess;
    std::size_t used = 0;
    for (const auto& a : argv) {
        if (r.argc >= host::MaxArgs || used + a.size() + 1 >= host::ArgBytes)
            return Error { Error::Code::InvalidArgument, E2BIG, "the worker's arguments are too long" };
        std::memcpy(r.args + used, a.c_str(), a.size() + 1);
        used += a.size() + 1;
        ++r.argc;
    }
    std::lock_guard lock(m_mutex);
    syncLimitsLocked();
    return callLocked(&r, sizeof r, gateFd, "cannot start a worker process (" + argv.front() + ")");
}

void TaskHost::post(host::Op op, int slot)
{
    host::Request r;
    r.op = op;
    r.slot = slot;
    std::lock_guard lock(m_mutex);
    sendLocked(&r, sizeof r, -1);
}

void TaskHost::admit(int slot)
{
    post(host::Op::Admit, slot);
}

void TaskHost::park(int slot, bool parked)
{
    post(parked ? host::Op::Park : host::Op::Unpark, slot);
}

void TaskHost::stop(int slot)
{
    post(host::Op::Stop, slot);
}

} // namespace ptlab::states
