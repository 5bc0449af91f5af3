#include "ui/compare/compare_rows.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace ptlab::ui {

using compare::ExperimentResult;
using compare::Variant;
using Results = std::map<std::string, ExperimentResult>;

const std::vector<CompareRowDef>& compareRows()
{
    static const std::vector<CompareRowDef> rows = {
        { QStringLiteral("creation"), { "thread-create", "process-create" } },
        { QStringLiteral("termination"), { "termination" } },
        { QStringLiteral("context-switch"), { "context-switch" } },
        { QStringLiteral("communication"), { "ipc" } },
        { QStringLiteral("memory"), { "task-memory" } },
        { QStringLiteral("weight"), { "fork-rss" } },
        { QStringLiteral("isolation"), { "isolation" } },
        { QStringLiteral("sharing"), { "sharing" } },
        { QStringLiteral("blocking"), { "blocking" } },
        { QStringLiteral("race"), { "race" } },
        { QStringLiteral("deadlock"), { "deadlock" } },
        { QStringLiteral("oversubscription"), { "oversubscription" } },
    };
    return rows;
}

QString compareRowForPreset(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("crash"))
        return QStringLiteral("isolation");
    if (n == QLatin1String("switch") || n == QLatin1String("context"))
        return QStringLiteral("context-switch");
    if (n == QLatin1String("ipc"))
        return QStringLiteral("communication");
    for (const auto& r : compareRows()) {
        if (r.id == n)
            return r.id;
        for (const auto& e : r.experiments)
            if (QString::fromStdString(e) == n)
                return r.id;
    }
    return {};
}

QString CompareTexts::criterion(const QString& id)
{
    if (id == QLatin1String("creation"))
        return tr("Creation time");
    if (id == QLatin1String("termination"))
        return tr("Termination time");
    if (id == QLatin1String("context-switch"))
        return tr("Context switch");
    if (id == QLatin1String("communication"))
        return tr("Communication");
    if (id == QLatin1String("memory"))
        return tr("Memory");
    if (id == QLatin1String("weight"))
        return tr("Weight");
    if (id == QLatin1String("isolation"))
        return tr("Isolation on a crash");
    if (id == QLatin1String("sharing"))
        return tr("Data sharing");
    if (id == QLatin1String("blocking"))
        return tr("When one blocks");
    if (id == QLatin1String("race"))
        return tr("Drawback: race on shared data");
    if (id == QLatin1String("deadlock"))
        return tr("Drawback: deadlock");
    if (id == QLatin1String("oversubscription"))
        return tr("Drawback: too many threads");
    return id;
}

QString CompareTexts::claim(const QString& id)
{
    if (id == QLatin1String("creation"))
        return tr("The course: a process takes longer to create; a thread is quicker to create.");
    if (id == QLatin1String("termination"))
        return tr("The course: a process takes longer to end than a thread.");
    if (id == QLatin1String("context-switch"))
        return tr("The course: switching between processes costs more than switching between threads.");
    if (id == QLatin1String("communication"))
        return tr("The course: threads communicate more efficiently than processes.");
    if (id == QLatin1String("memory"))
        return tr("The course: each process runs in memory of its own; threads share their process's memory.");
    if (id == QLatin1String("weight"))
        return tr("The course: a process is heavier than a thread, which shares code, data and resources.");
    if (id == QLatin1String("isolation"))
        return tr("The course: processes are isolated from each other; threads are not, so one faulty thread "
                  "affects its whole process.");
    if (id == QLatin1String("sharing"))
        return tr("The course: processes do not share data with each other; threads do.");
    if (id == QLatin1String("blocking"))
        return tr("The course: a blocked process does not hold up the other processes; if a user-level thread "
                  "blocks, all the other user-level threads block too.");
    if (id == QLatin1String("race"))
        return tr("The course: threads share memory without protection, so one can overwrite another's data.");
    if (id == QLatin1String("deadlock"))
        return tr("The course: badly managed resources can deadlock tasks, which then stop making progress.");
    if (id == QLatin1String("oversubscription"))
        return tr("The course: creating too many threads can slow the system down.");
    return {};
}

