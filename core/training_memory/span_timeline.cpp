#include "core/training_memory/span_timeline.h"

#include "core/util/atomic_file.h"

#include <algorithm>
#include <chrono>
#include <locale>
#include <sstream>

namespace ptlab::training_memory {

SpanTimeline::SpanTimeline(std::vector<std::string> trackNames) : m_originNs(steadyNowNs())
{
    for (auto& n : trackNames)
        m_tracks.push_back(Track { std::move(n), {} });
}

std::int64_t SpanTimeline::steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void SpanTimeline::add(std::size_t track, std::string name, std::int64_t startNs, std::int64_t endNs)
{
    if (track >= m_tracks.size())
        return;
    m_tracks[track].spans.push_back(
        Span { std::move(name), startNs - m_originNs, std::max<std::int64_t>(0, endNs - startNs) });
}

std::int64_t SpanTimeline::endNs() const
{
    std::int64_t end = 0;
    for (const auto& t : m_tracks)
        for (const auto& s : t.spans)
            end = std::max(end, s.startNs + s.durationNs);
    return end;
}

std::int64_t SpanTimeline::totalNs(std::size_t track, const std::string& name) const
{
    std::int64_t sum = 0;
    if (track < m_tracks.size())
        for (const auto& s : m_tracks[track].spans)
            if (s.name == name)
                sum += s.durationNs;
    return sum;
}

TraceWriter SpanTimeline::toTrace(const std::string& processName) const
{
    TraceWriter writer;
    constexpr int pid = 1;
    writer.nameProcess(pid, processName);
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const int tid = static_cast<int>(t) + 1;
        writer.nameThread(pid, tid, m_tracks[t].name, static_cast<int>(t));
        for (const auto& s : m_tracks[t].spans)
            writer.addSlice(pid, tid, s.name, "training", static_cast<double>(s.startNs) / 1000.0,
                static_cast<double>(s.durationNs) / 1000.0);
    }
    return writer;
}

std::string stepsCsv(const std::vector<StepRecord>& steps)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(9);
    out << "step,loss,samples_per_second,memory_bytes\n";
    for (const auto& s : steps)
        out << s.step << ',' << s.loss << ',' << s.samplesPerSecond << ',' << s.memoryBytes << '\n';
    return out.str();
}

Result<void> writeTextFile(const std::string& path, const std::string& text)
{
    std::string reason;
    if (!writeFileAtomically(path, text, reason)) {
        Error e;
        e.code = Error::Code::Io;
        e.message = "cannot write " + path + ": " + reason;
        return e;
    }
    return {};
}

} // namespace ptlab::training_memory
