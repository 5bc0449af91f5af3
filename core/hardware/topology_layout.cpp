#include "core/hardware/topology_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

namespace ptlab::hardware {

namespace {

struct Size
{
    double w = 0, h = 0;
};

struct Offset
{
    double x = 0, y = 0;
};

// A group of boxes arranged in a grid: its size and each member's offset inside it.
struct Block
{
    Size size;
    std::vector<Offset> offsets;
};

enum Category
{
    Memory,
    Cpu,
    Io,
    CategoryCount
};

// Per topology node: its box size, its label, and its children's offsets inside the box.
struct Measured
{
    Size size;
    std::vector<std::string> label;
    std::vector<int> members[CategoryCount]; // the children laid out, by category
    std::vector<int> children; // all of them, in drawing order
    std::vector<Offset> offsets;
};

// How a set of similar nodes arranges its children: the same for all, so that sibling packages (or
// cores, or caches) look alike even when their labels differ by a digit.
struct Arrangement
{
    double row_width[CategoryCount] = { 0, 0, 0 }; // wrap rows of children beyond this width
    bool io_beside = true;
};

std::size_t codePoints(const std::string& s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        n += (c & 0xc0) != 0x80;
    return n;
}

class Layouter
{
public:
    Layouter(const Topology& t, const LayoutMetrics& m) : m_topology(t), m_metrics(m), m_measured(t.nodes.size()) { }

    TopologyLayout run()
    {
        TopologyLayout layout;
        if (m_topology.empty())
            return layout;
        measureAll();
        place(0, -1, 0, 0, layout);
        layout.width = m_measured[0].size.w;
        layout.height = m_measured[0].size.h;
        return layout;
    }

private:
    using GroupKey = std::tuple<int, NodeKind, unsigned, CacheType, std::size_t, std::size_t, std::size_t>;

    double textWidth(const std::string& s) const
    {
        if (m_metrics.text_width)
            return m_metrics.text_width(s);
        return static_cast<double>(codePoints(s)) * m_metrics.char_width;
    }

    bool laidOut(int index) const { return m_metrics.show_io || !m_topology.nodes[index].isIo(); }

    double aspectScore(double w, double h) const
    {
        return std::abs(std::log((w / std::max(h, 1e-9)) / m_metrics.target_aspect));
    }

    // The column count that brings a grid of n equal cells closest to the target aspect.
    std::size_t chooseColumns(std::size_t n, Size cell) const
    {
        const double gap = m_metrics.gap;
        std::size_t best = 1;
        double best_score = std::numeric_limits<double>::infinity();
        for (std::size_t cols = 1; cols <= n; ++cols) {
            const std::size_t rows = (n + cols - 1) / cols;
            // More columns for the same number of rows only leaves empty cells.
            if (cols > 1 && (n + cols - 2) / (cols - 1) == rows)
                continue;
            const double w = static_cast<double>(cols) * cell.w + gap * static_cast<double>(cols - 1);
            const double h = static_cast<double>(rows) * cell.h + gap * static_cast<double>(rows - 1);
            const double score = aspectScore(w, h);
            if (score < best_score - 1e-9) {
                best_score = score;
                best = cols;
            }
        }
        return best;
    }

    // Rows filled left to right up to a width, then wrapped; with equal members this is a grid.
    Block flow(const std::vector<int>& members, double row_width) const
    {
        Block block;
        const double gap = m_metrics.gap;
        double x = 0, y = 0, row_h = 0;
        for (int member : members) {
            const Size& s = m_measured[member].size;
            if (x > 0 && x + s.w > row_width + 1e-6) {
                y += row_h + gap;
                x = 0;
                row_h = 0;
            }
            block.offsets.push_back({ x, y });
            block.size.w = std::max(block.size.w, x + s.w);
            row_h = std::max(row_h, s.h);
            x += s.w + gap;
        }
        block.size.h = members.empty() ? 0 : y + row_h;
        return block;
    }

