#include "core/hardware/topology_loader.h"

#include "core/util/atomic_file.h"
#include "core/util/bounded_read.h"

#include "core/hardware/fallback_topology.h"
#include "core/hardware/pci_classes.h"

#include <hwloc.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <sched.h>
#include <sstream>
#include <sys/stat.h>

namespace ptlab::hardware {

namespace {

struct TopologyDeleter
{
    void operator()(hwloc_topology* t) const { hwloc_topology_destroy(t); }
};
using HwlocTopology = std::unique_ptr<hwloc_topology, TopologyDeleter>;

HwlocTopology makeTopology()
{
    hwloc_topology_t t = nullptr;
    if (hwloc_topology_init(&t) != 0)
        return nullptr;
    return HwlocTopology(t);
}

NodeKind kindOf(hwloc_obj_type_t type)
{
    switch (type) {
    case HWLOC_OBJ_MACHINE:
        return NodeKind::Machine;
    case HWLOC_OBJ_PACKAGE:
        return NodeKind::Package;
    case HWLOC_OBJ_DIE:
        return NodeKind::Die;
    case HWLOC_OBJ_GROUP:
        return NodeKind::Group;
    case HWLOC_OBJ_NUMANODE:
        return NodeKind::NumaNode;
    case HWLOC_OBJ_MEMCACHE:
        return NodeKind::MemCache;
    case HWLOC_OBJ_CORE:
        return NodeKind::Core;
    case HWLOC_OBJ_PU:
        return NodeKind::PU;
    case HWLOC_OBJ_BRIDGE:
        return NodeKind::Bridge;
    case HWLOC_OBJ_PCI_DEVICE:
        return NodeKind::PciDevice;
    case HWLOC_OBJ_OS_DEVICE:
        return NodeKind::OsDevice;
    case HWLOC_OBJ_MISC:
        return NodeKind::Misc;
    default:
        return hwloc_obj_type_is_cache(type) ? NodeKind::Cache : NodeKind::Misc;
    }
}

OsDeviceType osDeviceTypeOf(hwloc_obj_osdev_type_t type)
{
    switch (type) {
    case HWLOC_OBJ_OSDEV_BLOCK:
        return OsDeviceType::Block;
    case HWLOC_OBJ_OSDEV_GPU:
        return OsDeviceType::Gpu;
    case HWLOC_OBJ_OSDEV_NETWORK:
        return OsDeviceType::Network;
    case HWLOC_OBJ_OSDEV_OPENFABRICS:
        return OsDeviceType::OpenFabrics;
    case HWLOC_OBJ_OSDEV_DMA:
        return OsDeviceType::Dma;
    case HWLOC_OBJ_OSDEV_COPROC:
        return OsDeviceType::CoProcessor;
    }
    return OsDeviceType::Unknown;
}

PciInfo pciInfoOf(const hwloc_obj_attr_u::hwloc_pcidev_attr_s& a)
{
    PciInfo p;
    p.domain = a.domain;
    p.bus = a.bus;
    p.dev = a.dev;
    p.func = a.func;
    p.class_id = a.class_id;
    p.vendor_id = a.vendor_id;
    p.device_id = a.device_id;
    p.link_speed_gbps = a.linkspeed;
    p.class_name = pciClassName(a.class_id);
    return p;
}

TopologyNode copyFields(hwloc_obj_t obj)
{
    TopologyNode node;
    node.kind = kindOf(obj->type);
    node.logical_index = obj->logical_index;
    if (obj->os_index != HWLOC_UNKNOWN_INDEX)
        node.os_index = obj->os_index;
    char type[64] = {};
    hwloc_obj_type_snprintf(type, sizeof type, obj, 0);
    node.type_name = type;
    if (obj->subtype)
        node.subtype = obj->subtype;
    if (obj->name)
        node.name = obj->name;
    node.total_memory = obj->total_memory;
    for (unsigned i = 0; i < obj->infos_count; ++i) {
        const auto& info = obj->infos[i];
        node.infos.emplace_back(info.name ? info.name : "", info.value ? info.value : "");
    }
    switch (node.kind) {
    case NodeKind::Cache:
    case NodeKind::MemCache:
        node.cache_level = obj->attr->cache.depth;
        node.cache_size = obj->attr->cache.size;
        node.cache_line_size = obj->attr->cache.linesize;
        node.cache_type = obj->attr->cache.type == HWLOC_OBJ_CACHE_DATA ? CacheType::Data
            : obj->attr->cache.type == HWLOC_OBJ_CACHE_INSTRUCTION      ? CacheType::Instruction
                                                                        : CacheType::Unified;
        break;
    case NodeKind::NumaNode:
        node.local_memory = obj->attr->numanode.local_memory;
        break;
    case NodeKind::Bridge:
        node.host_bridge = obj->attr->bridge.upstream_type == HWLOC_OBJ_BRIDGE_HOST;
        if (obj->attr->bridge.upstream_type == HWLOC_OBJ_BRIDGE_PCI)
            node.pci = pciInfoOf(obj->attr->bridge.upstream.pci);
        break;
    case NodeKind::PciDevice:
        node.pci = pciInfoOf(obj->attr->pcidev);
        break;
    case NodeKind::OsDevice:
        node.osdev_type = osDeviceTypeOf(obj->attr->osdev.type);
        break;
    default:
        break;
    }
    return node;
}

int copyTree(hwloc_obj_t obj, int parent, int depth, Topology& t)
{
    TopologyNode node = copyFields(obj);
    node.parent = parent;
    node.depth = depth;
    t.nodes.push_back(std::move(node));
    const int index = static_cast<int>(t.nodes.size()) - 1;
    // Memory first, as lstopo draws NUMA nodes above the CPUs that are close to them.
    for (hwloc_obj_t first :
        { obj->memory_first_child, obj->first_child, obj->io_first_child, obj->misc_first_child }) {
        for (hwloc_obj_t child = first; child; child = child->next_sibling) {
            const int c = copyTree(child, index, depth + 1, t);
            t.nodes[index].children.push_back(c);
        }
    }
    return index;
}

// hwloc reads and writes XML through libxml2, whose global state is not safe to use from two threads
// at once (ThreadSanitizer caught the Hardware page's background discovery exporting XML while the
// GUI thread imported a file). Every XML import and export takes this lock; discovery itself does not.
std::mutex& xmlLock()
{
    static std::mutex lock;
    return lock;
}

std::string exportBuffer(hwloc_topology_t topology)
{
    char* buffer = nullptr;
    int length = 0;
    std::lock_guard exporting(xmlLock());
    if (hwloc_topology_export_xmlbuffer(topology, &buffer, &length, 0) != 0 || !buffer)
        return {};
    std::string xml(buffer, length > 0 ? static_cast<std::size_t>(length - 1) : 0); // length counts the '\0'
    hwloc_free_xmlbuffer(topology, buffer);
    return xml;
}

std::vector<CpuKind> copyCpuKinds(hwloc_topology_t topology)
{
    std::vector<CpuKind> kinds;
    const int n = hwloc_cpukinds_get_nr(topology, 0);
    hwloc_bitmap_t set = hwloc_bitmap_alloc();
    if (!set)
        return kinds;
    for (int k = 0; k < n; ++k) {
        int efficiency = -1;
        unsigned nr_infos = 0;
        hwloc_info_s* infos = nullptr;
        if (hwloc_cpukinds_get_info(topology, static_cast<unsigned>(k), set, &efficiency, &nr_infos, &infos, 0) != 0)
            continue;
        CpuKind kind;
        kind.efficiency = efficiency;
        for (int pu = hwloc_bitmap_first(set); pu >= 0; pu = hwloc_bitmap_next(set, pu))
            kind.pus.push_back(static_cast<unsigned>(pu));
        for (unsigned i = 0; i < nr_infos; ++i)
            kind.infos.emplace_back(infos[i].name ? infos[i].name : "", infos[i].value ? infos[i].value : "");
        kinds.push_back(std::move(kind));
    }
    hwloc_bitmap_free(set);
    return kinds;
}

Topology copyTopology(hwloc_topology_t topology, TopologySource source, std::string origin)
{
    Topology t;
    t.source = source;
    t.origin = std::move(origin);
    copyTree(hwloc_get_root_obj(topology), -1, 0, t);
    t.cpu_kinds = copyCpuKinds(topology);
    t.xml = exportBuffer(topology);
    return t;
}

Error parseError(std::string message)
{
    return Error { Error::Code::Parse, 0, std::move(message) };
}

// hwloc's XML importers (libxml2 especially) print to stderr on malformed input; catching the common
// cases here keeps the command line quiet and the message clear.
std::optional<Error> precheckXml(std::string_view xml, const std::string& origin)
{
    const auto last = xml.find_last_not_of(std::string_view(" \t\r\n\0", 5));
    if (last == std::string_view::npos)
        return parseError("The topology XML " + origin + " is empty.");
    xml = xml.substr(0, last + 1);
    if (xml.find("<topology") == std::string_view::npos) {
        return parseError("The file " + origin
            + " is not an hwloc topology (it has no <topology> element); create one with `lstopo --of xml FILE`.");
    }
    if (!xml.ends_with("</topology>"))
        return parseError("The topology XML " + origin + " is truncated or corrupt: it does not end with </topology>.");
    // hwloc 2.9 dereferences a null set when a CPU-side object lacks its cpuset or complete_cpuset
    // (found by fuzzing; lstopo crashes the same way): such a file is refused before hwloc reads it.
    static constexpr std::string_view CpuSide[] = { "Machine", "Package", "Die", "Core", "PU", "NUMANode", "Group",
        "L1Cache", "L2Cache", "L3Cache", "L4Cache", "L5Cache", "L1iCache", "L2iCache", "L3iCache", "MemCache" };
    for (std::size_t at = xml.find("<object"); at != std::string_view::npos; at = xml.find("<object", at + 7)) {
        const std::size_t end = xml.find('>', at);
        const std::string_view element
            = xml.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
        const std::size_t typeAt = element.find(" type=\"");
        if (typeAt == std::string_view::npos)
            continue;
        const std::string_view rest = element.substr(typeAt + 7);
        const std::string_view type = rest.substr(0, rest.find('"'));
        if (std::find(std::begin(CpuSide), std::end(CpuSide), type) == std::end(CpuSide))
            continue;
        for (std::string_view attribute : { std::string_view(" cpuset=\""), std::string_view(" complete_cpuset=\"") }) {
            if (element.find(attribute) == std::string_view::npos
                && element.find(std::string("\t") + std::string(attribute.substr(1))) == std::string_view::npos
                && element.find(std::string("\n") + std::string(attribute.substr(1))) == std::string_view::npos) {
                return parseError("The topology XML " + origin + " is corrupt: a " + std::string(type)
                    + " object has no" + std::string(attribute.substr(0, attribute.size() - 2))
                    + " (hwloc needs one on every processor-side object).");
            }
        }
    }
    return std::nullopt;
}

std::string quoted(const std::string& s)
{
    return "'" + s + "'";
}

// hwloc builds every object a synthetic description asks for, up to 2^32 per level: "pu:4000000000" is
// accepted and exhausts memory, and an "indexes=" attribute allocates an index per object while the
// description is parsed. Building is also slow for wide levels and many PUs (every insertion walks
// the siblings and compares cpusets as wide as the machine): "pack:2 core:2048 pu:2" took 4 s and
// timed out the fuzz target, and 4096 PUs still took 5 s in it. A teaching machine stays well within
// these limits (two 64-core packages with SMT are 256 PUs), and ptlab draws every object.
struct SyntheticLimits
{
    std::uint64_t children = 256; // objects directly inside one object, on one level
    std::uint64_t pus = 1024;
    std::uint64_t objects = 8192;
};
constexpr SyntheticLimits MaxSynthetic;

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b)
{
    return b != 0 && a > UINT64_MAX / b ? UINT64_MAX : a * b;
}

// Whether a synthetic description stays within MaxSynthetic, read the way hwloc reads it
// (topology-synthetic.c): levels "[type:]arity[(attributes)]" from the top, the last one the PUs, each
// NUMA node attached with "[numa...]" one per object of the level above it, and the machine and a NUMA
// node besides. What hwloc would refuse anyway counts as within the limits.
bool syntheticWithinLimits(const char* description)
{
    const char* pos = description;
    const auto skipPast = [&pos](char c) {
        pos = std::strchr(pos, c);
        return pos ? ++pos : nullptr;
    };
    if (*pos == '(' && !skipPast(')'))
        return true;
    std::uint64_t width = 1; // objects on the level read last: the PUs once all are read
    std::uint64_t total = 2;
    while (total <= MaxSynthetic.objects) {
        while (*pos == ' ' || *pos == '\n')
            ++pos;
        if (!*pos)
            break;
        if (*pos == '[') {
            total = saturatingAdd(total, width);
            if (!skipPast(']'))
                break;
            continue;
        }
        if ((*pos < '0' || *pos > '9') && !skipPast(':'))
            break;
        char* end = nullptr;
        const unsigned long arity = std::strtoul(pos, &end, 0);
        if (end == pos || arity == 0 || arity > UINT_MAX)
            break; // hwloc refuses the description
        if (arity > MaxSynthetic.children)
            return false;
        pos = end;
        width = saturatingMultiply(width, arity);
        total = saturatingAdd(total, width);
        if (*pos == '(' && !skipPast(')'))
            break;
    }
    return total <= MaxSynthetic.objects && width <= MaxSynthetic.pus;
}

int allowedCpuCount()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return 0;
    return CPU_COUNT(&set);
}

