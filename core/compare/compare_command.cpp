#include "core/compare/compare_command.h"

#include "core/cli/finite_range.h"
#include "core/compare/experiment.h"
#include "core/compare/machine_info.h"
#include "core/compare/result_io.h"

#include <CLI/CLI.hpp>
#include <charconv>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>

namespace ptlab::compare {

namespace {

struct ParamOption
{
    const char* bench;
    const char* flag;
    const char* key;
    double min, max;
    const char* help;
};

// Experiment-specific knobs; each becomes RunOptions::params[key].
const ParamOption ParamOptions[] = {
    { "fork-rss", "--max-mib", "max-mib", 10, 1024, "largest resident size to fork from, MiB (10 ... 1024)" },
    { "context-switch", "--loops", "loops", 100, 1000000, "round trips per repetition" },
    { "context-switch", "--reference", "reference", 0, 1, "also run perf bench sched pipe (and -T): 1 = yes" },
    { "ipc", "--max-bytes", "max-bytes", 64, 1048576, "largest message size, bytes" },
    { "task-memory", "--tasks", "tasks", 1, 256, "extra threads and extra processes to start" },
    { "race", "--threads", "threads", 2, 64, "threads counting" },
    { "race", "--increments", "increments", 1000, 1e8, "increments per thread" },
    { "deadlock", "--hold-ms", "hold-ms", 0, 60000, "how long to leave the deadlock before resolving it" },
    { "oversubscription", "--max-threads", "max-threads", 1, 512, "largest thread count (powers of two)" },
    { "oversubscription", "--units", "units", 64, 1e8, "work units in the fixed job" },
};

struct Options
{
    int runs = 0;
    bool json = false;
    std::map<std::string, double> params;
};

// Four significant digits for people; JSON keeps every digit.
std::string shortNumber(double v)
{
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 4);
    return ec == std::errc() ? std::string(buf, end) : formatNumber(v);
}

void printText(const ExperimentResult& r, std::ostream& out)
{
    out << r.name << " (" << r.runs << " runs, " << r.warmup << " warm-up, " << r.seconds << " s)\n";
    if (r.error) {
        out << "  cannot run here: " << r.error->message << '\n';
        return;
    }
    for (const auto& v : r.variants) {
        out << "  " << v.label << ": ";
        if (!v.error.empty()) {
            out << "not run: " << v.error << '\n';
            continue;
        }
        const Summary& s = v.summary;
        out << "median " << shortNumber(s.median) << ' ' << v.unit << " (min " << shortNumber(s.min) << ", p95 "
            << shortNumber(s.p95) << ", mean " << shortNumber(s.mean) << ", n " << s.count << ")\n";
    }
    for (const auto& f : r.facts)
        out << "  " << f.key << " = " << shortNumber(f.value) << (f.text.empty() ? "" : " (" + f.text + ")") << '\n';
    if (r.cancelled)
        out << "  (cancelled)\n";
}

RunOptions runOptions(const Options& o)
{
    RunOptions ro;
    ro.runs = o.runs;
    ro.params = o.params;
    return ro;
}

void addCommon(CLI::App& app, const std::shared_ptr<Options>& o)
{
    app.add_option("--runs", o->runs, "measured repetitions (default: the experiment's own)")
        ->check(CLI::Range(1, 100000));
    app.add_flag("--json", o->json, "one JSON object: the unit, the samples and min/median/p95/mean per variant");
}

} // namespace

cli::Command compareBenchmark(const std::string& name)
{
    const ExperimentInfo* info = findExperiment(name);
    return { name, info ? info->summary : std::string("?"), [name](CLI::App& app, cli::Io io) -> cli::Run {
                auto o = std::make_shared<Options>();
                app.footer("Process vs thread, measured now on this machine (the Compare page runs the same).\n"
                           "Failures of one variant are reported in its place; exit code 1 only when the whole\n"
                           "experiment cannot run here.");
                addCommon(app, o);
                for (const auto& p : ParamOptions) {
                    if (name != p.bench)
                        continue;
                    const std::string key = p.key;
                    app.add_option_function<double>(
                           p.flag, [o, key](double v) { o->params[key] = v; }, p.help)
                        ->check(cli::finiteRange(p.min, p.max));
                }
                return [o, io, name] {
                    const ExperimentInfo* info = findExperiment(name);
                    const ExperimentResult r = runExperiment(*info, runOptions(*o));
                    if (o->json) {
                        nlohmann::json doc = toJson(r);
                        doc["machine"] = toJson(describeMachine());
                        io.out << doc.dump() << '\n';
                    } else {
                        io.out << machineSummary(describeMachine()) << '\n';
                        printText(r, io.out);
                    }
                    if (r.error) {
                        io.err << "ptlab bench " << name << ": " << r.error->message << '\n';
                        return cli::ExitFailure;
                    }
                    return cli::ExitOk;
                };
            } };
}

std::vector<cli::Command> compareBenchmarks()
{
    std::vector<cli::Command> list;
    for (const auto& e : experiments())
        list.push_back(compareBenchmark(e.name));
    list.push_back(allBenchmark());
    return list;
}

cli::Command allBenchmark()
{
    return { "all", "every process-vs-thread experiment, one after the other",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<Options>();
            app.footer("Runs thread-create ... oversubscription with their default sizes; --runs applies to each.\n"
                       "An experiment that cannot run here is reported and the others still run.");
            addCommon(app, o);
            return [o, io] {
                std::vector<ExperimentResult> results;
                const MachineInfo machine = describeMachine();
                if (!o->json)
                    io.out << machineSummary(machine) << '\n';
                for (const auto& e : experiments()) {
                    results.push_back(runExperiment(e, runOptions(*o)));
                    if (!o->json)
                        printText(results.back(), io.out);
                }
                if (o->json) {
                    nlohmann::json list = nlohmann::json::array();
                    for (const auto& r : results)
                        list.push_back(toJson(r));
                    const nlohmann::json doc
                        = { { "bench", "all" }, { "machine", toJson(machine) }, { "results", list } };
                    io.out << doc.dump() << '\n';
                }
                return cli::ExitOk;
            };
        } };
}

} // namespace ptlab::compare
