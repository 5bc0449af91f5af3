// Context switch: the method of `perf bench sched pipe` (two tasks, two pipes, one int written and read
// back per loop), between two threads and between two processes, pinned to one CPU and unpinned.
#include "core/compare/experiment_support.h"
#include "core/util/thread_group.h"

#include <algorithm>
#include <sched.h>
#include <sstream>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace ptlab::compare {

namespace {

struct PingPong
{
    Pipe toPeer;
    Pipe toMain;
};

// The peer's half: read one int, write it back, `loops` times. Only read/write: safe after fork.
bool peerLoop(int in, int out, long loops)
{
    int value = 0;
    for (long i = 0; i < loops; ++i) {
        if (!readAll(in, &value, sizeof value) || !writeAll(out, &value, sizeof value))
            return false;
    }
    return true;
}

bool mainLoop(int out, int in, long loops)
{
    for (long i = 0; i < loops; ++i) {
        int value = static_cast<int>(i);
        if (!writeAll(out, &value, sizeof value) || !readAll(in, &value, sizeof value))
            return false;
    }
    return true;
}

int firstAllowedCpu()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return 0;
    for (int c = 0; c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &set))
            return c;
    return 0;
}

// Pins the calling thread to one CPU while alive, then gives back its previous mask.
class ScopedPin
{
public:
    explicit ScopedPin(int cpu)
    {
        if (cpu < 0)
            return;
        m_saved = sched_getaffinity(0, sizeof m_old, &m_old) == 0;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        m_ok = sched_setaffinity(0, sizeof one, &one) == 0;
    }
    ~ScopedPin()
    {
        if (m_saved)
            sched_setaffinity(0, sizeof m_old, &m_old);
    }
    bool ok() const { return m_ok; }

private:
    cpu_set_t m_old {};
    bool m_saved = false;
    bool m_ok = true;
};

// One repetition: `loops` round trips after one untimed round trip; returns ns, or -1 with `error`.
std::int64_t pingPong(bool processes, int cpu, long loops, const RunOptions& o, std::string& error)
{
    PingPong pp;
    if (!pp.toPeer.ok() || !pp.toMain.ok()) {
        error = errnoText("pipe");
        return -1;
    }
    ScopedPin pin(cpu);
    if (!pin.ok()) {
        error = errnoText("sched_setaffinity");
        return -1;
    }
    std::int64_t elapsed = -1;
    if (processes) {
        const pid_t pid = fork();
        if (pid < 0) {
            error = errnoText("fork");
            return -1;
        }
        if (pid == 0) {
            // Inherits the pinned mask from this thread.
            _exit(peerLoop(pp.toPeer.read, pp.toMain.write, loops + 1) ? 0 : 1);
        }
        ChildProcess child(pid);
        pp.toPeer.closeRead();
        pp.toMain.closeWrite();
        if (o.processStarted)
            o.processStarted(pid, "ping-pong peer process");
        if (!mainLoop(pp.toPeer.write, pp.toMain.read, 1)) {
            error = "the peer process did not answer";
            return -1;
        }
        const std::int64_t t0 = monotonicNs();
        const bool ok = mainLoop(pp.toPeer.write, pp.toMain.read, loops);
        elapsed = monotonicNs() - t0;
        child.wait();
        if (!ok) {
            error = "the peer process stopped answering";
            return -1;
        }
    } else {
        ThreadGroup peer;
        peer.add([&pp, loops, cpu, &o] {
            if (cpu >= 0) {
                cpu_set_t one;
                CPU_ZERO(&one);
                CPU_SET(cpu, &one);
                sched_setaffinity(0, sizeof one, &one);
            }
            if (o.threadStarted)
                o.threadStarted(static_cast<pid_t>(syscall(SYS_gettid)), "ping-pong peer thread");
            peerLoop(pp.toPeer.read, pp.toMain.write, loops + 1);
        });
        if (auto started = peer.start("ping-pong peer thread"); !started) {
            error = started.error().message;
            return -1;
        }
        bool ok = mainLoop(pp.toPeer.write, pp.toMain.read, 1);
        const std::int64_t t0 = monotonicNs();
        ok = ok && mainLoop(pp.toPeer.write, pp.toMain.read, loops);
        elapsed = monotonicNs() - t0;
        if (!ok) {
            // Unblock the peer: closing its pipes ends its reads.
            pp.toPeer.closeWrite();
            pp.toMain.closeRead();
        }
        peer.join();
        if (!ok) {
            error = "the peer thread stopped answering";
            return -1;
        }
    }
    return elapsed;
}

