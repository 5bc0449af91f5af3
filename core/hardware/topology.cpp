#include "core/hardware/topology.h"

#include <charconv>

#include <cstdio>

namespace ptlab::hardware {

std::string PciInfo::address() const
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04x:%02x:%02x.%01x", domain & 0xffff, bus & 0xff, dev & 0xff, func & 0xf);
    return buf;
}

std::string TopologyNode::info(std::string_view key) const
{
    for (const auto& [k, v] : infos) {
        if (k == key)
            return v;
    }
    return {};
}

std::size_t Topology::count(NodeKind kind) const
{
    std::size_t n = 0;
    for (const auto& node : nodes)
        n += node.kind == kind;
    return n;
}

std::vector<int> Topology::indicesOf(NodeKind kind) const
{
    std::vector<int> result;
    if (nodes.empty())
        return result;
    // Depth-first from the root so the order follows the tree, as logical indices do.
    std::vector<int> stack { 0 };
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        if (nodes[i].kind == kind)
            result.push_back(i);
        const auto& children = nodes[i].children;
        stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    return result;
}

int Topology::findPu(unsigned os_index) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == NodeKind::PU && nodes[i].os_index == os_index)
            return static_cast<int>(i);
    }
    return -1;
}

int Topology::cpuKindOf(unsigned pu_os_index) const
{
    for (std::size_t k = 0; k < cpu_kinds.size(); ++k) {
        for (unsigned pu : cpu_kinds[k].pus) {
            if (pu == pu_os_index)
                return static_cast<int>(k);
        }
    }
    return -1;
}

std::vector<unsigned> Topology::pusBelow(int index) const
{
    std::vector<unsigned> result;
    if (index < 0 || static_cast<std::size_t>(index) >= nodes.size())
        return result;
    std::vector<int> stack { index };
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        if (nodes[i].kind == NodeKind::PU && nodes[i].os_index)
            result.push_back(*nodes[i].os_index);
        const auto& children = nodes[i].children;
        stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    return result;
}

std::string CpuKind::name() const
{
    for (const auto& [k, v] : infos) {
        if (k == "CoreType" && !v.empty())
            return v;
    }
    return efficiency >= 0 ? "kind " + std::to_string(efficiency) : std::string("unknown kind");
}

std::string_view sourceName(TopologySource source)
{
    switch (source) {
    case TopologySource::Live:
        return "live";
    case TopologySource::Xml:
        return "xml";
    case TopologySource::Synthetic:
        return "synthetic";
    case TopologySource::Fallback:
        return "fallback";
    }
    return "live";
}

std::string_view cacheTypeName(CacheType type)
{
    switch (type) {
    case CacheType::Unified:
        return "Unified";
    case CacheType::Data:
        return "Data";
    case CacheType::Instruction:
        return "Instruction";
    }
    return "Unified";
}

std::string_view osDeviceTypeName(OsDeviceType type)
{
    switch (type) {
    case OsDeviceType::Block:
        return "Block";
    case OsDeviceType::Gpu:
        return "GPU";
    case OsDeviceType::Network:
        return "Network";
    case OsDeviceType::OpenFabrics:
        return "OpenFabrics";
    case OsDeviceType::Dma:
        return "DMA";
    case OsDeviceType::CoProcessor:
        return "CoProcessor";
    case OsDeviceType::Unknown:
        break;
    }
    return "Unknown";
}

std::string formatBytes(std::uint64_t bytes)
{
    static const char* const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
    if (bytes < 1024)
        return std::to_string(bytes) + " B";
    double v = static_cast<double>(bytes);
    int unit = 0;
    while (v >= 1024 && unit < 5) {
        v /= 1024;
        ++unit;
    }
    char buf[32];
    // Whole numbers stay whole ("32 KiB"); others get up to two decimals ("1.25 MiB", "15.6 GiB").
    // std::to_chars ignores the C locale, which Qt sets from the environment (no "1,25" in output).
    const auto end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed,
        v >= 100      ? 0
            : v >= 10 ? 1
                      : 2)
                         .ptr;
    std::string text(buf, end);
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.')
            text.pop_back();
    }
    return text + " " + units[unit];
}

namespace {

std::string withLogical(const std::string& type, const TopologyNode& node)
{
    return type + " L#" + std::to_string(node.logical_index);
}

} // namespace

std::vector<std::string> nodeLabel(const TopologyNode& node)
{
    switch (node.kind) {
    case NodeKind::Machine:
        if (node.total_memory)
            return { "Machine (" + formatBytes(node.total_memory) + " total)" };
        return { "Machine" };
    case NodeKind::Package:
    case NodeKind::Die:
    case NodeKind::Core:
        return { withLogical(node.type_name, node) };
    case NodeKind::Group:
        return { withLogical(node.subtype.empty() ? node.type_name : node.subtype, node) };
    case NodeKind::NumaNode: {
        std::string line = withLogical("NUMANode", node);
        std::string detail = node.os_index ? "P#" + std::to_string(*node.os_index) : std::string();
        if (node.local_memory)
            detail += (detail.empty() ? "" : " ") + formatBytes(node.local_memory);
        if (!detail.empty())
            line += " (" + detail + ")";
        return { line };
    }
    case NodeKind::MemCache:
    case NodeKind::Cache:
        if (node.cache_size)
            return { node.type_name + " (" + formatBytes(node.cache_size) + ")" };
        return { node.type_name };
    case NodeKind::PU:
        return { withLogical("PU", node), node.os_index ? "P#" + std::to_string(*node.os_index) : "P#?" };
    case NodeKind::Bridge:
        return { node.host_bridge ? "HostBridge" : "PCIBridge" };
    case NodeKind::PciDevice: {
        std::vector<std::string> lines;
        std::string line = "PCI";
        if (node.pci) {
            // lstopo's short bus id: the domain only when it is not 0.
            std::string address = node.pci->address();
            if (node.pci->domain == 0)
                address = address.substr(5);
            line += " " + address + " (" + node.pci->class_name + ")";
        }
        lines.push_back(line);
        const std::string device = node.info("PCIDevice");
        if (!device.empty())
            lines.push_back(device);
        return lines;
    }
    case NodeKind::OsDevice: {
        std::string type = node.type_name.empty() ? std::string(osDeviceTypeName(node.osdev_type)) : node.type_name;
        std::vector<std::string> lines { node.name.empty() ? type : type + " \"" + node.name + "\"" };
        std::string model = node.info("GPUModel");
        if (model.empty())
            model = node.info("CoProcType");
        if (!model.empty())
            lines.push_back(model);
        // Block devices give their size in KiB.
        const std::string size = node.osdev_type == OsDeviceType::Block ? node.info("Size") : std::string();
        if (!size.empty() && size.find_first_not_of("0123456789") == std::string::npos && size.size() < 16)
            lines.push_back(formatBytes(std::stoull(size) * 1024));
        return lines;
    }
    case NodeKind::Misc:
        return { node.name.empty() ? std::string("Misc") : node.name };
    }
    return { node.type_name };
}

} // namespace ptlab::hardware
