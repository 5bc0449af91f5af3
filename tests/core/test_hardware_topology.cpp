#include "core/hardware/hardware_summary.h"
#include "core/hardware/topology_loader.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <unistd.h>

using namespace ptlab::hardware;

namespace {

const std::string kDataDir = std::string(PTLAB_TEST_DATA_DIR) + "/hardware/";
const std::string kTopologiesDir = std::string(PTLAB_RESOURCES_DIR) + "/topologies/";

Topology synthetic(const std::string& description)
{
    auto result = loadSynthetic(description);
    INFO(description << ": " << (result ? "" : result.error().message));
    REQUIRE(result.ok());
    return result.value();
}

// The number of lines `lstopo --only TYPE` prints, or nullopt when lstopo cannot be run.
std::optional<std::size_t> lstopoCount(const std::string& type)
{
    const std::string command = "lstopo --only " + type + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return std::nullopt;
    std::size_t lines = 0;
    char buf[512];
    while (std::fgets(buf, sizeof buf, pipe))
        ++lines;
    if (pclose(pipe) != 0)
        return std::nullopt;
    return lines;
}

bool lstopoAvailable()
{
    return std::system("command -v lstopo >/dev/null 2>&1") == 0;
}

std::string tempPath(const std::string& name)
{
    return (std::filesystem::temp_directory_path() / ("ptlab-hw-" + std::to_string(getpid()) + "-" + name)).string();
}

// Every node's parent lists it as a child, depths follow the tree, node 0 is the machine.
void checkTreeConsistent(const Topology& t)
{
    REQUIRE(!t.empty());
    CHECK(t.root().kind == NodeKind::Machine);
    CHECK(t.root().parent == -1);
    std::size_t reached = 1;
    for (std::size_t i = 0; i < t.nodes.size(); ++i) {
        for (int c : t.nodes[i].children) {
            REQUIRE(c > 0);
            REQUIRE(static_cast<std::size_t>(c) < t.nodes.size());
            CHECK(t.nodes[c].parent == static_cast<int>(i));
            CHECK(t.nodes[c].depth == t.nodes[i].depth + 1);
            ++reached;
        }
    }
    CHECK(reached == t.nodes.size());
}

} // namespace

TEST_CASE("Synthetic topologies of several shapes give the right counts", "[hardware]")
{
    struct Shape
    {
        const char* description;
        std::size_t packages, numa, l3, cores, pus;
    };
    const Shape shapes[] = {
        { "pack:1 core:4 pu:2", 1, 1, 0, 4, 8 },
        { "pack:2 [numa] l3:1 core:8 pu:2", 2, 2, 2, 16, 32 },
        { "pack:4 [numa] l3:2 core:16 pu:2", 4, 4, 8, 128, 256 },
        { "pack:4 numa:2 l3:1 core:16 pu:2", 4, 8, 8, 128, 256 },
        { "pack:1 l3:1 l2:6 core:1 pu:1", 1, 1, 1, 6, 6 },
        { "core:3 pu:1", 0, 1, 0, 3, 3 },
    };
    for (const auto& shape : shapes) {
        INFO(shape.description);
        const Topology t = synthetic(shape.description);
        checkTreeConsistent(t);
        CHECK(t.source == TopologySource::Synthetic);
        CHECK(t.origin == shape.description);
        CHECK(t.count(NodeKind::Package) == shape.packages);
        CHECK(t.count(NodeKind::NumaNode) == shape.numa);
        CHECK(t.count(NodeKind::Core) == shape.cores);
        CHECK(t.count(NodeKind::PU) == shape.pus);
        std::size_t l3 = 0;
        for (const auto& node : t.nodes)
            l3 += node.kind == NodeKind::Cache && node.cache_level == 3;
        CHECK(l3 == shape.l3);

        const HardwareSummary s = summarize(t);
        CHECK(s.packages == shape.packages);
        CHECK(s.numa_nodes == shape.numa);
        CHECK(s.cores == shape.cores);
        CHECK(s.pus == shape.pus);
        CHECK(s.gpus.empty());
        CHECK_FALSE(t.xml.empty());
    }
}