    // Bottom-up, one depth at a time: nodes of the same depth, kind and child counts form a group that
    // shares one arrangement and ends up with one size.
    void measureAll()
    {
        int max_depth = 0;
        for (const auto& node : m_topology.nodes)
            max_depth = std::max(max_depth, node.depth);
        std::vector<std::vector<int>> by_depth(static_cast<std::size_t>(max_depth) + 1);
        for (std::size_t i = 0; i < m_topology.nodes.size(); ++i) {
            if (laidOut(static_cast<int>(i)))
                by_depth[static_cast<std::size_t>(m_topology.nodes[i].depth)].push_back(static_cast<int>(i));
        }
        for (int depth = max_depth; depth >= 0; --depth) {
            std::map<GroupKey, std::vector<int>> groups;
            for (int index : by_depth[static_cast<std::size_t>(depth)]) {
                prepare(index);
                const TopologyNode& node = m_topology.nodes[index];
                const Measured& me = m_measured[index];
                groups[GroupKey { depth, node.kind, node.cache_level, node.cache_type, me.members[Memory].size(),
                           me.members[Cpu].size(), me.members[Io].size() }]
                    .push_back(index);
            }
            for (const auto& [key, members] : groups)
                measureGroup(members);
        }
    }

    void prepare(int index)
    {
        const TopologyNode& node = m_topology.nodes[index];
        Measured& me = m_measured[index];
        me.label = m_metrics.label ? m_metrics.label(node) : nodeLabel(node);
        for (int c : node.children) {
            if (!laidOut(c))
                continue;
            const TopologyNode& child = m_topology.nodes[c];
            me.members[child.isMemorySide() ? Memory : child.isIo() ? Io : Cpu].push_back(c);
        }
    }

    void measureGroup(const std::vector<int>& group)
    {
        // One arrangement from the largest child cell of each category across the group.
        Arrangement arrangement;
        Size upper_max, io_max;
        for (int cat = 0; cat < CategoryCount; ++cat) {
            Size cell;
            std::size_t n = 0;
            for (int index : group) {
                n = m_measured[index].members[cat].size();
                for (int c : m_measured[index].members[cat]) {
                    cell.w = std::max(cell.w, m_measured[c].size.w);
                    cell.h = std::max(cell.h, m_measured[c].size.h);
                }
            }
            const auto cols = static_cast<double>(n ? chooseColumns(n, cell) : 1);
            arrangement.row_width[cat] = cols * cell.w + (cols - 1) * m_metrics.gap;
        }
        for (int index : group) {
            const Measured& me = m_measured[index];
            const Block mem = flow(me.members[Memory], arrangement.row_width[Memory]);
            const Block cpu = flow(me.members[Cpu], arrangement.row_width[Cpu]);
            const Block io = flow(me.members[Io], arrangement.row_width[Io]);
            upper_max.w = std::max({ upper_max.w, mem.size.w, cpu.size.w });
            upper_max.h = std::max(
                upper_max.h, mem.size.h + cpu.size.h + (mem.size.h > 0 && cpu.size.h > 0 ? m_metrics.gap : 0));
            io_max.w = std::max(io_max.w, io.size.w);
            io_max.h = std::max(io_max.h, io.size.h);
        }
        // The I/O tree beside the rest or below it, whichever keeps the box closer to the target aspect.
        if (upper_max.w > 0 && io_max.w > 0) {
            const double gap = m_metrics.gap;
            arrangement.io_beside = aspectScore(upper_max.w + gap + io_max.w, std::max(upper_max.h, io_max.h))
                <= aspectScore(std::max(upper_max.w, io_max.w), upper_max.h + gap + io_max.h);
        }

        std::vector<Size> natural;
        Size group_size;
        for (int index : group) {
            natural.push_back(measureNode(index, arrangement, std::nullopt));
            group_size.w = std::max(group_size.w, natural.back().w);
            group_size.h = std::max(group_size.h, natural.back().h);
        }
        for (int index : group)
            measureNode(index, arrangement, group_size);
    }