// `perf bench sched pipe [-T]`: the reference this experiment copies. Its "usecs/op" line.
std::string perfReference(bool threads, long loops, const RunOptions& o, double& usecs)
{
    std::vector<std::string> args = { "perf", "bench", "sched", "pipe", "-l", std::to_string(loops) };
    if (threads)
        args.push_back("-T");
    auto out = runCapture(args, 30000, o.cancel);
    if (!out)
        return out.error().message;
    std::istringstream in(*out);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find("usecs/op") == std::string::npos)
            continue;
        std::istringstream words(line);
        words.imbue(std::locale::classic());
        if (words >> usecs)
            return {};
    }
    return "perf printed no usecs/op line";
}

} // namespace

ExperimentResult runContextSwitch(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "us";
    const long loops = static_cast<long>(std::clamp(o.param("loops", 10000), 100.0, 1000000.0));
    r.method = "perf bench sched pipe's method: two tasks and two pipes, one int written and read back per loop, "
        + std::to_string(loops)
        + " loops per repetition; the figure is microseconds per loop (perf's usecs/op), which is two "
          "context switches when both tasks share a CPU.";
    const int cpu = firstAllowedCpu();
    struct Kind
    {
        const char* id;
        const char* label;
        bool processes;
        bool pinned;
    };
    const Kind kinds[] = {
        { "threads-pinned", "threads, both on one CPU", false, true },
        { "processes-pinned", "processes, both on one CPU", true, true },
        { "threads", "threads, unpinned", false, false },
        { "processes", "processes, unpinned", true, false },
    };
    const bool reference = o.param("reference", 0) != 0;
    const int referenceRuns = static_cast<int>(std::clamp(o.param("reference-runs", o.runs), 1.0, 100.0));
    Progress progress(o, 4.0 * (o.warmup + o.runs) + (reference ? 2.0 * referenceRuns : 0));
    for (const Kind& k : kinds) {
        Variant v = makeVariant(k.id, k.label, "us");
        for (int i = 0; i < o.warmup + o.runs && !o.cancelled(); ++i) {
            std::string error;
            const std::int64_t ns = pingPong(k.processes, k.pinned ? cpu : -1, loops, o, error);
            if (ns < 0) {
                v.error = error;
                break;
            }
            if (i >= o.warmup)
                v.samples.push_back(static_cast<double>(ns) / 1000.0 / static_cast<double>(loops));
            progress.step();
        }
        r.variants.push_back(std::move(v));
    }
    r.facts.push_back({ "pinned_cpu", static_cast<double>(cpu), {} });
    if (reference) {
        for (bool threads : { false, true }) {
            Variant v = makeVariant(threads ? "perf-threads" : "perf-processes",
                threads ? "perf bench sched pipe -T (threads)" : "perf bench sched pipe (processes)", "us");
            for (int i = 0; i < referenceRuns && !o.cancelled(); ++i) {
                double usecs = 0;
                if (std::string e = perfReference(threads, loops, o, usecs); !e.empty()) {
                    v.error = e;
                    break;
                }
                v.samples.push_back(usecs);
                progress.step();
            }
            r.variants.push_back(std::move(v));
        }
    }
    return r;
}

} // namespace ptlab::compare