Result<Topology> fallback(const LiveOptions& options, const std::string& reason)
{
    return buildFallbackTopology(readProcFiles(options.proc_root), reason);
}

} // namespace

Result<Topology> loadLiveTopology(const LiveOptions& options)
{
    if (options.force_fallback)
        return fallback(options, "The /proc fallback was requested instead of hwloc.");
    HwlocTopology topology = makeTopology();
    if (!topology)
        return fallback(options, "hwloc could not be initialised.");
    // Like lstopo: instruction caches too (hwloc drops them by default), and the I/O devices that matter.
    hwloc_topology_set_icache_types_filter(topology.get(), HWLOC_TYPE_FILTER_KEEP_ALL);
    if (options.io)
        hwloc_topology_set_io_types_filter(topology.get(), HWLOC_TYPE_FILTER_KEEP_IMPORTANT);
    if (hwloc_topology_load(topology.get()) != 0)
        return fallback(options, "hwloc could not read this machine's topology (is /sys mounted?).");
    const int pus = hwloc_get_nbobjs_by_type(topology.get(), HWLOC_OBJ_PU);
    if (pus <= 0)
        return fallback(options, "hwloc found no processing units on this machine.");
    // Without /sys hwloc may see a single CPU while the kernel lets us run on several.
    const int allowed = allowedCpuCount();
    if (allowed > pus) {
        return fallback(options,
            "hwloc found " + std::to_string(pus) + " CPU(s) but this process may run on " + std::to_string(allowed)
                + "; /sys is probably not readable here.");
    }
    return copyTopology(topology.get(), TopologySource::Live, {});
}

