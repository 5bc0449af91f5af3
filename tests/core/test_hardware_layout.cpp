#include "core/hardware/topology_layout.h"
#include "core/hardware/topology_loader.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace ptlab::hardware;

namespace {

constexpr double kEps = 1e-6;

Topology load(const std::string& description)
{
    auto r = loadSynthetic(description);
    INFO(description << ": " << (r ? "" : r.error().message));
    REQUIRE(r.ok());
    return r.value();
}

bool inside(const LayoutBox& child, const LayoutBox& parent)
{
    return child.x >= parent.x - kEps && child.y >= parent.y - kEps && child.x + child.w <= parent.x + parent.w + kEps
        && child.y + child.h <= parent.y + parent.h + kEps;
}

bool overlap(const LayoutBox& a, const LayoutBox& b)
{
    return a.x < b.x + b.w - kEps && b.x < a.x + a.w - kEps && a.y < b.y + b.h - kEps && b.y < a.y + a.h - kEps;
}

// Children inside parents, siblings apart, parents before children, one box per laid-out node, and
// room below the label for the children.
void checkLayout(const Topology& t, const TopologyLayout& layout, const LayoutMetrics& m, bool io = true)
{
    REQUIRE_FALSE(layout.boxes.empty());
    CHECK(layout.boxes[0].kind == NodeKind::Machine);
    CHECK(layout.boxes[0].parent == -1);
    CHECK(layout.width == Approx(layout.boxes[0].w));
    CHECK(layout.height == Approx(layout.boxes[0].h));

    std::map<int, std::vector<int>> children_of;
    std::size_t expected = 0;
    for (const auto& node : t.nodes)
        expected += io || !node.isIo();
    CHECK(layout.boxes.size() == expected);

    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        const LayoutBox& b = layout.boxes[i];
        INFO("box " << i << " " << (b.label.empty() ? "" : b.label[0]));
        CHECK(b.w > 0);
        CHECK(b.h > 0);
        CHECK(b.label == nodeLabel(t.nodes[b.node]));
        CHECK(b.h >= static_cast<double>(b.label.size()) * m.line_height + 2 * m.padding - kEps);
        if (b.parent < 0)
            continue;
        REQUIRE(b.parent < static_cast<int>(i));
        const LayoutBox& p = layout.boxes[b.parent];
        CHECK(t.nodes[b.node].parent == p.node);
        CHECK(inside(b, p));
        // Below the parent's label.
        CHECK(b.y >= p.y + m.padding + static_cast<double>(p.label.size()) * m.line_height - kEps);
        children_of[b.parent].push_back(static_cast<int>(i));
    }
    std::size_t overlaps = 0;
    for (const auto& [parent, kids] : children_of) {
        for (std::size_t a = 0; a < kids.size(); ++a) {
            for (std::size_t b = a + 1; b < kids.size(); ++b)
                overlaps += overlap(layout.boxes[kids[a]], layout.boxes[kids[b]]);
        }
    }
    CHECK(overlaps == 0);
}

} // namespace

TEST_CASE("Layout nests children in parents without overlapping siblings", "[hardware][layout]")
{
    const LayoutMetrics m;
    for (const char* description : {
             "core:1 pu:1",
             "pack:1 core:4 pu:2",
             "pack:2 [numa] l3:1 core:8 pu:2",
             "pack:1 l3:1 l2:6 l1d:1 l1i:1 core:1 pu:1",
             "pack:2 numa:2 core:3 pu:1",
             "pack:4 [numa] l3:2 core:16 pu:2",
             "pack:4 numa:2 l3:1 core:16 pu:2",
         }) {
        INFO(description);
        const Topology t = load(description);
        checkLayout(t, layoutTopology(t, m), m);
    }
}

TEST_CASE("Layout of large machines keeps a sensible aspect ratio", "[hardware][layout]")
{
    for (const char* description :
        { "pack:4 [numa] l3:2 core:16 pu:2", "pack:4 numa:2 l3:1 core:16 pu:2", "pack:1 core:64 pu:1" }) {
        INFO(description);
        const Topology t = load(description);
        const TopologyLayout layout = layoutTopology(t);
        const double aspect = layout.width / layout.height;
        CHECK(aspect > 0.4);
        CHECK(aspect < 5.0);
    }
}

