#pragma once

#include "core/compare/child_process.h"
#include "core/compare/experiment.h"
#include "core/util/error.h"

#include <cerrno>
#include <cstring>
#include <string>

namespace ptlab::compare {

// Counts finished repetitions across an experiment's variants for the progress bar.
class Progress
{
public:
    Progress(const RunOptions& o, double total) : m_o(o), m_total(total > 0 ? total : 1) { }
    void step(double n = 1)
    {
        m_done += n;
        if (m_o.progress)
            m_o.progress(std::min(0.99, m_done / m_total));
    }

private:
    const RunOptions& m_o;
    double m_total;
    double m_done = 0;
};

inline Variant makeVariant(
    std::string id, std::string label, std::string unit, std::string series = {}, double param = 0)
{
    Variant v;
    v.id = std::move(id);
    v.label = std::move(label);
    v.unit = std::move(unit);
    v.series = std::move(series);
    v.param = param;
    return v;
}

inline std::string errnoText(const std::string& what, int err = errno)
{
    return what + ": " + ptlab::errnoText(err);
}

// Runs `once` o.warmup times unmeasured, then o.runs times measured (microseconds per call unless
// `perCall` divides). `once` returns an empty string on success or why it failed (then the variant
// records the reason and stops). Stops early when cancelled.
template <typename F>
void timeRepetitions(const RunOptions& o, Variant& v, Progress& progress, F&& once, double perCall = 1)
{
    for (int i = 0; i < o.warmup + o.runs; ++i) {
        if (o.cancelled())
            return;
        const std::int64_t t0 = monotonicNs();
        std::string error = once();
        const std::int64_t t1 = monotonicNs();
        if (!error.empty()) {
            v.error = error;
            return;
        }
        if (i >= o.warmup)
            v.samples.push_back(static_cast<double>(t1 - t0) / 1000.0 / perCall);
        progress.step();
    }
}

} // namespace ptlab::compare
