#pragma once

#include "core/hardware/topology.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ptlab::hardware {

// Sizes the painter will use, in its own units (pixels at the current zoom). The UI fills them from
// its font; the defaults suit a 10 pt font at 96 dpi.
struct LayoutMetrics
{
    double line_height = 16; // one line of label text
    double char_width = 7; // average character width, used when text_width is not set
    double padding = 4; // inside a box, around its label and its children
    double gap = 4; // between sibling boxes
    double target_aspect = 16.0 / 9.0; // width / height that rows of children aim for
    double min_pu_width = 0; // room for the task tokens the UI draws on PUs
    double min_pu_height = 0;
    bool show_io = true; // lay out bridges, PCI and OS devices
    // Exact text width (e.g. QFontMetricsF::horizontalAdvance); characters × char_width when unset.
    std::function<double(const std::string&)> text_width;
    // Label lines for a node (e.g. translated); nodeLabel() when unset.
    std::function<std::vector<std::string>(const TopologyNode&)> label;
};

// One drawn object. Coordinates are absolute, origin at the top-left of the whole drawing.
struct LayoutBox
{
    int node = -1; // index in Topology::nodes
    int parent = -1; // index in TopologyLayout::boxes; -1 for the machine
    double x = 0, y = 0, w = 0, h = 0;
    NodeKind kind = NodeKind::Misc;
    std::vector<std::string> label; // drawn from (x + padding, y + padding), one line_height per line
    int depth = 0;
    std::optional<unsigned> os_index; // PUs: the kernel CPU number; cores: hwloc's P#
};

struct TopologyLayout
{
    std::vector<LayoutBox> boxes; // parents before their children (paint order)
    double width = 0, height = 0;
};

// Nests every object in its parent like lstopo (PUs in cores in caches in packages, NUMA nodes above the
// CPUs near them, the I/O tree beside or below), children in rows that wrap to keep a sensible aspect.
TopologyLayout layoutTopology(const Topology& topology, const LayoutMetrics& metrics = {});

// The box of the PU with this kernel CPU number, or nullptr.
const LayoutBox* findPuBox(const TopologyLayout& layout, unsigned os_index);

// The innermost box containing the point, or -1 (for tooltips and clicks).
int boxAt(const TopologyLayout& layout, double x, double y);

} // namespace ptlab::hardware
