#pragma once

#include "core/util/error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace ptlab {

// Chrome trace-event JSON ("JSON Object Format"), which chrome://tracing and the Perfetto UI open:
// named tracks (a process id with threads under it) carrying complete ("X") slices. Generic on
// purpose: the States timeline writes one track per task, the training profiler one per worker.
// Times are microseconds from an origin of the caller's choice.
class TraceWriter
{
public:
    // Names the process `pid` (the group of tracks), e.g. "ptlab states" or "rank 0".
    void nameProcess(int pid, const std::string& name);
    // Names the track `tid` of process `pid`; `sortIndex` orders tracks top to bottom when given.
    void nameThread(int pid, int tid, const std::string& name, int sortIndex = -1);
    // One complete slice on a track: [startUs, startUs + durationUs).
    void addSlice(int pid, int tid, const std::string& name, const std::string& category, double startUs,
        double durationUs, nlohmann::json args = {});

    std::size_t sliceCount() const { return m_slices; }
    // {"traceEvents":[...],"displayTimeUnit":"ms"}
    nlohmann::json toJson() const;
    void write(std::ostream& out) const;
    // Written atomically (a reader never sees half a trace).
    [[nodiscard]] Result<void> writeFile(const std::string& path) const;

private:
    std::vector<nlohmann::json> m_events;
    std::size_t m_slices = 0;
};

} // namespace ptlab
