// Creation, fork-vs-RSS and termination: what it costs to start and end a thread or a process.
#include "core/compare/experiment_support.h"

#include <algorithm>
#include <pthread.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace ptlab::compare {

namespace {

void* doNothing(void*)
{
    return nullptr;
}

std::string threadCreateJoin()
{
    pthread_t t;
    if (int rc = pthread_create(&t, nullptr, doNothing, nullptr); rc != 0)
        return errnoText("pthread_create", rc);
    pthread_join(t, nullptr);
    return {};
}

std::string checkStatus(int status)
{
    if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return {};
    return "the child " + describeWaitStatus(status);
}

std::string forkExit()
{
    const pid_t pid = fork();
    if (pid < 0)
        return errnoText("fork");
    if (pid == 0)
        _exit(0);
    ChildProcess child(pid);
    return checkStatus(child.wait());
}

std::string spawnTiny()
{
    const std::string& program = tinyProgram();
    char* argv[] = { const_cast<char*>(program.c_str()), nullptr };
    pid_t pid = -1;
    if (int rc = posix_spawn(&pid, program.c_str(), nullptr, nullptr, argv, environ); rc != 0)
        return errnoText("posix_spawn " + program, rc);
    ChildProcess child(pid);
    return checkStatus(child.wait());
}

std::string forkExecTiny()
{
    const std::string& program = tinyProgram();
    char* argv[] = { const_cast<char*>(program.c_str()), nullptr };
    const pid_t pid = fork();
    if (pid < 0)
        return errnoText("fork");
    if (pid == 0) {
        execve(program.c_str(), argv, environ);
        _exit(127);
    }
    ChildProcess child(pid);
    return checkStatus(child.wait());
}

const char* const NoTinyProgram = "no /bin/true to start as the tiny program";

} // namespace

ExperimentResult runThreadCreate(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "us";
    r.method = "pthread_create of a thread that returns at once, then pthread_join; wall time per pair "
               "(lmbench's lat_proc method, applied to a thread).";
    Progress progress(o, o.warmup + o.runs);
    Variant v = makeVariant("pthread", "pthread_create + join", "us");
    timeRepetitions(o, v, progress, threadCreateJoin);
    r.variants.push_back(std::move(v));
    return r;
}

ExperimentResult runProcessCreate(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "us";
    r.method = "Each variant starts a child and waits for it: fork then _exit in the child (lmbench "
               "'fork+exit'), posix_spawn of /bin/true (glibc uses clone with CLONE_VM|CLONE_VFORK), fork "
               "then execve /bin/true (lmbench 'fork+exec'); wall time until waitpid returns.";
    Progress progress(o, 3.0 * (o.warmup + o.runs));
    Variant fe = makeVariant("fork-exit", "fork + _exit + waitpid", "us");
    timeRepetitions(o, fe, progress, forkExit);
    Variant sp = makeVariant("posix-spawn", "posix_spawn /bin/true + waitpid", "us");
    Variant fx = makeVariant("fork-exec", "fork + exec /bin/true + waitpid", "us");
    if (tinyProgram().empty()) {
        sp.error = fx.error = NoTinyProgram;
    } else {
        timeRepetitions(o, sp, progress, spawnTiny);
        timeRepetitions(o, fx, progress, forkExecTiny);
    }
    r.variants.push_back(std::move(fe));
    r.variants.push_back(std::move(sp));
    r.variants.push_back(std::move(fx));
    return r;
}

ExperimentResult runForkRss(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "us";
    r.method = "ptlab maps and touches a buffer of the given size (so its resident set grows by that much), "
               "then times fork+_exit+waitpid and posix_spawn(/bin/true)+waitpid; fork copies the page "
               "tables of every resident page, posix_spawn shares the parent's memory until exec.";
    const double maxMib = std::clamp(o.param("max-mib", 512), 10.0, 1024.0);
    std::vector<double> sizes;
    for (double s : { 10.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0 })
        if (s <= maxMib)
            sizes.push_back(s);
    Progress progress(o, sizes.size() * 2.0 * (o.warmup + o.runs));
    for (double mib : sizes) {
        if (o.cancelled())
            break;
        const std::string m = std::to_string(static_cast<int>(mib));
        Variant fork = makeVariant("fork-" + m, "fork+exit from " + m + " MiB", "us", "fork", mib);
        Variant spawn = makeVariant("spawn-" + m, "posix_spawn from " + m + " MiB", "us", "posix_spawn", mib);
        const std::size_t bytes = static_cast<std::size_t>(mib) << 20;
        void* buffer = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (buffer == MAP_FAILED) {
            fork.error = spawn.error = errnoText("cannot map " + std::to_string(static_cast<int>(mib)) + " MiB");
        } else {
            const long page = sysconf(_SC_PAGESIZE);
            for (std::size_t off = 0; off < bytes; off += static_cast<std::size_t>(page))
                static_cast<volatile char*>(buffer)[off] = 1;
            timeRepetitions(o, fork, progress, forkExit);
            if (tinyProgram().empty())
                spawn.error = NoTinyProgram;
            else
                timeRepetitions(o, spawn, progress, spawnTiny);
            munmap(buffer, bytes);
        }
        r.variants.push_back(std::move(fork));
        r.variants.push_back(std::move(spawn));
    }
    return r;
}