namespace {

QString seriesPart(const QString& part)
{
    if (part == QLatin1String("pipe"))
        return CompareTexts::tr("pipe");
    if (part == QLatin1String("Unix socket"))
        return CompareTexts::tr("Unix socket");
    if (part == QLatin1String("shared-memory ring"))
        return CompareTexts::tr("shared-memory ring");
    if (part == QLatin1String("processes"))
        return CompareTexts::tr("processes");
    if (part == QLatin1String("threads"))
        return CompareTexts::tr("threads");
    if (part == QLatin1String("processes latency"))
        return CompareTexts::tr("processes, latency");
    if (part == QLatin1String("threads latency"))
        return CompareTexts::tr("threads, latency");
    if (part == QLatin1String("fork"))
        return CompareTexts::tr("fork + exit");
    if (part == QLatin1String("posix_spawn"))
        return CompareTexts::tr("posix_spawn");
    if (part == QLatin1String("throughput"))
        return CompareTexts::tr("throughput");
    if (part == QLatin1String("involuntary switches"))
        return CompareTexts::tr("involuntary switches");
    return part;
}

QString bytesText(double bytes)
{
    if (bytes >= 1048576)
        return CompareTexts::tr("%1 MiB").arg(bytes / 1048576);
    if (bytes >= 1024)
        return CompareTexts::tr("%1 KiB").arg(bytes / 1024);
    return CompareTexts::tr("%1 B").arg(bytes);
}

std::optional<double> median(const Results& results, const char* experiment, const char* variant)
{
    auto it = results.find(experiment);
    if (it == results.end())
        return std::nullopt;
    const Variant* v = it->second.variant(variant);
    if (!v || !v->error.empty() || v->samples.empty())
        return std::nullopt;
    return v->summary.median;
}

std::optional<double> mean(const Results& results, const char* experiment, const char* variant)
{
    auto it = results.find(experiment);
    if (it == results.end())
        return std::nullopt;
    const Variant* v = it->second.variant(variant);
    if (!v || !v->error.empty() || v->samples.empty())
        return std::nullopt;
    return v->summary.mean;
}

const compare::Fact* fact(const Results& results, const char* experiment, const char* key)
{
    auto it = results.find(experiment);
    return it == results.end() ? nullptr : it->second.fact(key);
}

QString ratioText(double r, const QLocale& l)
{
    return l.toString(r, 'f', r < 10 ? 1 : 0);
}

// How a measured ratio (process / thread) stands against a claim that it is above 1.
QString judged(double ratio, const QString& confirmed, const QString& similar, const QString& contradicted)
{
    if (ratio >= 1.25)
        return confirmed;
    if (ratio > 0.8)
        return similar;
    return contradicted;
}

} // namespace

