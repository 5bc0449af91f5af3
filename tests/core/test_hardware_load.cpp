#include "core/hardware/cpu_load.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

using namespace ptlab::hardware;

namespace {

std::string readData(const std::string& name)
{
    std::ifstream in(std::string(PTLAB_TEST_DATA_DIR) + "/hardware/" + name);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const CpuLoad* findCpu(const std::vector<CpuLoad>& loads, unsigned cpu)
{
    for (const auto& l : loads) {
        if (l.cpu == cpu)
            return &l;
    }
    return nullptr;
}

} // namespace

TEST_CASE("/proc/stat is parsed into per-CPU times", "[hardware][load]")
{
    const ProcStat stat = parseProcStat(readData("proc-stat-before.txt"));
    REQUIRE(stat.overall);
    CHECK_FALSE(stat.overall->cpu.has_value());
    CHECK(stat.overall->user == 10000);
    CHECK(stat.overall->idle == 80000);
    REQUIRE(stat.cpus.size() == 4);
    for (unsigned i = 0; i < 4; ++i)
        CHECK(stat.cpus[i].cpu == i);
    CHECK(stat.cpus[0].total() == 2500 + 50 + 750 + 20000 + 125 + 25);
    CHECK(stat.cpus[0].idleTotal() == 20125);
}

TEST_CASE("Loads between two reads, with a CPU gone offline", "[hardware][load]")
{
    const ProcStat before = parseProcStat(readData("proc-stat-before.txt"));
    const ProcStat after = parseProcStat(readData("proc-stat-after.txt"));
    const auto loads = computeLoads(before, after);
    REQUIRE(loads.size() == 3); // cpu2 went offline
    CHECK(findCpu(loads, 2) == nullptr);

    const CpuLoad* cpu0 = findCpu(loads, 0);
    REQUIRE(cpu0);
    CHECK(cpu0->busy == Approx(1.0));
    CHECK(cpu0->user == Approx(1.0));
    const CpuLoad* cpu1 = findCpu(loads, 1);
    REQUIRE(cpu1);
    CHECK(cpu1->busy == Approx(0.0));
    const CpuLoad* cpu3 = findCpu(loads, 3);
    REQUIRE(cpu3);
    CHECK(cpu3->busy == Approx(0.75));
    CHECK(cpu3->user == Approx(0.5));
    CHECK(cpu3->system == Approx(0.25));

    const auto overall = computeOverallLoad(before, after);
    REQUIRE(overall);
    CHECK(overall->busy == Approx(400.0 / 600.0));
}

TEST_CASE("Odd /proc/stat input does not produce made-up loads", "[hardware][load]")
{
    SECTION("counters that went backwards (CPU re-onlined) and counters that did not move")
    {
        const ProcStat before = parseProcStat("cpu0 100 0 100 1000 0 0 0 0\ncpu1 10 0 10 100 0 0 0 0\n");
        const ProcStat after = parseProcStat("cpu0 5 0 5 50 0 0 0 0\ncpu1 10 0 10 100 0 0 0 0\n");
        CHECK(computeLoads(before, after).empty());
        CHECK_FALSE(computeOverallLoad(before, after));
    }
    SECTION("a CPU that came online between reads is left out until the next one")
    {
        const ProcStat before = parseProcStat("cpu0 100 0 100 1000\n");
        const ProcStat after = parseProcStat("cpu0 200 0 100 1100\ncpu1 1 0 1 1\n");
        const auto loads = computeLoads(before, after);
        REQUIRE(loads.size() == 1);
        CHECK(loads[0].cpu == 0);
        CHECK(loads[0].busy == Approx(0.5));
    }
    SECTION("malformed lines are skipped")
    {
        const ProcStat stat
            = parseProcStat("cpuX 1 2 3 4\ncpu0 1 2\ncpu1 a b c d\ncpu2 1 2 3 4 5 6 7 8 9 10\n\ncpu 1 1 1 1");
        REQUIRE(stat.cpus.size() == 1);
        CHECK(stat.cpus[0].cpu == 2);
        CHECK(stat.cpus[0].steal == 8);
        REQUIRE(stat.overall);
        CHECK(stat.overall->total() == 4);
        CHECK(parseProcStat("").cpus.empty());
    }
}

TEST_CASE("The sampler reads the live /proc/stat", "[hardware][load][live]")
{
    CpuLoadSampler sampler;
    auto first = sampler.sample();
    REQUIRE(first.ok());
    CHECK_FALSE(first->cpus.empty());
    for (const auto& l : first->cpus) {
        CHECK(l.busy >= 0.0);
        CHECK(l.busy <= 1.0);
    }
    auto second = sampler.sample();
    REQUIRE(second.ok());
    for (const auto& l : second->cpus) {
        CHECK(l.busy >= 0.0);
        CHECK(l.busy <= 1.0);
    }

    CpuLoadSampler missing("/nonexistent/stat");
    CHECK_FALSE(missing.sample().ok());
    CpuLoadSampler not_stat(std::string(PTLAB_TEST_DATA_DIR) + "/hardware/not-hwloc.xml");
    CHECK_FALSE(not_stat.sample().ok());
}
