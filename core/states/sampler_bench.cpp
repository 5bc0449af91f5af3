#include "core/states/states_command.h"

#include "core/states/engine.h"
#include "core/util/json_writer.h"

#include <chrono>
#include <ostream>
#include <thread>

namespace ptlab::cli {

// Measures what sampling costs: the sampler thread's own CPU time (CLOCK_THREAD_CPUTIME_ID) over
// the wall time of the run, with N live tasks. Budget: under 5 % of one core for 500 tasks at 20 Hz.
int runSamplerBench(const Args& args, std::ostream& out, std::ostream& err)
{
    using namespace ptlab::states;
    ArgReader reader(args);
    if (reader.flag("--help") || reader.flag("-h")) {
        out << "Usage: ptlab bench sampler [--tasks N] [--rate HZ] [--seconds S] [--workload W] [--json]\n"
               "Spawns N threads (default 500, workload sleep), samples them at HZ (default 20) for S seconds\n"
               "(default 5) and reports the sampler's CPU time as a share of one core.\n";
        return ExitOk;
    }
    const long long tasks = reader.integer("--tasks", 1, 1000).value_or(500);
    const double rate = reader.number("--rate", 5, 100).value_or(20);
    const double seconds = reader.number("--seconds", 1, 120).value_or(5);
    const auto workloadName = reader.option("--workload").value_or("sleep");
    const bool json = reader.flag("--json");
    if (!reader.finish()) {
        err << "ptlab bench sampler: " << reader.error() << '\n';
        return ExitUsage;
    }
    const auto workload = parseWorkload(workloadName);
    if (!workload) {
        err << "ptlab bench sampler: unknown workload '" << workloadName << "'\n";
        return ExitUsage;
    }

    EngineConfig config;
    config.rateHz = rate;
    config.historySeconds = seconds + 1;
    Engine engine(config);
    SpawnRequest request;
    request.kind = TaskKind::Thread;
    request.workload.kind = *workload;
    request.count = static_cast<int>(tasks);
    SpawnResult spawned = engine.spawn(request);
    if (spawned.error) {
        err << "ptlab bench sampler: " << spawned.error->message << '\n';
        return ExitFailure;
    }
    // Warm up one pass (files opened, first readings), then measure from a clean baseline.
    engine.waitForPasses(2, std::chrono::seconds(5));
    const SamplerStats before = engine.samplerStats();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    const SamplerStats after = engine.samplerStats();

    const double wall = static_cast<double>(after.wallNs - before.wallNs);
    const double cpu = static_cast<double>(after.cpuNs - before.cpuNs);
    const double passes = static_cast<double>(after.passes - before.passes);
    const double samples = static_cast<double>(after.samples - before.samples);
    const double statusReads = static_cast<double>(after.statusReads - before.statusReads);
    const double share = wall > 0 ? 100.0 * cpu / wall : 0;
    const double perSampleUs = samples > 0 ? cpu / samples / 1000.0 : 0;
    const double achievedHz = wall > 0 ? passes / (wall / 1e9) : 0;
    if (json) {
        JsonWriter j(out);
        j.beginObject();
        j.field("bench", "sampler");
        j.field("tasks", static_cast<long long>(spawned.spawned.size()));
        j.field("workload", workloadName);
        j.field("rate_hz", rate);
        j.field("achieved_hz", achievedHz);
        j.field("seconds", wall / 1e9);
        j.field("samples", samples);
        j.field("status_reads", statusReads);
        j.field("sampler_cpu_ms", cpu / 1e6);
        j.field("cpu_share_percent", share);
        j.field("us_per_sample", perSampleUs);
        j.field("budget_percent", 5.0);
        j.field("within_budget", share < 5.0);
        j.endObject();
    } else {
        out << "sampler: " << spawned.spawned.size() << " " << workloadName << " threads at " << rate << " Hz ("
            << achievedHz << " Hz achieved) for " << wall / 1e9 << " s\n"
            << "  samples: " << samples << " (status re-read for " << statusReads << ")\n"
            << "  sampler CPU: " << cpu / 1e6 << " ms = " << share << " % of one core (budget 5 %), " << perSampleUs
            << " us per sample\n";
    }
    return ExitOk;
}

} // namespace ptlab::cli
