#pragma once

#include "core/hardware/topology.h"
#include "core/util/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptlab::hardware {

// What the fallback reads when hwloc is of no use: file contents, so tests can pass fake ones.
struct ProcFiles
{
    std::string cpuinfo; // /proc/cpuinfo
    std::string meminfo; // /proc/meminfo
    std::string online; // /sys/devices/system/cpu/online, e.g. "0-3,6"; empty when unreadable
    long online_cpus = 0; // sysconf(_SC_NPROCESSORS_ONLN); 0 when unknown
};

// Packages, cores and PUs from /proc/cpuinfo ("physical id", "core id", "processor"), memory from
// /proc/meminfo; a single NUMA node. Caches are unknown. Fails only when no CPU can be found at all.
Result<Topology> buildFallbackTopology(const ProcFiles& files, const std::string& reason);

// Reads the files under `root` ("/" for the live machine; sysconf is asked only then).
ProcFiles readProcFiles(const std::string& root = "/");

// "0-3,6" -> {0,1,2,3,6}; malformed parts are skipped, and so are CPU numbers from MaxCpuNumber on
// (Linux numbers at most 8192 CPUs, CONFIG_NR_CPUS; a corrupt list asked for tens of thousands).
inline constexpr unsigned MaxCpuNumber = 8192;
std::vector<unsigned> parseCpuList(std::string_view text);

// A "Key:   123 kB" line of /proc/meminfo, in bytes.
std::optional<std::uint64_t> meminfoBytes(std::string_view meminfo, std::string_view key);

// The first CPU model name in /proc/cpuinfo ("model name", or what other architectures call it).
std::string cpuinfoModelName(std::string_view cpuinfo);

} // namespace ptlab::hardware
