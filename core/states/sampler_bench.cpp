#include "core/states/states_command.h"

#include "core/cli/finite_range.h"
#include "core/states/engine.h"
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <ostream>
#include <thread>

namespace ptlab::states {

using namespace ptlab::cli;

namespace {

struct SamplerOptions
{
    int tasks = 500;
    double rate = 20;
    double seconds = 5;
    std::string workload = "cpu";
    std::string source = "exact";
    bool json = false;
};

// Measures what sampling costs: the sampler thread's own CPU time (CLOCK_THREAD_CPUTIME_ID) over
// the wall time of the run, with N live tasks. Budget: under 5 % of one core for 500 tasks at 20 Hz.
int runSamplerBench(const SamplerOptions& o, Io io)
{
    std::ostream& out = io.out;
    std::ostream& err = io.err;
    const auto workload = parseWorkload(o.workload);
    const std::string& workloadName = o.workload;
    const double rate = o.rate, seconds = o.seconds;
    const long long tasks = o.tasks;
    const bool json = o.json;

    EngineConfig config;
    config.rateHz = rate;
    config.historySeconds = seconds + 1;
    config.source = o.source == "sampled" ? StateSource::Sampled : StateSource::Exact;
    Engine engine(config);
    if (config.source == StateSource::Exact && engine.source() != StateSource::Exact) {
        err << "ptlab bench sampler: the exact source is not available: " << engine.sourceReason() << '\n';
        return ExitFailure;
    }
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
    const double records = static_cast<double>(after.switchRecords - before.switchRecords);
    const double lost = static_cast<double>(after.lostRecords - before.lostRecords);
    const double share = wall > 0 ? 100.0 * cpu / wall : 0;
    const double perSampleUs = samples > 0 ? cpu / samples / 1000.0 : 0;
    const double achievedHz = wall > 0 ? passes / (wall / 1e9) : 0;
    if (json) {
        const nlohmann::json doc = {
            { "bench", "sampler" },
            { "source", toString(engine.source()) },
            { "switch_records", records },
            { "lost_records", lost },
            { "tasks", spawned.spawned.size() },
            { "workload", workloadName },
            { "rate_hz", rate },
            { "achieved_hz", achievedHz },
            { "seconds", wall / 1e9 },
            { "samples", samples },
            { "status_reads", statusReads },
            { "sampler_cpu_ms", cpu / 1e6 },
            { "cpu_share_percent", share },
            { "us_per_sample", perSampleUs },
            { "budget_percent", 5.0 },
            { "within_budget", share < 5.0 },
        };
        out << doc.dump() << '\n';
    } else {
        out << "sampler (" << toString(engine.source()) << " source): " << spawned.spawned.size() << " " << workloadName
            << " threads at " << rate << " Hz (" << achievedHz << " Hz achieved) for " << wall / 1e9 << " s\n"
            << "  samples: " << samples << " (status re-read for " << statusReads << ")\n"
            << "  sampler CPU: " << cpu / 1e6 << " ms = " << share << " % of one core (budget 5 %), " << perSampleUs
            << " us per sample\n";
        if (engine.source() == StateSource::Exact)
            out << "  context-switch records: " << records << " (" << lost << " lost)\n";
    }
    return ExitOk;
}

} // namespace

cli::Command samplerBenchmark()
{
    return { "sampler", "the sampler's CPU share with many live tasks (budget: 5 % of a core for 500 at 20 Hz)",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<SamplerOptions>();
            app.footer("Spawns N threads, samples them at HZ for S seconds and reports the sampler's CPU time as\n"
                       "a share of one core (for the exact source, draining the kernel's switch records included).");
            app.add_option("--tasks", o->tasks, "threads to spawn")->check(CLI::Range(1, 1000))->capture_default_str();
            app.add_option("--rate", o->rate, "samples per second")
                ->check(cli::finiteRange(5.0, 100.0))
                ->capture_default_str();
            app.add_option("--seconds", o->seconds, "how long to measure")
                ->check(cli::finiteRange(1.0, 120.0))
                ->capture_default_str();
            app.add_option("--workload", o->workload, "what the threads do")
                ->check(CLI::IsMember({ "cpu", "io", "mixed", "lock", "sleep" }))
                ->capture_default_str();
            app.add_option(
                   "--source", o->source, "exact (perf context-switch records, exit 1 where refused) or sampled")
                ->check(CLI::IsMember({ "exact", "sampled" }))
                ->capture_default_str();
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] { return runSamplerBench(*o, io); };
        } };
}

} // namespace ptlab::states
