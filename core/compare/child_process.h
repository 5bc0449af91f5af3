#pragma once

#include "core/util/error.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ptlab::compare {

std::int64_t monotonicNs();

// A child process this experiment forked or spawned. Whatever happens (an error, a cancel, an
// exception), the destructor kills and reaps it: no experiment leaves a child behind.
class ChildProcess
{
public:
    ChildProcess() = default;
    explicit ChildProcess(pid_t pid) : m_pid(pid) { }
    ~ChildProcess() { killAndReap(); }
    ChildProcess(ChildProcess&& other) noexcept : m_pid(other.m_pid) { other.m_pid = -1; }
    ChildProcess& operator=(ChildProcess&& other) noexcept;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }
    bool running() const { return m_pid > 0; }
    // Blocks in waitpid until the child ends; returns its wait status (-1 on failure).
    int wait();
    // Waits at most `timeoutMs` (or until *cancel), then gives up: -1 (the destructor still kills it).
    int waitFor(int timeoutMs, const std::atomic<bool>* cancel = nullptr);
    void killAndReap();

private:
    pid_t m_pid = -1;
};

// A pipe whose ends close themselves.
struct Pipe
{
    int read = -1;
    int write = -1;
    Pipe();
    ~Pipe();
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    bool ok() const { return read >= 0 && write >= 0; }
    void closeRead();
    void closeWrite();
};

// Full-length write/read (retrying on EINTR and short transfers); false on error or end of file.
bool writeAll(int fd, const void* data, std::size_t size);
bool readAll(int fd, void* data, std::size_t size);
// read() of one byte with a timeout (poll); false on timeout, error or end of file.
bool readByteWithin(int fd, int timeoutMs);

// "A tiny program" for spawn and exec: /bin/true (lmbench uses a static "hello"). Empty if absent.
const std::string& tinyProgram();

// While alive, SIGPIPE is blocked on this thread, so a write to a dead peer fails with EPIPE instead of
// killing ptlab; a SIGPIPE left pending is consumed when it ends.
class SigpipeGuard
{
public:
    SigpipeGuard();
    ~SigpipeGuard();
    SigpipeGuard(const SigpipeGuard&) = delete;
    SigpipeGuard& operator=(const SigpipeGuard&) = delete;

private:
    bool m_wasBlocked = false;
};

// "killed by signal 11 (SIGSEGV)", "exited with code 0".
std::string describeWaitStatus(int status);

} // namespace ptlab::compare

namespace ptlab::compare {

// Runs a program found on PATH with `args` (args[0] is the program), returns what it wrote on
// stdout (at most 64 KiB) once it exits 0. Killed and reaped after `timeoutMs` or on *cancel.
[[nodiscard]] Result<std::string> runCapture(
    const std::vector<std::string>& args, int timeoutMs, const std::atomic<bool>* cancel = nullptr);

} // namespace ptlab::compare
