#pragma once

#include "core/hardware/topology.h"
#include "core/util/error.h"

#include <string>
#include <string_view>

namespace ptlab::hardware {

struct LiveOptions
{
    bool io = true; // discover PCI and OS devices (hwloc's "important" I/O objects)
    // Skip hwloc and describe the machine from /proc (to test the fallback path end to end).
    bool force_fallback = false;
    std::string proc_root = "/"; // root the fallback reads proc/cpuinfo and proc/meminfo under
};

// The machine we run on. Falls back to /proc (source Fallback, with a reason) when hwloc cannot load
// the topology or finds fewer CPUs than the kernel lets us use (no /sys in some containers).
Result<Topology> loadLiveTopology(const LiveOptions& options = {});

// An hwloc XML file as `lstopo --of xml FILE` writes it.
Result<Topology> loadXmlFile(const std::string& path);

// An hwloc XML document held in memory; `origin` names it in error messages.
Result<Topology> loadXmlBuffer(std::string_view xml, const std::string& origin = "the XML buffer");

// An hwloc synthetic description, e.g. "pack:2 [numa] l3:1 core:8 pu:2".
Result<Topology> loadSynthetic(const std::string& description);

// Writes the topology's hwloc XML (Topology::xml) to a file, readable by loadXmlFile and lstopo -i.
Result<void> exportXmlFile(const Topology& topology, const std::string& path);

} // namespace ptlab::hardware