Result<Topology> loadXmlFile(const std::string& path)
{
    // Real topologies are well under a megabyte (a 4-socket, 8-node server is ~60 KB).
    constexpr std::size_t MaxXmlBytes = 16u << 20;
    auto text = readFileBounded(path, MaxXmlBytes, "The topology XML");
    if (!text) {
        Error e = text.error();
        if (e.code == Error::Code::NotFound)
            e.message = "The topology XML file " + quoted(path) + " does not exist.";
        return e;
    }
    auto result = loadXmlBuffer(*text, quoted(path));
    if (!result)
        return result;
    Topology t = std::move(result).value();
    t.origin = path;
    return t;
}

Result<Topology> loadXmlBuffer(std::string_view xml, const std::string& origin)
{
    if (auto error = precheckXml(xml, origin))
        return *error;
    HwlocTopology topology = makeTopology();
    if (!topology)
        return Error { Error::Code::Internal, 0, "hwloc could not be initialised." };
    // Keep whatever the file describes, including instruction caches and I/O objects.
    hwloc_topology_set_all_types_filter(topology.get(), HWLOC_TYPE_FILTER_KEEP_ALL);
    const std::string buffer(xml); // hwloc wants the terminating '\0' counted in the size
    bool loaded;
    {
        std::lock_guard xmlUse(xmlLock());
        loaded = hwloc_topology_set_xmlbuffer(topology.get(), buffer.c_str(), static_cast<int>(buffer.size() + 1)) == 0
            && hwloc_topology_load(topology.get()) == 0;
    }
    if (!loaded) {
        return parseError(
            "hwloc could not read the topology XML " + origin + ": it is corrupt or not an hwloc topology.");
    }
    if (hwloc_get_nbobjs_by_type(topology.get(), HWLOC_OBJ_PU) <= 0)
        return parseError("The topology XML " + origin + " describes no processing unit.");
    return copyTopology(topology.get(), TopologySource::Xml, origin);
}

