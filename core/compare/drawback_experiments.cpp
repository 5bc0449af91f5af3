// The drawbacks of sharing, live: a race that loses updates, a deadlock and too many threads.
#include "core/compare/experiment_support.h"
#include "core/util/thread_group.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace ptlab::compare {

namespace {

pid_t currentTid()
{
    return static_cast<pid_t>(syscall(SYS_gettid));
}

// Every thread waits here until all have arrived, so they really overlap.
class StartLine
{
public:
    explicit StartLine(int n) : m_n(n) { }
    void arriveAndWait()
    {
        m_arrived.fetch_add(1, std::memory_order_acq_rel);
        while (m_arrived.load(std::memory_order_acquire) < m_n)
            std::this_thread::yield();
    }

private:
    int m_n;
    std::atomic<int> m_arrived { 0 };
};

enum class Counting
{
    Racy,
    Atomic,
    Mutex
};

// The final count, or an error when the threads could not all be started.
Result<long> countWith(Counting how, int threads, long increments, const RunOptions& o)
{
    std::atomic<long> counter { 0 };
    long guarded = 0;
    std::mutex lock;
    StartLine start(threads);
    ThreadGroup pool;
    for (int t = 0; t < threads; ++t) {
        pool.add([&, t] {
            if (o.threadStarted && t == 0)
                o.threadStarted(currentTid(), "race: counting thread");
            start.arriveAndWait();
            for (long i = 0; i < increments; ++i) {
                switch (how) {
                case Counting::Racy: {
                    // Read, then write: another thread's increment between the two is overwritten. Relaxed
                    // atomics make the loss legal C++ (no undefined behaviour, clean under sanitizers).
                    const long seen = counter.load(std::memory_order_relaxed);
                    counter.store(seen + 1, std::memory_order_relaxed);
                    break;
                }
                case Counting::Atomic:
                    counter.fetch_add(1, std::memory_order_relaxed);
                    break;
                case Counting::Mutex: {
                    std::lock_guard g(lock);
                    ++guarded;
                    break;
                }
                }
            }
        });
    }
    if (auto started = pool.start("counting threads"); !started)
        return started.error();
    pool.join();
    return how == Counting::Mutex ? guarded : counter.load();
}

} // namespace

ExperimentResult runRace(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "lost updates";
    const int threads = static_cast<int>(std::clamp(o.param("threads", 2), 2.0, 64.0));
    const long increments = static_cast<long>(std::clamp(o.param("increments", 2000000), 1000.0, 1e8));
    const double expected = static_cast<double>(threads) * static_cast<double>(increments);
    r.method = std::to_string(threads) + " threads each add 1 to a shared counter " + std::to_string(increments)
        + " times: as a separate read and write (racy), with an atomic fetch_add, and under a mutex; "
          "lost updates = expected total - final value.";
    r.facts.push_back({ "expected", expected, {} });
    r.facts.push_back({ "threads", static_cast<double>(threads), {} });
    struct Kind
    {
        const char* id;
        const char* label;
        Counting how;
    };
    const Kind kinds[] = { { "racy", "read then write (no lock)", Counting::Racy },
        { "atomic", "atomic fetch_add (fixed)", Counting::Atomic }, { "mutex", "mutex (fixed)", Counting::Mutex } };
    Progress progress(o, 3.0 * o.runs);
    for (const Kind& k : kinds) {
        Variant v = makeVariant(k.id, k.label, "lost updates");
        for (int i = 0; i < o.runs && !o.cancelled(); ++i) {
            const auto counted = countWith(k.how, threads, increments, o);
            if (!counted) {
                v.error = counted.error().message;
                break;
            }
            v.samples.push_back(expected - static_cast<double>(counted.value()));
            progress.step();
        }
        r.variants.push_back(std::move(v));
    }
    return r;
}

