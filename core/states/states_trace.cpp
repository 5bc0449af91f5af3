#include "core/states/states_trace.h"

namespace ptlab::states {

std::string stateName(TaskState state, bool zombie)
{
    return zombie ? std::string("zombie") : std::string(toString(state));
}

TraceWriter statesTrace(const EngineSnapshot& snap)
{
    TraceWriter w;
    constexpr int Pid = 1;
    w.nameProcess(Pid, "ptlab states (" + std::string(toString(snap.source)) + " source)");
    int order = 0;
    for (const TaskView& t : snap.tasks) {
        const int track = static_cast<int>(t.id);
        std::string name = t.label.empty() ? std::string(toString(t.kind)) + " " + std::to_string(t.tid) + " ("
                + std::string(toString(t.workload.kind)) + ")"
                                           : t.label + " " + std::to_string(t.tid);
        w.nameThread(Pid, track, name, order++);
        auto slice = [&](std::int64_t startNs, std::int64_t endNs, const std::string& state, nlohmann::json args) {
            w.addSlice(Pid, track, state, "state", static_cast<double>(startNs) / 1e3,
                static_cast<double>(endNs - startNs) / 1e3, std::move(args));
        };
        if (t.tracked && (!t.intervals.empty() || t.openInterval)) {
            for (const auto& i : t.intervals)
                slice(i.startNs, i.endNs, stateName(i.state), {});
            if (t.openInterval)
                slice(t.openInterval->startNs, t.openInterval->endNs, stateName(t.openInterval->state), {});
            continue;
        }
        // Sampled: a sample describes the interval since the previous one.
        std::int64_t start = t.createdNs;
        for (std::size_t i = 0; i < t.samples.size(); ++i) {
            const StateSample& s = t.samples[i];
            const bool last = i + 1 == t.samples.size();
            const StateSample* next = last ? nullptr : &t.samples[i + 1];
            if (next && next->state == s.state && next->zombie == s.zombie)
                continue;
            slice(start, s.timeNs, stateName(s.state, s.zombie), {});
            start = s.timeNs;
        }
    }
    return w;
}

} // namespace ptlab::states