    // The node's natural size; with `final_size`, also fixes its size and its children's offsets.
    Size measureNode(int index, const Arrangement& arrangement, std::optional<Size> final_size)
    {
        const TopologyNode& node = m_topology.nodes[index];
        Measured& me = m_measured[index];
        const double gap = m_metrics.gap;
        const double pad = m_metrics.padding;

        double text_w = 0;
        for (const auto& line : me.label)
            text_w = std::max(text_w, textWidth(line));
        const double text_h = static_cast<double>(me.label.size()) * m_metrics.line_height;

        Block mem = flow(me.members[Memory], arrangement.row_width[Memory]);
        const Block cpu = flow(me.members[Cpu], arrangement.row_width[Cpu]);
        const Block io = flow(me.members[Io], arrangement.row_width[Io]);

        // Memory above the CPU side, as lstopo draws NUMA nodes.
        Size upper { std::max(mem.size.w, cpu.size.w), mem.size.h + cpu.size.h };
        const bool both = !me.members[Memory].empty() && !me.members[Cpu].empty();
        if (both)
            upper.h += gap;
        const double cpu_y = mem.size.h + (both ? gap : 0);

        Offset io_at;
        Size content = upper;
        if (!me.members[Io].empty()) {
            if (upper.w == 0) {
                content = io.size;
            } else if (arrangement.io_beside) {
                content = { upper.w + gap + io.size.w, std::max(upper.h, io.size.h) };
                io_at = { upper.w + gap, 0 };
            } else {
                content = { std::max(upper.w, io.size.w), upper.h + gap + io.size.h };
                io_at = { 0, upper.h + gap };
            }
        }

        const double children_y = pad + text_h + (text_h > 0 && content.h > 0 ? gap : 0);
        Size size { std::max(text_w, content.w) + 2 * pad, children_y + content.h + pad };
        if (node.kind == NodeKind::PU) {
            size.w = std::max(size.w, m_metrics.min_pu_width);
            size.h = std::max(size.h, m_metrics.min_pu_height);
        }
        if (!final_size)
            return size;

        me.size = *final_size;
        // A single row of memory boxes is stretched to the full inner width, like lstopo's NUMA bars.
        const auto& memory = me.members[Memory];
        const bool one_row
            = std::all_of(mem.offsets.begin(), mem.offsets.end(), [](const Offset& o) { return o.y == 0; });
        if (!memory.empty() && one_row) {
            const double extra = (me.size.w - 2 * pad - mem.size.w) / static_cast<double>(memory.size());
            if (extra > 0) {
                for (std::size_t i = 0; i < memory.size(); ++i) {
                    m_measured[memory[i]].size.w += extra;
                    mem.offsets[i].x += extra * static_cast<double>(i);
                }
            }
        }
        me.children.clear();
        me.offsets.clear();
        auto add = [&me](const std::vector<int>& members, const Block& block, double x, double y) {
            for (std::size_t i = 0; i < members.size(); ++i) {
                me.children.push_back(members[i]);
                me.offsets.push_back({ x + block.offsets[i].x, y + block.offsets[i].y });
            }
        };
        add(memory, mem, pad, children_y);
        add(me.members[Cpu], cpu, pad, children_y + cpu_y);
        add(me.members[Io], io, pad + io_at.x, children_y + io_at.y);
        return size;
    }

    void place(int index, int parent_box, double x, double y, TopologyLayout& layout) const
    {
        const TopologyNode& node = m_topology.nodes[index];
        const Measured& me = m_measured[index];
        LayoutBox box;
        box.node = index;
        box.parent = parent_box;
        box.x = x;
        box.y = y;
        box.w = me.size.w;
        box.h = me.size.h;
        box.kind = node.kind;
        box.label = me.label;
        box.depth = node.depth;
        box.os_index = node.os_index;
        layout.boxes.push_back(std::move(box));
        const int self = static_cast<int>(layout.boxes.size()) - 1;
        for (std::size_t i = 0; i < me.children.size(); ++i)
            place(me.children[i], self, x + me.offsets[i].x, y + me.offsets[i].y, layout);
    }

    const Topology& m_topology;
    const LayoutMetrics& m_metrics;
    std::vector<Measured> m_measured;
};

} // namespace

TopologyLayout layoutTopology(const Topology& topology, const LayoutMetrics& metrics)
{
    return Layouter(topology, metrics).run();
}

const LayoutBox* findPuBox(const TopologyLayout& layout, unsigned os_index)
{
    for (const auto& box : layout.boxes) {
        if (box.kind == NodeKind::PU && box.os_index == os_index)
            return &box;
    }
    return nullptr;
}

int boxAt(const TopologyLayout& layout, double x, double y)
{
    // Children come after their parents, so the last hit is the innermost.
    int hit = -1;
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        const auto& b = layout.boxes[i];
        if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h)
            hit = static_cast<int>(i);
    }
    return hit;
}

} // namespace ptlab::hardware
