#include "core/compare/child_process.h"
#include "core/compare/experiment.h"

#include <cerrno>
#include <new>
#include <system_error>

namespace ptlab::compare {

const Variant* ExperimentResult::variant(std::string_view id) const
{
    for (const auto& v : variants)
        if (v.id == id)
            return &v;
    return nullptr;
}

const Fact* ExperimentResult::fact(std::string_view key) const
{
    for (const auto& f : facts)
        if (f.key == key)
            return &f;
    return nullptr;
}

double RunOptions::param(const std::string& key, double fallback) const
{
    auto it = params.find(key);
    return it == params.end() ? fallback : it->second;
}

const std::vector<ExperimentInfo>& experiments()
{
    static const std::vector<ExperimentInfo> list = {
        { "thread-create", "creating and joining a thread (pthread_create + pthread_join)", 200, runThreadCreate },
        { "process-create", "creating and reaping a process: fork+exit, posix_spawn and fork+exec of /bin/true", 60,
            runProcessCreate },
        { "fork-rss", "fork's cost as the parent's resident memory grows, against posix_spawn", 3, runForkRss },
        { "termination", "time from the request to end a thread or process to its join or reap", 100, runTermination },
        { "context-switch", "pipe ping-pong between two threads and two processes, pinned and unpinned", 10,
            runContextSwitch },
        { "ipc", "pipe, Unix socket and shared-memory ring, 64 B to 1 MiB: latency and bandwidth", 3, runIpc },
        { "task-memory", "resident and proportional set size of N extra threads against N extra processes", 3,
            runTaskMemory },
        { "isolation", "a crashing child process against a crashing thread (inside a sacrificial child)", 3,
            runIsolation },
        { "sharing", "a variable written by a thread, by a forked child, and through shared memory", 3, runSharing },
        { "blocking", "a blocked process, kernel thread and user-level thread: does its sibling keep going?", 3,
            runBlocking },
        { "race", "lost updates on a shared counter without a lock, and the fix", 5, runRace },
        { "deadlock", "two threads take two locks in opposite order; detected and resolved", 1, runDeadlock },
        { "oversubscription", "throughput of a fixed CPU-bound job against the number of threads", 3,
            runOversubscription },
    };
    return list;
}

const ExperimentInfo* findExperiment(std::string_view name)
{
    for (const auto& e : experiments())
        if (e.name == name)
            return &e;
    return nullptr;
}

ExperimentResult runExperiment(const ExperimentInfo& info, const RunOptions& options)
{
    RunOptions o = options;
    if (o.runs <= 0)
        o.runs = info.defaultRuns;
    if (o.warmup < 0)
        o.warmup = o.runs >= 10 ? o.runs / 10 : (o.runs > 1 ? 1 : 0);
    const std::int64_t start = monotonicNs();
    ExperimentResult r;
    // A last line of defence: a thread or memory the system refused, thrown where an experiment did
    // not expect it, is this experiment's error, not the end of ptlab.
    try {
        r = info.run(o);
    } catch (const std::system_error& e) {
        r = {};
        r.error = errorFromErrno(e.code().value(), std::string("the experiment stopped: ") + e.what());
    } catch (const std::bad_alloc&) {
        r = {};
        r.error = Error { Error::Code::ResourceLimit, ENOMEM, "the experiment stopped: out of memory" };
    }
    r.name = info.name;
    r.runs = o.runs;
    r.warmup = o.warmup;
    r.cancelled = r.cancelled || o.cancelled();
    for (auto& v : r.variants) {
        v.summary = summarize(v.samples);
        if (v.unit.empty())
            v.unit = r.unit;
    }
    r.seconds = static_cast<double>(monotonicNs() - start) / 1e9;
    if (o.progress)
        o.progress(1.0);
    return r;
}

} // namespace ptlab::compare