TEST_CASE("PUs carry their kernel CPU number and logical index in order", "[hardware]")
{
    const Topology t = synthetic("pack:2 [numa] l3:1 core:2 pu:2");
    const auto pus = t.indicesOf(NodeKind::PU);
    REQUIRE(pus.size() == 8);
    for (std::size_t i = 0; i < pus.size(); ++i) {
        const auto& pu = t.nodes[pus[i]];
        CHECK(pu.logical_index == i);
        REQUIRE(pu.os_index.has_value());
        CHECK(t.findPu(*pu.os_index) == pus[i]);
        CHECK(t.nodes[pu.parent].kind == NodeKind::Core);
    }
    CHECK(t.findPu(999) == -1);
    CHECK(t.pusBelow(0).size() == 8);
    CHECK(t.pusBelow(t.indicesOf(NodeKind::Package).at(1)) == std::vector<unsigned> { 4, 5, 6, 7 });
    // NUMA nodes come first among a package's children, as lstopo draws them.
    const auto& package = t.nodes[t.indicesOf(NodeKind::Package).at(0)];
    CHECK(t.nodes[package.children.front()].kind == NodeKind::NumaNode);
}

TEST_CASE("Caches keep their level, type and size", "[hardware]")
{
    const Topology t
        = synthetic("pack:1 l3:1(size=8MiB) l2:4(size=512KiB) l1d:1(size=32KiB) l1i:1(size=32KiB) core:1 pu:2");
    const HardwareSummary s = summarize(t);
    REQUIRE(s.caches.size() == 4);
    CHECK(s.caches[0].level == 1);
    CHECK(s.caches[0].type == CacheType::Data);
    CHECK(s.caches[0].size_bytes == 32 * 1024);
    CHECK(s.caches[0].count == 4);
    CHECK(s.caches[1].type == CacheType::Instruction);
    CHECK(s.caches[2].level == 2);
    CHECK(s.caches[2].size_bytes == 512 * 1024);
    CHECK(s.caches[3].level == 3);
    CHECK(s.caches[3].type == CacheType::Unified);
    CHECK(s.caches[3].size_bytes == 8 * 1024 * 1024);
    CHECK(s.caches[3].count == 1);
    CHECK(s.smt());
}

TEST_CASE("XML round trip keeps the counts", "[hardware]")
{
    const char* descriptions[] = { "pack:2 [numa(memory=4GiB)] l3:1 core:8 pu:2", "pack:4 numa:2 l3:1 core:16 pu:2" };
    for (const char* description : descriptions) {
        INFO(description);
        const Topology original = synthetic(description);
        const std::string path = tempPath("roundtrip.xml");
        REQUIRE(exportXmlFile(original, path).ok());

        auto reloaded = loadXmlFile(path);
        std::filesystem::remove(path);
        INFO((reloaded ? "" : reloaded.error().message));
        REQUIRE(reloaded.ok());
        CHECK(reloaded->source == TopologySource::Xml);
        CHECK(reloaded->origin == path);
        for (NodeKind kind : { NodeKind::Package, NodeKind::NumaNode, NodeKind::Cache, NodeKind::Core, NodeKind::PU })
            CHECK(reloaded->count(kind) == original.count(kind));
        CHECK(reloaded->root().total_memory == original.root().total_memory);
        CHECK(reloaded->nodes.size() == original.nodes.size());

        // And from a buffer.
        auto from_buffer = loadXmlBuffer(original.xml);
        REQUIRE(from_buffer.ok());
        CHECK(from_buffer->count(NodeKind::PU) == original.count(NodeKind::PU));
    }
}

TEST_CASE("Corrupt inputs are rejected with an error", "[hardware]")
{
    SECTION("missing file")
    {
        auto r = loadXmlFile(kDataDir + "does-not-exist.xml");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ptlab::Error::Code::NotFound);
        CHECK_THAT(r.error().message, Catch::Contains("does not exist"));
    }
    SECTION("a directory")
    {
        auto r = loadXmlFile(kDataDir);
        REQUIRE_FALSE(r.ok());
    }
    SECTION("truncated XML")
    {
        auto r = loadXmlFile(kDataDir + "truncated.xml");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ptlab::Error::Code::Parse);
        CHECK_THAT(r.error().message, Catch::Contains("truncated"));
    }
    SECTION("broken inside")
    {
        auto r = loadXmlFile(kDataDir + "corrupt-middle.xml");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ptlab::Error::Code::Parse);
    }
    SECTION("a processor-side object without its cpuset (hwloc 2.9 crashes on it; found by fuzzing)")
    {
        for (const char* file :
            { "regression-missing-cpuset-segv.xml", "regression-missing-complete-cpuset-segv.xml" }) {
            INFO(file);
            auto r = loadXmlFile(kDataDir + file);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ptlab::Error::Code::Parse);
            CHECK_THAT(r.error().message, Catch::Contains("cpuset"));
        }
    }
    SECTION("XML that is not an hwloc topology")
    {
        auto r = loadXmlFile(kDataDir + "not-hwloc.xml");
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message, Catch::Contains("not an hwloc topology"));
    }
    SECTION("buffers")
    {
        CHECK_FALSE(loadXmlBuffer("").ok());
        CHECK_FALSE(loadXmlBuffer("garbage").ok());
        CHECK_FALSE(loadXmlBuffer("<topology></topology>").ok());
        const char with_nul[] = "<?xml version=\"1.0\"?>\n<topology version=\"2.0\">\0</topology>";
        CHECK_FALSE(loadXmlBuffer(std::string_view(with_nul, sizeof with_nul - 1)).ok());
    }
    SECTION("bad synthetic descriptions")
    {
        for (const char* bad :
            { "", "   ", "bogus:2", "pack:x core:2", "pack:2 core:-1 pu:2", "pack:2 core:2 pu:2 garbage" }) {
            INFO("'" << bad << "'");
            auto r = loadSynthetic(bad);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ptlab::Error::Code::InvalidArgument);
            CHECK_FALSE(r.error().message.empty());
        }
    }
    SECTION("exporting a topology without XML")
    {
        Topology t;
        CHECK_FALSE(exportXmlFile(t, tempPath("none.xml")).ok());
        const Topology s = synthetic("core:2 pu:1");
        CHECK_FALSE(exportXmlFile(s, "/nonexistent-dir/x.xml").ok());
    }
}