QString CompareTexts::method(const ExperimentResult& r, const QLocale& l)
{
    const auto factValue = [&](const char* key) {
        const auto* f = r.fact(key);
        return f ? number(f->value, l) : QStringLiteral("N");
    };
    const std::string& n = r.name;
    if (n == "thread-create")
        return tr("pthread_create of a thread that returns at once, then pthread_join; wall time per pair "
                  "(lmbench's lat_proc method, applied to a thread).");
    if (n == "process-create")
        return tr("Each variant starts a child and waits for it: fork then _exit (lmbench's fork+exit), "
                  "posix_spawn of /bin/true (glibc uses clone with CLONE_VM|CLONE_VFORK), fork then execve "
                  "/bin/true (lmbench's fork+exec); wall time until waitpid returns.");
    if (n == "fork-rss")
        return tr("ptlab maps and touches a buffer of each size, so its resident set grows by that much, then times "
                  "fork+_exit+waitpid and posix_spawn(/bin/true)+waitpid. fork copies the page tables of every "
                  "resident page; posix_spawn shares the parent's memory until exec.");
    if (n == "termination")
        return tr("A thread or child process waits on a pipe; the clock starts when ptlab asks it to end (a byte on "
                  "the pipe, or SIGKILL for a process) and stops when pthread_join or waitpid returns.");
    if (n == "context-switch")
        return tr("The method of perf bench sched pipe: two tasks and two pipes, one integer written and read back "
                  "per loop; the figure is microseconds per loop, which is two context switches when both tasks "
                  "share one CPU.");
    if (n == "ipc")
        return tr("For each size one task streams messages to the other and waits for a one-byte acknowledgement "
                  "(bandwidth, MB/s); then messages go there and back (latency, half the round trip). The ring is "
                  "256 KiB of shared memory with atomic head and tail; its reader spins briefly, then sleeps on a "
                  "futex.");
    if (n == "task-memory")
        return tr("ptlab starts %1 threads (or forks %1 children) that wait on a pipe and reads "
                  "/proc/PID/smaps_rollup: per extra thread, ptlab's growth; per extra process, the child's RSS, "
                  "and its PSS plus the change in ptlab's PSS (shared pages are split).")
            .arg(factValue("tasks"));
    if (n == "isolation")
        return tr("A forked child raises SIGSEGV while a sibling child waits: ptlab reaps the crash and checks that "
                  "the sibling and itself still run. Then a sacrificial child starts a thread that raises SIGSEGV: "
                  "the whole child process ends, its main thread included. ptlab itself never crashes.");
    if (n == "sharing")
        return tr("A variable is set to 0; a thread writes a new value and is joined; a forked child writes the "
                  "same variable and is reaped; a child writes into a shared page. Each time ptlab reads the value "
                  "back (1: it sees the write).");
    if (n == "blocking")
        return tr("A counting task runs beside a task that computes, then blocks in read() on a pipe until the hold "
                  "time has passed. Shown: the counter's pace while the other is blocked, in percent of its pace "
                  "before, for two processes, two kernel threads and two user-level threads (C++ coroutines on one "
                  "kernel thread, the many-to-one model).");
    if (n == "race")
        return tr("%1 threads each add 1 to a shared counter %2 times: as a separate read and write (racy), with "
                  "an atomic fetch_add, and under a mutex; lost updates = expected total − final value.")
            .arg(factValue("threads"))
            .arg(r.fact("threads") && r.fact("expected") && r.fact("threads")->value > 0
                    ? number(r.fact("expected")->value / r.fact("threads")->value, l)
                    : QStringLiteral("N"));
    if (n == "deadlock")
        return tr("Task 1 locks A, then wants B; task 2 locks B, then wants A. A monitor reads the wait-for graph "
                  "every millisecond; on a cycle it waits a moment (so the tasks can be seen Waiting), then tells "
                  "task 2 to back off: it releases B, task 1 finishes, and task 2 retries taking both locks in one "
                  "global order.");
    if (n == "oversubscription")
        return tr("A fixed CPU-bound job is split evenly over 1, 2, 4 … threads; throughput is work units per second "
                  "of wall time, shown with the involuntary context switches the threads suffered (getrusage).");
    return QString::fromStdString(r.method);
}

QString CompareTexts::variantName(const Variant& v)
{
    static const std::map<std::string, const char*> names = {
        { "pthread", QT_TR_NOOP("thread: create + join") },
        { "fork-exit", QT_TR_NOOP("process: fork + exit") },
        { "posix-spawn", QT_TR_NOOP("process: posix_spawn") },
        { "fork-exec", QT_TR_NOOP("process: fork + exec") },
        { "thread", QT_TR_NOOP("thread") },
        { "process-exit", QT_TR_NOOP("process: exit") },
        { "process-kill", QT_TR_NOOP("process: SIGKILL") },
        { "threads-pinned", QT_TR_NOOP("threads, one CPU") },
        { "processes-pinned", QT_TR_NOOP("processes, one CPU") },
        { "threads", QT_TR_NOOP("threads, any CPU") },
        { "processes", QT_TR_NOOP("processes, any CPU") },
        { "perf-processes", QT_TR_NOOP("perf bench (processes)") },
        { "perf-threads", QT_TR_NOOP("perf bench -T (threads)") },
        { "threads-rss", QT_TR_NOOP("thread, RSS") },
        { "threads-pss", QT_TR_NOOP("thread, PSS") },
        { "processes-rss", QT_TR_NOOP("process, RSS") },
        { "processes-pss", QT_TR_NOOP("process, PSS") },
        { "process-crash", QT_TR_NOOP("a process crashed: the others go on") },
        { "thread-crash", QT_TR_NOOP("a thread crashed: its process goes on") },
        { "child", QT_TR_NOOP("forked child's write seen") },
        { "shared-memory", QT_TR_NOOP("shared memory: child's write seen") },
        { "blocked-process", QT_TR_NOOP("a process blocks: its sibling keeps") },
        { "blocked-kernel-thread", QT_TR_NOOP("a kernel thread blocks: its sibling keeps") },
        { "blocked-user-thread", QT_TR_NOOP("a user-level thread blocks: its sibling keeps") },
        { "racy", QT_TR_NOOP("no lock") },
        { "atomic", QT_TR_NOOP("atomic fetch_add") },
        { "mutex", QT_TR_NOOP("mutex") },
        { "detect", QT_TR_NOOP("formed → detected") },
        { "resolve", QT_TR_NOOP("back-off → finished") },
    };
    if (!v.series.empty()) {
        QStringList parts;
        for (const QString& p : QString::fromStdString(v.series).split(QStringLiteral(", ")))
            parts << seriesPart(p);
        const QString series = parts.join(QStringLiteral(", "));
        if (v.unit == "MB/s" || v.unit == "us")
            return series + QStringLiteral(" · ") + bytesText(v.param);
        if (v.series == "fork" || v.series == "posix_spawn")
            return series + QStringLiteral(" · ") + tr("%1 MiB").arg(v.param);
        return series + QStringLiteral(" · ") + tr("%1 threads").arg(static_cast<int>(v.param));
    }
    if (v.id == "thread" && v.unit == "seen")
        return tr("thread's write seen");
    auto it = names.find(v.id);
    return it == names.end() ? QString::fromStdString(v.label) : tr(it->second);
}

