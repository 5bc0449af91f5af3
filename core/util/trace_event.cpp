#include "core/util/trace_event.h"

#include "core/util/atomic_file.h"

#include <ostream>

namespace ptlab {

void TraceWriter::nameProcess(int pid, const std::string& name)
{
    m_events.push_back(
        { { "ph", "M" }, { "name", "process_name" }, { "pid", pid }, { "tid", 0 }, { "args", { { "name", name } } } });
}

void TraceWriter::nameThread(int pid, int tid, const std::string& name, int sortIndex)
{
    m_events.push_back(
        { { "ph", "M" }, { "name", "thread_name" }, { "pid", pid }, { "tid", tid }, { "args", { { "name", name } } } });
    if (sortIndex >= 0) {
        m_events.push_back({ { "ph", "M" }, { "name", "thread_sort_index" }, { "pid", pid }, { "tid", tid },
            { "args", { { "sort_index", sortIndex } } } });
    }
}

void TraceWriter::addSlice(int pid, int tid, const std::string& name, const std::string& category, double startUs,
    double durationUs, nlohmann::json args)
{
    nlohmann::json e = { { "ph", "X" }, { "name", name }, { "cat", category }, { "pid", pid }, { "tid", tid },
        { "ts", startUs }, { "dur", durationUs < 0 ? 0.0 : durationUs } };
    if (!args.is_null())
        e["args"] = std::move(args);
    m_events.push_back(std::move(e));
    ++m_slices;
}

nlohmann::json TraceWriter::toJson() const
{
    nlohmann::json events = nlohmann::json::array();
    for (const auto& e : m_events)
        events.push_back(e);
    return { { "traceEvents", std::move(events) }, { "displayTimeUnit", "ms" } };
}

void TraceWriter::write(std::ostream& out) const
{
    out << toJson().dump() << '\n';
}

Result<void> TraceWriter::writeFile(const std::string& path) const
{
    std::string reason;
    if (!writeFileAtomically(path, toJson().dump() + '\n', reason)) {
        Error e;
        e.code = Error::Code::Io;
        e.message = "cannot write the trace " + path + ": " + reason;
        return e;
    }
    return {};
}

} // namespace ptlab
