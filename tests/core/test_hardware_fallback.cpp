#include "core/hardware/fallback_topology.h"
#include "core/hardware/hardware_summary.h"
#include "core/hardware/topology_layout.h"
#include "core/hardware/topology_loader.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ptlab::hardware;

namespace {

const std::string kFakeRoot = std::string(PTLAB_TEST_DATA_DIR) + "/hardware/fakeroot-2s";

} // namespace

TEST_CASE("Fallback from fake /proc files of a 2-socket machine", "[hardware][fallback]")
{
    const ProcFiles files = readProcFiles(kFakeRoot);
    CHECK(files.online_cpus == 0); // sysconf is only asked for the real root
    auto r = buildFallbackTopology(files, "test reason.");
    REQUIRE(r.ok());
    const Topology& t = r.value();
    CHECK(t.source == TopologySource::Fallback);
    CHECK(t.fallback_reason == "test reason.");
    CHECK(t.xml.empty());
    CHECK(t.count(NodeKind::Package) == 2);
    CHECK(t.count(NodeKind::Core) == 4);
    CHECK(t.count(NodeKind::PU) == 8);
    CHECK(t.count(NodeKind::NumaNode) == 1);
    // Threads 0 and 4 share package 0, core 0 (Intel numbering).
    const int pu0 = t.findPu(0), pu4 = t.findPu(4), pu1 = t.findPu(1);
    REQUIRE(pu0 >= 0);
    REQUIRE(pu4 >= 0);
    CHECK(t.nodes[pu0].parent == t.nodes[pu4].parent);
    CHECK(t.nodes[pu0].parent != t.nodes[pu1].parent);

    const HardwareSummary s = summarize(t);
    CHECK(s.cpu_model == "Intel(R) Xeon(R) Example CPU @ 2.10GHz");
    CHECK(s.packages == 2);
    CHECK(s.cores == 4);
    CHECK(s.pus == 8);
    CHECK(s.memory_bytes == 16318496ull * 1024);
    CHECK(s.caches.empty());
    CHECK(s.source == TopologySource::Fallback);

    // The layout works on it too.
    const TopologyLayout layout = layoutTopology(t);
    CHECK(layout.boxes.size() == t.nodes.size());
    CHECK(findPuBox(layout, 7) != nullptr);
}

TEST_CASE("The live loader's fallback path end to end", "[hardware][fallback]")
{
    LiveOptions options;
    options.force_fallback = true;
    options.proc_root = kFakeRoot;
    auto r = loadLiveTopology(options);
    REQUIRE(r.ok());
    CHECK(r->source == TopologySource::Fallback);
    CHECK_FALSE(r->fallback_reason.empty());
    CHECK(r->count(NodeKind::PU) == 8);

    HardwareSummary s = summarize(r.value());
    addLiveDetails(s, kFakeRoot);
    CHECK(s.memory_available_bytes == 12000000ull * 1024);
    CHECK(s.os == "Example Linux 1.0 (test)");
    CHECK_FALSE(s.kernel.empty()); // uname of the machine running the test
}

TEST_CASE("Fallback without a useful /proc/cpuinfo", "[hardware][fallback]")
{
    SECTION("an ARM-like cpuinfo without physical or core ids")
    {
        ProcFiles files;
        files.cpuinfo = "processor\t: 0\nBogoMIPS\t: 48.00\nCPU part\t: 0xd08\n\n"
                        "processor\t: 1\nBogoMIPS\t: 48.00\n\n"
                        "processor\t: 2\n\nprocessor\t: 3\n\nHardware\t: BCM2835\nModel\t: Raspberry Pi 4 Model B\n";
        files.meminfo = "MemTotal:        3884096 kB\n";
        auto r = buildFallbackTopology(files, "x");
        REQUIRE(r.ok());
        CHECK(r->count(NodeKind::Package) == 1);
        CHECK(r->count(NodeKind::Core) == 4);
        CHECK(r->count(NodeKind::PU) == 4);
        CHECK(summarize(r.value()).cpu_model == "Raspberry Pi 4 Model B");
    }
    SECTION("only the online list")
    {
        ProcFiles files;
        files.online = "0-2,5\n";
        auto r = buildFallbackTopology(files, "x");
        REQUIRE(r.ok());
        CHECK(r->count(NodeKind::PU) == 4);
        CHECK(r->findPu(5) >= 0);
        CHECK(r->findPu(3) == -1);
        CHECK(r->root().total_memory == 0);
    }
    SECTION("only sysconf")
    {
        ProcFiles files;
        files.online_cpus = 3;
        auto r = buildFallbackTopology(files, "x");
        REQUIRE(r.ok());
        CHECK(r->count(NodeKind::PU) == 3);
    }
    SECTION("nothing at all is an error, not a crash")
    {
        auto r = buildFallbackTopology(ProcFiles {}, "x");
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().message.empty());
    }
    SECTION("a missing root")
    {
        auto r = buildFallbackTopology(readProcFiles("/nonexistent-root"), "x");
        CHECK_FALSE(r.ok());
    }
}

TEST_CASE("Small /proc parsers", "[hardware][fallback]")
{
    CHECK(parseCpuList("0-3,6") == std::vector<unsigned> { 0, 1, 2, 3, 6 });
    CHECK(parseCpuList("0\n") == std::vector<unsigned> { 0 });
    CHECK(parseCpuList(" 4-5 , 1 ,x, 9-7") == std::vector<unsigned> { 1, 4, 5 });
    CHECK(parseCpuList("").empty());
    // Found by fuzzing: "2-9751" built a topology of 9,750 CPUs that took seconds to lay out.
    CHECK(parseCpuList("8190-9751,9000,3").size() == 3);
    CHECK(parseCpuList("8192,10000-20000").empty());

    const std::string meminfo = "MemTotal:       16318496 kB\nMemAvailable:   12000000 kB\nHugePages_Total:       0\n";
    CHECK(meminfoBytes(meminfo, "MemTotal") == 16318496ull * 1024);
    CHECK(meminfoBytes(meminfo, "MemAvailable") == 12000000ull * 1024);
    CHECK(meminfoBytes(meminfo, "HugePages_Total") == 0u);
    CHECK_FALSE(meminfoBytes(meminfo, "SwapTotal"));
    CHECK_FALSE(meminfoBytes("MemTotal: lots kB", "MemTotal"));

    CHECK(cpuinfoModelName("processor : 0\nmodel name : AMD EPYC 7B13\n") == "AMD EPYC 7B13");
    CHECK(cpuinfoModelName("processor : 0\ncpu : POWER9 (raw), altivec supported\n")
        == "POWER9 (raw), altivec supported");
    CHECK(cpuinfoModelName("").empty());

    CHECK(osReleasePrettyName("NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n")
        == "Debian GNU/Linux 12 (bookworm)");
    CHECK(osReleasePrettyName("NAME=Alpine\n") == "Alpine");
    CHECK(osReleasePrettyName("").empty());
}
