#include "core/hardware/hardware_command.h"

#include "core/hardware/hardware_summary.h"
#include "core/hardware/topology_loader.h"
#include "core/util/json_writer.h"

#include <string>

namespace ptlab::hardware {

namespace {

std::string cacheName(const CacheSummary& c)
{
    std::string name = "L" + std::to_string(c.level);
    if (c.type == CacheType::Data)
        name += "d";
    else if (c.type == CacheType::Instruction)
        name += "i";
    return name;
}

std::string lower(std::string_view s)
{
    std::string r(s);
    for (char& ch : r)
        ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    return r;
}

std::string sourceSentence(const HardwareSummary& s)
{
    switch (s.source) {
    case TopologySource::Live:
        return "this machine, discovered by hwloc";
    case TopologySource::Xml:
        return "the hwloc XML file " + s.origin;
    case TopologySource::Synthetic:
        return "the synthetic description \"" + s.origin + "\"";
    case TopologySource::Fallback:
        return "this machine, read from /proc without hwloc";
    }
    return {};
}

void writeText(const HardwareSummary& s, std::ostream& out)
{
    auto row = [&out](const char* name, const std::string& value) {
        out << "  " << name << std::string(20 - std::char_traits<char>::length(name), ' ') << value << '\n';
    };
    out << "Hardware of " << sourceSentence(s) << '\n';
    if (s.source == TopologySource::Fallback)
        out << "  Note: " << s.fallback_reason << " Caches and NUMA details are unknown.\n";
    row("CPU model:", s.cpu_model.empty() ? "unknown" : s.cpu_model);
    row("Packages:", std::to_string(s.packages));
    row("NUMA nodes:", std::to_string(s.numa_nodes));
    row("Cores:", std::to_string(s.cores));
    row("Hardware threads:",
        std::to_string(s.pus)
            + (!s.smt() ? " (one per core: no SMT)"
                    : s.pus % s.cores == 0
                    ? " (" + std::to_string(s.pus / s.cores) + " per core: SMT / Hyper-Threading)"
                    : " (more than one on some cores: SMT / Hyper-Threading)"));
    for (const auto& kind : s.cpu_kinds) {
        row("CPU kind:",
            kind.name + ": " + std::to_string(kind.cores) + " cores, " + std::to_string(kind.pus) + " threads");
    }
    std::string caches;
    for (const auto& c : s.caches) {
        caches += (caches.empty() ? "" : ", ") + std::to_string(c.count) + " x " + cacheName(c) + " "
            + formatBytes(c.size_bytes);
    }
    row("Caches:", caches.empty() ? "unknown" : caches);
    std::string memory = s.memory_bytes ? formatBytes(s.memory_bytes) + " total" : std::string("unknown");
    const auto kernel_total = s.memory_kernel_total_bytes.value_or(0);
    if (s.memory_bytes && kernel_total
        && (kernel_total > s.memory_bytes + s.memory_bytes / 50 || kernel_total + kernel_total / 50 < s.memory_bytes))
        memory = formatBytes(s.memory_bytes) + " in NUMA nodes (the kernel reports " + formatBytes(kernel_total) + ")";
    if (s.memory_available_bytes)
        memory += ", " + formatBytes(*s.memory_available_bytes) + " available now";
    row("Memory:", memory);
    if (s.gpus.empty()) {
        row("GPUs:", "none found (no discrete GPU or co-processor)");
    } else {
        for (const auto& gpu : s.gpus) {
            std::string line = gpu.name;
            if (!gpu.vendor.empty())
                line = gpu.vendor + " " + line;
            if (!gpu.pci_address.empty())
                line += " [PCI " + gpu.pci_address + "]";
            row("GPU:", line);
        }
    }
    for (const auto& pci : s.pci_devices) {
        std::string line = pci.address + " " + pci.class_name + " (" + pci.vendor + " " + pci.device + ")";
        for (const auto& dev : pci.os_devices)
            line += " " + dev;
        row("PCI device:", line);
    }
    if (!s.os.empty() || !s.kernel.empty())
        row("OS:", s.os + (s.kernel.empty() ? "" : (s.os.empty() ? "kernel " : ", kernel ") + s.kernel));
    if (!s.architecture.empty())
        row("Architecture:", s.architecture);
}

void writeJson(const HardwareSummary& s, std::ostream& out, const std::string& exported)
{
    JsonWriter json(out, true);
    json.beginObject();
    json.field("source", sourceName(s.source));
    if (!s.origin.empty())
        json.field("origin", s.origin);
    if (s.source == TopologySource::Fallback)
        json.field("fallback_reason", s.fallback_reason);
    json.field("cpu_model", s.cpu_model);
    json.field("packages", s.packages);
    json.field("numa_nodes", s.numa_nodes);
    json.field("cores", s.cores);
    json.field("pus", s.pus);
    json.field("smt", s.smt());
    json.key("cpu_kinds").beginArray();
    for (const auto& kind : s.cpu_kinds) {
        json.beginObject();
        json.field("name", kind.name);
        json.field("efficiency", kind.efficiency);
        json.field("cores", kind.cores);
        json.field("pus", kind.pus);
        json.endObject();
    }
    json.endArray();
    json.key("caches").beginArray();
    for (const auto& c : s.caches) {
        json.beginObject();
        json.field("level", c.level);
        json.field("type", lower(cacheTypeName(c.type)));
        json.field("name", cacheName(c));
        json.field("size_bytes", c.size_bytes);
        json.field("count", c.count);
        json.endObject();
    }
    json.endArray();
    json.field("memory_bytes", s.memory_bytes);
    for (const auto& [name, v] : { std::pair { "memory_available_bytes", s.memory_available_bytes },
             std::pair { "memory_kernel_total_bytes", s.memory_kernel_total_bytes } }) {
        json.key(name);
        if (v)
            json.value(*v);
        else
            json.null();
    }
    json.key("gpus").beginArray();
    for (const auto& gpu : s.gpus) {
        json.beginObject();
        json.field("name", gpu.name);
        json.field("vendor", gpu.vendor);
        json.field("pci_address", gpu.pci_address);
        json.key("os_devices").beginArray();
        for (const auto& d : gpu.os_devices)
            json.value(d);
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("pci_devices").beginArray();
    for (const auto& pci : s.pci_devices) {
        json.beginObject();
        json.field("address", pci.address);
        json.field("class", pci.class_name);
        json.field("vendor", pci.vendor);
        json.field("device", pci.device);
        json.key("os_devices").beginArray();
        for (const auto& d : pci.os_devices)
            json.value(d);
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.field("os", s.os);
    json.field("kernel", s.kernel);
    json.field("architecture", s.architecture);
    json.field("hostname", s.hostname);
    if (!exported.empty())
        json.field("exported_xml", exported);
    json.endObject();
}

} // namespace

const char* hardwareCommandUsage()
{
    return "Usage: ptlab hardware [--json] [--xml FILE | --synthetic \"DESC\"] [--export-xml FILE]\n"
           "\n"
           "Describes the hardware: CPU model, packages (sockets), NUMA nodes, cores, hardware threads,\n"
           "caches, memory, GPUs and PCI devices, and the operating system.\n"
           "\n"
           "  --json               print JSON instead of text\n"
           "  --xml FILE           describe the machine in an hwloc XML file (lstopo --of xml FILE)\n"
           "  --synthetic \"DESC\"   describe an imaginary machine, e.g. \"pack:2 [numa] l3:1 core:8 pu:2\"\n"
           "  --export-xml FILE    also write the topology as hwloc XML (readable by --xml and lstopo -i)\n"
           "  --help               show this help\n"
           "\n"
           "Without --xml or --synthetic the machine ptlab runs on is described (hwloc, or /proc when\n"
           "hwloc cannot read /sys). Exit status: 0 ok, 1 failure, 2 bad input.\n";
}

int runHardwareCommand(const cli::Args& args, std::ostream& out, std::ostream& err)
{
    cli::ArgReader reader(args);
    const bool help = reader.flag("--help") || reader.flag("-h");
    const bool json = reader.flag("--json");
    const auto xml = reader.option("--xml");
    const auto synthetic = reader.option("--synthetic");
    const auto export_path = reader.option("--export-xml");
    if (help) {
        out << hardwareCommandUsage();
        return cli::ExitOk;
    }
    if (!reader.finish()) {
        err << "ptlab hardware: " << reader.error() << " (see ptlab hardware --help)\n";
        return cli::ExitUsage;
    }
    if (xml && synthetic) {
        err << "ptlab hardware: --xml and --synthetic cannot be used together\n";
        return cli::ExitUsage;
    }
    if (export_path && export_path->empty()) {
        err << "ptlab hardware: option --export-xml needs a file name\n";
        return cli::ExitUsage;
    }

    Result<Topology> topology = xml ? loadXmlFile(*xml) : synthetic ? loadSynthetic(*synthetic) : loadLiveTopology();
    if (!topology) {
        err << "ptlab hardware: " << topology.error().message << '\n';
        return xml || synthetic ? cli::ExitUsage : cli::ExitFailure;
    }
    if (export_path) {
        if (auto written = exportXmlFile(*topology, *export_path); !written) {
            err << "ptlab hardware: " << written.error().message << '\n';
            return cli::ExitFailure;
        }
    }

    const HardwareSummary summary = summarizeWithLiveDetails(*topology);
    if (json) {
        writeJson(summary, out, export_path.value_or(std::string()));
    } else {
        writeText(summary, out);
        if (export_path)
            out << "Topology XML written to " << *export_path << '\n';
    }
    return cli::ExitOk;
}

} // namespace ptlab::hardware
