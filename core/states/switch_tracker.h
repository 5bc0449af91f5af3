#pragma once

#include "core/util/error.h"

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <sys/types.h>
#include <vector>

struct perf_event_attr;

namespace ptlab::states {

// perf_event_open(2) as the kernel offers it; tests inject a refusal.
using PerfEventOpen = std::function<int(perf_event_attr* attr, pid_t pid, int cpu, int groupFd, unsigned long flags)>;

// One context switch of a tracked task, from the kernel's PERF_RECORD_SWITCH.
struct SwitchRecord
{
    enum class Kind : std::uint8_t
    {
        In, // scheduled onto a CPU: -> Running
        OutPreempted, // PERF_RECORD_MISC_SWITCH_OUT_PREEMPT: still runnable -> Ready
        OutBlocked, // went to sleep (or stopped) -> Waiting
        Exit, // PERF_RECORD_EXIT: the thread ended (the kernel sends no switch-out for it)
    };
    std::int64_t timeNs = 0; // CLOCK_MONOTONIC
    pid_t tid = 0;
    Kind kind = Kind::In;
    std::int16_t cpu = -1;
};

// The exact source: every context switch of the tasks it tracks, read from one perf mmap ring per
// CPU. The kernel allows it to an ordinary user for their own tasks where perf_event_paranoid <= 2.
// Each task gets one dummy software event per CPU with context_switch records, redirected
// (PERF_EVENT_IOC_SET_OUTPUT) into that CPU's ring: two rings in all, whatever the task count,
// which keeps locked memory small (perf_event_mlock_kb).
// Thread-safe: spawn threads track and untrack, the sampler thread drains.
class SwitchTracker
{
public:
    ~SwitchTracker();
    SwitchTracker(const SwitchTracker&) = delete;
    SwitchTracker& operator=(const SwitchTracker&) = delete;

    // The rings, or why exact mode is not available (the reason is a sentence for the user).
    static Result<SwitchTracker*> create(PerfEventOpen open = {});

    // Starts recording `tid`'s switches; the handle (never reused) is for untrack().
    [[nodiscard]] Result<int> track(pid_t tid);
    void untrack(int handle);
    // Appends every record written since the last call, in ring order (per CPU). Returns the number
    // of records the kernel reported lost (a ring overflowed).
    std::uint64_t drain(std::vector<SwitchRecord>& out);
    int cpuCount() const { return static_cast<int>(m_rings.size()); }

private:
    struct Ring
    {
        int cpu = -1;
        int fd = -1;
        void* base = nullptr;
        std::size_t bytes = 0;
    };
    struct Tracked
    {
        int handle = 0;
        pid_t tid = 0;
        std::vector<int> fds;
    };
    SwitchTracker() = default;
    int openEvent(pid_t pid, int cpu, bool switches);

    PerfEventOpen m_open;
    std::mutex m_lock;
    std::vector<Ring> m_rings;
    std::vector<Tracked> m_tracked;
    int m_nextHandle = 1;
};

// Why the kernel refused perf events, for the page and `ptlab states --source exact`.
std::string perfRefusalReason(int errnum);
int perfEventParanoid(); // /proc/sys/kernel/perf_event_paranoid, or 99 when unreadable

} // namespace ptlab::states
