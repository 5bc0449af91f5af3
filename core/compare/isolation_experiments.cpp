// Isolation and data sharing: what a separate address space protects and what it hides.
#include "core/compare/experiment_support.h"
#include "core/util/thread_group.h"

#include <csignal>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace ptlab::compare {

namespace {

// Dies of SIGSEGV by its own hand: the default action, no core file, whatever handler a sanitizer
// runtime installed.
[[noreturn]] void crashWithSigsegv()
{
    rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0); // no core file, not even through a core_pattern pipe
    struct sigaction dfl
    { };
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGSEGV, &dfl, nullptr);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGSEGV);
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
    raise(SIGSEGV); // in a multithreaded process, raise() signals the calling thread only
    _exit(99); // not reached
}

void* crashingThread(void*)
{
    crashWithSigsegv();
}

struct Outcome
{
    int signal = 0; // what killed the crashing child
    bool siblingAlive = false;
    bool mainThreadSurvived = false; // thread case: did the rest of the process go on?
};

// A crashing child process next to a sibling child: the sibling and ptlab keep running.
std::string processCrash(const RunOptions& o, Outcome& out)
{
    Pipe hold;
    if (!hold.ok())
        return errnoText("pipe");
    const pid_t siblingPid = fork();
    if (siblingPid < 0)
        return errnoText("fork");
    if (siblingPid == 0) {
        close(hold.write); // else its own copy keeps the pipe open and it never sees end of file
        char c;
        while (::read(hold.read, &c, 1) < 0 && errno == EINTR) { }
        _exit(0);
    }
    ChildProcess sibling(siblingPid);
    if (o.processStarted)
        o.processStarted(siblingPid, "isolation: sibling process");
    const pid_t crasherPid = fork();
    if (crasherPid < 0)
        return errnoText("fork");
    if (crasherPid == 0)
        crashWithSigsegv();
    ChildProcess crasher(crasherPid);
    if (o.processStarted)
        o.processStarted(crasherPid, "isolation: crashing process");
    const int status = crasher.waitFor(10000);
    if (status < 0)
        return "the crashing child did not end";
    out.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    int sstatus = 0;
    out.siblingAlive = waitpid(siblingPid, &sstatus, WNOHANG) == 0 && ::kill(siblingPid, 0) == 0;
    hold.closeWrite(); // lets the sibling end normally
    sibling.waitFor(5000);
    return {};
}

// A sacrificial child whose second thread crashes: the signal ends every thread of that process.
// The child's main thread reports on a pipe if it outlives the crash (it should not).
[[maybe_unused]] std::string threadCrash(const RunOptions& o, Outcome& out) // not called under TSan
{
    Pipe report;
    if (!report.ok())
        return errnoText("pipe");
    const pid_t pid = fork();
    if (pid < 0)
        return errnoText("fork");
    if (pid == 0) {
        // Only this thread exists in the child; glibc makes pthread_create usable after fork.
        pthread_t t;
        if (pthread_create(&t, nullptr, crashingThread, nullptr) != 0)
            _exit(3);
        pthread_join(t, nullptr);
        char c = 'S';
        if (::write(report.write, &c, 1) != 1)
            _exit(4);
        _exit(0);
    }
    ChildProcess child(pid);
    if (o.processStarted)
        o.processStarted(pid, "isolation: process whose thread crashes");
    report.closeWrite();
    const int status = child.waitFor(10000);
    if (status < 0)
        return "the sacrificial child did not end";
    if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
        return "the sacrificial child could not start its thread";
    out.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    char c = 0;
    out.mainThreadSurvived = ::read(report.read, &c, 1) == 1 && c == 'S';
    return {};
}

} // namespace

