#include "core/workloads/workload_command.h"

#include "core/cli/finite_range.h"
#include "core/workloads/speedup.h"
#include "core/workloads/workload.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <ostream>
#include <thread>

namespace ptlab::workloads {

namespace {

struct Options
{
    std::string name;
    std::string mode;
    int workers = 2;
    double size = 1.0;
    bool crash = false;
    int port = 0;
    double timeout = 60;
    bool json = false;
    bool sweep = false;
    int runs = 3;
    int maxWorkers = 0;
};

std::string hex(std::uint64_t v)
{
    char buf[19];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

nlohmann::json toJson(const RunResult& r)
{
    nlohmann::json extra = nlohmann::json::object();
    for (const auto& m : r.extra)
        extra[m.name] = m.value;
    return {
        { "workload", r.workload },
        { "mode", std::string(toString(r.mode)) },
        { "workers", r.workers },
        { "wall_s", r.wallS },
        { "throughput", r.throughput },
        { "throughput_unit", r.throughputUnit },
        { "cpu_percent", r.cpuPercent },
        { "peak_rss_mb", r.peakRssMb },
        { "checksum", hex(r.checksum) },
        { "items", r.items },
        { "verified", r.verified },
        { "verification", r.verification },
        { "crashed", r.crashed },
        { "workers_lost", r.workersLost },
        { "result_complete", r.resultComplete },
        { "crash_report", r.crashReport },
        { "extra", std::move(extra) },
    };
}

void printText(std::ostream& out, const RunResult& r)
{
    out << r.workload << " (" << toString(r.mode) << ", " << r.workers << " workers)\n"
        << "  wall_s       " << r.wallS << '\n'
        << "  throughput   " << r.throughput << ' ' << r.throughputUnit << '\n'
        << "  cpu_percent  " << r.cpuPercent << '\n'
        << "  peak_rss_mb  " << r.peakRssMb << '\n'
        << "  checksum     " << hex(r.checksum) << '\n'
        << "  check        " << r.verification << '\n';
    for (const auto& m : r.extra)
        out << "  " << m.name << ' ' << m.value << '\n';
    if (!r.crashReport.empty())
        out << "  crash        " << r.crashReport << '\n';
}

int runSweep(const Options& o, const RunOptions& base, cli::Io io)
{
    const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int top = o.maxWorkers > 0 ? o.maxWorkers : 2 * hw;
    std::vector<SpeedupPoint> points;
    for (int n = 1; n <= top; ++n) {
        SpeedupPoint p;
        p.workers = n;
        for (int k = 0; k < o.runs; ++k) {
            RunOptions ro = base;
            ro.workers = n;
            auto r = runWorkload(o.name, ro);
            if (!r) {
                io.err << "ptlab workload: " << r.error().message << '\n';
                return cli::ExitFailure;
            }
            p.wallS.push_back(r->wallS);
        }
        points.push_back(std::move(p));
    }
    computeSpeedups(points);
    const AmdahlFit fit = fitAmdahl(points);
    if (o.json) {
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& p : points)
            arr.push_back({ { "workers", p.workers }, { "wall_s", p.wallS }, { "median_wall_s", p.medianWallS },
                { "speedup", p.speedup }, { "speedup_low", p.speedupLow }, { "speedup_high", p.speedupHigh } });
        nlohmann::json doc
            = { { "workload", o.name }, { "mode", std::string(toString(base.mode)) }, { "hardware_threads", hw },
                  { "points", std::move(arr) }, { "serial_fraction", fit.serialFraction }, { "fit_rms", fit.rms } };
        io.out << doc.dump() << '\n';
    } else {
        io.out << o.name << " (" << toString(base.mode) << "), median of " << o.runs << " runs, " << hw
               << " hardware threads\n";
        for (const auto& p : points)
            io.out << "  " << p.workers << " workers: " << p.medianWallS << " s, speed-up " << p.speedup << " ("
                   << p.speedupLow << " - " << p.speedupHigh << ")\n";
        io.out << "  Amdahl fit: serial fraction " << fit.serialFraction << " (rms " << fit.rms << ")\n";
    }
    return cli::ExitOk;
}

int run(const Options& o, cli::Io io)
{
    if (o.name == "list") {
        for (const auto& w : workloadList()) {
            io.out << w.name << "  [";
            for (std::size_t i = 0; i < w.modes.size(); ++i)
                io.out << (i ? "|" : "") << toString(w.modes[i]);
            io.out << "]  " << w.summary << '\n';
        }
        return cli::ExitOk;
    }
    const WorkloadInfo* info = findWorkload(o.name);
    RunOptions ro;
    ro.mode = info->modes.front();
    if (!o.mode.empty() && !parseMode(o.mode, ro.mode)) {
        io.err << "ptlab workload: unknown mode " << o.mode << '\n';
        return cli::ExitUsage;
    }
    if (!supportsMode(*info, ro.mode)) {
        io.err << "ptlab workload: " << o.name << " does not run in " << toString(ro.mode) << " mode (it runs in ";
        for (std::size_t i = 0; i < info->modes.size(); ++i)
            io.err << (i ? " or " : "") << toString(info->modes[i]);
        io.err << ")\n";
        return cli::ExitUsage;
    }
    ro.workers = o.workers;
    ro.size = o.size;
    ro.crashOne = o.crash;
    ro.port = o.port;
    ro.timeout = std::chrono::milliseconds(static_cast<long long>(o.timeout * 1000));
    if (o.sweep)
        return runSweep(o, ro, io);
    auto result = runWorkload(o.name, ro);
    if (!result) {
        io.err << "ptlab workload: " << result.error().message << '\n';
        return cli::ExitFailure;
    }
    if (o.json)
        io.out << toJson(result.value()).dump() << '\n';
    else
        printText(io.out, result.value());
    // A wrong answer is a failure; a crash the user asked for is the lesson, not a failure.
    return result->verified || o.crash ? cli::ExitOk : cli::ExitFailure;
}

} // namespace

cli::Command workloadCommand()
{
    return { "workload", "run one of the classic workloads in thread or process mode and measure it",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<Options>();
            app.footer("'ptlab workload list' prints the miniatures, one a line, name first.\n"
                       "'ptlab workload NAME --mode threads|processes --workers N [--json]' runs one and prints\n"
                       "wall_s, throughput, cpu_percent (100 = one core busy), peak_rss_mb (this process and its\n"
                       "live workers, sampled every 10 ms) and the checksum of its result, the same in every mode\n"
                       "for the same --size. --crash-one makes one worker raise SIGSEGV: in process mode the others\n"
                       "carry on, in thread mode the whole (sacrificial) process dies. --sweep measures speed-up\n"
                       "for 1 ... 2x the hardware threads (median of --runs) and fits Amdahl's law.\n"
                       "Servers listen on 127.0.0.1 only. Exit code 1: the run failed or its result was wrong.");
            std::vector<std::string> names { "list" };
            for (const auto& w : workloadList())
                names.push_back(w.name);
            app.add_option("name", o->name, "'list', or the workload to run")->required()->check(CLI::IsMember(names));
            app.add_option("--mode", o->mode, "threads, processes or events (default: the workload's own)")
                ->check(CLI::IsMember({ "threads", "processes", "events" }));
            app.add_option("--workers", o->workers, "worker threads or processes (chat: clients)")
                ->check(CLI::Range(1, 256))
                ->capture_default_str();
            app.add_option("--size", o->size, "scales the total work (1 = a fraction of a second per worker)")
                ->check(cli::finiteRange(0.01, 100.0))
                ->capture_default_str();
            app.add_flag("--crash-one", o->crash, "one worker raises SIGSEGV");
            app.add_option("--port", o->port, "servers: the loopback port (0: any free one)")
                ->check(CLI::Range(0, 65535))
                ->capture_default_str();
            app.add_option("--timeout", o->timeout, "seconds before a run stops itself")
                ->check(cli::finiteRange(1.0, 600.0))
                ->capture_default_str();
            app.add_flag("--sweep", o->sweep, "speed-up for 1 ... 2x hardware threads workers, with Amdahl's fit");
            app.add_option("--runs", o->runs, "--sweep: runs per worker count")
                ->check(CLI::Range(1, 20))
                ->capture_default_str();
            app.add_option("--max-workers", o->maxWorkers, "--sweep: largest worker count (0: 2x hardware threads)")
                ->check(CLI::Range(0, 256));
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] { return run(*o, io); };
        } };
}

} // namespace ptlab::workloads
