#pragma once

#include "core/training/model.h"
#include "core/training_memory/scenario_model.h"
#include "core/training_memory/span_timeline.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ptlab::training_memory {

// The model a ZeRO run trains: every scenario's model (scenarioShape), part 1's MLP on the two-spiral
// data, two tanh hidden layers of `hidden` units, 3 classes.
[[nodiscard]] training::ModelShape zeroModelShape(int hidden = 64);

// Data-parallel mixed-precision Adam on part 1's workers (core/training: the Mlp, the Crew of threads,
// the step barrier, the ring collectives and the optimizer), with ZeRO stage 0 (every worker holds
// everything: ring all-reduce of the gradients), 1 (optimizer states sharded) or 2 (gradients sharded
// too). Stages 1 and 2 split the all-reduce into its halves: a ring reduce-scatter of the fp16
// gradients, an update of the worker's own shard, a ring all-gather of the fp16 parameters. The bytes
// are counted by the ring as it moves them.
struct ZeroRunOptions
{
    int stage = 1; // 0, 1 or 2
    int workers = 4;
    training::ModelShape shape = zeroModelShape();
    std::size_t batchPerWorker = 32;
    int steps = 60;
    float learningRate = 0.01f;
    std::uint32_t seed = 7;
    SpanTimeline* timeline = nullptr; // one track per worker, when given
    const std::atomic<bool>* cancel = nullptr;
    // Called after every step from one worker thread while the others wait at the step's barrier (keep
    // it short), for live plots.
    std::function<void(const StepRecord&)> onStep;
    // Called by every worker thread as it starts, from that thread, so that the States page can watch it.
    std::function<void(pid_t tid, const std::string& label)> onWorkerStarted;
};

// What one worker actually held between steps (vector capacities × element size), by the
// formula's three parts, and the shard it owns.
struct WorkerMemory
{
    std::size_t paramBytes = 0; // fp16 parameters (all of them for stages 0–2)
    std::size_t gradientBytes = 0; // fp16 gradients: all, or the shard (stage 2)
    std::size_t optimizerBytes = 0; // fp32 master weights + Adam m + v: all, or the shard
    // Not model state: the model's fp32 weights for compute and the backward pass's fp32 buffer, plus for
    // stage 2 the fp16 bucket the reduce-scatter runs on (held during the collective, freed after it).
    std::size_t workspaceBytes = 0;
    std::size_t shardBegin = 0, shardEnd = 0; // the ring chunk this worker completes and updates
    std::size_t commBytes = 0; // bytes this worker sent to its ring neighbour over the whole run
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