QString CompareTexts::unitName(const std::string& unit)
{
    if (unit == "us")
        return tr("µs");
    if (unit == "KiB")
        return tr("KiB");
    if (unit == "MB/s")
        return tr("MB/s");
    if (unit == "lost updates")
        return tr("lost updates");
    if (unit == "share" || unit == "seen")
        return tr("share of runs");
    if (unit == "M units/s")
        return tr("M units/s");
    if (unit == "switches")
        return tr("switches");
    return QString::fromStdString(unit);
}

QString CompareTexts::number(double value, const QLocale& locale)
{
    const double a = std::fabs(value);
    if (a >= 100 || value == std::floor(value))
        return locale.toString(value, 'f', 0);
    return locale.toString(value, 'f', a >= 10 ? 1 : a >= 1 ? 2 : 3);
}

QString CompareTexts::numbers(const Variant& v, const QLocale& l)
{
    if (!v.error.empty())
        return tr("%1: could not run here: %2").arg(variantName(v), QString::fromStdString(v.error));
    if (v.samples.empty())
        return tr("%1: no sample").arg(variantName(v));
    const auto& s = v.summary;
    return tr("%1: median %2 %3 (min %4, p95 %5, mean %6, n %7)")
        .arg(variantName(v), number(s.median, l), unitName(v.unit), number(s.min, l), number(s.p95, l),
            number(s.mean, l))
        .arg(s.count);
}

