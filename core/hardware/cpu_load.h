#pragma once

#include "core/util/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptlab::hardware {

// One "cpuN ..." line of /proc/stat, in clock ticks since boot.
struct CpuTimes
{
    std::optional<unsigned> cpu; // nullopt for the aggregate "cpu" line
    std::uint64_t user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    std::uint64_t total() const { return user + nice + system + idle + iowait + irq + softirq + steal; }
    std::uint64_t idleTotal() const { return idle + iowait; }
};

struct ProcStat
{
    std::optional<CpuTimes> overall; // the "cpu" line
    std::vector<CpuTimes> cpus; // the "cpuN" lines, in file order (offline CPUs are absent)
};

// Parses /proc/stat text; lines that are not CPU lines are ignored, malformed CPU lines skipped.
ProcStat parseProcStat(std::string_view text);

// Busy fractions of one CPU between two reads, each in [0, 1].
struct CpuLoad
{
    unsigned cpu = 0; // the kernel CPU number (the PU's os_index)
    double busy = 0; // 1 - idle - iowait
    double user = 0; // user + nice
    double system = 0; // system + irq + softirq
    double iowait = 0;
    double steal = 0;
};

// Loads of the CPUs present in both reads. A CPU that went offline, came back (counters restarted)
// or whose counters did not move is left out rather than reported as a made-up number.
std::vector<CpuLoad> computeLoads(const ProcStat& before, const ProcStat& after);
// The same for the aggregate line; nullopt when it is missing or did not move.
std::optional<CpuLoad> computeOverallLoad(const ProcStat& before, const ProcStat& after);

// Reads /proc/stat and reports the loads since the previous sample. Not thread-safe: one per sampler
// thread. The first sample has no previous read and gives loads averaged since boot.
class CpuLoadSampler
{
public:
    explicit CpuLoadSampler(std::string path = "/proc/stat");

    struct Sample
    {
        std::vector<CpuLoad> cpus;
        std::optional<CpuLoad> overall;
    };
    Result<Sample> sample();

private:
    std::string m_path;
    ProcStat m_previous; // zero counters before the first read: the first sample covers the time since boot
};

} // namespace ptlab::hardware
