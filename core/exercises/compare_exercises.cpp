// Process vs thread page: fork against posix_spawn from a large process; a context switch, threads or processes.
#include "core/exercises/exercise.h"

#include "core/compare/experiment.h"

#include <string>

namespace ptlab::exercises {

namespace {

compare::RunOptions optionsFor(const RunContext& context, int runs)
{
    compare::RunOptions o;
    o.runs = runs;
    o.cancel = context.cancel;
    o.progress = [&context](double f) { context.report(f * 0.99); };
    return o;
}

Result<compare::ExperimentResult> runNamed(const std::string& name, const compare::RunOptions& o)
{
    const compare::ExperimentInfo* info = compare::findExperiment(name);
    if (!info)
        return Error { Error::Code::Internal, 0, "no experiment " + name };
    compare::ExperimentResult r = compare::runExperiment(*info, o);
    if (r.error)
        return *r.error;
    return r;
}

enum class Statistic
{
    Median,
    Fastest,
};

// The median (or the fastest run) of one variant, or an error naming why it did not run (or was cancelled).
Result<double> statisticOf(
    const compare::ExperimentResult& r, const std::string& id, Statistic which = Statistic::Median)
{
    const compare::Variant* v = r.variant(id);
    if (!v)
        return Error { Error::Code::Internal, 0, "the experiment has no variant " + id };
    if (!v->error.empty())
        return Error { Error::Code::NotSupported, 0, v->error };
    if (v->samples.empty())
        return Error { Error::Code::Internal, 0, "no sample of " + id + " (cancelled?)" };
    return which == Statistic::Fastest ? v->summary.min : v->summary.median;
}

} // namespace

Generator forkSpawnGenerator()
{
    Generator g;
    g.name = "fork-spawn";
    g.page = "compare";
    g.summary = "a large process forks: how long, compared with posix_spawn";
    g.questionText = "ptlab grows its resident memory by {mib} MiB, then starts a child with fork (the child exits at "
                     "once) and another with posix_spawn of /bin/true. How many times longer than posix_spawn does "
                     "fork take?";
    g.explanationText
        = "From {mib} MiB of resident memory, fork + exit + waitpid took {fork_us} us and posix_spawn + "
          "waitpid {spawn_us} us (the fastest of {runs} runs each): fork took {measured} times as long. fork copies "
          "the page tables of every resident "
          "page ({pages} pages of 4 KiB here) so that parent and child can share the memory copy-on-write; "
          "posix_spawn (clone with CLONE_VM | CLONE_VFORK) shares the parent's memory until the exec and copies "
          "nothing. From a small process (10 MiB) fork took {fork_small_us} us: its cost grows with the memory.";
    g.prediction = { "x", 0, 1000, 1 };
    g.draw = [](Rng& rng) -> Values { return { { "mib", static_cast<double>(pick(rng, { 32, 64, 128, 256 })) } }; };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        const int mib = static_cast<int>(valueOf(p, "mib", 64));
        constexpr int Runs = 9;
        compare::RunOptions o = optionsFor(context, Runs);
        o.params["max-mib"] = mib;
        auto r = runNamed("fork-rss", o);
        if (!r)
            return r.error();
        const std::string m = std::to_string(mib);
        // The fastest of the runs: a start-up is short, and a busy machine only ever adds to it.
        auto fork = statisticOf(r.value(), "fork-" + m, Statistic::Fastest);
        auto spawn = statisticOf(r.value(), "spawn-" + m, Statistic::Fastest);
        auto small = statisticOf(r.value(), "fork-10", Statistic::Fastest);
        if (!fork)
            return fork.error();
        if (!spawn)
            return spawn.error();
        return Values {
            { "measured", *spawn > 0 ? *fork / *spawn : 0 },
            { "fork_us", *fork },
            { "spawn_us", *spawn },
            { "fork_small_us", small ? *small : 0 },
            { "pages", mib * 256.0 },
            { "runs", static_cast<double>(Runs) },
        };
    };
    return g;
}

Generator contextSwitchGenerator()
{
    Generator g;
    g.name = "context-switch";
    g.page = "compare";
    g.summary = "a context switch between threads against one between processes, on one CPU";
    g.questionText = "Two threads pinned to the same CPU pass one number back and forth through two pipes, {loops} "
                     "times; then two processes do the same. How many times as long as a round trip between the "
                     "threads does a round trip between the processes take?";
    g.explanationText
        = "A round trip took {threads_us} us between the threads and {processes_us} us between the processes "
          "(medians, both pinned to one CPU): a ratio of {measured}. Each round trip is two context switches: the "
          "writer blocks reading its pipe (Running -> Waiting), the kernel switches to the other task and back. "
          "The system calls and the scheduler's work are the same for both; between processes the switch also "
          "changes the address space, which costs a little more on some CPUs and almost nothing on others.";
    g.prediction = { "x", 0, 100, 2 };
    g.draw = [](Rng& rng) -> Values { return { { "loops", static_cast<double>(pick(rng, { 2000, 5000, 10000 })) } }; };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        compare::RunOptions o = optionsFor(context, 5);
        o.params["loops"] = valueOf(p, "loops", 5000);
        auto r = runNamed("context-switch", o);
        if (!r)
            return r.error();
        auto threads = statisticOf(r.value(), "threads-pinned");
        auto processes = statisticOf(r.value(), "processes-pinned");
        if (!threads)
            return threads.error();
        if (!processes)
            return processes.error();
        return Values {
            { "measured", *threads > 0 ? *processes / *threads : 0 },
            { "threads_us", *threads },
            { "processes_us", *processes },
        };
    };
    return g;
}

} // namespace ptlab::exercises
