#include "core/hardware/topology_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>

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
    std::size_t columns = 0;
};

// Per topology node: its box size, its label, and its children's offsets inside the box.
struct Measured
{
    Size size;
    std::vector<std::string> label;
    std::vector<int> children; // the children that are laid out, in order
    std::vector<Offset> offsets;
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
        measure(0);
        place(0, -1, 0, 0, layout);
        layout.width = m_measured[0].size.w;
        layout.height = m_measured[0].size.h;
        return layout;
    }

private:
    double textWidth(const std::string& s) const
    {
        if (m_metrics.text_width)
            return m_metrics.text_width(s);
        return static_cast<double>(codePoints(s)) * m_metrics.char_width;
    }

    bool laidOut(int index) const { return m_metrics.show_io || !m_topology.nodes[index].isIo(); }

    // Children in a grid; the column count is the one whose bounding box is closest to the target aspect.
    Block grid(const std::vector<int>& members) const
    {
        Block best;
        if (members.empty())
            return best;
        const std::size_t n = members.size();
        const double gap = m_metrics.gap;
        double best_score = std::numeric_limits<double>::infinity();
        for (std::size_t cols = 1; cols <= n; ++cols) {
            const std::size_t rows = (n + cols - 1) / cols;
            // Skip column counts that leave the last row emptier than needed (same rows, fewer columns).
            if (cols > 1 && (n + cols - 2) / (cols - 1) == rows)
                continue;
            std::vector<double> col_w(cols, 0), row_h(rows, 0);
            for (std::size_t i = 0; i < n; ++i) {
                const Size& s = m_measured[members[i]].size;
                col_w[i % cols] = std::max(col_w[i % cols], s.w);
                row_h[i / cols] = std::max(row_h[i / cols], s.h);
            }
            double w = gap * static_cast<double>(cols - 1), h = gap * static_cast<double>(rows - 1);
            for (double v : col_w)
                w += v;
            for (double v : row_h)
                h += v;
            const double score = std::abs(std::log((w / std::max(h, 1e-9)) / m_metrics.target_aspect));
            if (score < best_score - 1e-9) {
                best_score = score;
                best.size = { w, h };
                best.columns = cols;
                best.offsets.assign(n, Offset {});
                double y = 0;
                for (std::size_t r = 0; r < rows; ++r) {
                    double x = 0;
                    for (std::size_t c = 0; c < cols && r * cols + c < n; ++c) {
                        best.offsets[r * cols + c] = { x, y };
                        x += col_w[c] + gap;
                    }
                    y += row_h[r] + gap;
                }
            }
        }
        return best;
    }

    void measure(int index)
    {
        const TopologyNode& node = m_topology.nodes[index];
        Measured& me = m_measured[index];
        me.label = m_metrics.label ? m_metrics.label(node) : nodeLabel(node);

        std::vector<int> memory, cpu, io;
        for (int c : node.children) {
            if (!laidOut(c))
                continue;
            measure(c);
            const TopologyNode& child = m_topology.nodes[c];
            (child.isMemorySide() ? memory : child.isIo() ? io : cpu).push_back(c);
        }

        double text_w = 0;
        for (const auto& line : me.label)
            text_w = std::max(text_w, textWidth(line));
        const double text_h = static_cast<double>(me.label.size()) * m_metrics.line_height;
        const double gap = m_metrics.gap;

        Block mem_block = grid(memory);
        Block cpu_block = grid(cpu);
        Block io_block = grid(io);

        // Memory above the CPU side, as lstopo draws NUMA nodes.
        Size upper { std::max(mem_block.size.w, cpu_block.size.w), mem_block.size.h + cpu_block.size.h };
        const double cpu_y = memory.empty() || cpu.empty() ? mem_block.size.h : mem_block.size.h + gap;
        if (!memory.empty() && !cpu.empty())
            upper.h += gap;

        // The I/O tree beside the rest or below it, whichever keeps the box closer to the target aspect.
        Offset io_at;
        Size content = upper;
        if (!io.empty()) {
            if (upper.w == 0) {
                content = io_block.size;
            } else {
                const Size beside { upper.w + gap + io_block.size.w, std::max(upper.h, io_block.size.h) };
                const Size below { std::max(upper.w, io_block.size.w), upper.h + gap + io_block.size.h };
                auto score = [this](const Size& s) { return std::abs(std::log(s.w / s.h / m_metrics.target_aspect)); };
                if (score(beside) <= score(below)) {
                    content = beside;
                    io_at = { upper.w + gap, 0 };
                } else {
                    content = below;
                    io_at = { 0, upper.h + gap };
                }
            }
        }

        const double pad = m_metrics.padding;
        const double children_y = pad + text_h + (text_h > 0 && content.h > 0 ? gap : 0);
        double w = std::max(text_w, content.w) + 2 * pad;
        double h = children_y + content.h + pad;
        if (node.kind == NodeKind::PU) {
            w = std::max(w, m_metrics.min_pu_width);
            h = std::max(h, m_metrics.min_pu_height);
        }
        me.size = { w, h };

        // A single row of memory boxes is stretched to the full inner width, like lstopo's NUMA bars.
        if (!memory.empty() && mem_block.columns == memory.size()) {
            const double inner = w - 2 * pad;
            const double extra = (inner - mem_block.size.w) / static_cast<double>(memory.size());
            if (extra > 0) {
                for (std::size_t i = 0; i < memory.size(); ++i) {
                    m_measured[memory[i]].size.w += extra;
                    mem_block.offsets[i].x += extra * static_cast<double>(i);
                }
            }
        }

        for (std::size_t i = 0; i < memory.size(); ++i) {
            me.children.push_back(memory[i]);
            me.offsets.push_back({ pad + mem_block.offsets[i].x, children_y + mem_block.offsets[i].y });
        }
        for (std::size_t i = 0; i < cpu.size(); ++i) {
            me.children.push_back(cpu[i]);
            me.offsets.push_back({ pad + cpu_block.offsets[i].x, children_y + cpu_y + cpu_block.offsets[i].y });
        }
        for (std::size_t i = 0; i < io.size(); ++i) {
            me.children.push_back(io[i]);
            me.offsets.push_back(
                { pad + io_at.x + io_block.offsets[i].x, children_y + io_at.y + io_block.offsets[i].y });
        }
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