TEST_CASE("A synthetic machine too large to draw is refused before hwloc builds it", "[hardware]")
{
    // tests/fuzz/corpus/topology_synthetic/regression-*: hwloc accepts up to 2^32 objects a level and
    // builds them all, so "pu:4000000000" (or an "indexes=" list for as many) exhausted memory, and wide
    // levels took seconds ("pack:2 core:2048 pu:2" timed out the fuzz target).
    for (const char* huge : { "pack:64 core:64 pu:64", "pack:2 core:2048 pu:2", "pack:2 core:4096 pu:2",
             "pack:0x100 [numa] core:0100 pu:2", "l3:2 l2:2 l1:2 core:2 pu:2048(indexes=0)",
             "(memory=1GB) 2 2 2 2 2 2 2 2 2 2 2 2 2 2", "pack:16 core:256 pu:1", "pu:4000000000" }) {
        INFO(huge);
        auto r = loadSynthetic(huge);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ptlab::Error::Code::InvalidArgument);
        CHECK_THAT(r.error().message, Catch::Contains("larger than ptlab draws"));
    }
    // Large machines still load: 2 packages of 128 hardware threads, 16 packages of 64 cores, the limits.
    CHECK(synthetic("pack:2 [numa] l3:16 core:8 pu:2").count(NodeKind::PU) == 512);
    CHECK(synthetic("pack:16 [numa] core:64 pu:1").count(NodeKind::Core) == 1024);
    CHECK(synthetic("pack:4 core:128 pu:2").count(NodeKind::PU) == 1024);
}

TEST_CASE("An XML file with I/O keeps its PCI and OS devices", "[hardware]")
{
    auto r = loadXmlFile(kDataDir + "vm-2core-io.xml");
    REQUIRE(r.ok());
    const Topology& t = r.value();
    checkTreeConsistent(t);
    CHECK(t.count(NodeKind::PU) == 2);
    CHECK(t.count(NodeKind::Bridge) == 1);
    REQUIRE(t.count(NodeKind::PciDevice) == 2);
    REQUIRE(t.count(NodeKind::OsDevice) == 2);
    const auto& bridge = t.nodes[t.indicesOf(NodeKind::Bridge).at(0)];
    CHECK(bridge.host_bridge);
    CHECK(nodeLabel(bridge) == std::vector<std::string> { "HostBridge" });

    const auto& storage = t.nodes[t.indicesOf(NodeKind::PciDevice).at(0)];
    REQUIRE(storage.pci);
    CHECK(storage.pci->address() == "0000:00:02.0");
    CHECK(storage.pci->class_id == 0x0180);
    CHECK(storage.pci->class_name == "Storage");
    CHECK(nodeLabel(storage).at(0) == "PCI 00:02.0 (Storage)");
    const auto& ethernet = t.nodes[t.indicesOf(NodeKind::PciDevice).at(1)];
    CHECK(ethernet.pci->class_name == "Ethernet");

    const auto devices = t.indicesOf(NodeKind::OsDevice);
    CHECK(t.nodes[devices[0]].osdev_type == OsDeviceType::Block);
    CHECK(t.nodes[devices[0]].name == "vda");
    CHECK(t.nodes[devices[1]].osdev_type == OsDeviceType::Network);
    CHECK(t.nodes[devices[1]].name == "eth0");

    const HardwareSummary s = summarize(t);
    CHECK(s.gpus.empty());
    REQUIRE(s.pci_devices.size() == 2);
    CHECK(s.pci_devices[1].os_devices == std::vector<std::string> { "eth0" });
    CHECK(s.cpu_model == "AMD EPYC");
    CHECK(s.os == "Linux");
    CHECK_FALSE(s.kernel.empty());
    CHECK(s.architecture == "x86_64");
}