QString CompareTexts::verdict(const QString& id, const Results& r, const QLocale& l)
{
    if (id == QLatin1String("creation")) {
        auto t = median(r, "thread-create", "pthread");
        auto f = median(r, "process-create", "fork-exit");
        auto x = median(r, "process-create", "fork-exec");
        auto sp = median(r, "process-create", "posix-spawn");
        if (!t || !f)
            return tr("Not enough results for a verdict.");
        const double ratio = *f / *t;
        const QString facts = tr("fork + exit took %1 µs, a thread %2 µs: %3× as long")
                                  .arg(number(*f, l), number(*t, l), ratioText(ratio, l))
            + (x ? tr("; fork + exec %1×").arg(ratioText(*x / *t, l)) : QString())
            + (sp ? tr("; posix_spawn %1×").arg(ratioText(*sp / *t, l)) : QString());
        return judged(ratio, tr("Confirmed: %1.").arg(facts), tr("About the same here: %1.").arg(facts),
            tr("Contradicted here: %1.").arg(facts));
    }
    if (id == QLatin1String("termination")) {
        auto t = median(r, "termination", "thread");
        auto p = median(r, "termination", "process-exit");
        if (!t || !p)
            return tr("Not enough results for a verdict.");
        const QString facts = tr("a process ended in %1 µs, a thread in %2 µs (%3×)")
                                  .arg(number(*p, l), number(*t, l), ratioText(*p / *t, l));
        return judged(*p / *t, tr("Confirmed: %1.").arg(facts), tr("About the same here: %1.").arg(facts),
            tr("Contradicted here: %1.").arg(facts));
    }
    if (id == QLatin1String("context-switch")) {
        auto t = median(r, "context-switch", "threads-pinned");
        auto p = median(r, "context-switch", "processes-pinned");
        if (!t || !p)
            return tr("Not enough results for a verdict.");
        const QString facts = tr("on one CPU a round trip took %1 µs between processes and %2 µs between threads (%3×)")
                                  .arg(number(*p, l), number(*t, l), ratioText(*p / *t, l));
        return judged(*p / *t, tr("Confirmed: %1.").arg(facts),
            tr("About the same here: %1. On Linux both are tasks to the scheduler; a process switch also "
               "changes the address space.")
                .arg(facts),
            tr("Contradicted here: %1.").arg(facts));
    }
    if (id == QLatin1String("communication")) {
        auto shmThreads = median(r, "ipc", "shm-ring-threads-bw-65536");
        auto pipeProcesses = median(r, "ipc", "pipe-processes-bw-65536");
        auto shmProcesses = median(r, "ipc", "shm-ring-processes-bw-65536");
        if (!shmThreads || !pipeProcesses || !shmProcesses)
            return tr("Not enough results for a verdict.");
        return tr("Partly: with 64 KiB messages, threads sharing memory moved %1 MB/s and processes through a pipe "
                  "%2 MB/s, but processes sharing memory reached %3 MB/s. The gain comes from sharing memory, "
                  "which processes can do too.")
            .arg(number(*shmThreads, l), number(*pipeProcesses, l), number(*shmProcesses, l));
    }
    if (id == QLatin1String("memory")) {
        auto t = median(r, "task-memory", "threads-pss");
        auto p = median(r, "task-memory", "processes-pss");
        if (!t || !p)
            return tr("Not enough results for a verdict.");
        const QString facts = tr("an extra process cost %1 KiB (PSS), an extra thread %2 KiB")
                                  .arg(number(*p, l), number(std::max(0.0, *t), l));
        return *p > std::max(*t, 1.0) * 1.25 ? tr("Confirmed: %1.").arg(facts)
                                             : tr("Not confirmed here: %1.").arg(facts);
    }
    if (id == QLatin1String("weight")) {
        auto it = r.find("fork-rss");
        if (it == r.end())
            return tr("Not enough results for a verdict.");
        const Variant *firstFork = nullptr, *lastFork = nullptr, *firstSpawn = nullptr, *lastSpawn = nullptr;
        for (const auto& v : it->second.variants) {
            if (!v.error.empty() || v.samples.empty())
                continue;
            auto& first = v.series == "fork" ? firstFork : firstSpawn;
            auto& last = v.series == "fork" ? lastFork : lastSpawn;
            if (!first)
                first = &v;
            last = &v;
        }
        if (!firstFork || !lastFork || firstFork == lastFork)
            return tr("Not enough results for a verdict.");
        QString text = tr("The heavier the process, the dearer its fork: %1 µs from %2 MiB, %3 µs from %4 MiB")
                           .arg(number(firstFork->summary.median, l), number(firstFork->param, l),
                               number(lastFork->summary.median, l), number(lastFork->param, l));
        if (firstSpawn && lastSpawn)
            text += tr("; posix_spawn stayed near %1–%2 µs")
                        .arg(number(firstSpawn->summary.median, l), number(lastSpawn->summary.median, l));
        return text + QLatin1Char('.');
    }
    if (id == QLatin1String("isolation")) {
        auto p = mean(r, "isolation", "process-crash");
        auto t = mean(r, "isolation", "thread-crash");
        const auto* sig = fact(r, "isolation", "process_crash_signal");
        if (!p || !sig)
            return tr("Not enough results for a verdict.");
        QString text = tr("The child died of signal %1 (SIGSEGV is 11); ptlab and the sibling process kept running")
                           .arg(static_cast<int>(sig->value));
        if (t)
            text += *t == 0 ? tr("; the crashing thread took its whole process down with it")
                            : tr("; the crashing thread's process went on (unexpected)");
        return (*p == 1 && (!t || *t == 0) ? tr("Confirmed: %1.") : tr("Partly confirmed: %1.")).arg(text);
    }
    if (id == QLatin1String("sharing")) {
        auto t = mean(r, "sharing", "thread");
        auto c = mean(r, "sharing", "child");
        auto s = mean(r, "sharing", "shared-memory");
        if (!t || !c || !s)
            return tr("Not enough results for a verdict.");
        const QString facts = tr("the thread's write was seen in %1 % of runs, the forked child's in %2 % "
                                 "(copy-on-write), a write to shared memory in %3 %")
                                  .arg(number(*t * 100, l), number(*c * 100, l), number(*s * 100, l));
        return (*t == 1 && *c == 0 ? tr("Confirmed: %1.") : tr("Not confirmed here: %1.")).arg(facts);
    }
    if (id == QLatin1String("blocking")) {
        auto p = median(r, "blocking", "blocked-process");
        auto k = median(r, "blocking", "blocked-kernel-thread");
        auto u = median(r, "blocking", "blocked-user-thread");
        if (!p || !k || !u)
            return tr("Not enough results for a verdict.");
        const QString facts = tr("while one task was blocked in read(), its sibling kept %1 % of its pace as a "
                                 "process, %2 % as a kernel thread, and %3 % as a user-level thread")
                                  .arg(number(*p, l), number(*k, l), number(*u, l));
        const bool confirmed = *p >= 50 && *u <= 20;
        QString text = (confirmed ? tr("Confirmed: %1.") : tr("Not confirmed here: %1.")).arg(facts);
        if (std::max(*p, *k) > 110)
            text += QLatin1Char(' ') + tr("Above 100 %: the CPU time the blocked task left went to its sibling.");
        if (*k >= 50)
            text += QLatin1Char(' ')
                + tr("Linux threads are kernel threads (one-to-one), so a blocked thread does not stop its siblings "
                     "either; only the many-to-one model, where the kernel sees one thread, blocks them all.");
        return text;
    }
    if (id == QLatin1String("race")) {
        auto it = r.find("race");
        const Variant* racy = it == r.end() ? nullptr : it->second.variant("racy");
        auto fixed = median(r, "race", "atomic");
        const auto* expected = fact(r, "race", "expected");
        if (!racy || racy->samples.empty() || !fixed || !expected)
            return tr("Not enough results for a verdict.");
        if (racy->summary.max == 0)
            return tr("No update was lost this time: the threads hardly overlapped. Measure again, or with the machine "
                      "busy.");
        return tr(
            "Confirmed: without a lock up to %1 of %2 updates were lost in a run (median %3); with fetch_add or a "
            "mutex, %4.")
            .arg(number(racy->summary.max, l), number(expected->value, l), number(racy->summary.median, l),
                number(*fixed, l));
    }
    if (id == QLatin1String("deadlock")) {
        const auto* detected = fact(r, "deadlock", "detected");
        const auto* resolved = fact(r, "deadlock", "resolved");
        auto d = median(r, "deadlock", "detect");
        if (!detected || !resolved || !d)
            return tr("Not enough results for a verdict.");
        return tr("Confirmed: both tasks waited for the lock the other held; the cycle was found %1 µs after it "
                  "formed, and after task 2 backed off both finished (%2 of %3 runs resolved).")
            .arg(number(*d, l))
            .arg(static_cast<int>(resolved->value))
            .arg(static_cast<int>(detected->value));
    }
    if (id == QLatin1String("oversubscription")) {
        auto it = r.find("oversubscription");
        if (it == r.end())
            return tr("Not enough results for a verdict.");
        const Variant *best = nullptr, *last = nullptr;
        for (const auto& v : it->second.variants) {
            if (v.series != "throughput" || v.samples.empty())
                continue;
            if (!best || v.summary.median > best->summary.median)
                best = &v;
            last = &v;
        }
        const auto* cpus = it->second.fact("cpus");
        if (!best || !last || !cpus)
            return tr("Not enough results for a verdict.");
        const double share = last->summary.median / best->summary.median * 100;
        const QString facts = tr("throughput peaked with %1 threads on %2 CPUs; %3 threads reached %4 % of that peak")
                                  .arg(static_cast<int>(best->param))
                                  .arg(static_cast<int>(cpus->value))
                                  .arg(static_cast<int>(last->param))
                                  .arg(number(share, l));
        return (share < 90 ? tr("Confirmed: %1.")
                           : tr("Mostly not here: %1; more threads than CPUs add waiting, "
                                "not work."))
            .arg(facts);
    }
    return {};
}

} // namespace ptlab::ui
