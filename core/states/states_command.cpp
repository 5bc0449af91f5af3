#include "core/states/states_command.h"

#include "core/cli/finite_range.h"
#include "core/states/engine.h"
#include "core/states/states_trace.h"
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <limits>
#include <ostream>
#include <thread>
#include <unistd.h>

namespace ptlab::states {
namespace {

using namespace ptlab::cli;
using namespace std::chrono;

char stateLetter(const StateSample& s)
{
    switch (s.state) {
    case TaskState::New:
        return 'N';
    case TaskState::Ready:
        return 'r';
    case TaskState::Running:
        return 'R';
    case TaskState::Waiting:
        return 'W';
    case TaskState::Suspended:
        return 'S';
    case TaskState::Terminated:
        return s.zombie ? 'Z' : 'T';
    }
    return '?';
}

std::array<int, TaskStateCount> countStates(const TaskView& t)
{
    std::array<int, TaskStateCount> n {};
    for (const auto& s : t.samples)
        ++n[static_cast<int>(s.state)];
    return n;
}

nlohmann::json transitionsJson(const TransitionCounts& counts)
{
    nlohmann::json j = nlohmann::json::object();
    for (int i = 0; i < TransitionCount; ++i)
        j[std::string(toString(static_cast<Transition>(i)))] = counts.counts[i];
    return j;
}

void printJson(std::ostream& out, const EngineSnapshot& snap, double seconds, const std::vector<Error>& errors)
{
    nlohmann::json tasks = nlohmann::json::array();
    const long page = sysconf(_SC_PAGESIZE);
    for (const auto& t : snap.tasks) {
        nlohmann::json samples = nlohmann::json::array();
        for (const auto& s : t.samples)
            samples.push_back(
                { static_cast<double>(s.timeNs) / 1e9, s.zombie ? std::string_view("zombie") : toString(s.state) });
        nlohmann::json stateCounts = nlohmann::json::object();
        const auto counts = countStates(t);
        for (int i = 0; i < TaskStateCount; ++i)
            stateCounts[std::string(toString(static_cast<TaskState>(i)))] = counts[i];
        nlohmann::json task = {
            { "id", t.id },
            { "kind", toString(t.kind) },
            { "workload", toString(t.workload.kind) },
            { "pid", t.pid },
            { "tid", t.tid },
            { "state", toString(t.state) },
            { "samples", std::move(samples) },
            { "state_counts", std::move(stateCounts) },
            { "on_cpu_ns", t.latest.onCpuNs },
            { "runqueue_ns", t.latest.runqueueNs },
            { "voluntary_switches", t.latest.voluntarySwitches },
            { "involuntary_switches", t.latest.involuntarySwitches },
            { "last_cpu", t.latest.processor },
            { "work", t.work },
            { "exit_code", t.exitCode },
            { "transitions", transitionsJson(t.transitions) },
        };
        if (snap.source == StateSource::Exact && t.tracked) {
            nlohmann::json intervals = nlohmann::json::array();
            auto add = [&](const StateInterval& i) {
                intervals.push_back(
                    { static_cast<double>(i.startNs) / 1e9, static_cast<double>(i.endNs) / 1e9, toString(i.state) });
            };
            for (const auto& i : t.intervals)
                add(i);
            if (t.openInterval)
                add(*t.openInterval);
            task["intervals"] = std::move(intervals);
            task["exact_switches"] = transitionsJson(t.exactSwitches);
        }
        if (t.kind == TaskKind::Process)
            task["rss_bytes"] = t.latest.rssPages * static_cast<std::uint64_t>(page);
        tasks.push_back(std::move(task));
    }
    nlohmann::json errorList = nlohmann::json::array();
    for (const auto& e : errors)
        errorList.push_back({ { "errno", e.errnum }, { "message", e.message } });
    nlohmann::json doc = {
        { "source", toString(snap.source) },
        { "rate_hz", snap.rateHz },
        { "seconds", seconds },
        { "cpus", snap.cpuCount },
        { "tasks", std::move(tasks) },
        { "totals", transitionsJson(snap.totals) },
        { "errors", std::move(errorList) },
    };
    if (!snap.sourceReason.empty())
        doc["source_reason"] = snap.sourceReason;
    out << doc.dump() << '\n';
}

void printText(std::ostream& out, const EngineSnapshot& snap)
{
    char line[256];
    if (snap.source == StateSource::Exact)
        out << "Exact states from the kernel's context-switch records (perf events); /proc sampled at " << snap.rateHz
            << " Hz on " << snap.cpuCount << " CPUs.\n";
    else
        out << "Tasks sampled from /proc at " << snap.rateHz << " Hz on " << snap.cpuCount << " CPUs"
            << (snap.sourceReason.empty() ? std::string(".") : " (exact source refused: " + snap.sourceReason + ").")
            << "\n";
    out << "Timeline letters: N new, r ready, R running, W waiting, S suspended, Z zombie, T terminated.\n\n";
    std::snprintf(line, sizeof line, "%-8s %-7s %7s %7s %9s %9s %8s %8s %4s\n", "kind", "work", "pid", "tid", "cpu ms",
        "queue ms", "preempt", "block", "cpu");
    out << line;
    for (const auto& t : snap.tasks) {
        std::snprintf(line, sizeof line, "%-8s %-7s %7d %7d %9.1f %9.1f %8llu %8llu %4d\n",
            std::string(toString(t.kind)).c_str(), std::string(toString(t.workload.kind)).c_str(), t.pid, t.tid,
            static_cast<double>(t.latest.onCpuNs) / 1e6, static_cast<double>(t.latest.runqueueNs) / 1e6,
            static_cast<unsigned long long>(t.transitions[Transition::Preempt]),
            static_cast<unsigned long long>(t.transitions[Transition::Block]), t.latest.processor);
        out << line;
        std::string timeline;
        for (const auto& s : t.samples)
            timeline += stateLetter(s);
        const auto counts = countStates(t);
        out << "  " << timeline << "\n  ";
        for (int i = 0; i < TaskStateCount; ++i)
            out << toString(static_cast<TaskState>(i)) << '=' << counts[i] << ' ';
        out << '\n';
    }
    out << "\nTransitions (from the kernel's counters):";
    for (int i = 0; i < TransitionCount; ++i)
        out << ' ' << toString(static_cast<Transition>(i)) << '=' << snap.totals.counts[i];
    out << '\n';
}

struct StatesOptions
{
    int threads = 2;
    int processes = 0;
    std::string workload = "cpu";
    int duty = 50;
    double seconds = 2;
    double rate = 20;
    bool deferReaping = false;
    bool json = false;
    std::string source; // empty: exact where the kernel allows it
    int cpu = -1;
    std::string trace;
};

int runStates(const StatesOptions& o, Io io)
{
    std::ostream& out = io.out;
    std::ostream& err = io.err;
    const auto workload = parseWorkload(o.workload);
    const long long threads = o.threads, processes = o.processes, duty = o.duty;
    const double seconds = o.seconds, rate = o.rate;
    const bool defer = o.deferReaping, json = o.json;

    EngineConfig config;
    config.rateHz = rate;
    config.deferReaping = defer;
    config.historySeconds = seconds + 5;
    config.source = o.source == "sampled" ? StateSource::Sampled : StateSource::Exact;
    config.holdNewTasks = o.cpu >= 0; // pinned before they run
    Engine engine(config);
    if (o.source == "exact" && engine.source() != StateSource::Exact) {
        err << "ptlab states: the exact source is not available: " << engine.sourceReason() << '\n';
        return ExitFailure;
    }
    std::vector<Error> errors;
    SpawnRequest request;
    request.workload.kind = *workload;
    request.workload.dutyPercent = static_cast<int>(duty);
    for (auto [kind, count] : { std::pair { TaskKind::Thread, threads }, std::pair { TaskKind::Process, processes } }) {
        if (count == 0)
            continue;
        request.kind = kind;
        request.count = static_cast<int>(count);
        SpawnResult r = engine.spawn(request);
        if (o.cpu >= 0) {
            for (TaskId id : r.spawned) {
                if (auto pinned = engine.pin(id, o.cpu); !pinned)
                    errors.push_back(pinned.error());
            }
        }
        if (r.error) {
            err << "ptlab states: started " << r.spawned.size() << " of " << count << ' '
                << (kind == TaskKind::Thread ? "threads" : "processes") << ": " << r.error->message << '\n';
            errors.push_back(*r.error);
        }
    }

    engine.setHoldNewTasks(false);
    // Observe: the engine samples on its own thread; this one only waits.
    const auto until = steady_clock::now() + duration_cast<steady_clock::duration>(duration<double>(seconds));
    while (steady_clock::now() < until)
        std::this_thread::sleep_until(std::min(until, steady_clock::now() + milliseconds(50)));
    engine.stopAll();
    // Let the exits be observed (and, with --defer-reaping, the zombies).
    for (int i = 0; i < 40; ++i) {
        engine.waitForPasses(1, milliseconds(2000));
        auto snap = engine.snapshot(std::numeric_limits<std::int64_t>::max());
        bool allEnded = std::all_of(snap.tasks.begin(), snap.tasks.end(),
            [defer](const TaskView& t) { return t.state == TaskState::Terminated && (!t.zombie || defer); });
        if (allEnded)
            break;
    }
    const EngineSnapshot snap = engine.snapshot(-1);
    if (!o.trace.empty()) {
        if (auto written = statesTrace(snap).writeFile(o.trace); !written) {
            err << "ptlab states: " << written.error().message << '\n';
            return ExitFailure;
        }
    }
    if (json)
        printJson(out, snap, seconds, errors);
    else
        printText(out, snap);
    return errors.empty() ? ExitOk : ExitFailure;
}

} // namespace

cli::Command statesCommand()
{
    return { "states", "spawn threads/processes and print their states from the kernel",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<StatesOptions>();
            app.footer("Spawns N threads and M ptlab-worker processes running the workload, observes each one's\n"
                       "state for S seconds, stops them, and prints every task's samples (new, ready, running,\n"
                       "waiting, suspended, terminated) and the transition counters. Exact source: every context\n"
                       "switch from the kernel (perf_event_open, allowed where kernel.perf_event_paranoid <= 2,\n"
                       "CAP_PERFMON or root), with the JSON's \"intervals\" per task. Sampled source: /proc/<pid>/\n"
                       "task/<tid>/{stat,schedstat,status}. Exit code 1: some tasks could not be started, or\n"
                       "--source exact was refused.");
            app.add_option("--threads", o->threads, "threads to spawn")
                ->check(CLI::Range(0, 1000))
                ->capture_default_str();
            app.add_option("--processes", o->processes, "child processes to spawn")
                ->check(CLI::Range(0, 1000))
                ->capture_default_str();
            app.add_option("--workload", o->workload,
                   "cpu (busy arithmetic), io (blocking writes/reads), mixed (compute then block), lock (contend one "
                   "mutex), sleep")
                ->check(CLI::IsMember({ "cpu", "io", "mixed", "lock", "sleep" }))
                ->capture_default_str();
            app.add_option("--duty", o->duty, "mixed: percent of each 100 ms period spent computing")
                ->check(CLI::Range(0, 100))
                ->capture_default_str();
            app.add_option("--seconds", o->seconds, "how long to observe")
                ->check(cli::finiteRange(0.1, 600.0))
                ->capture_default_str();
            app.add_option("--rate", o->rate, "samples per second")
                ->check(cli::finiteRange(5.0, 100.0))
                ->capture_default_str();
            app.add_flag("--defer-reaping", o->deferReaping, "leave exited workers as zombies until the end");
            app.add_option("--source", o->source,
                   "exact: the kernel's context-switch records (perf events; exit 1 where refused); sampled: /proc "
                   "only. Default: exact where the kernel allows it")
                ->check(CLI::IsMember({ "exact", "sampled" }));
            app.add_option("--cpu", o->cpu, "pin every spawned task to this CPU")
                ->check(CLI::Range(0, static_cast<int>(sysconf(_SC_NPROCESSORS_CONF)) - 1));
            app.add_option("--trace", o->trace, "also write the timelines as Chrome trace-event JSON (Perfetto)");
            app.add_flag("--json", o->json, "one JSON object with a \"tasks\" array");
            return [o, io] { return runStates(*o, io); };
        } };
}

} // namespace ptlab::states