namespace {

// The wait-for graph of the deadlock run: who holds each lock, what each task waits for.
struct DeadlockState
{
    std::timed_mutex locks[2];
    std::atomic<int> owner[2] { -1, -1 };
    std::atomic<int> waitingFor[2] { -1, -1 };
    std::atomic<bool> backOff[2] { false, false };
    std::atomic<bool> done[2] { false, false };
    std::atomic<int> holdingFirst { 0 };
    std::atomic<std::int64_t> waitingSinceNs[2] { 0, 0 }; // when each task began to wait
    std::atomic<int> retries { 0 };
};

void deadlockTask(DeadlockState& s, int me, const RunOptions& o)
{
    const int first = me, second = 1 - me; // task 0 takes A then B, task 1 takes B then A
    if (o.threadStarted)
        o.threadStarted(
            currentTid(), me == 0 ? "deadlock task 1 (holds A, wants B)" : "deadlock task 2 (holds B, wants A)");
    s.locks[first].lock();
    s.owner[first].store(me);
    s.holdingFirst.fetch_add(1);
    while (s.holdingFirst.load() < 2) // both hold their first lock: the deadlock is certain
        std::this_thread::yield();
    s.waitingSinceNs[me].store(monotonicNs());
    s.waitingFor[me].store(second);
    bool gotSecond = false;
    // Polls with short sleeps in between: the task sleeps in the kernel (Waiting on the States page)
    // yet can hear a back-off. (try_lock_for would use pthread_mutex_clocklock, which ThreadSanitizer
    // does not intercept, so it reports the later unlock as an unlock of an unlocked mutex.)
    while (!(gotSecond = s.locks[second].try_lock())) {
        if (s.backOff[me].load())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (!gotSecond) {
        // The victim: give up its lock so the other finishes, then retry in the global order (A, B).
        s.waitingFor[me].store(-1);
        s.owner[first].store(-1);
        s.locks[first].unlock();
        s.retries.fetch_add(1);
        std::lock_guard a(s.locks[0]); // one global order: A before B, so no cycle can form again
        std::lock_guard b(s.locks[1]);
        s.done[me].store(true);
        return;
    }
    s.waitingFor[me].store(-1);
    s.owner[second].store(me);
    s.owner[second].store(-1);
    s.locks[second].unlock();
    s.owner[first].store(-1);
    s.locks[first].unlock();
    s.done[me].store(true);
}

// A cycle in the wait-for graph: each task waits for a lock the other holds.
bool cycleFound(const DeadlockState& s)
{
    for (int t = 0; t < 2; ++t) {
        const int wanted = s.waitingFor[t].load();
        if (wanted < 0)
            return false;
        const int holder = s.owner[wanted].load();
        if (holder != 1 - t)
            return false;
    }
    return true;
}

} // namespace

ExperimentResult runDeadlock(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "us";
    const double holdMs = std::clamp(o.param("hold-ms", 0), 0.0, 60000.0);
    r.method = "Task 1 locks A then wants B; task 2 locks B then wants A. A monitor reads the wait-for graph "
               "(who holds each lock, who waits for which) every millisecond; on a cycle it waits "
        + std::to_string(static_cast<int>(holdMs))
        + " ms (so the tasks can be seen Waiting), then tells task 2 to back off: it releases B, task 1 finishes, "
          "and task 2 retries taking both locks in one global order.";
    Variant detect = makeVariant("detect", "deadlock formed to detected", "us");
    Variant resolve = makeVariant("resolve", "back-off to both tasks finished", "us");
    int detected = 0, resolved = 0, runs = 0;
    Progress progress(o, o.runs);
    for (int i = 0; i < o.runs && !o.cancelled(); ++i) {
        DeadlockState s;
        ThreadGroup tasks;
        tasks.add([&s, &o] { deadlockTask(s, 0, o); });
        tasks.add([&s, &o] { deadlockTask(s, 1, o); });
        if (auto started = tasks.start("deadlock tasks"); !started) {
            detect.error = resolve.error = started.error().message;
            break;
        }
        ++runs;
        const std::int64_t start = monotonicNs();
        std::int64_t formed = 0, found = 0;
        // Both wait: the deadlock has formed. Then look for the cycle the way a detector would.
        while (monotonicNs() - start < 10'000'000'000LL && !o.cancelled()) {
            if (cycleFound(s)) {
                found = monotonicNs();
                // The deadlock formed when the second task began to wait.
                formed = std::max(s.waitingSinceNs[0].load(), s.waitingSinceNs[1].load());
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        if (found) {
            ++detected;
            detect.samples.push_back(static_cast<double>(found - formed) / 1000.0);
            const std::int64_t holdUntil = found + static_cast<std::int64_t>(holdMs * 1e6);
            while (monotonicNs() < holdUntil && !o.cancelled())
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        // Resolve (also on cancel, so no thread is left blocked): task 2 is the victim.
        const std::int64_t backOffAt = monotonicNs();
        s.backOff[1].store(true);
        tasks.join();
        if (s.done[0].load() && s.done[1].load() && s.retries.load() == 1) {
            ++resolved;
            resolve.samples.push_back(static_cast<double>(monotonicNs() - backOffAt) / 1000.0);
        }
        progress.step();
    }
    r.facts.push_back({ "detected", static_cast<double>(detected), "cycle: task 1 -> B -> task 2 -> A -> task 1" });
    r.facts.push_back({ "resolved", static_cast<double>(resolved), "task 2 backed off and retried in order A, B" });
    r.facts.push_back({ "runs", static_cast<double>(runs), {} });
    r.facts.push_back({ "hold_ms", holdMs, {} });
    r.variants = { std::move(detect), std::move(resolve) };
    return r;
}

namespace {

// One unit of CPU-bound work: a xorshift chain the compiler cannot fold.
std::uint64_t workUnits(std::uint64_t seed, long units)
{
    std::uint64_t x = seed | 1;
    for (long u = 0; u < units; ++u)
        for (int k = 0; k < 256; ++k) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
    return x;
}

} // namespace

ExperimentResult runOversubscription(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "M units/s";
    const int maxThreads = static_cast<int>(std::clamp(o.param("max-threads", 64), 1.0, 512.0));
    const long totalUnits = static_cast<long>(std::clamp(o.param("units", 40000), 64.0, 1e8));
    const unsigned cpus = std::max(1u, std::thread::hardware_concurrency());
    r.method = "A fixed CPU-bound job (" + std::to_string(totalUnits)
        + " units of 256 xorshift steps) is split evenly over 1, 2, 4 ... threads; throughput = units per second "
          "of wall time, with the involuntary context switches the threads suffered (getrusage).";
    r.facts.push_back({ "cpus", static_cast<double>(cpus), {} });
    std::vector<int> counts;
    for (int n = 1; n <= maxThreads; n *= 2)
        counts.push_back(n);
    Progress progress(o, static_cast<double>(counts.size()) * (o.warmup + o.runs));
    for (int n : counts) {
        if (o.cancelled())
            break;
        Variant v
            = makeVariant("throughput-" + std::to_string(n), std::to_string(n) + " threads", r.unit, "throughput", n);
        Variant sw = makeVariant("switches-" + std::to_string(n), std::to_string(n) + " threads, involuntary switches",
            "switches", "involuntary switches", n);
        for (int i = 0; i < o.warmup + o.runs && !o.cancelled(); ++i) {
            std::atomic<long> switches { 0 };
            std::atomic<std::uint64_t> sink { 0 };
            std::vector<std::thread> pool;
            const std::int64_t t0 = monotonicNs();
            try {
                for (int t = 0; t < n; ++t) {
                    const long share = totalUnits / n + (t < totalUnits % n ? 1 : 0);
                    pool.emplace_back([&, t, share] {
                        if (o.threadStarted && t < 8)
                            o.threadStarted(currentTid(), "oversubscription thread");
                        sink.fetch_xor(workUnits(static_cast<std::uint64_t>(t) + 1, share), std::memory_order_relaxed);
                        rusage ru {};
                        getrusage(RUSAGE_THREAD, &ru);
                        switches.fetch_add(ru.ru_nivcsw, std::memory_order_relaxed);
                    });
                }
            } catch (const std::system_error& e) {
                v.error = sw.error = std::string("cannot start ") + std::to_string(n) + " threads: " + e.what();
            }
            for (auto& t : pool)
                t.join();
            const double seconds = static_cast<double>(monotonicNs() - t0) / 1e9;
            if (!v.error.empty())
                break;
            if (i >= o.warmup) {
                v.samples.push_back(static_cast<double>(totalUnits) / seconds / 1e6);
                sw.samples.push_back(static_cast<double>(switches.load()));
            }
            progress.step();
        }
        r.variants.push_back(std::move(v));
        r.variants.push_back(std::move(sw));
    }
    return r;
}

} // namespace ptlab::compare
