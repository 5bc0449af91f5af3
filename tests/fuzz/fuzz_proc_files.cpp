// Kernel files ptlab parses: a task's /proc stat, schedstat and status (whose comm field any process
// chooses, spaces and parentheses included), /proc/stat for the CPU load, and the /proc and /sys files
// the hardware fallback and summary read. Every input goes to every parser.
#include "core/hardware/cpu_load.h"
#include "core/hardware/fallback_topology.h"
#include "core/hardware/hardware_summary.h"
#include "core/states/proc_reading.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/fuzz/topology_checks.h"

using namespace ptlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = fuzz::asText(data, size);

    states::KernelReading reading;
    (void)states::parseStat(text, reading);
    (void)states::parseSchedstat(text, reading);
    (void)states::parseStatusSwitches(text, reading);

    // Two reads of /proc/stat: the input's first half before, its second half after.
    const auto middle = text.find('\n', size / 2);
    const hardware::ProcStat before = hardware::parseProcStat(text.substr(0, middle));
    const hardware::ProcStat after
        = hardware::parseProcStat(middle == std::string_view::npos ? text : text.substr(middle));
    for (const auto& load : hardware::computeLoads(before, after))
        PTLAB_FUZZ_CHECK(load.busy >= 0 && load.busy <= 1);
    if (const auto overall = hardware::computeOverallLoad(before, after))
        PTLAB_FUZZ_CHECK(overall->busy >= 0 && overall->busy <= 1);

    (void)hardware::parseCpuList(text);
    (void)hardware::meminfoBytes(text, "MemTotal");
    (void)hardware::cpuinfoModelName(text);
    (void)hardware::osReleasePrettyName(std::string(text));

    hardware::ProcFiles files;
    files.cpuinfo = text;
    files.meminfo = text;
    files.online = text;
    if (auto topology = hardware::buildFallbackTopology(files, "the fuzz input"))
        fuzz::useTopology(*topology);
    return 0;
}