namespace {

struct WaitingThread
{
    Pipe stop;
    Pipe ready;
    pthread_t thread {};

    static void* body(void* arg)
    {
        auto* self = static_cast<WaitingThread*>(arg);
        char c = 1;
        if (!writeAll(self->ready.write, &c, 1))
            return nullptr;
        readAll(self->stop.read, &c, 1); // blocks until asked to end
        return nullptr;
    }
};

std::string threadTermination(std::int64_t& elapsedNs)
{
    WaitingThread w;
    if (!w.stop.ok() || !w.ready.ok())
        return errnoText("pipe");
    if (int rc = pthread_create(&w.thread, nullptr, WaitingThread::body, &w); rc != 0)
        return errnoText("pthread_create", rc);
    readByteWithin(w.ready.read, 5000);
    const std::int64_t t0 = monotonicNs();
    char c = 1;
    const bool sent = writeAll(w.stop.write, &c, 1);
    pthread_join(w.thread, nullptr);
    elapsedNs = monotonicNs() - t0;
    return sent ? std::string() : errnoText("write");
}

// kill: SIGKILL as the request; otherwise a byte on a pipe the child waits on, and it calls _exit.
std::string processTermination(bool kill, std::int64_t& elapsedNs)
{
    Pipe stop, ready;
    if (!stop.ok() || !ready.ok())
        return errnoText("pipe");
    const pid_t pid = fork();
    if (pid < 0)
        return errnoText("fork");
    if (pid == 0) {
        char c = 1;
        if (::write(ready.write, &c, 1) != 1)
            _exit(2);
        while (::read(stop.read, &c, 1) < 0 && errno == EINTR) { }
        _exit(0);
    }
    ChildProcess child(pid);
    stop.closeRead();
    ready.closeWrite();
    if (!readByteWithin(ready.read, 5000))
        return "the child did not start";
    const std::int64_t t0 = monotonicNs();
    char c = 1;
    if (kill)
        ::kill(pid, SIGKILL);
    else if (!writeAll(stop.write, &c, 1))
        return errnoText("write");
    const int status = child.wait();
    elapsedNs = monotonicNs() - t0;
    return status < 0 ? "waitpid failed" : std::string();
}

template <typename F> void timeInner(const RunOptions& o, Variant& v, Progress& progress, F&& once)
{
    for (int i = 0; i < o.warmup + o.runs && !o.cancelled(); ++i) {
        std::int64_t ns = 0;
        if (std::string e = once(ns); !e.empty()) {
            v.error = e;
            return;
        }
        if (i >= o.warmup)
            v.samples.push_back(static_cast<double>(ns) / 1000.0);
        progress.step();
    }
}

} // namespace

ExperimentResult runTermination(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "us";
    r.method = "A thread or child process waits on a pipe; the clock starts when ptlab asks it to end (a byte "
               "on the pipe, or SIGKILL for a process) and stops when pthread_join or waitpid returns.";
    Progress progress(o, 3.0 * (o.warmup + o.runs));
    Variant t = makeVariant("thread", "thread: request to pthread_join", "us");
    timeInner(o, t, progress, threadTermination);
    Variant p = makeVariant("process-exit", "process: request, _exit, waitpid", "us");
    timeInner(o, p, progress, [](std::int64_t& ns) { return processTermination(false, ns); });
    Variant k = makeVariant("process-kill", "process: SIGKILL to waitpid", "us");
    timeInner(o, k, progress, [](std::int64_t& ns) { return processTermination(true, ns); });
    r.variants.push_back(std::move(t));
    r.variants.push_back(std::move(p));
    r.variants.push_back(std::move(k));
    return r;
}

} // namespace ptlab::compare
