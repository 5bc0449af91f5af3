#include "core/hardware/fallback_topology.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

namespace ptlab::hardware {

namespace {

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::optional<unsigned long long> parseUnsigned(std::string_view s)
{
    s = trim(s);
    unsigned long long v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Calls f(key, value) for every "key : value" line; f(empty, empty) at each blank line (end of a CPU block).
template <typename F> void forEachCpuinfoLine(std::string_view text, F f)
{
    while (!text.empty()) {
        const auto eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
        const auto colon = line.find(':');
        if (trim(line).empty())
            f(std::string_view(), std::string_view());
        else if (colon != std::string_view::npos)
            f(trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
    }
    f(std::string_view(), std::string_view());
}

struct CpuEntry
{
    unsigned processor = 0;
    unsigned package = 0;
    std::optional<unsigned> core;
};

std::vector<CpuEntry> parseCpuEntries(std::string_view cpuinfo)
{
    std::vector<CpuEntry> entries;
    std::optional<CpuEntry> current;
    forEachCpuinfoLine(cpuinfo, [&](std::string_view key, std::string_view value) {
        if (key.empty()) {
            if (current)
                entries.push_back(*current);
            current.reset();
            return;
        }
        if (key == "processor") {
            // A new "processor" line without a blank line before it still starts a new CPU.
            if (current)
                entries.push_back(*current);
            current.reset();
            if (auto v = parseUnsigned(value))
                current = CpuEntry { static_cast<unsigned>(*v), 0, std::nullopt };
        } else if (current && key == "physical id") {
            if (auto v = parseUnsigned(value))
                current->package = static_cast<unsigned>(*v);
        } else if (current && key == "core id") {
            if (auto v = parseUnsigned(value))
                current->core = static_cast<unsigned>(*v);
        }
    });
    // Duplicates would be a corrupt file; keep the first of each processor number.
    std::vector<CpuEntry> unique;
    std::set<unsigned> seen;
    for (const auto& e : entries) {
        if (seen.insert(e.processor).second)
            unique.push_back(e);
    }
    return unique;
}

int addNode(Topology& t, int parent, TopologyNode node)
{
    node.parent = parent;
    node.depth = parent < 0 ? 0 : t.nodes[parent].depth + 1;
    t.nodes.push_back(std::move(node));
    const int index = static_cast<int>(t.nodes.size()) - 1;
    if (parent >= 0)
        t.nodes[parent].children.push_back(index);
    return index;
}

TopologyNode makeNode(NodeKind kind, std::string type_name, unsigned logical, std::optional<unsigned> os)
{
    TopologyNode node;
    node.kind = kind;
    node.type_name = std::move(type_name);
    node.logical_index = logical;
    node.os_index = os;
    return node;
}

} // namespace

std::vector<unsigned> parseCpuList(std::string_view text)
{
    std::vector<unsigned> cpus;
    text = trim(text);
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view part = trim(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        const auto dash = part.find('-');
        if (dash == std::string_view::npos) {
            if (auto v = parseUnsigned(part); v && *v < MaxCpuNumber)
                cpus.push_back(static_cast<unsigned>(*v));
            continue;
        }
        auto lo = parseUnsigned(part.substr(0, dash));
        auto hi = parseUnsigned(part.substr(dash + 1));
        if (!lo || !hi || *lo > *hi || *lo >= MaxCpuNumber)
            continue;
        *hi = std::min<unsigned long long>(*hi, MaxCpuNumber - 1);
        for (auto v = *lo; v <= *hi; ++v)
            cpus.push_back(static_cast<unsigned>(v));
    }
    std::sort(cpus.begin(), cpus.end());
    cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
    return cpus;
}

std::optional<std::uint64_t> meminfoBytes(std::string_view meminfo, std::string_view key)
{
    while (!meminfo.empty()) {
        const auto eol = meminfo.find('\n');
        std::string_view line = meminfo.substr(0, eol);
        meminfo = eol == std::string_view::npos ? std::string_view() : meminfo.substr(eol + 1);
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || trim(line.substr(0, colon)) != key)
            continue;
        std::string_view rest = trim(line.substr(colon + 1));
        std::uint64_t factor = 1;
        if (rest.size() > 2 && (rest.ends_with("kB") || rest.ends_with("KB"))) {
            factor = 1024;
            rest = trim(rest.substr(0, rest.size() - 2));
        }
        if (auto v = parseUnsigned(rest))
            return *v * factor;
        return std::nullopt;
    }
    return std::nullopt;
}

std::string cpuinfoModelName(std::string_view cpuinfo)
{
    // x86 says "model name"; Raspberry Pi OS "Model"; POWER "cpu"; MIPS "cpu model"; RISC-V "uarch".
    static const char* const keys[] = { "model name", "Model", "cpu model", "cpu", "uarch", "Processor" };
    std::map<std::string, std::string, std::less<>> found;
    forEachCpuinfoLine(cpuinfo, [&](std::string_view key, std::string_view value) {
        if (!key.empty() && !value.empty() && !found.contains(key))
            found.emplace(std::string(key), std::string(value));
    });
    for (const char* key : keys) {
        auto it = found.find(key);
        if (it != found.end())
            return it->second;
    }
    return {};
}

ProcFiles readProcFiles(const std::string& root)
{
    std::string base = root;
    if (!base.empty() && base.back() == '/')
        base.pop_back();
    ProcFiles files;
    files.cpuinfo = readFile(base + "/proc/cpuinfo");
    files.meminfo = readFile(base + "/proc/meminfo");
    files.online = readFile(base + "/sys/devices/system/cpu/online");
    if (base.empty()) {
        const long n = sysconf(_SC_NPROCESSORS_ONLN);
        files.online_cpus = n > 0 ? n : 0;
    }
    return files;
}

Result<Topology> buildFallbackTopology(const ProcFiles& files, const std::string& reason)
{
    std::vector<CpuEntry> cpus = parseCpuEntries(files.cpuinfo);
    if (cpus.empty()) {
        // No usable /proc/cpuinfo: one package, one core per CPU the kernel reports online.
        std::vector<unsigned> online = parseCpuList(files.online);
        if (online.empty()) {
            for (long i = 0; i < files.online_cpus; ++i)
                online.push_back(static_cast<unsigned>(i));
        }
        for (unsigned cpu : online)
            cpus.push_back(CpuEntry { cpu, 0, std::nullopt });
    }
    if (cpus.empty()) {
        return Error { Error::Code::NotFound, 0,
            "No CPU could be found: hwloc failed, /proc/cpuinfo lists no processor and the kernel reports no "
            "online CPU." };
    }
    std::sort(cpus.begin(), cpus.end(), [](const CpuEntry& a, const CpuEntry& b) { return a.processor < b.processor; });

    Topology t;
    t.source = TopologySource::Fallback;
    t.fallback_reason = reason;

    TopologyNode machine = makeNode(NodeKind::Machine, "Machine", 0, 0);
    const auto mem_total = meminfoBytes(files.meminfo, "MemTotal");
    machine.total_memory = mem_total.value_or(0);
    const int root = addNode(t, -1, std::move(machine));

    TopologyNode numa = makeNode(NodeKind::NumaNode, "NUMANode", 0, 0);
    numa.local_memory = numa.total_memory = mem_total.value_or(0);
    addNode(t, root, std::move(numa));

    const std::string model = cpuinfoModelName(files.cpuinfo);
    std::map<unsigned, std::map<unsigned, std::vector<unsigned>>> tree; // package -> core -> PUs
    for (const auto& cpu : cpus) {
        // Without "core id" each CPU is taken as its own core; the core key must then be unique.
        const unsigned core = cpu.core ? *cpu.core : cpu.processor;
        tree[cpu.package][core].push_back(cpu.processor);
    }
    unsigned package_logical = 0, core_logical = 0, pu_logical = 0;
    for (const auto& [package_id, cores] : tree) {
        TopologyNode package = makeNode(NodeKind::Package, "Package", package_logical++, package_id);
        if (!model.empty())
            package.infos.emplace_back("CPUModel", model);
        const int package_index = addNode(t, root, std::move(package));
        for (const auto& [core_id, pus] : cores) {
            const int core_index = addNode(t, package_index, makeNode(NodeKind::Core, "Core", core_logical++, core_id));
            for (unsigned pu : pus)
                addNode(t, core_index, makeNode(NodeKind::PU, "PU", pu_logical++, pu));
        }
    }
    return t;
}

} // namespace ptlab::hardware
