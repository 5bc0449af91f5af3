#include "core/hardware/hardware_summary.h"

#include "core/hardware/fallback_topology.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/utsname.h>
#include <tuple>

namespace ptlab::hardware {

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string hexId(unsigned id)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04x", id & 0xffff);
    return buf;
}

// The nearest PCI device above an OS device, or -1.
int pciAncestor(const Topology& t, int index)
{
    for (int i = t.nodes[index].parent; i >= 0; i = t.nodes[i].parent) {
        if (t.nodes[i].kind == NodeKind::PciDevice)
            return i;
        if (!t.nodes[i].isIo())
            break;
    }
    return -1;
}

void appendUnique(std::vector<std::string>& list, const std::string& s)
{
    if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end())
        list.push_back(s);
}

int cacheTypeOrder(CacheType type)
{
    return type == CacheType::Data ? 0 : type == CacheType::Instruction ? 1 : 2;
}

std::vector<CacheSummary> summarizeCaches(const Topology& t)
{
    std::vector<CacheSummary> caches;
    for (const auto& node : t.nodes) {
        if (node.kind != NodeKind::Cache)
            continue;
        auto it = std::find_if(caches.begin(), caches.end(), [&node](const CacheSummary& c) {
            return c.level == node.cache_level && c.type == node.cache_type && c.size_bytes == node.cache_size;
        });
        if (it == caches.end())
            caches.push_back(CacheSummary { node.cache_level, node.cache_type, node.cache_size, 1 });
        else
            ++it->count;
    }
    std::sort(caches.begin(), caches.end(), [](const CacheSummary& a, const CacheSummary& b) {
        return std::tuple(a.level, cacheTypeOrder(a.type), b.size_bytes)
            < std::tuple(b.level, cacheTypeOrder(b.type), a.size_bytes);
    });
    return caches;
}

void summarizeGpus(const Topology& t, HardwareSummary& s)
{
    std::vector<std::vector<int>> members; // per GPU: its OS devices, then its PCI device (if any)
    for (std::size_t i = 0; i < t.nodes.size(); ++i) {
        const auto& node = t.nodes[i];
        if (node.kind != NodeKind::OsDevice
            || (node.osdev_type != OsDeviceType::Gpu && node.osdev_type != OsDeviceType::CoProcessor))
            continue;
        const int pci = pciAncestor(t, static_cast<int>(i));
        const std::string address = pci >= 0 && t.nodes[pci].pci ? t.nodes[pci].pci->address() : std::string();
        auto it = std::find_if(s.gpus.begin(), s.gpus.end(),
            [&address](const GpuSummary& g) { return !address.empty() && g.pci_address == address; });
        if (it == s.gpus.end()) {
            s.gpus.push_back(GpuSummary { {}, {}, address, {} });
            members.emplace_back();
            it = s.gpus.end() - 1;
        }
        members[static_cast<std::size_t>(it - s.gpus.begin())].push_back(static_cast<int>(i));
        appendUnique(it->os_devices, node.name);
    }
    // The model an OS device reports (CUDA, OpenCL, NVML) beats the PCI database's device name.
    for (std::size_t g = 0; g < s.gpus.size(); ++g) {
        auto& gpu = s.gpus[g];
        const int pci = members[g].empty() ? -1 : pciAncestor(t, members[g].front());
        if (pci >= 0)
            members[g].push_back(pci);
        for (const char* key : { "GPUModel", "PCIDevice" }) {
            for (int m : members[g]) {
                if (gpu.name.empty())
                    gpu.name = t.nodes[m].info(key);
            }
        }
        for (const char* key : { "GPUVendor", "PCIVendor" }) {
            for (int m : members[g]) {
                if (gpu.vendor.empty())
                    gpu.vendor = t.nodes[m].info(key);
            }
        }
        if (gpu.name.empty() && !gpu.os_devices.empty())
            gpu.name = gpu.os_devices.front();
    }
}

void summarizePci(const Topology& t, HardwareSummary& s)
{
    for (const auto& node : t.nodes) {
        if (node.kind != NodeKind::PciDevice || !node.pci)
            continue;
        PciSummary p;
        p.address = node.pci->address();
        p.class_name = node.pci->class_name;
        p.vendor = node.info("PCIVendor");
        if (p.vendor.empty())
            p.vendor = hexId(node.pci->vendor_id);
        p.device = node.info("PCIDevice");
        if (p.device.empty())
            p.device = hexId(node.pci->device_id);
        for (int c : node.children) {
            if (t.nodes[c].kind == NodeKind::OsDevice)
                appendUnique(p.os_devices, t.nodes[c].name);
        }
        s.pci_devices.push_back(std::move(p));
    }
}

