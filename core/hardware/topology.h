#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ptlab::hardware {

// What an object in the topology is. Mirrors hwloc's object types, copied out so that nothing above
// core/ needs hwloc.
enum class NodeKind
{
    Machine,
    Package,
    Die,
    Group,
    NumaNode,
    MemCache, // a memory-side cache in front of a NUMA node
    Cache, // CPU cache: see TopologyNode::cache_level / cache_type
    Core,
    PU, // processing unit: a hardware thread, what the kernel calls a CPU
    Bridge, // host bridge or PCI-to-PCI bridge
    PciDevice,
    OsDevice, // what the OS names: block device, network interface, GPU, ...
    Misc,
};

enum class CacheType
{
    Unified,
    Data,
    Instruction
};

enum class OsDeviceType
{
    Unknown,
    Block,
    Gpu,
    Network,
    OpenFabrics,
    Dma,
    CoProcessor
};

struct PciInfo
{
    unsigned domain = 0, bus = 0, dev = 0, func = 0;
    unsigned class_id = 0; // class << 8 | subclass, e.g. 0x0200 Ethernet
    unsigned vendor_id = 0, device_id = 0;
    float link_speed_gbps = 0; // 0 when unknown
    std::string class_name; // from the class id: "Ethernet", "VGA", "NVMe", ...
    std::string address() const; // "0000:00:02.0"
};

// One object of the topology. Nodes live in Topology::nodes and refer to each other by index.
struct TopologyNode
{
    NodeKind kind = NodeKind::Misc;
    int parent = -1; // index in Topology::nodes, -1 for the root
    // Ordered like lstopo draws them: memory children (NUMA nodes), CPU-side children, I/O, misc.
    std::vector<int> children;
    int depth = 0; // distance from the root

    unsigned logical_index = 0; // hwloc's L#, counted per kind (per cache level and type for caches)
    std::optional<unsigned> os_index; // hwloc's P#: the kernel's CPU number for PUs
    std::string type_name; // hwloc's name for the type: "Package", "L3", "L1d", "PCI", "Block"...
    std::string subtype; // e.g. "Die", "Cluster" for groups; "Storage"/"Memory" for some OS devices
    std::string name; // e.g. "eth0", "nvme0n1", "card0"

    // Caches.
    unsigned cache_level = 0;
    CacheType cache_type = CacheType::Unified;
    std::uint64_t cache_size = 0; // bytes
    unsigned cache_line_size = 0;

    // Memory: local to a NUMA node; total below any object (0 when the source did not say).
    std::uint64_t local_memory = 0;
    std::uint64_t total_memory = 0;

    // I/O.
    std::optional<PciInfo> pci; // PCI devices and PCI-side of bridges
    bool host_bridge = false;
    OsDeviceType osdev_type = OsDeviceType::Unknown;

    // hwloc's info pairs (CPUModel, PCIVendor, PCIDevice, GPUModel, Size, ...), in hwloc's order.
    std::vector<std::pair<std::string, std::string>> infos;

    std::string info(std::string_view key) const; // empty when absent
    bool isMemorySide() const { return kind == NodeKind::NumaNode || kind == NodeKind::MemCache; }
    bool isIo() const { return kind == NodeKind::Bridge || kind == NodeKind::PciDevice || kind == NodeKind::OsDevice; }
};

// A kind of CPU on hybrid processors (performance vs efficiency cores), from hwloc's cpukinds.
struct CpuKind
{
    int efficiency = -1; // hwloc's ranking: higher is more powerful; -1 when unknown
    std::vector<unsigned> pus; // kernel CPU numbers (PU os_index)
    std::vector<std::pair<std::string, std::string>> infos; // e.g. CoreType, FrequencyMaxMHz
    std::string name() const; // CoreType, else "kind N" from the efficiency
};

enum class TopologySource
{
    Live,
    Xml,
    Synthetic,
    Fallback
};

// The whole topology as plain data: cheap to copy, safe to hand to another thread.
struct Topology
{
    std::vector<TopologyNode> nodes; // nodes[0] is the Machine
    TopologySource source = TopologySource::Live;
    std::string origin; // the file name or synthetic description it came from; empty for live
    std::string fallback_reason; // why hwloc was not used (source == Fallback)
    std::vector<CpuKind> cpu_kinds; // empty or a single kind on most machines
    // The hwloc XML of this topology (as `lstopo --of xml` writes it); empty for the fallback.
    std::string xml;

    const TopologyNode& root() const { return nodes.front(); }
    bool empty() const { return nodes.empty(); }
    std::size_t count(NodeKind kind) const;
    // Indices of the nodes of one kind, in tree (depth-first) order, which is logical order.
    std::vector<int> indicesOf(NodeKind kind) const;
    // The PU with this kernel CPU number, or -1.
    int findPu(unsigned os_index) const;
    // The index in cpu_kinds of the kind this PU belongs to, or -1.
    int cpuKindOf(unsigned pu_os_index) const;
    // The kernel CPU numbers of the PUs below a node, in logical order.
    std::vector<unsigned> pusBelow(int index) const;
};

// "live", "xml", "synthetic", "fallback" (the command line's JSON values).
std::string_view sourceName(TopologySource source);
// "Unified", "Data", "Instruction".
std::string_view cacheTypeName(CacheType type);
// "Block", "GPU", "Network", "OpenFabrics", "DMA", "CoProcessor", "Unknown".
std::string_view osDeviceTypeName(OsDeviceType type);

// A student-friendly size with binary units: "32 KiB", "1 MiB", "15.6 GiB".
std::string formatBytes(std::uint64_t bytes);

// The lines lstopo would print in the object's box, e.g. {"L3 (32 MiB)"}, {"PU L#3", "P#3"}.
std::vector<std::string> nodeLabel(const TopologyNode& node);

} // namespace ptlab::hardware
