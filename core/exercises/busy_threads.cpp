#include "core/exercises/busy_threads.h"

#include "core/states/engine.h"
#include "core/states/task_files.h"
#include "core/util/clocks.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <numeric>
#include <sched.h>
#include <thread>

namespace ptlab::exercises {

int firstAllowedCpu()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
            if (CPU_ISSET(cpu, &set))
                return cpu;
    return 0;
}

double sum(const std::vector<double>& values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

double mean(const std::vector<double>& values)
{
    return values.empty() ? 0.0 : sum(values) / static_cast<double>(values.size());
}

Result<BusyRun> runBusyThreads(int count, int cpu, double seconds, const RunContext& context)
{
    using namespace std::chrono;
    states::EngineConfig config;
    config.holdNewTasks = true; // every thread is set up (pinned) before any of them runs
    config.historySeconds = seconds + 5;
    config.source = states::StateSource::Sampled; // the counters come from /proc either way
    states::Engine engine(config);
    states::SpawnRequest request;
    request.kind = states::TaskKind::Thread;
    request.workload.kind = states::Workload::Cpu;
    request.count = count;
    states::SpawnResult spawned = engine.spawn(request);
    if (spawned.error)
        return *spawned.error;
    if (cpu >= 0) {
        for (states::TaskId id : spawned.spawned)
            if (auto pinned = engine.pin(id, cpu); !pinned)
                return pinned.error();
    }
    // The threads' own procfs files, read at the release and when the time is up: the figures cover exactly
    // the run (the engine's samples would be up to a sampling period late).
    std::vector<states::TaskFiles> files;
    for (int attempt = 0; attempt < 100 && files.empty(); ++attempt) {
        const states::EngineSnapshot snap = engine.snapshot(std::numeric_limits<std::int64_t>::max());
        const bool allKnown = snap.tasks.size() == static_cast<std::size_t>(count)
            && std::all_of(snap.tasks.begin(), snap.tasks.end(), [](const states::TaskView& t) { return t.tid > 0; });
        if (!allKnown) {
            engine.waitForPasses(1, milliseconds(100));
            continue;
        }
        for (const auto& t : snap.tasks) {
            auto opened = states::TaskFiles::open(t.pid, t.tid);
            if (!opened)
                return opened.error();
            files.push_back(std::move(opened.value()));
        }
    }
    if (files.empty())
        return Error { Error::Code::Internal, 0, "the demo threads did not start" };
    std::vector<states::KernelReading> before;
    for (const auto& f : files)
        before.push_back(f.read(true));
    const double start = monotonicSeconds();
    engine.setHoldNewTasks(false);
    const auto until = steady_clock::now() + duration_cast<steady_clock::duration>(duration<double>(seconds));
    while (steady_clock::now() < until && !context.cancelled()) {
        std::this_thread::sleep_until(std::min(until, steady_clock::now() + milliseconds(50)));
        const double left = duration<double>(until - steady_clock::now()).count();
        context.report(std::clamp(1.0 - left / seconds, 0.0, 1.0) * 0.95);
    }
    BusyRun run;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const states::KernelReading now = files[i].read(true);
        run.cpuS.push_back(static_cast<double>(now.onCpuNs - before[i].onCpuNs) / 1e9);
        run.preemptions.push_back(static_cast<double>(now.involuntarySwitches - before[i].involuntarySwitches));
        run.timeslices.push_back(static_cast<double>(now.timeslices - before[i].timeslices));
    }
    run.wallS = monotonicSeconds() - start;
    const states::EngineSnapshot snap = engine.snapshot(std::numeric_limits<std::int64_t>::max());
    run.cpus = snap.cpuCount;
    run.nice = snap.taskNice;
    engine.stopAll();
    if (run.cpuS.size() != static_cast<std::size_t>(count))
        return Error { Error::Code::Internal, 0, "not every thread could be read from /proc" };
    return run;
}

} // namespace ptlab::exercises
