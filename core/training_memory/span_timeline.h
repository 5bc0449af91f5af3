#pragma once

#include "core/util/error.h"
#include "core/util/trace_event.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ptlab::training_memory {

// One named interval on a track (a worker, the trainer, a loader thread).
struct Span
{
    std::string name; // "forward", "backward", "all-reduce", "data wait", "optimizer", ...
    std::int64_t startNs = 0; // from the timeline's origin
    std::int64_t durationNs = 0;
};

struct Track
{
    std::string name; // "worker 0"
    std::vector<Span> spans;
};

// The profiler's record of a run. Each thread writes only its own track (given when the timeline is
// made), so recording needs no lock; read it after the run has joined its threads.
class SpanTimeline
{
public:
    explicit SpanTimeline(std::vector<std::string> trackNames = {});

    [[nodiscard]] static std::int64_t steadyNowNs();
    [[nodiscard]] std::int64_t originNs() const { return m_originNs; }
    // `startNs` and `endNs` are steady_clock times (steadyNowNs()).
    void add(std::size_t track, std::string name, std::int64_t startNs, std::int64_t endNs);

    [[nodiscard]] const std::vector<Track>& tracks() const { return m_tracks; }
    [[nodiscard]] std::int64_t endNs() const; // latest span end, from the origin
    // Total time of spans called `name` on `track`.
    [[nodiscard]] std::int64_t totalNs(std::size_t track, const std::string& name) const;

    // Chrome trace-event JSON (one thread track per timeline track under process `processName`).
    [[nodiscard]] TraceWriter toTrace(const std::string& processName) const;

private:
    std::vector<Track> m_tracks;
    std::int64_t m_originNs = 0;
};

// Per-step figures every run exports as CSV.
struct StepRecord
{
    int step = 0;
    double loss = 0;
    double samplesPerSecond = 0;
    std::size_t memoryBytes = 0;
};

// "step,loss,samples_per_second,memory_bytes" lines, the same under every locale.
[[nodiscard]] std::string stepsCsv(const std::vector<StepRecord>& steps);
[[nodiscard]] Result<void> writeTextFile(const std::string& path, const std::string& text);

} // namespace ptlab::training_memory