Result<Topology> loadSynthetic(const std::string& description)
{
    HwlocTopology topology = makeTopology();
    if (!topology)
        return Error { Error::Code::Internal, 0, "hwloc could not be initialised." };
    if (description.find_first_not_of(" \t") == std::string::npos) {
        return Error { Error::Code::InvalidArgument, 0,
            "The synthetic topology description is empty; try e.g. \"pack:2 [numa] l3:1 core:8 pu:2\"." };
    }
    hwloc_topology_set_icache_types_filter(topology.get(), HWLOC_TYPE_FILTER_KEEP_ALL);
    if (!syntheticWithinLimits(description.c_str())) {
        return Error { Error::Code::InvalidArgument, 0,
            "The synthetic topology description " + quoted(description) + " is larger than ptlab draws: at most "
                + std::to_string(MaxSynthetic.children) + " objects inside one, " + std::to_string(MaxSynthetic.pus)
                + " PUs and " + std::to_string(MaxSynthetic.objects) + " objects in all." };
    }
    if (hwloc_topology_set_synthetic(topology.get(), description.c_str()) != 0
        || hwloc_topology_load(topology.get()) != 0) {
        return Error { Error::Code::InvalidArgument, 0,
            "The synthetic topology description " + quoted(description)
                + " is not valid; write levels from the top, e.g. \"pack:2 [numa] l3:1 core:8 pu:2\"." };
    }
    return copyTopology(topology.get(), TopologySource::Synthetic, description);
}

Result<void> exportXmlFile(const Topology& topology, const std::string& path)
{
    if (topology.xml.empty()) {
        return Error { Error::Code::NotSupported, 0,
            "This topology has no hwloc XML to export (it was built from /proc without hwloc)." };
    }
    std::string reason;
    if (!writeFileAtomically(path, topology.xml, reason))
        return Error { Error::Code::Io, 0, "The topology XML was not exported (" + reason + ")." };
    return {};
}

} // namespace ptlab::hardware