TEST_CASE("Layout honours the metrics at any zoom", "[hardware][layout]")
{
    const Topology t = load("pack:2 [numa] l3:1 core:4 pu:2");
    LayoutMetrics small;
    LayoutMetrics big;
    big.line_height = small.line_height * 3;
    big.char_width = small.char_width * 3;
    big.padding = small.padding * 3;
    big.gap = small.gap * 3;
    const TopologyLayout a = layoutTopology(t, small);
    const TopologyLayout b = layoutTopology(t, big);
    REQUIRE(a.boxes.size() == b.boxes.size());
    CHECK(b.width == Approx(a.width * 3));
    CHECK(b.height == Approx(a.height * 3));
    for (std::size_t i = 0; i < a.boxes.size(); ++i) {
        CHECK(b.boxes[i].x == Approx(a.boxes[i].x * 3));
        CHECK(b.boxes[i].w == Approx(a.boxes[i].w * 3));
    }
    checkLayout(t, b, big);

    SECTION("minimum PU size and a custom text measure")
    {
        LayoutMetrics m;
        m.min_pu_width = 80;
        m.min_pu_height = 60;
        m.text_width = [](const std::string& s) { return 10.0 * static_cast<double>(s.size()); };
        const TopologyLayout l = layoutTopology(t, m);
        checkLayout(t, l, m);
        for (const auto& box : l.boxes) {
            if (box.kind == NodeKind::PU) {
                CHECK(box.w >= 80);
                CHECK(box.h >= 60);
            }
            for (const auto& line : box.label)
                CHECK(box.w >= 10.0 * static_cast<double>(line.size()) + 2 * m.padding - kEps);
        }
    }
}

TEST_CASE("Layout uses the labels it is given", "[hardware][layout]")
{
    const Topology t = load("pack:1 core:2 pu:2");
    LayoutMetrics m;
    m.label = [](const TopologyNode& node) {
        if (node.kind == NodeKind::Core)
            return std::vector<std::string> { "Lõi " + std::to_string(node.logical_index) };
        return nodeLabel(node);
    };
    const TopologyLayout layout = layoutTopology(t, m);
    std::size_t cores = 0;
    for (const auto& box : layout.boxes) {
        if (box.kind == NodeKind::Core) {
            CHECK(box.label.at(0).rfind("Lõi ", 0) == 0);
            ++cores;
        }
    }
    CHECK(cores == 2);
}

TEST_CASE("The PU box for an OS index, and hit testing", "[hardware][layout]")
{
    const Topology t = load("pack:2 [numa] l3:1 core:4 pu:2");
    const TopologyLayout layout = layoutTopology(t);
    for (unsigned cpu = 0; cpu < 16; ++cpu) {
        const LayoutBox* box = findPuBox(layout, cpu);
        REQUIRE(box);
        CHECK(box->kind == NodeKind::PU);
        CHECK(box->os_index == cpu);
        CHECK(t.nodes[box->node].os_index == cpu);
        // The centre of a PU box hits that box: it is the innermost.
        const int hit = boxAt(layout, box->x + box->w / 2, box->y + box->h / 2);
        REQUIRE(hit >= 0);
        CHECK(&layout.boxes[hit] == box);
    }
    CHECK(findPuBox(layout, 16) == nullptr);
    CHECK(boxAt(layout, -1, -1) == -1);
    CHECK(boxAt(layout, 1, 1) == 0);
}

TEST_CASE("Layout of an I/O tree, shown or hidden", "[hardware][layout]")
{
    auto r = loadXmlFile(std::string(PTLAB_TEST_DATA_DIR) + "/hardware/vm-2core-io.xml");
    REQUIRE(r.ok());
    const LayoutMetrics with_io;
    checkLayout(r.value(), layoutTopology(r.value(), with_io), with_io, true);
    LayoutMetrics without_io;
    without_io.show_io = false;
    const TopologyLayout layout = layoutTopology(r.value(), without_io);
    checkLayout(r.value(), layout, without_io, false);
    for (const auto& box : layout.boxes)
        CHECK_FALSE(r.value().nodes[box.node].isIo());
}

TEST_CASE("Layout of an empty topology is empty", "[hardware][layout]")
{
    const TopologyLayout layout = layoutTopology(Topology {});
    CHECK(layout.boxes.empty());
    CHECK(findPuBox(layout, 0) == nullptr);
}
