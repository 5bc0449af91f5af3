#include "core/exercises/busy_threads.h"

#include "core/states/engine.h"

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
    const std::int64_t startNs = engine.nowNs();
    engine.setHoldNewTasks(false);
    const auto until = steady_clock::now() + duration_cast<steady_clock::duration>(duration<double>(seconds));
    while (steady_clock::now() < until && !context.cancelled()) {
        std::this_thread::sleep_until(std::min(until, steady_clock::now() + milliseconds(50)));
        const double left = duration<double>(until - steady_clock::now()).count();
        context.report(std::clamp(1.0 - left / seconds, 0.0, 1.0) * 0.95);
    }
    // A reading taken after the time is up: wait for a full sampling pass, then read.
    engine.waitForPasses(2, milliseconds(2000));
    const states::EngineSnapshot snap = engine.snapshot(-1);
    BusyRun run;
    run.cpus = snap.cpuCount;
    run.nice = snap.taskNice;
    std::int64_t endNs = startNs;
    for (const auto& t : snap.tasks) {
        // The counters are those of the task's latest sample: the run lasted until then.
        if (!t.samples.empty())
            endNs = std::max(endNs, t.samples.back().timeNs);
        run.cpuS.push_back(static_cast<double>(t.latest.onCpuNs) / 1e9);
        run.preemptions.push_back(static_cast<double>(t.latest.involuntarySwitches));
        run.timeslices.push_back(static_cast<double>(t.latest.timeslices));
    }
    run.wallS = static_cast<double>(endNs - startNs) / 1e9;
    engine.stopAll();
    if (run.cpuS.size() != static_cast<std::size_t>(count))
        return Error { Error::Code::Internal, 0, "not every thread could be read from /proc" };
    return run;
}

} // namespace ptlab::exercises
