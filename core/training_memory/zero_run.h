#pragma once

#include "core/training_memory/span_timeline.h"
#include "core/training_memory/tiny_mlp.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ptlab::training_memory {

// Data-parallel mixed-precision Adam on worker threads, with ZeRO stage 0 (every worker holds
// everything), 1 (optimizer states sharded) or 2 (gradients sharded too). The collectives are real:
// workers read each other's buffers in shared memory between barriers, and count the bytes.
struct ZeroRunOptions
{
    int stage = 1; // 0, 1 or 2
    int workers = 4;
    MlpShape shape { 16, 64, 1 };
    std::size_t batchPerWorker = 32;
    int steps = 60;
    float learningRate = 0.01f;
    std::uint32_t seed = 7;
    SpanTimeline* timeline = nullptr; // one track per worker, when given
    const std::atomic<bool>* cancel = nullptr;
    // Called by worker 0 after every step (from that thread), for live plots.
    std::function<void(const StepRecord&)> onStep;
    // Called by every worker as it starts, from its own thread (worker 0 is the calling thread), so
    // that the States page can watch it.
    std::function<void(pid_t tid, const std::string& label)> onWorkerStarted;
};

// What one worker actually held between steps (vector capacities × element size), by the
// formula's three parts, and the shard it owns.
struct WorkerMemory
{
    std::size_t paramBytes = 0; // fp16 parameters (all of them for stages 0–2)
    std::size_t gradientBytes = 0; // fp16 gradients: all, or the shard (stage 2)
    std::size_t optimizerBytes = 0; // fp32 master weights + Adam m + v: all, or the shard
    std::size_t workspaceBytes = 0; // fp32 copy of the weights and the backward buffer (not model state)
    std::size_t shardBegin = 0, shardEnd = 0;
    std::size_t commBytes = 0; // bytes read from other workers over the whole run
    [[nodiscard]] std::size_t modelStateBytes() const { return paramBytes + gradientBytes + optimizerBytes; }
};

struct ZeroRunResult
{
    int stage = 0;
    int workers = 0;
    std::size_t paramCount = 0;
    int stepsDone = 0;
    bool cancelled = false;
    std::vector<float> loss; // mean over workers, per step
    std::vector<WorkerMemory> memory; // per worker
    std::vector<float> finalParams; // fp16 parameters of worker 0, widened
    std::vector<StepRecord> steps;
    double seconds = 0;
};

[[nodiscard]] ZeroRunResult runZero(const ZeroRunOptions& options);

} // namespace ptlab::training_memory
