#pragma once

#include "core/compare/statistics.h"
#include "core/util/error.h"

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace ptlab::compare {

// One measured alternative of an experiment ("pthread_create + join", "pipe, processes, 4 KiB").
struct Variant
{
    std::string id; // stable, for files and tests: "pthread", "fork-exit"
    std::string label; // English, for the command line (the page names variants itself)
    std::string series; // variants sharing a series form one line over `param`; empty: a box of its own
    double param = 0; // x within the series: bytes, MiB, threads
    std::string unit; // "us", "MB/s", "KiB", "lost updates", "yes=1"
    std::vector<double> samples; // one per repetition, in the order measured
    Summary summary;
    std::string error; // why this variant could not run here; empty when it ran
};

// An observation that is not a distribution: a signal number, a yes/no, a count.
struct Fact
{
    std::string key;
    double value = 0;
    std::string text;
};

struct ExperimentResult
{
    std::string name; // the bench name: "thread-create"
    std::string unit; // the main unit of the variants
    int runs = 0;
    int warmup = 0;
    std::string method; // one English sentence: how it was measured
    std::vector<Variant> variants;
    std::vector<Fact> facts;
    std::optional<Error> error; // the whole experiment could not run here
    bool cancelled = false;
    double seconds = 0; // wall time of the run

    const Variant* variant(std::string_view id) const;
    const Fact* fact(std::string_view key) const;
};

struct RunOptions
{
    int runs = 0; // repetitions; 0: the experiment's default
    int warmup = -1; // unmeasured repetitions first; -1: the experiment's default
    const std::atomic<bool>* cancel = nullptr; // checked between repetitions (a stop takes well under a second)
    // A demo thread started (its kernel tid) or is about to end: the ui watches it on the States page.
    std::function<void(pid_t tid, const std::string& label)> threadStarted;
    std::function<void(pid_t tid)> threadEnding;
    // A demo child process started (called in the parent, outside any timed section): watched likewise.
    std::function<void(pid_t pid, const std::string& label)> processStarted;
    std::function<void(double fraction)> progress; // 0..1 within this experiment
    std::map<std::string, double> params; // experiment-specific: "max-mib", "tasks", "hold-ms", ...

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    double param(const std::string& key, double fallback) const;
};

struct ExperimentInfo
{
    std::string name;
    std::string summary; // one English line for `ptlab bench list`
    int defaultRuns = 10;
    std::function<ExperimentResult(const RunOptions&)> run;
};

// Every experiment, in the order of the course's table.
const std::vector<ExperimentInfo>& experiments();
const ExperimentInfo* findExperiment(std::string_view name);

// Runs one experiment, filling the summaries, runs/warm-up and wall time.
[[nodiscard]] ExperimentResult runExperiment(const ExperimentInfo& info, const RunOptions& options);

// The experiments themselves (one file each or per family).
ExperimentResult runThreadCreate(const RunOptions& o);
ExperimentResult runProcessCreate(const RunOptions& o);
ExperimentResult runForkRss(const RunOptions& o);
ExperimentResult runTermination(const RunOptions& o);
ExperimentResult runContextSwitch(const RunOptions& o);
ExperimentResult runIpc(const RunOptions& o);
ExperimentResult runTaskMemory(const RunOptions& o);
ExperimentResult runIsolation(const RunOptions& o);
ExperimentResult runSharing(const RunOptions& o);
ExperimentResult runBlocking(const RunOptions& o);
ExperimentResult runRace(const RunOptions& o);
ExperimentResult runDeadlock(const RunOptions& o);
ExperimentResult runOversubscription(const RunOptions& o);

} // namespace ptlab::compare