TEST_CASE("The sample topologies load and say what they are", "[hardware]")
{
    struct Sample
    {
        const char* file;
        unsigned packages, numa, cores, pus;
    };
    const Sample samples[] = {
        { "laptop-4c8t.xml", 1, 1, 4, 8 },
        { "server-2s-numa.xml", 2, 2, 24, 48 },
        { "desktop-6c-smt-off.xml", 1, 1, 6, 6 },
        { "hybrid-4p8e.xml", 1, 1, 12, 16 },
        { "big-4s-8numa.xml", 4, 8, 64, 128 },
    };
    for (const auto& sample : samples) {
        INFO(sample.file);
        auto r = loadXmlFile(kTopologiesDir + sample.file);
        INFO((r ? "" : r.error().message));
        REQUIRE(r.ok());
        const HardwareSummary s = summarize(r.value());
        CHECK(s.packages == sample.packages);
        CHECK(s.numa_nodes == sample.numa);
        CHECK(s.cores == sample.cores);
        CHECK(s.pus == sample.pus);
        CHECK_THAT(s.cpu_model, Catch::Contains("(synthetic)"));
        CHECK(s.memory_bytes > 0);
    }
}

TEST_CASE("CPU kinds of a hybrid processor", "[hardware]")
{
    auto r = loadXmlFile(kTopologiesDir + "hybrid-4p8e.xml");
    REQUIRE(r.ok());
    const Topology& t = r.value();
    REQUIRE(t.cpu_kinds.size() == 2);
    const HardwareSummary s = summarize(t);
    REQUIRE(s.cpu_kinds.size() == 2);
    CHECK(s.cpu_kinds[0].name == "Performance core");
    CHECK(s.cpu_kinds[0].cores == 4);
    CHECK(s.cpu_kinds[0].pus == 8);
    CHECK(s.cpu_kinds[1].name == "Efficiency core");
    CHECK(s.cpu_kinds[1].cores == 8);
    CHECK(s.cpu_kinds[1].pus == 8);
    CHECK(t.cpu_kinds[t.cpuKindOf(0)].name() == "Performance core");
    CHECK(t.cpu_kinds[t.cpuKindOf(15)].name() == "Efficiency core");
    CHECK(t.cpuKindOf(99) == -1);
    // The E-core clusters have the bigger L2.
    bool has_2mib_l2 = false;
    for (const auto& c : s.caches)
        has_2mib_l2 |= c.level == 2 && c.size_bytes == 2 * 1024 * 1024 && c.count == 2;
    CHECK(has_2mib_l2);
}

TEST_CASE("The live machine agrees with lstopo", "[hardware][live]")
{
    auto r = loadLiveTopology();
    INFO((r ? "" : r.error().message));
    REQUIRE(r.ok());
    const Topology& t = r.value();
    checkTreeConsistent(t);
    CHECK(t.count(NodeKind::PU) >= 1);
    const long online = sysconf(_SC_NPROCESSORS_ONLN);
    CHECK(t.count(NodeKind::PU) <= static_cast<std::size_t>(online > 0 ? online : 1));

    if (t.source == TopologySource::Fallback) {
        WARN("hwloc was not usable here, the fallback was used: " << t.fallback_reason);
        return;
    }
    CHECK(t.source == TopologySource::Live);
    CHECK_FALSE(t.xml.empty());
    if (!lstopoAvailable()) {
        WARN("lstopo is not installed; skipping the comparison with it");
        return;
    }
    struct Check
    {
        const char* type;
        NodeKind kind;
    };
    for (const Check& c : { Check { "pu", NodeKind::PU }, Check { "core", NodeKind::Core },
             Check { "package", NodeKind::Package }, Check { "numanode", NodeKind::NumaNode } }) {
        const auto expected = lstopoCount(c.type);
        if (!expected) {
            WARN("lstopo --only " << c.type << " failed; skipping that check");
            continue;
        }
        INFO("lstopo --only " << c.type);
        CHECK(t.count(c.kind) == *expected);
    }
    const HardwareSummary s = summarizeWithLiveDetails(t);
    CHECK(s.memory_bytes > 0);
    CHECK(s.memory_available_bytes.has_value());
    CHECK_FALSE(s.kernel.empty());
    CHECK_FALSE(s.os.empty());
}
