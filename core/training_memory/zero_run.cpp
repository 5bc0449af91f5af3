#include "core/training_memory/zero_run.h"

#include "core/training_memory/float_formats.h"

#include <algorithm>
#include <barrier>
#include <cmath>
#include <string>
#include <thread>
#include <unistd.h>

namespace ptlab::training_memory {

namespace {

struct Shard
{
    std::size_t begin = 0, end = 0;
};

Shard shardOf(std::size_t n, int workers, int w)
{
    const std::size_t per = (n + static_cast<std::size_t>(workers) - 1) / static_cast<std::size_t>(workers);
    const std::size_t b = std::min(n, per * static_cast<std::size_t>(w));
    return { b, std::min(n, b + per) };
}

template <typename T> std::size_t bytesOf(const std::vector<T>& v)
{
    return v.capacity() * sizeof(T);
}

// One worker's buffers. Other workers read `params16`, `grads16` and `scratch` during collectives,
// always between two barriers while the owner does not write them.
struct WorkerState
{
    std::vector<std::uint16_t> params16; // full
    std::vector<std::uint16_t> grads16; // full (stage 0/1) or shard (stage 2)
    std::vector<float> master, m, v; // full (stage 0) or shard
    std::vector<float> weights32; // workspace: fp16 params widened for compute
    std::vector<float> scratch; // workspace: the backward pass's fp32 gradient
    float loss = 0;
    std::size_t commBytes = 0;
};

} // namespace

ZeroRunResult runZero(const ZeroRunOptions& o)
{
    ZeroRunResult result;
    const int workers = std::max(1, o.workers);
    const int stage = std::clamp(o.stage, 0, 2);
    const std::size_t n = o.shape.paramCount();
    result.stage = stage;
    result.workers = workers;
    result.paramCount = n;
    const std::size_t batches = 8;
    const Dataset data = makeTeacherDataset(o.shape, o.batchPerWorker * workers * batches, o.seed);
    const std::vector<float> init = initialParams(o.shape, o.seed + 1);

    std::vector<WorkerState> state(workers);
    std::vector<Shard> shards(workers);
    for (int w = 0; w < workers; ++w) {
        shards[w] = shardOf(n, workers, w);
        auto& s = state[w];
        const std::size_t own = shards[w].end - shards[w].begin;
        const std::size_t optN = stage == 0 ? n : own;
        const std::size_t optBegin = stage == 0 ? 0 : shards[w].begin;
        s.params16.resize(n);
        for (std::size_t k = 0; k < n; ++k)
            s.params16[k] = toFp16Bits(init[k]);
        s.grads16.resize(stage == 2 ? own : n);
        s.master.assign(init.begin() + optBegin, init.begin() + optBegin + optN);
        s.m.assign(optN, 0.0f);
        s.v.assign(optN, 0.0f);
        s.weights32.resize(n);
        s.scratch.resize(n);
    }

    std::barrier sync(workers);
    bool stop = false; // written by worker 0 before a barrier, read by all after it
    int stepsDone = 0;
    result.loss.assign(o.steps, 0.0f);
    const auto t0 = SpanTimeline::steadyNowNs();
    std::vector<std::int64_t> stepEnds(o.steps, 0);

    auto span = [&o](int w, const char* name, std::int64_t a, std::int64_t b) {
        if (o.timeline)
            o.timeline->add(static_cast<std::size_t>(w), name, a, b);
    };

    auto adam = [&o](float* master, float* m, float* v, const std::uint16_t* g16, std::size_t count, int t) {
        const float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
        const float c1 = 1.0f - std::pow(b1, static_cast<float>(t));
        const float c2 = 1.0f - std::pow(b2, static_cast<float>(t));
        for (std::size_t k = 0; k < count; ++k) {
            const float g = fromFp16Bits(g16[k]);
            m[k] = b1 * m[k] + (1 - b1) * g;
            v[k] = b2 * v[k] + (1 - b2) * g * g;
            master[k] -= o.learningRate * (m[k] / c1) / (std::sqrt(v[k] / c2) + eps);
        }
    };

    auto work = [&](int w) {
        if (o.onWorkerStarted)
            o.onWorkerStarted(gettid(), "ZeRO worker " + std::to_string(w));
        WorkerState& me = state[w];
        const Shard mine = shards[w];
        const std::size_t own = mine.end - mine.begin;
        std::vector<float> reduced(own);
        Dataset batch;
        batch.inputs = o.shape.inputs;
        batch.outputs = o.shape.outputs;
        for (int step = 0; step < o.steps; ++step) {
            // Data: this worker's rows of the step's batch.
            const auto a = SpanTimeline::steadyNowNs();
            const std::size_t begin = ((step % batches) * workers + w) * o.batchPerWorker;
            batch.x.assign(
                data.x.begin() + begin * o.shape.inputs, data.x.begin() + (begin + o.batchPerWorker) * o.shape.inputs);
            batch.y.assign(data.y.begin() + begin * o.shape.outputs,
                data.y.begin() + (begin + o.batchPerWorker) * o.shape.outputs);
            const auto b = SpanTimeline::steadyNowNs();
            span(w, "data wait", a, b);
            // Compute reads the fp16 weights widened to fp32 (part of the forward pass).
            for (std::size_t k = 0; k < n; ++k)
                me.weights32[k] = fromFp16Bits(me.params16[k]);
            std::int64_t forwardEnd = 0;
            BackwardOptions bo;
            bo.forwardEndNs = &forwardEnd;
            me.loss = lossAndGradient(o.shape, me.weights32.data(), batch, 0, o.batchPerWorker, me.scratch.data(), bo);
            if (stage < 2)
                for (std::size_t k = 0; k < n; ++k)
                    me.grads16[k] = toFp16Bits(me.scratch[k]);
            const auto c = SpanTimeline::steadyNowNs();
            span(w, "forward", b, forwardEnd);
            span(w, "backward", forwardEnd, c);
            sync.arrive_and_wait();

            // Reduce-scatter: this worker sums its shard over every worker, in worker order, so
            // every stage adds the same numbers in the same order.
            const auto d = SpanTimeline::steadyNowNs();
            for (std::size_t k = 0; k < own; ++k)
                reduced[k] = 0.0f;
            for (int v = 0; v < workers; ++v) {
                const WorkerState& peer = state[v];
                for (std::size_t k = 0; k < own; ++k) {
                    const std::size_t i = mine.begin + k;
                    reduced[k] += fromFp16Bits(stage < 2 ? peer.grads16[i] : toFp16Bits(peer.scratch[i]));
                }
                if (v != w)
                    me.commBytes += own * sizeof(std::uint16_t);
            }
            if (w == 0) {
                float sum = 0;
                for (const auto& s : state)
                    sum += s.loss;
                result.loss[step] = sum / static_cast<float>(workers);
            }
            sync.arrive_and_wait(); // everyone has read the unreduced gradients

            std::uint16_t* reducedShard = stage == 2 ? me.grads16.data() : me.grads16.data() + mine.begin;
            for (std::size_t k = 0; k < own; ++k)
                reducedShard[k] = toFp16Bits(reduced[k] / static_cast<float>(workers));
            if (stage == 0) {
                // the rest of the all-reduce: gather every reduced shard (ring all-gather volume)
                sync.arrive_and_wait();
                for (int v = 0; v < workers; ++v) {
                    if (v == w)
                        continue;
                    for (std::size_t i = shards[v].begin; i < shards[v].end; ++i)
                        me.grads16[i] = state[v].grads16[i];
                    me.commBytes += (shards[v].end - shards[v].begin) * sizeof(std::uint16_t);
                }
                const auto e = SpanTimeline::steadyNowNs();
                span(w, "all-reduce", d, e);
                adam(me.master.data(), me.m.data(), me.v.data(), me.grads16.data(), n, step + 1);
                for (std::size_t k = 0; k < n; ++k)
                    me.params16[k] = toFp16Bits(me.master[k]);
                span(w, "optimizer", e, SpanTimeline::steadyNowNs());
            } else {
                const auto e = SpanTimeline::steadyNowNs();
                span(w, "reduce-scatter", d, e);
                adam(me.master.data(), me.m.data(), me.v.data(), reducedShard, own, step + 1);
                for (std::size_t k = 0; k < own; ++k)
                    me.params16[mine.begin + k] = toFp16Bits(me.master[k]);
                const auto f = SpanTimeline::steadyNowNs();
                span(w, "optimizer", e, f);
                sync.arrive_and_wait(); // every shard updated
                for (int v = 0; v < workers; ++v) {
                    if (v == w)
                        continue;
                    for (std::size_t i = shards[v].begin; i < shards[v].end; ++i)
                        me.params16[i] = state[v].params16[i];
                    me.commBytes += (shards[v].end - shards[v].begin) * sizeof(std::uint16_t);
                }
                span(w, "all-gather", f, SpanTimeline::steadyNowNs());
            }
            if (w == 0) {
                stop = o.cancel && o.cancel->load();
                stepEnds[step] = SpanTimeline::steadyNowNs();
                stepsDone = step + 1;
                if (o.onStep) {
                    const auto previous = step == 0 ? t0 : stepEnds[step - 1];
                    const double dt = static_cast<double>(stepEnds[step] - previous) / 1e9;
                    o.onStep(StepRecord { step, result.loss[step],
                        dt > 0 ? static_cast<double>(o.batchPerWorker * workers) / dt : 0,
                        bytesOf(me.params16) + bytesOf(me.grads16) + bytesOf(me.master) + bytesOf(me.m)
                            + bytesOf(me.v) });
                }
            }
            sync.arrive_and_wait(); // nobody reads a peer's buffers into the next step
            if (stop)
                break;
        }
    };

    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (auto& t : threads)
        t.join();

    result.stepsDone = stepsDone;
    result.cancelled = stepsDone < o.steps;
    result.loss.resize(stepsDone);
    result.seconds = static_cast<double>(SpanTimeline::steadyNowNs() - t0) / 1e9;
    std::int64_t previous = t0;
    for (int s = 0; s < stepsDone; ++s) {
        StepRecord r;
        r.step = s;
        r.loss = result.loss[s];
        const double dt = static_cast<double>(stepEnds[s] - previous) / 1e9;
        r.samplesPerSecond = dt > 0 ? static_cast<double>(o.batchPerWorker * workers) / dt : 0;
        previous = stepEnds[s];
        result.steps.push_back(r);
    }
    for (int w = 0; w < workers; ++w) {
        const auto& s = state[w];
        WorkerMemory m;
        m.paramBytes = bytesOf(s.params16);
        m.gradientBytes = bytesOf(s.grads16);
        m.optimizerBytes = bytesOf(s.master) + bytesOf(s.m) + bytesOf(s.v);
        m.workspaceBytes = bytesOf(s.weights32) + bytesOf(s.scratch);
        m.shardBegin = shards[w].begin;
        m.shardEnd = shards[w].end;
        m.commBytes = s.commBytes;
        result.memory.push_back(m);
    }
    for (auto& r : result.steps)
        r.memoryBytes = result.memory.empty() ? 0 : result.memory[0].modelStateBytes();
    result.finalParams.resize(n);
    for (std::size_t k = 0; k < n; ++k)
        result.finalParams[k] = fromFp16Bits(state[0].params16[k]);
    return result;
}

} // namespace ptlab::training_memory
