#include "core/util/thread_priority.h"

#include <cerrno>
#include <cstdint>
#include <exception>
#include <fstream>
#include <sched.h>
#include <string>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ptlab {

namespace {

// The kernel's struct sched_attr (include/uapi/linux/sched/types.h); glibc 2.36 has no wrapper.
struct SchedAttr
{
    std::uint32_t size;
    std::uint32_t policy;
    std::uint64_t flags;
    std::int32_t nice;
    std::uint32_t priority;
    std::uint64_t runtime; // for fair policies since Linux 6.12: the requested slice, in ns
    std::uint64_t deadline;
    std::uint64_t period;
};

} // namespace

bool setCurrentThreadNice(int nice)
{
    return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), nice) == 0;
}

bool setTimeSlice(int tid, std::chrono::microseconds slice)
{
    const int policy = sched_getscheduler(tid);
    if (policy < 0)
        return false;
    const int fair = policy & ~SCHED_RESET_ON_FORK;
    if (fair != SCHED_OTHER && fair != SCHED_BATCH && fair != SCHED_IDLE)
        return false; // real-time threads have no fair slice
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(tid));
    if (nice == -1 && errno != 0)
        return false;
    SchedAttr attr {};
    attr.size = sizeof attr;
    attr.policy = static_cast<std::uint32_t>(fair);
    attr.nice = nice;
    attr.runtime = static_cast<std::uint64_t>(std::chrono::nanoseconds(slice).count());
    // Threads and processes this one creates start with the default slice (and a nice of at least 0)
    // instead of inheriting the short one: demo tasks must be scheduled like anyone's.
    constexpr std::uint64_t ResetOnFork = 0x01; // SCHED_FLAG_RESET_ON_FORK
    attr.flags = slice.count() > 0 ? ResetOnFork : 0;
    return syscall(SYS_sched_setattr, tid, &attr, 0u) == 0;
}

std::optional<std::chrono::microseconds> currentTimeSlice()
{
    std::ifstream sched("/proc/thread-self/sched");
    for (std::string line; std::getline(sched, line);) {
        if (line.rfind("se.slice", 0) == 0) {
            const auto colon = line.find(':');
            if (colon == std::string::npos)
                return std::nullopt;
            try {
                return std::chrono::microseconds(std::stoll(line.substr(colon + 1)) / 1000);
            } catch (const std::exception&) {
                return std::nullopt;
            }
        }
    }
    return std::nullopt;
}

} // namespace ptlab

namespace ptlab {

bool mayRaisePriority()
{
    if (geteuid() == 0)
        return true;
    rlimit limit {};
    if (getrlimit(RLIMIT_NICE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur > 20)
        return true;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("CapEff:", 0) == 0) {
            const unsigned long long caps = std::stoull(line.substr(7), nullptr, 16);
            constexpr int CapSysNice = 23;
            return (caps >> CapSysNice) & 1u;
        }
    }
    return false;
}

} // namespace ptlab
