#include "core/training_memory/zero_run.h"

#include "core/training/crew.h"
#include "core/training/dataset.h"
#include "core/training/optimizer.h"
#include "core/training/ring_allreduce.h"

#include <Eigen/Core>

#include <algorithm>
#include <memory>
#include <span>
#include <string>

namespace ptlab::training_memory {

namespace {

using Half = Eigen::half; // fp16 with arithmetic, so part 1's ring can sum fp16 gradients

// The fp16 gradients are those of lossScale × loss, as in mixed-precision training: the mean gradient
// of a global batch is small enough for many entries to underflow fp16 otherwise. The optimizer
// divides it out in fp32.
constexpr float lossScale = 1024.0f;

template <typename T> std::size_t bytesOf(const std::vector<T>& v)
{
    return v.capacity() * sizeof(T);
}

// One worker's buffers. Its ring neighbours read `params16` and the gradient buffer during the
// collectives, in the steps in which the owner does not write the chunks they read.
struct WorkerState
{
    WorkerState(const training::ModelShape& shape, std::uint64_t seed, float learningRate, std::size_t optimizerCount)
        : model(shape, seed)
        , optimizer(
              training::OptimizerConfig { .kind = training::OptimizerConfig::Kind::Adam, .learningRate = learningRate },
              optimizerCount)
    { }
    training::Mlp model; // its parameters are the fp32 compute copy of params16 (workspace)
    std::vector<Half> params16; // full
    std::vector<Half> grads16; // full (stage 0/1) or shard (stage 2)
    std::vector<float> master; // fp32 master weights: full (stage 0) or shard
    training::Optimizer optimizer; // Adam m and v, as many as `master`
    std::vector<float> scratch; // workspace: the backward pass's fp32 gradient
    std::size_t bucketBytes = 0; // stage 2: the fp16 bucket of the reduce-scatter, while it was held
    std::size_t commBytes = 0;
    [[nodiscard]] std::size_t modelStateBytes() const
    {
        return bytesOf(params16) + bytesOf(grads16) + bytesOf(master) + optimizer.stateBytes();
    }
};

} // namespace

training::ModelShape zeroModelShape(int hidden)
{
    return scenarioShape(hidden);
}

ZeroRunResult runZero(const ZeroRunOptions& o)
{
    ZeroRunResult result;
    const int workers = std::max(1, o.workers);
    const int stage = std::clamp(o.stage, 0, 2);
    const std::size_t n = o.shape.parameterCount();
    const int globalBatch = static_cast<int>(o.batchPerWorker) * workers;
    const int perWorker = static_cast<int>(o.batchPerWorker);
    result.stage = stage;
    result.workers = workers;
    result.paramCount = n;
    const training::Dataset data = scenarioData(o.shape, globalBatch * 8, o.seed);

    // Worker w completes and updates ring chunk ringOwnedChunk(w) of the flat parameter buffer.
    const std::vector<std::size_t> bounds = training::chunkBounds(n, workers);
    std::vector<std::unique_ptr<WorkerState>> state;
    for (int w = 0; w < workers; ++w) {
        const auto c = static_cast<std::size_t>(training::ringOwnedChunk(w, workers));
        const std::size_t begin = stage == 0 ? 0 : bounds[c], end = stage == 0 ? n : bounds[c + 1];
        auto s = std::make_unique<WorkerState>(o.shape, o.seed + 1, o.learningRate, end - begin);
        const std::span<const float> init = s->model.parameters(); // same seed: the same model everywhere
        s->params16.resize(n);
        for (std::size_t k = 0; k < n; ++k)
            s->params16[k] = Half(init[k]);
        s->grads16.resize(stage == 2 ? bounds[c + 1] - bounds[c] : n);
        s->master.assign(
            init.begin() + static_cast<std::ptrdiff_t>(begin), init.begin() + static_cast<std::ptrdiff_t>(end));
        s->scratch.resize(n);
        state.push_back(std::move(s));
    }
    const std::size_t modelState0 = state[0]->modelStateBytes();

    training::RingAllReduce<Half> ring(workers);
    training::TrainConfig config;
    config.steps = o.steps;
    training::TrainReport report;
    training::TrainHooks hooks;
    hooks.cancel = o.cancel;
    if (o.onWorkerStarted)
        hooks.onWorkerStarted = [&o](int, pid_t tid, const std::string& label) { o.onWorkerStarted(tid, label); };
    const auto samplesPerSecond
        = [globalBatch](double seconds) { return seconds > 0 ? static_cast<double>(globalBatch) / seconds : 0.0; };
    training::detail::StepLedger* ledgerPtr = nullptr;
    training::detail::StepLedger ledger(workers, config, hooks, report, [&](int step) {
        // In the step barrier's completion: every worker waits, the step's loss is in the report.
        if (o.onStep) {
            const auto& l = *ledgerPtr;
            o.onStep(StepRecord {
                step, report.loss.back(), samplesPerSecond(l.stepEnds().back() - l.stepStart(step)), modelState0 });
        }
    });
    ledgerPtr = &ledger;

    auto span = [&o](int w, const char* name, std::int64_t a, std::int64_t b) {
        if (o.timeline)
            o.timeline->add(static_cast<std::size_t>(w), name, a, b);
    };

    const auto t0 = SpanTimeline::steadyNowNs();
    training::detail::Crew crew(workers, hooks, "ZeRO worker", [&](int w) {
        WorkerState& me = *state[static_cast<std::size_t>(w)];
        const auto c = static_cast<std::size_t>(training::ringOwnedChunk(w, workers));
        const std::size_t begin = bounds[c], own = bounds[c + 1] - bounds[c];
        const std::span<float> weights = me.model.parameters();
        const int layers = o.shape.layers();
        for (int step = 0;; ++step) {
            // Data: this worker's samples of the step's global batch.
            const auto a = SpanTimeline::steadyNowNs();
            const training::Batch batch
                = training::batchSlice(data, step, globalBatch, w * perWorker, (w + 1) * perWorker);
            const auto b = SpanTimeline::steadyNowNs();
            span(w, "data wait", a, b);
            // Compute reads the fp16 weights widened to fp32 (part of the forward pass).
            for (std::size_t k = 0; k < n; ++k)
                weights[k] = static_cast<float>(me.params16[k]);
            training::ForwardCache cache;
            me.model.forward(0, layers, batch.x, cache);
            const auto forwardEnd = SpanTimeline::steadyNowNs();
            training::Matrix dLogits;
            // Scaled by 1/(global batch): the workers' gradients (and losses) sum to the global mean.
            const float loss = training::softmaxCrossEntropy(
                cache.output, batch.labels, lossScale / static_cast<float>(globalBatch), dLogits);
            std::fill(me.scratch.begin(), me.scratch.end(), 0.0f);
            me.model.backward(cache, std::move(dLogits), nullptr, me.scratch);
            ledger.setLoss(w, loss / lossScale);
            std::vector<Half> bucket; // stage 2's fp16 gradient, only for the reduce-scatter
            std::vector<Half>& fp16 = stage == 2 ? bucket : me.grads16;
            fp16.resize(n);
            for (std::size_t k = 0; k < n; ++k)
                fp16[k] = Half(me.scratch[k]);
            me.bucketBytes = std::max(me.bucketBytes, bytesOf(bucket));
            const auto d = SpanTimeline::steadyNowNs();
            span(w, "forward", b, forwardEnd);
            span(w, "backward", forwardEnd, d);

            if (stage == 0) {
                me.commBytes += ring.run(w, me.grads16);
                const auto e = SpanTimeline::steadyNowNs();
                span(w, "all-reduce", d, e);
                for (std::size_t k = 0; k < n; ++k)
                    me.scratch[k] = static_cast<float>(me.grads16[k]) / lossScale;
                me.optimizer.update(me.master, me.scratch, step + 1);
                for (std::size_t k = 0; k < n; ++k)
                    me.params16[k] = Half(me.master[k]);
                span(w, "optimizer", e, SpanTimeline::steadyNowNs());
            } else {
                me.commBytes += ring.reduceScatter(w, fp16);
                if (stage == 2) {
                    std::copy_n(bucket.begin() + static_cast<std::ptrdiff_t>(begin), own, me.grads16.begin());
                    std::vector<Half>().swap(bucket); // the rest of the gradient is not kept
                }
                const Half* shard = stage == 2 ? me.grads16.data() : me.grads16.data() + begin;
                const auto e = SpanTimeline::steadyNowNs();
                span(w, "reduce-scatter", d, e);
                const std::span<float> gradient = std::span<float>(me.scratch).first(own);
                for (std::size_t k = 0; k < own; ++k)
                    gradient[k] = static_cast<float>(shard[k]) / lossScale;
                me.optimizer.update(me.master, gradient, step + 1);
                for (std::size_t k = 0; k < own; ++k)
                    me.params16[begin + k] = Half(me.master[k]);
                const auto f = SpanTimeline::steadyNowNs();
                span(w, "optimizer", e, f);
                me.commBytes += ring.allGather(w, me.params16);
                span(w, "all-gather", f, SpanTimeline::steadyNowNs());
            }
            if (!ledger.endStep())
                break;
        }
    });
    crew.join();

    result.loss = report.loss;
    result.stepsDone = static_cast<int>(report.loss.size());
    result.cancelled = report.cancelled;
    result.seconds = static_cast<double>(SpanTimeline::steadyNowNs() - t0) / 1e9;
    for (int s = 0; s < result.stepsDone; ++s) {
        const double dt = ledger.stepEnds()[static_cast<std::size_t>(s)] - ledger.stepStart(s);
        result.steps.push_back(
            StepRecord { s, result.loss[static_cast<std::size_t>(s)], samplesPerSecond(dt), modelState0 });
    }
    for (int w = 0; w < workers; ++w) {
        const auto& s = *state[static_cast<std::size_t>(w)];
        const auto c = static_cast<std::size_t>(training::ringOwnedChunk(w, workers));
        WorkerMemory m;
        m.paramBytes = bytesOf(s.params16);
        m.gradientBytes = bytesOf(s.grads16);
        m.optimizerBytes = bytesOf(s.master) + s.optimizer.stateBytes();
        m.workspaceBytes = s.model.parameters().size_bytes() + bytesOf(s.scratch) + s.bucketBytes;
        m.shardBegin = bounds[c];
        m.shardEnd = bounds[c + 1];
        m.commBytes = s.commBytes;
        result.memory.push_back(m);
    }
    result.finalParams.resize(n);
    for (std::size_t k = 0; k < n; ++k)
        result.finalParams[k] = static_cast<float>(state[0]->params16[k]);
    return result;
}

} // namespace ptlab::training_memory