ExperimentResult runIsolation(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "share";
    r.method = "A forked child raises SIGSEGV while a sibling child waits: ptlab reaps the crash and checks that the "
               "sibling and itself still run. Then a sacrificial child starts a thread that raises SIGSEGV: the "
               "whole child process ends, including its main thread. ptlab itself never crashes.";
    Variant proc = makeVariant("process-crash", "others still running after a process crashed (1 = yes)", "share");
    Variant thr = makeVariant("thread-crash", "rest of the process still running after a thread crashed", "share");
    Progress progress(o, 2.0 * o.runs);
    int processSignal = 0, threadSignal = 0;
    for (int i = 0; i < o.runs && !o.cancelled(); ++i) {
        Outcome p;
        if (proc.error.empty()) {
            if (auto e = processCrash(o, p); !e.empty())
                proc.error = e;
            else {
                processSignal = p.signal;
                proc.samples.push_back(p.siblingAlive && ::kill(getpid(), 0) == 0 ? 1 : 0);
            }
        }
        progress.step();
#if defined(__SANITIZE_THREAD__)
        thr.error = "ThreadSanitizer builds cannot start a thread in a forked child";
#else
        Outcome t;
        if (thr.error.empty()) {
            if (auto e = threadCrash(o, t); !e.empty())
                thr.error = e;
            else {
                threadSignal = t.signal;
                thr.samples.push_back(t.mainThreadSurvived ? 1 : 0);
            }
        }
#endif
        progress.step();
    }
    r.facts.push_back({ "process_crash_signal", static_cast<double>(processSignal),
        processSignal ? describeWaitStatus(processSignal) : std::string() });
    r.facts.push_back({ "thread_crash_signal", static_cast<double>(threadSignal), {} });
    r.facts.push_back({ "ptlab_alive", ::kill(getpid(), 0) == 0 ? 1.0 : 0.0, {} });
    r.variants = { std::move(proc), std::move(thr) };
    return r;
}

namespace {

// What the sharing run reads back, per repetition.
struct SharingOutcome
{
    bool threadWriteSeen = false;
    bool childWriteSeen = false;
    bool sharedWriteSeen = false;
};

std::string sharingOnce(const RunOptions& o, int round, SharingOutcome& out)
{
    const int written = 1000 + round;
    // An ordinary variable of ptlab's: a thread shares the address space, a forked child has a copy.
    int value = 0;
    ThreadGroup writer;
    writer.add([&value, written, &o] {
        if (o.threadStarted)
            o.threadStarted(static_cast<pid_t>(syscall(SYS_gettid)), "sharing: writer thread");
        value = written;
    });
    if (auto started = writer.start("writer thread"); !started)
        return started.error().message;
    writer.join(); // join orders the write before the read below
    out.threadWriteSeen = value == written;

    value = 0;
    const pid_t pid = fork();
    if (pid < 0)
        return errnoText("fork");
    if (pid == 0) {
        value = written; // writes the child's copy-on-write page, never ptlab's
        _exit(value == written ? 0 : 1);
    }
    {
        ChildProcess child(pid);
        if (child.waitFor(5000) < 0)
            return "the child did not end";
    }
    out.childWriteSeen = value == written;

    // The same through a MAP_SHARED page: both processes map the same physical memory.
    void* page = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        return errnoText("mmap MAP_SHARED");
    auto* shared = static_cast<std::atomic<int>*>(page);
    new (shared) std::atomic<int>(0);
    const pid_t pid2 = fork();
    if (pid2 < 0) {
        munmap(page, 4096);
        return errnoText("fork");
    }
    if (pid2 == 0) {
        shared->store(written, std::memory_order_release);
        _exit(0);
    }
    {
        ChildProcess child(pid2);
        child.waitFor(5000);
    }
    out.sharedWriteSeen = shared->load(std::memory_order_acquire) == written;
    munmap(page, 4096);
    return {};
}

} // namespace

ExperimentResult runSharing(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "seen";
    r.method = "A variable is set to 0; a thread writes a new value and is joined; a forked child writes the same "
               "variable and is reaped; a child writes into a MAP_SHARED page. Each time ptlab reads the value "
               "back (1 = it sees the write).";
    Variant t = makeVariant("thread", "thread's write seen by ptlab", "seen");
    Variant c = makeVariant("child", "forked child's write seen by ptlab", "seen");
    Variant s = makeVariant("shared-memory", "child's write to shared memory seen", "seen");
    Progress progress(o, o.runs);
    for (int i = 0; i < o.runs && !o.cancelled(); ++i) {
        SharingOutcome out;
        if (auto e = sharingOnce(o, i, out); !e.empty()) {
            t.error = c.error = s.error = e;
            break;
        }
        t.samples.push_back(out.threadWriteSeen);
        c.samples.push_back(out.childWriteSeen);
        s.samples.push_back(out.sharedWriteSeen);
        progress.step();
    }
    r.variants = { std::move(t), std::move(c), std::move(s) };
    return r;
}

} // namespace ptlab::compare
