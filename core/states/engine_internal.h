#pragma once

// Helpers shared by the engine's files (spawning, sampling, controls); not part of its interface.

#include "core/states/engine.h"
#include "core/util/error.h"

#include <chrono>
#include <cstdint>
#include <ctime>
#include <sched.h>
#include <string>
#include <vector>

namespace ptlab::states::detail {

inline std::int64_t steadyNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

inline std::uint64_t threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<std::uint64_t>(ts.tv_nsec);
}

inline std::vector<int> readAffinity(pid_t tid)
{
    std::vector<int> cpus;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(tid, sizeof set, &set) == 0) {
        for (int c = 0; c < CPU_SETSIZE; ++c) {
            if (CPU_ISSET(c, &set))
                cpus.push_back(c);
        }
    }
    return cpus;
}

inline Error notFound(TaskId id)
{
    return Error { Error::Code::NotFound, ESRCH, "no task with id " + std::to_string(id) };
}

inline Error alreadyEnded(TaskId id)
{
    return Error { Error::Code::NotFound, ESRCH, "task " + std::to_string(id) + " has already terminated" };
}

} // namespace ptlab::states::detail
