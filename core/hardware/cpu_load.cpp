#include "core/hardware/cpu_load.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <fstream>
#include <sstream>

namespace ptlab::hardware {

namespace {

bool parseCpuLine(std::string_view line, CpuTimes& out)
{
    if (!line.starts_with("cpu"))
        return false;
    const auto space = line.find_first_of(" \t");
    if (space == std::string_view::npos)
        return false;
    const std::string_view name = line.substr(3, space - 3);
    if (!name.empty()) {
        unsigned cpu = 0;
        auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), cpu);
        if (ec != std::errc() || end != name.data() + name.size())
            return false;
        out.cpu = cpu;
    }
    std::uint64_t fields[8] = {};
    std::size_t count = 0;
    std::string_view rest = line.substr(space);
    while (count < 8) {
        const auto start = rest.find_first_not_of(" \t");
        if (start == std::string_view::npos)
            break;
        rest = rest.substr(start);
        auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), fields[count]);
        if (ec != std::errc())
            return false;
        rest = rest.substr(static_cast<std::size_t>(end - rest.data()));
        ++count;
    }
    // Kernels since 2.6 give at least user..softirq (7 fields); steal came in 2.6.11. guest and
    // guest_nice are already counted in user and nice, so they are not read.
    if (count < 4)
        return false;
    out.user = fields[0];
    out.nice = fields[1];
    out.system = fields[2];
    out.idle = fields[3];
    out.iowait = fields[4];
    out.irq = fields[5];
    out.softirq = fields[6];
    out.steal = fields[7];
    return true;
}

std::optional<CpuLoad> loadBetween(const CpuTimes& a, const CpuTimes& b)
{
    // Counters only grow while a CPU stays online; a CPU that went down and up again may restart them.
    if (b.user < a.user || b.nice < a.nice || b.system < a.system || b.idle < a.idle || b.iowait < a.iowait
        || b.irq < a.irq || b.softirq < a.softirq || b.steal < a.steal)
        return std::nullopt;
    const double total = static_cast<double>(b.total() - a.total());
    if (total <= 0)
        return std::nullopt;
    CpuLoad load;
    load.cpu = b.cpu.value_or(0);
    load.user = static_cast<double>((b.user + b.nice) - (a.user + a.nice)) / total;
    load.system = static_cast<double>((b.system + b.irq + b.softirq) - (a.system + a.irq + a.softirq)) / total;
    load.iowait = static_cast<double>(b.iowait - a.iowait) / total;
    load.steal = static_cast<double>(b.steal - a.steal) / total;
    load.busy = std::clamp(1.0 - static_cast<double>(b.idleTotal() - a.idleTotal()) / total, 0.0, 1.0);
    return load;
}

} // namespace

ProcStat parseProcStat(std::string_view text)
{
    ProcStat stat;
    while (!text.empty()) {
        const auto eol = text.find('\n');
        const std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
        CpuTimes times;
        if (!parseCpuLine(line, times))
            continue;
        if (times.cpu)
            stat.cpus.push_back(times);
        else
            stat.overall = times;
    }
    return stat;
}

std::vector<CpuLoad> computeLoads(const ProcStat& before, const ProcStat& after)
{
    std::vector<CpuLoad> loads;
    for (const auto& b : after.cpus) {
        auto a
            = std::find_if(before.cpus.begin(), before.cpus.end(), [&b](const CpuTimes& t) { return t.cpu == b.cpu; });
        if (a == before.cpus.end())
            continue;
        if (auto load = loadBetween(*a, b))
            loads.push_back(*load);
    }
    return loads;
}

std::optional<CpuLoad> computeOverallLoad(const ProcStat& before, const ProcStat& after)
{
    if (!before.overall || !after.overall)
        return std::nullopt;
    return loadBetween(*before.overall, *after.overall);
}

CpuLoadSampler::CpuLoadSampler(std::string path) : m_path(std::move(path)) { }

Result<CpuLoadSampler::Sample> CpuLoadSampler::sample()
{
    std::ifstream in(m_path, std::ios::binary);
    if (!in)
        return errorFromErrno(errno ? errno : ENOENT, "Cannot read CPU times from " + m_path);
    std::ostringstream text;
    text << in.rdbuf();
    ProcStat now = parseProcStat(text.str());
    if (now.cpus.empty() && !now.overall)
        return Error { Error::Code::Parse, 0, "No CPU line found in " + m_path + "." };
    if (m_previous.cpus.empty() && !m_previous.overall) {
        // First read: compare with zero counters, i.e. the average since boot.
        m_previous.overall = CpuTimes {};
        for (const auto& c : now.cpus) {
            CpuTimes zero;
            zero.cpu = c.cpu;
            m_previous.cpus.push_back(zero);
        }
    }
    Sample s;
    s.cpus = computeLoads(m_previous, now);
    s.overall = computeOverallLoad(m_previous, now);
    m_previous = std::move(now);
    return s;
}

} // namespace ptlab::hardware
