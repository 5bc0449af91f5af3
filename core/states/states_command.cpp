#include "core/states/states_command.h"

#include "core/states/engine.h"
#include "core/util/json_writer.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <limits>
#include <ostream>
#include <thread>
#include <unistd.h>

namespace ptlab::cli {
namespace {

using namespace ptlab::states;
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

void writeTransitions(JsonWriter& json, const TransitionCounts& counts)
{
    json.beginObject();
    for (int i = 0; i < TransitionCount; ++i)
        json.field(toString(static_cast<Transition>(i)), counts.counts[i]);
    json.endObject();
}

void printJson(std::ostream& out, const EngineSnapshot& snap, double seconds, const std::vector<Error>& errors)
{
    JsonWriter json(out);
    json.beginObject();
    json.field("rate_hz", snap.rateHz);
    json.field("seconds", seconds);
    json.field("cpus", snap.cpuCount);
    json.key("tasks").beginArray();
    const long page = sysconf(_SC_PAGESIZE);
    for (const auto& t : snap.tasks) {
        json.beginObject();
        json.field("id", t.id);
        json.field("kind", toString(t.kind));
        json.field("workload", toString(t.workload.kind));
        json.field("pid", t.pid);
        json.field("tid", t.tid);
        json.field("state", toString(t.state));
        json.key("samples").beginArray();
        for (const auto& s : t.samples) {
            json.beginArray();
            json.value(static_cast<double>(s.timeNs) / 1e9);
            json.value(s.zombie ? std::string_view("zombie") : toString(s.state));
            json.endArray();
        }
        json.endArray();
        json.key("state_counts").beginObject();
        const auto counts = countStates(t);
        for (int i = 0; i < TaskStateCount; ++i)
            json.field(toString(static_cast<TaskState>(i)), counts[i]);
        json.endObject();
        json.field("on_cpu_ns", t.latest.onCpuNs);
        json.field("runqueue_ns", t.latest.runqueueNs);
        json.field("voluntary_switches", t.latest.voluntarySwitches);
        json.field("involuntary_switches", t.latest.involuntarySwitches);
        json.field("last_cpu", t.latest.processor);
        if (t.kind == TaskKind::Process)
            json.field("rss_bytes", t.latest.rssPages * static_cast<std::uint64_t>(page));
        json.field("work", t.work);
        json.field("exit_code", t.exitCode);
        json.key("transitions");
        writeTransitions(json, t.transitions);
        json.endObject();
    }
    json.endArray();
    json.key("totals");
    writeTransitions(json, snap.totals);
    json.key("errors").beginArray();
    for (const auto& e : errors) {
        json.beginObject();
        json.field("errno", e.errnum);
        json.field("message", e.message);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void printText(std::ostream& out, const EngineSnapshot& snap)
{
    char line[256];
    out << "Tasks sampled from /proc at " << snap.rateHz << " Hz on " << snap.cpuCount << " CPUs.\n";
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

} // namespace

void printStatesHelp(std::ostream& out)
{
    out << "Usage: ptlab states [--threads N] [--processes M] [--workload cpu|io|mixed|lock|sleep]\n"
           "                    [--duty PCT] [--seconds S] [--rate HZ] [--defer-reaping] [--json]\n\n"
           "Spawns N threads and M ptlab-worker processes running the workload, samples each one's\n"
           "state from /proc/<pid>/task/<tid>/{stat,schedstat,status} for S seconds, stops them, and\n"
           "prints every task's samples (new, ready, running, waiting, suspended, terminated) and the\n"
           "transition counters derived from the kernel.\n\n"
           "  --threads N        threads to spawn (0-1000, default 2)\n"
           "  --processes M      child processes to spawn (0-1000, default 0)\n"
           "  --workload W       cpu (busy arithmetic), io (blocking writes/reads), mixed (compute then\n"
           "                     block), lock (contend one mutex), sleep (default cpu)\n"
           "  --duty PCT         mixed: percent of each 100 ms period spent computing (default 50)\n"
           "  --seconds S        how long to observe (0.1-600, default 2)\n"
           "  --rate HZ          samples per second (5-100, default 20)\n"
           "  --defer-reaping    leave exited workers as zombies until the end\n"
           "  --json             one JSON object with a \"tasks\" array\n\n"
           "Exit codes: 0 success, 1 some tasks could not be started (the rest ran), 2 bad arguments.\n";
}

int runStatesCommand(const Args& args, std::ostream& out, std::ostream& err)
{
    ArgReader reader(args);
    if (reader.flag("--help") || reader.flag("-h")) {
        printStatesHelp(out);
        return ExitOk;
    }
    const long long threads = reader.integer("--threads", 0, 1000).value_or(2);
    const long long processes = reader.integer("--processes", 0, 1000).value_or(0);
    const auto workloadName = reader.option("--workload").value_or("cpu");
    const long long duty = reader.integer("--duty", 0, 100).value_or(50);
    const double seconds = reader.number("--seconds", 0.1, 600).value_or(2);
    const double rate = reader.number("--rate", 5, 100).value_or(20);
    const bool defer = reader.flag("--defer-reaping");
    const bool json = reader.flag("--json");
    if (!reader.finish()) {
        err << "ptlab states: " << reader.error() << "\nTry 'ptlab states --help'.\n";
        return ExitUsage;
    }
    const auto workload = parseWorkload(workloadName);
    if (!workload) {
        err << "ptlab states: unknown workload '" << workloadName << "'; choose cpu, io, mixed, lock or sleep.\n";
        return ExitUsage;
    }

    EngineConfig config;
    config.rateHz = rate;
    config.deferReaping = defer;
    config.historySeconds = seconds + 5;
    Engine engine(config);
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
        if (r.error) {
            err << "ptlab states: started " << r.spawned.size() << " of " << count << ' ' << toString(kind)
                << "s: " << r.error->message << '\n';
            errors.push_back(*r.error);
        }
    }

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
    if (json)
        printJson(out, snap, seconds, errors);
    else
        printText(out, snap);
    return errors.empty() ? ExitOk : ExitFailure;
}

} // namespace ptlab::cli
