#pragma once

// What ptlab does with a topology once it has loaded one (Hardware page and `ptlab hardware`): the
// summary, the lstopo-like layout, labels and lookups, with the properties they promise.
#include "core/hardware/hardware_summary.h"
#include "core/hardware/topology.h"
#include "core/hardware/topology_layout.h"
#include "tests/fuzz/fuzz_support.h"

#include <cmath>

namespace ptlab::fuzz {

inline void useTopology(const hardware::Topology& t)
{
    using namespace ptlab::hardware;
    PTLAB_FUZZ_CHECK(!t.empty() && t.root().parent == -1);
    for (std::size_t i = 1; i < t.nodes.size(); ++i) {
        const int parent = t.nodes[i].parent;
        PTLAB_FUZZ_CHECK(parent >= 0 && static_cast<std::size_t>(parent) < t.nodes.size());
    }
    (void)summarize(t);
    for (const auto& node : t.nodes)
        (void)nodeLabel(node);
    // findPu is a linear search (fine for a real machine): look up at most 256 PUs, spread over all of
    // them, or a machine of 8,192 CPUs spends seconds in this check rather than in ptlab.
    const std::vector<unsigned> pus = t.pusBelow(0);
    const std::size_t stride = pus.size() / 256 + 1;
    for (std::size_t i = 0; i < pus.size(); i += stride) {
        PTLAB_FUZZ_CHECK(t.findPu(pus[i]) >= 0);
        (void)t.cpuKindOf(pus[i]);
    }
    for (const auto& kind : t.cpu_kinds)
        (void)kind.name();
    const TopologyLayout layout = layoutTopology(t);
    PTLAB_FUZZ_CHECK(std::isfinite(layout.width) && std::isfinite(layout.height));
    for (const auto& box : layout.boxes)
        PTLAB_FUZZ_CHECK(box.node >= 0 && static_cast<std::size_t>(box.node) < t.nodes.size());
    if (!layout.boxes.empty())
        (void)boxAt(layout, layout.boxes.back().x + 1, layout.boxes.back().y + 1);
}

} // namespace ptlab::fuzz