void summarizeCpuKinds(const Topology& t, HardwareSummary& s)
{
    if (t.cpu_kinds.size() < 2)
        return;
    for (const auto& kind : t.cpu_kinds) {
        CpuKindSummary k { kind.name(), kind.efficiency, 0, static_cast<unsigned>(kind.pus.size()) };
        // A core belongs to the kind of its PUs.
        for (int core : t.indicesOf(NodeKind::Core)) {
            const auto pus = t.pusBelow(core);
            if (!pus.empty() && std::find(kind.pus.begin(), kind.pus.end(), pus.front()) != kind.pus.end())
                ++k.cores;
        }
        s.cpu_kinds.push_back(std::move(k));
    }
    std::sort(s.cpu_kinds.begin(), s.cpu_kinds.end(),
        [](const CpuKindSummary& a, const CpuKindSummary& b) { return a.efficiency > b.efficiency; });
}

} // namespace

HardwareSummary summarize(const Topology& t)
{
    HardwareSummary s;
    s.source = t.source;
    s.origin = t.origin;
    s.fallback_reason = t.fallback_reason;
    if (t.empty())
        return s;
    s.packages = static_cast<unsigned>(t.count(NodeKind::Package));
    s.numa_nodes = static_cast<unsigned>(t.count(NodeKind::NumaNode));
    s.cores = static_cast<unsigned>(t.count(NodeKind::Core));
    s.pus = static_cast<unsigned>(t.count(NodeKind::PU));
    s.caches = summarizeCaches(t);
    summarizeCpuKinds(t, s);

    s.memory_bytes = t.root().total_memory;
    if (s.memory_bytes == 0) {
        for (const auto& node : t.nodes)
            s.memory_bytes += node.kind == NodeKind::NumaNode ? node.local_memory : 0;
    }

    std::vector<std::string> models;
    for (const auto& node : t.nodes)
        appendUnique(models, node.info("CPUModel"));
    for (const auto& m : models)
        s.cpu_model += (s.cpu_model.empty() ? "" : " + ") + m;

    summarizeGpus(t, s);
    summarizePci(t, s);

    const auto& root = t.root();
    s.os = root.info("OSName");
    s.kernel = root.info("OSRelease");
    s.hostname = root.info("HostName");
    s.architecture = root.info("Architecture");
    return s;
}

std::string osReleasePrettyName(const std::string& os_release)
{
    std::string name;
    std::istringstream in(os_release);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = line.substr(0, eq);
        std::string value = line.substr(eq + 1);
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        if (key == "PRETTY_NAME" && !value.empty())
            return value;
        if (key == "NAME")
            name = value;
    }
    return name;
}

void addLiveDetails(HardwareSummary& s, const std::string& root)
{
    std::string base = root;
    if (!base.empty() && base.back() == '/')
        base.pop_back();
    const std::string meminfo = readFile(base + "/proc/meminfo");
    s.memory_available_bytes = meminfoBytes(meminfo, "MemAvailable");
    s.memory_kernel_total_bytes = meminfoBytes(meminfo, "MemTotal");
    if (s.memory_bytes == 0)
        s.memory_bytes = meminfoBytes(meminfo, "MemTotal").value_or(0);
    if (s.cpu_model.empty())
        s.cpu_model = cpuinfoModelName(readFile(base + "/proc/cpuinfo"));

    std::string pretty = osReleasePrettyName(readFile(base + "/etc/os-release"));
    if (pretty.empty())
        pretty = osReleasePrettyName(readFile(base + "/usr/lib/os-release"));
    struct utsname u
    { };
    const bool have_uname = uname(&u) == 0;
    if (!pretty.empty())
        s.os = pretty;
    else if (s.os.empty() && have_uname)
        s.os = u.sysname;
    if (have_uname) {
        if (s.kernel.empty())
            s.kernel = u.release;
        if (s.hostname.empty())
            s.hostname = u.nodename;
        if (s.architecture.empty())
            s.architecture = u.machine;
    }
}

HardwareSummary summarizeWithLiveDetails(const Topology& topology)
{
    HardwareSummary s = summarize(topology);
    if (topology.source == TopologySource::Live || topology.source == TopologySource::Fallback)
        addLiveDetails(s);
    return s;
}

} // namespace ptlab::hardware
