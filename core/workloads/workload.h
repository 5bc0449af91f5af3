#pragma once

#include "core/util/error.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace ptlab::workloads {

// How the work is split: worker threads in this process, worker processes (fork without exec, so the
// child runs the same work function), or one thread running an event loop (chat server only).
enum class Mode
{
    Threads,
    Processes,
    Events,
};

[[nodiscard]] std::string_view toString(Mode mode);
[[nodiscard]] bool parseMode(std::string_view text, Mode& mode);

struct RunOptions
{
    Mode mode = Mode::Threads;
    int workers = 2;
    double size = 1.0; // scales the total work; the same size gives the same checksum in every mode
    bool crashOne = false; // one worker raises SIGSEGV: shows what a crash takes down
    int port = 0; // servers: 0 picks a free loopback port
    std::chrono::milliseconds timeout { 60000 }; // every run stops itself after this
    const std::atomic<bool>* cancel = nullptr; // set to stop a run (children are killed and reaped)
    // Called on each worker thread as it starts (thread mode in this process), e.g. to watch it.
    std::function<void(int worker, pid_t tid)> onThreadStarted;
    // Called with each worker process's pid after fork (process mode).
    std::function<void(int worker, pid_t pid)> onProcessStarted;
};

struct Metric
{
    std::string name; // "latency_p50_ms"
    double value = 0;
};

struct RunResult
{
    std::string workload;
    Mode mode = Mode::Threads;
    int workers = 0;
    double wallS = 0;
    double throughput = 0; // items per second
    std::string throughputUnit; // "requests/s", "files/s", ...
    double cpuPercent = 0; // CPU time of the workers over wall time (100 = one core busy)
    double peakRssMb = 0; // peak resident memory of the process and its live workers, sampled
    std::uint64_t checksum = 0; // of the result: equal in every mode for the same size
    std::uint64_t items = 0; // units of work done (requests, files, bodies x steps, ...)
    bool verified = false; // the result was checked (counts, conservation, every file built)
    std::string verification; // what was checked, in English, for the command line
    std::vector<Metric> extra;
    // Crash behaviour (only with RunOptions::crashOne).
    bool crashed = false; // a worker died of a signal
    int workersLost = 0; // threads or processes that died with it
    bool resultComplete = true; // the survivors (or the supervisor) still produced the whole result
    std::string crashReport; // English, for the command line
    std::vector<pid_t> workerPids; // process mode: the children that ran
};

struct WorkloadInfo
{
    std::string name; // "web-server": the command-line and preset name
    std::string app; // the row of the twelve it is a miniature of: "web-server", "physics", ...
    std::string summary; // one line for `ptlab workload list`
    std::vector<Mode> modes; // modes it runs in, the first is its natural one
};

using RunFunction = std::function<Result<RunResult>(const RunOptions&)>;

[[nodiscard]] const std::vector<WorkloadInfo>& workloadList();
[[nodiscard]] const WorkloadInfo* findWorkload(std::string_view name);
[[nodiscard]] bool supportsMode(const WorkloadInfo& info, Mode mode);
// Runs one miniature to completion (or cancel / timeout); checks its result.
[[nodiscard]] Result<RunResult> runWorkload(std::string_view name, const RunOptions& options);

} // namespace ptlab::workloads
