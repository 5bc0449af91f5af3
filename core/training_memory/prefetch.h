#pragma once

#include "core/training_memory/scenario_model.h"
#include "core/training_memory/span_timeline.h"
#include "core/util/error.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace ptlab::training_memory {

// A file set on disk the loader reads: one batch of part 1's two-spiral samples per file, one sample a
// line as decimal text "x0,x1,label" (so loading is a real read plus a real parse, the slow part of many
// input pipelines). Removed with the object.
class BatchFiles
{
public:
    BatchFiles() = default;
    ~BatchFiles();
    BatchFiles(BatchFiles&&) noexcept;
    BatchFiles& operator=(BatchFiles&&) = delete;
    BatchFiles(const BatchFiles&) = delete;

    [[nodiscard]] static Result<BatchFiles> create(
        const training::ModelShape& shape, int files, std::size_t rowsPerFile, std::uint32_t seed);
    [[nodiscard]] const std::vector<std::string>& paths() const { return m_paths; }
    [[nodiscard]] const std::string& directory() const { return m_dir; }

private:
    std::string m_dir;
    std::vector<std::string> m_paths;
};

// Reads and parses one batch file of samples with `inputs` coordinates and a label below `classes` each.
[[nodiscard]] Result<training::Batch> loadBatchFile(const std::string& path, int inputs, int classes);

struct PrefetchOptions
{
    // Part 1's model, narrow, on large batches of three-number rows: parsing a batch costs a good share
    // of training on it (about 2 ms against 4 ms per batch here).
    training::ModelShape shape = scenarioShape(8);
    int files = 24;
    std::size_t rowsPerFile = 16384;
    int loaderThreads = 2; // 0: the trainer reads each batch itself, no prefetch
    int queueCapacity = 8;
    float learningRate = 0.005f;
    std::uint32_t seed = 17;
    const std::atomic<bool>* cancel = nullptr;
    // Called by the trainer (the calling thread) and by every loader thread as it starts, from that
    // thread, so that the States page can watch them.
    std::function<void(pid_t tid, const std::string& label)> onThreadStarted;
};

struct PrefetchRun
{
    int loaderThreads = 0;
    int batches = 0;
    double seconds = 0;
    double trainerWaitSeconds = 0; // "data wait" spans of the trainer
    double trainerBusySeconds = 0; // forward + backward + optimizer (part 1's model and Adam)
    double idleShare = 0; // wait / (wait + busy)
    double samplesPerSecond = 0;
    std::vector<float> loss;
    SpanTimeline timeline; // track 0 the trainer, then one per loader
    bool cancelled = false;
    Error error; // code None when the run worked
};

[[nodiscard]] PrefetchRun runPrefetch(const BatchFiles& files, const PrefetchOptions& options);

} // namespace ptlab::training_memory
