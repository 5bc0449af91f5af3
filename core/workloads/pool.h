#pragma once

#include "core/workloads/workload.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ptlab::workloads {

// What one worker hands back. Every field combines by addition, so the merged result does not depend
// on which worker did which part (the checksum is the same in every mode).
struct Partial
{
    std::uint64_t sum = 0; // wraps: a sum of per-item hashes
    std::uint64_t count = 0;
    std::unordered_map<std::string, std::uint64_t> keys; // word counts, findings...
    void merge(const Partial& other);
    [[nodiscard]] std::uint64_t key(const std::string& name) const;
};

[[nodiscard]] std::string serialize(const Partial& partial);
[[nodiscard]] bool deserialize(std::string_view bytes, Partial& partial);

// Anonymous shared memory mapped before fork: worker threads and worker processes see the same bytes.
class SharedRegion
{
public:
    explicit SharedRegion(std::size_t bytes);
    ~SharedRegion();
    SharedRegion(const SharedRegion&) = delete;
    SharedRegion& operator=(const SharedRegion&) = delete;
    [[nodiscard]] bool ok() const { return m_data != nullptr; }
    [[nodiscard]] void* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }

private:
    void* m_data = nullptr;
    std::size_t m_size = 0;
};

struct WorkerContext
{
    int worker = 0;
    int workers = 1;
    bool crash = false; // this worker must crash (crashNow) at its workload's crash point
};

// Raises SIGSEGV with the default action (even under a sanitizer's handler): the task dies of it.
[[noreturn]] void crashNow();

using WorkerFunction = std::function<Partial(const WorkerContext&)>;

struct PoolReport
{
    std::vector<Partial> partials; // one per worker that finished
    double wallS = 0;
    double cpuS = 0; // CPU time of the workers (threads: their own clocks; processes: wait4's rusage)
    double peakRssMb = 0;
    std::vector<int> crashedWorkers; // died of a signal (thread mode: every worker, the process died)
    int crashSignal = 0;
    bool wholeProcessLost = false;
    std::vector<pid_t> pids;
};

struct PoolOptions
{
    // If one worker dies the others cannot finish (they wait for its part, e.g. at a barrier): kill them.
    bool coupled = false;
    // Set to a non-zero value (shared memory) when the run is cancelled or times out, so workers leave.
    std::atomic<int>* stop = nullptr;
};

// Runs `fn` on options.workers workers in options.mode (Threads or Processes). Thread mode with
// crashOne runs inside a sacrificial child process, so a crashing thread takes down that child and
// not the caller. Cancel and timeout kill and reap every child. Error: fork/thread failure, cancel,
// timeout.
[[nodiscard]] Result<PoolReport> runPool(const RunOptions& options, const PoolOptions& pool, const WorkerFunction& fn);

// Item indices 0..n-1 handed to whichever worker asks first (make -j's job slots), through a counter in
// shared memory, so the same queue serves threads and processes.
class ItemQueue
{
public:
    explicit ItemQueue(std::size_t items);
    [[nodiscard]] bool next(int worker, std::size_t& item);
    [[nodiscard]] std::atomic<int>* stopFlag();
    [[nodiscard]] std::size_t size() const { return m_items; }
    // Items claimed by one of `workers` (e.g. crashed ones): their results were lost.
    [[nodiscard]] std::vector<std::size_t> claimedBy(const std::vector<int>& workers) const;

private:
    struct Header;
    std::size_t m_items;
    SharedRegion m_region;
};

using ItemFunction = std::function<void(std::size_t item, Partial& acc)>;

struct ItemsOutcome
{
    PoolReport report;
    Partial merged;
    std::size_t redone = 0; // items of crashed workers the supervisor redid
};

// runPool over an ItemQueue: each worker takes items until none are left. A crashing worker crashes
// right after taking its first item; in process mode the supervisor (the caller) redoes the items
// the crashed worker had taken, so the result is still complete.
[[nodiscard]] Result<ItemsOutcome> runItems(const RunOptions& options, std::size_t items, const ItemFunction& fn);

// Copies the pool's measurements and crash outcome into a result.
void fillFromPool(RunResult& result, const PoolReport& report, const RunOptions& options);

[[nodiscard]] Error cancelledOrTimedOut(const RunOptions& options);
[[nodiscard]] bool isCancelled(const RunOptions& options);

} // namespace ptlab::workloads
