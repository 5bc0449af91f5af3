// States page: CPU-bound threads sharing one CPU; Hardware page: busy threads against the machine's CPUs.
#include "core/exercises/busy_threads.h"

#include "core/hardware/hardware_summary.h"
#include "core/hardware/topology_loader.h"

#include <algorithm>

namespace ptlab::exercises {

Generator statesPinnedGenerator()
{
    Generator g;
    g.name = "states-pinned";
    g.page = "states";
    g.summary = "CPU-bound threads pinned to one CPU: the CPU time each gets, and the preemptions";
    g.questionText
        = "ptlab starts {threads} CPU-bound threads, all pinned to the same CPU, and lets them run for {seconds} s. "
          "How many seconds of CPU time does each thread get?";
    g.explanationText
        = "The {threads} threads shared CPU {cpu} for {wall_s} s and got {total_cpu_s} s of CPU time together, "
          "{cpu_each_s} s each on average (from {cpu_min_s} to {cpu_max_s} s). On one CPU only one thread runs at a "
          "time: the scheduler gives each a time slice and then preempts it (Running -> Ready), so each gets about "
          "1/{threads} of the CPU. Each thread was preempted about {preemptions_each} times and ran {slice_ms} ms per "
          "turn on average. A total below {wall_s} s means other programs ran on CPU {cpu} as well: the demo threads "
          "run at nice {nice}, "
          "so programs at the usual nice 0 get the CPU first.";
    g.prediction = { "s", 0, 10, 2 };
    g.draw = [](Rng& rng) -> Values {
        return { { "threads", static_cast<double>(pick(rng, { 2, 3, 4 })) },
            { "seconds", pick(rng, { 1.0, 1.5, 2.0 }) } };
    };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        const int threads = static_cast<int>(valueOf(p, "threads", 2));
        const int cpu = firstAllowedCpu();
        auto run = runBusyThreads(threads, cpu, valueOf(p, "seconds", 1), context);
        if (!run)
            return run.error();
        const BusyRun& r = run.value();
        const double turns = std::max(1.0, sum(r.timeslices));
        return Values {
            { "measured", mean(r.cpuS) },
            { "cpu", static_cast<double>(cpu) },
            { "nice", static_cast<double>(r.nice) },
            { "cpu_each_s", mean(r.cpuS) },
            { "cpu_min_s", *std::min_element(r.cpuS.begin(), r.cpuS.end()) },
            { "cpu_max_s", *std::max_element(r.cpuS.begin(), r.cpuS.end()) },
            { "total_cpu_s", sum(r.cpuS) },
            { "wall_s", r.wallS },
            { "fair_share_s", r.wallS / threads },
            { "preemptions_each", mean(r.preemptions) },
            { "slice_ms", sum(r.cpuS) * 1000.0 / turns },
        };
    };
    return g;
}

Generator hardwareParallelismGenerator()
{
    Generator g;
    g.name = "hardware-parallelism";
    g.page = "hardware";
    g.summary = "busy threads, not pinned: how many CPUs they keep busy on this machine";
    g.questionText = "ptlab starts {threads} CPU-bound threads, not pinned, for {seconds} s. On this machine, how many "
                     "CPUs do they keep busy on average (their CPU time divided by the wall time)?";
    g.explanationText
        = "hwloc counts on this machine: packages {packages}, cores {cores}, hardware threads {pus}; the kernel "
          "lets ptlab use {cpus} of its CPUs. The {threads} threads used {total_cpu_s} s of CPU time in {wall_s} s: "
          "{measured} CPUs busy on average, out of at most {expected} (a thread runs on one hardware thread at a "
          "time, so {threads} threads keep at most min({threads}, {cpus}) CPUs busy). Less than that means other "
          "programs were busy too.";
    g.prediction = { "CPUs", 0, 256, 1 };
    g.draw = [](Rng& rng) -> Values {
        return { { "threads", static_cast<double>(pick(rng, { 1, 2, 3, 4, 6, 8 })) },
            { "seconds", pick(rng, { 1.0, 1.5 }) } };
    };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        auto topology = hardware::loadLiveTopology({ .io = false });
        if (!topology)
            return topology.error();
        const hardware::HardwareSummary hw = hardware::summarize(topology.value());
        const int threads = static_cast<int>(valueOf(p, "threads", 2));
        auto run = runBusyThreads(threads, -1, valueOf(p, "seconds", 1), context);
        if (!run)
            return run.error();
        const BusyRun& r = run.value();
        const double busy = r.wallS > 0 ? sum(r.cpuS) / r.wallS : 0;
        return Values {
            { "measured", busy },
            { "packages", static_cast<double>(hw.packages) },
            { "cores", static_cast<double>(hw.cores) },
            { "pus", static_cast<double>(hw.pus) },
            { "cpus", static_cast<double>(r.cpus) },
            { "expected", static_cast<double>(std::min(threads, r.cpus)) },
            { "total_cpu_s", sum(r.cpuS) },
            { "wall_s", r.wallS },
        };
    };
    return g;
}

} // namespace ptlab::exercises
