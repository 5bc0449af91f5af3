#include "core/compare/child_process.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ptlab::compare {

std::int64_t monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept
{
    if (this != &other) {
        killAndReap();
        m_pid = other.m_pid;
        other.m_pid = -1;
    }
    return *this;
}

int ChildProcess::wait()
{
    if (m_pid <= 0)
        return -1;
    int status = 0;
    pid_t r;
    do
        r = waitpid(m_pid, &status, 0);
    while (r < 0 && errno == EINTR);
    m_pid = -1;
    return r < 0 ? -1 : status;
}

int ChildProcess::waitFor(int timeoutMs, const std::atomic<bool>* cancel)
{
    if (m_pid <= 0)
        return -1;
    const std::int64_t deadline = monotonicNs() + static_cast<std::int64_t>(timeoutMs) * 1000000;
    int status = 0;
    // Polling waitpid: a pidfd would be nicer but needs Linux 5.3 and a glibc wrapper from 2.36.
    for (long sleepUs = 20;; sleepUs = std::min(sleepUs * 2, 10000L)) {
        const pid_t r = waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid) {
            m_pid = -1;
            return status;
        }
        if (r < 0 && errno != EINTR) {
            m_pid = -1;
            return -1;
        }
        if (monotonicNs() > deadline || (cancel && cancel->load(std::memory_order_relaxed)))
            return -1;
        timespec ts { 0, sleepUs * 1000 };
        nanosleep(&ts, nullptr);
    }
}

void ChildProcess::killAndReap()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
    m_pid = -1;
}

Pipe::Pipe()
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) == 0) {
        read = fds[0];
        write = fds[1];
    }
}

Pipe::~Pipe()
{
    closeRead();
    closeWrite();
}

void Pipe::closeRead()
{
    if (read >= 0)
        close(read);
    read = -1;
}

void Pipe::closeWrite()
{
    if (write >= 0)
        close(write);
    write = -1;
}

bool writeAll(int fd, const void* data, std::size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool readAll(int fd, void* data, std::size_t size)
{
    char* p = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool readByteWithin(int fd, int timeoutMs)
{
    pollfd pfd { fd, POLLIN, 0 };
    int r;
    do
        r = poll(&pfd, 1, timeoutMs);
    while (r < 0 && errno == EINTR);
    if (r <= 0)
        return false;
    char c;
    return readAll(fd, &c, 1);
}

const std::string& tinyProgram()
{
    static const std::string path = [] {
        for (const char* p : { "/bin/true", "/usr/bin/true" })
            if (access(p, X_OK) == 0)
                return std::string(p);
        return std::string();
    }();
    return path;
}

SigpipeGuard::SigpipeGuard()
{
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    m_wasBlocked = sigismember(&old, SIGPIPE) == 1;
}

SigpipeGuard::~SigpipeGuard()
{
    if (m_wasBlocked)
        return;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    const timespec zero { 0, 0 };
    while (sigtimedwait(&set, nullptr, &zero) == SIGPIPE) { }
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

std::string describeWaitStatus(int status)
{
    if (status < 0)
        return "not reaped";
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const char* abbrev = sigabbrev_np(sig);
        return "killed by signal " + std::to_string(sig)
            + (abbrev ? std::string(" (SIG") + abbrev + ")" : std::string());
    }
    if (WIFEXITED(status))
        return "exited with code " + std::to_string(WEXITSTATUS(status));
    return "status " + std::to_string(status);
}

} // namespace ptlab::compare

#include <spawn.h>

extern char** environ;

namespace ptlab::compare {

Result<std::string> runCapture(const std::vector<std::string>& args, int timeoutMs, const std::atomic<bool>* cancel)
{
    if (args.empty())
        return Error { Error::Code::InvalidArgument, 0, "no program" };
    Pipe out;
    if (!out.ok())
        return errorFromErrno(errno, "pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, args[0].c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return errorFromErrno(rc, "cannot run " + args[0]);
    ChildProcess child(pid);
    out.closeWrite();
    std::string text;
    const std::int64_t deadline = monotonicNs() + static_cast<std::int64_t>(timeoutMs) * 1000000;
    char buf[4096];
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error { Error::Code::Internal, ECANCELED, args[0] + " was cancelled" };
        const std::int64_t left = (deadline - monotonicNs()) / 1000000;
        if (left <= 0)
            return Error { Error::Code::Internal, ETIMEDOUT, args[0] + " did not finish in time" };
        pollfd pfd { out.read, POLLIN, 0 };
        const int r = poll(&pfd, 1, static_cast<int>(std::min<std::int64_t>(left, 100)));
        if (r < 0 && errno != EINTR)
            return errorFromErrno(errno, "poll");
        if (r <= 0)
            continue;
        const ssize_t n = ::read(out.read, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (text.size() < 65536)
            text.append(buf, static_cast<std::size_t>(n));
    }
    const int status
        = child.waitFor(static_cast<int>(std::max<std::int64_t>(1, (deadline - monotonicNs()) / 1000000)), cancel);
    if (status < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return Error { Error::Code::Internal, 0, args[0] + " " + describeWaitStatus(status) };
    return text;
}

} // namespace ptlab::compare
