#pragma once

#include "core/hardware/topology.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ptlab::hardware {

// Caches of one level, type and size, e.g. {2, Unified, 1 MiB, 8}: "8 × L2 1 MiB".
struct CacheSummary
{
    unsigned level = 0;
    CacheType type = CacheType::Unified;
    std::uint64_t size_bytes = 0;
    unsigned count = 0;
};

// A GPU or co-processor: one entry per PCI device (its OS devices such as card0 and renderD128 merged).
struct GpuSummary
{
    std::string name; // the model when known (GPUModel, PCIDevice), else the OS device name
    std::string vendor; // GPUVendor or PCIVendor when known
    std::string pci_address; // empty when hwloc did not attach it to a PCI device
    std::vector<std::string> os_devices; // "card0", "renderD128", "cuda0", ...
};

// A PCI device for the "other devices" list.
struct PciSummary
{
    std::string address;
    std::string class_name;
    std::string vendor; // PCIVendor when hwloc knows it, else the hex id
    std::string device; // PCIDevice when hwloc knows it, else the hex id
    std::vector<std::string> os_devices; // "eth0", "nvme0n1", ...
};

// One kind of core on a hybrid processor.
struct CpuKindSummary
{
    std::string name; // "Performance core", or hwloc's CoreType (e.g. "IntelCore"), or "kind N"
    int efficiency = -1; // higher is more powerful
    unsigned cores = 0;
    unsigned pus = 0;
};

// The facts a student wants first, computed from a topology (plus the running system for live ones).
struct HardwareSummary
{
    std::string cpu_model; // e.g. "AMD EPYC"; several different models are joined with " + "
    unsigned packages = 0;
    unsigned numa_nodes = 0;
    unsigned cores = 0;
    unsigned pus = 0; // hardware threads
    std::vector<CpuKindSummary> cpu_kinds; // only for hybrid processors (2 kinds or more), most powerful first
    std::vector<CacheSummary> caches; // by level, then data before instruction, then size
    std::uint64_t memory_bytes = 0; // total RAM hwloc (or /proc/meminfo) reports
    std::optional<std::uint64_t> memory_available_bytes; // MemAvailable, live machine only
    // MemTotal, live machine only. It can differ from hwloc's NUMA total (e.g. memory hot-added to a VM).
    std::optional<std::uint64_t> memory_kernel_total_bytes;
    std::vector<GpuSummary> gpus; // empty: no discrete GPU found
    std::vector<PciSummary> pci_devices;
    std::string os; // e.g. "Debian GNU/Linux 12 (bookworm)"; for XML, what the file says
    std::string kernel; // e.g. "6.1.0-18-amd64"
    std::string hostname;
    std::string architecture; // e.g. "x86_64"
    TopologySource source = TopologySource::Live;
    std::string origin;
    std::string fallback_reason;
    bool smt() const { return pus > cores && cores > 0; }
};

// Counts, caches, GPUs and devices from the topology alone; OS fields from the root's infos
// (OSName, OSRelease, HostName, Architecture), which XML files carry.
HardwareSummary summarize(const Topology& topology);

// Adds what only the running system knows: MemAvailable, OS pretty name and kernel (uname,
// /etc/os-release), and the CPU model from /proc/cpuinfo when hwloc had none. `root` is for tests.
void addLiveDetails(HardwareSummary& summary, const std::string& root = "/");

// Reads "PRETTY_NAME" (or NAME) from os-release text.
std::string osReleasePrettyName(const std::string& os_release);

// The summary of a topology, with live details when it describes this machine (Live or Fallback).
HardwareSummary summarizeWithLiveDetails(const Topology& topology);

} // namespace ptlab::hardware
