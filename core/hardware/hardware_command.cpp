#include "core/hardware/hardware_command.h"

#include "core/hardware/hardware_summary.h"
#include "core/hardware/topology_loader.h"
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>

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
    using nlohmann::json;
    json doc = { { "source", sourceName(s.source) } };
    if (!s.origin.empty())
        doc["origin"] = s.origin;
    if (s.source == TopologySource::Fallback)
        doc["fallback_reason"] = s.fallback_reason;
    doc["cpu_model"] = s.cpu_model;
    doc["packages"] = s.packages;
    doc["numa_nodes"] = s.numa_nodes;
    doc["cores"] = s.cores;
    doc["pus"] = s.pus;
    doc["smt"] = s.smt();
    doc["cpu_kinds"] = json::array();
    for (const auto& kind : s.cpu_kinds)
        doc["cpu_kinds"].push_back(
            { { "name", kind.name }, { "efficiency", kind.efficiency }, { "cores", kind.cores }, { "pus", kind.pus } });
    doc["caches"] = json::array();
    for (const auto& c : s.caches)
        doc["caches"].push_back({ { "level", c.level }, { "type", lower(cacheTypeName(c.type)) },
            { "name", cacheName(c) }, { "size_bytes", c.size_bytes }, { "count", c.count } });
    doc["memory_bytes"] = s.memory_bytes;
    doc["memory_available_bytes"] = s.memory_available_bytes ? json(*s.memory_available_bytes) : json(nullptr);
    doc["memory_kernel_total_bytes"] = s.memory_kernel_total_bytes ? json(*s.memory_kernel_total_bytes) : json(nullptr);
    doc["gpus"] = json::array();
    for (const auto& gpu : s.gpus)
        doc["gpus"].push_back({ { "name", gpu.name }, { "vendor", gpu.vendor }, { "pci_address", gpu.pci_address },
            { "os_devices", gpu.os_devices } });
    doc["pci_devices"] = json::array();
    for (const auto& pci : s.pci_devices)
        doc["pci_devices"].push_back({ { "address", pci.address }, { "class", pci.class_name },
            { "vendor", pci.vendor }, { "device", pci.device }, { "os_devices", pci.os_devices } });
    doc["os"] = s.os;
    doc["kernel"] = s.kernel;
    doc["architecture"] = s.architecture;
    doc["hostname"] = s.hostname;
    if (!exported.empty())
        doc["exported_xml"] = exported;
    // Names and paths come from outside (an XML file's infos, a Latin-1 file name): invalid UTF-8
    // becomes U+FFFD instead of an exception from dump().
    out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

struct HardwareOptions
{
    bool json = false;
    std::string xml, synthetic, exportXml;
    bool hasXml = false, hasSynthetic = false, hasExport = false;
};

int runHardware(const HardwareOptions& o, std::ostream& out, std::ostream& err)
{
    const std::optional<std::string> xml = o.hasXml ? std::optional(o.xml) : std::nullopt;
    const std::optional<std::string> synthetic = o.hasSynthetic ? std::optional(o.synthetic) : std::nullopt;
    const std::optional<std::string> export_path = o.hasExport ? std::optional(o.exportXml) : std::nullopt;
    const bool json = o.json;

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

} // namespace

cli::Command hardwareCommand()
{
    return { "hardware", "describe this machine (or an hwloc XML / synthetic topology)",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<HardwareOptions>();
            app.footer("Without --xml or --synthetic the machine ptlab runs on is described (hwloc, or /proc\n"
                       "when hwloc cannot read /sys). Exit status: 0 ok, 1 failure, 2 bad input.");
            app.add_flag("--json", o->json, "print JSON instead of text");
            auto* xml
                = app.add_option("--xml", o->xml, "describe the machine in an hwloc XML file (lstopo --of xml FILE)");
            auto* synthetic = app.add_option("--synthetic", o->synthetic,
                                     "describe an imaginary machine, e.g. \"pack:2 [numa] l3:1 core:8 pu:2\"")
                                  ->excludes(xml);
            auto* exported = app.add_option("--export-xml", o->exportXml,
                                    "also write the topology as hwloc XML (readable by --xml and lstopo -i)")
                                 ->check([](const std::string& v) {
                                     return v.empty() ? std::string("needs a file name") : std::string();
                                 });
            return [o, io, xml, synthetic, exported] {
                o->hasXml = xml->count() > 0;
                o->hasSynthetic = synthetic->count() > 0;
                o->hasExport = exported->count() > 0;
                return runHardware(*o, io.out, io.err);
            };
        } };
}

} // namespace ptlab::hardware
