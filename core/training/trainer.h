#pragma once

// Training the tiny model with real workers (threads of this process): one worker, data parallelism
// with ptlab's ring all-reduce, tensor parallelism, pipeline parallelism (GPipe / 1F1B), and data
// parallelism over pipelines (hybrid). Every figure in the report is measured by the run.

#include "core/training/dataset.h"
#include "core/training/model.h"
#include "core/training/optimizer.h"
#include "core/training/pipeline_schedule.h"
#include "core/training/ring_allreduce.h"
#include "core/util/error.h"

#include <sys/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ptlab::training {

enum class Mode
{
    Single,
    Data,
    Tensor,
    Pipeline,
    Hybrid,
};

[[nodiscard]] const char* modeName(Mode m); // "single", "data", ...
[[nodiscard]] std::optional<Mode> parseMode(const std::string& name);

struct TrainConfig
{
    Mode mode = Mode::Single;
    int workers = 2; // data: replicas; tensor: slices; pipeline: ignored (= stages); hybrid: groups × stages
    int stages = 2; // pipeline and hybrid
    int microbatches = 4; // pipeline and hybrid
    Schedule schedule = Schedule::OneFOneB;
    int steps = 20;
    int batch = 256; // the global batch, split across workers / micro-batches
    ModelShape shape = defaultShape();
    OptimizerConfig optimizer;
    std::uint64_t seed = 1;
    int datasetSize = 4096;
    bool processes = false; // data: workers are child processes (fork) sharing a MAP_SHARED mapping, not threads
    bool checkReplicas = true; // data/hybrid: compare every replica with replica 0 after each step

    [[nodiscard]] int dataGroups() const; // replicas of the whole model (data: workers; hybrid: workers / stages)
    [[nodiscard]] int threads() const; // worker threads the run starts
};

// Checks a configuration; the error says what is wrong in English (the CLI prints it, the page maps it).
[[nodiscard]] Result<void> validateConfig(const TrainConfig& config);

// What a worker did when, within one step (seconds from the start of the run).
struct WorkerSpan
{
    enum class Kind
    {
        Compute, // forward + backward
        Communicate, // all-reduce / gather
        Update, // optimizer
    };
    int worker = 0;
    int step = 0;
    Kind kind = Kind::Compute;
    double start = 0;
    double end = 0;
};

// Tensor parallelism: worker `worker` holds output rows [rowBegin, rowEnd) of layer `layer`'s W and b.
struct TensorSlice
{
    int layer = 0;
    int worker = 0;
    int rowBegin = 0;
    int rowEnd = 0;
};

struct TrainReport
{
    TrainConfig config;
    std::vector<float> loss; // global mean loss of each completed step
    int stepsDone = 0;
    bool cancelled = false;
    double seconds = 0; // wall time of all steps
    double samplesPerSecond = 0; // from step 2 on when there are 2 steps or more (step 1 warms caches up)
    double gflops = 0; // model FLOPs (forward + backward) per second of wall time, all workers together
    std::size_t parameterBytes = 0;
    std::uint64_t bytesPerWorkerPerStep = 0; // sent by the busiest worker in one step
    std::uint64_t bytesTotal = 0; // sent by all workers over the run
    float accuracy = 0; // of the final model on the dataset

    std::vector<WorkerSpan> spans; // data, tensor: per worker and step (at most the last 50 steps)
    std::vector<RingStep> ring; // data, hybrid: the ring plan with the last step's measured step times
    bool replicasIdentical = true; // data, hybrid: bit for bit after every step
    std::vector<TensorSlice> slices; // tensor
    std::vector<std::pair<int, int>> stageLayers; // pipeline, hybrid: [first, last) layers of each stage
    Timeline measured; // pipeline, hybrid (group 0): the last step, seconds from the step's start
    Timeline theoretical; // same orders, equal stage times (units: one forward = 1, one backward = 2)
    double bubble = 0; // measured
    double bubbleTheory = 0; // (p − 1) / (m + p − 1)
    std::vector<int> peakActivations; // measured, per stage
    std::vector<std::size_t> peakActivationBytes; // per stage

    std::vector<float> parameters; // the final model (replica 0, gathered for tensor mode)
};

struct TrainHooks
{
    const std::atomic<bool>* cancel = nullptr; // checked at the end of every step
    // Called from a worker thread when a step completes (all workers wait meanwhile: keep it short).
    std::function<void(int step, float loss)> onStep;
    // Called from each new worker thread before it starts, with its kernel thread id (engine.watch()).
    std::function<void(int worker, pid_t tid, const std::string& label)> onWorkerStarted;
};

// Runs the training; returns when every worker thread is joined (also after a cancel).
[[nodiscard]] Result<TrainReport> train(const TrainConfig& config, const TrainHooks& hooks = {});

// Fills stepsDone, seconds, samples/s and GFLOP/s from the times at which each step ended (seconds
// from the start of the run); shared by the built-in workers and the MPI ranks.
void finishTimes(const TrainConfig& config, const std::vector<double>& stepEnds, TrainReport& report);

// Layers split into `stages` contiguous groups with the most even forward FLOPs.
[[nodiscard]] std::vector<std::pair<int, int>> balanceStages(const ModelShape& shape, int stages);

// The data-parallel replica step shared by the threads and the MPI ranks: worker `rank` of `ranks`
// computes the gradient of its shard of the global batch at `step`, scaled so that the ranks' gradients
// SUM to the mean gradient of the global batch.
class DataParallelReplica
{
public:
    DataParallelReplica(const TrainConfig& config, int rank, int ranks);
    [[nodiscard]] float computeGradient(int step); // returns this shard's share of the global mean loss
    void applyGradient(int step); // after the gradients were summed across ranks
    [[nodiscard]] std::span<float> gradient() { return m_grad; }
    [[nodiscard]] Mlp& model() { return m_model; }
    [[nodiscard]] int shardSize() const;

private:
    TrainConfig m_config;
    int m_rank, m_ranks;
    Dataset m_data; // every replica generates the same data from the seed, like separate machines would
    Mlp m_model;
    Optimizer m_optimizer;
    std::vector<float> m_grad;
};

} // namespace ptlab::training
