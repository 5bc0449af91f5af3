#include "core/util/thread_priority.h"

#include <sys/resource.h>
#include <unistd.h>

namespace ptlab {

bool setCurrentThreadNice(int nice)
{
    return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), nice) == 0;
}

} // namespace ptlab

#include <fstream>
#include <string>

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
