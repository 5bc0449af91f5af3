// Pipeline parallelism: the layers split into p stages, one worker thread per stage, each batch cut
// into m micro-batches that flow forward stage to stage and their gradients backward, in the order a
// schedule (GPipe or 1F1B) gives each stage. Hybrid: G such pipelines, each on its shard of the batch,
// whose stage-s workers all-reduce stage s's gradients over a ring of G after every step.

#include "core/training/crew.h"
#include "core/training/dataset.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

namespace ptlab::training::detail {

namespace {

// Matrices sent between two neighbouring stages, keyed by micro-batch.
class Mailbox
{
public:
    void put(int key, Matrix m)
    {
        {
            std::lock_guard lock(m_mutex);
            m_items[key] = std::move(m);
        }
        m_ready.notify_all();
    }
    Matrix take(int key)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_items.count(key) != 0; });
        Matrix m = std::move(m_items[key]);
        m_items.erase(key);
        return m;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::map<int, Matrix> m_items;
};

struct Group
{
    std::unique_ptr<Mlp> model;
    std::unique_ptr<Optimizer> optimizer;
    std::vector<float> grad;
    std::vector<Mailbox> forward; // forward[s]: from stage s to s+1
    std::vector<Mailbox> backward; // backward[s]: from stage s+1 to s
};

} // namespace

Result<TrainReport> runPipeline(const TrainConfig& config, const TrainHooks& hooks)
{
    const int p = config.stages, m = config.microbatches, groups = config.dataGroups();
    const int workers = groups * p;
    TrainReport report;
    report.config = config;
    report.parameterBytes = config.shape.parameterCount() * sizeof(float);
    report.stageLayers = balanceStages(config.shape, p);
    const StageOrders orders = makeSchedule(config.schedule, p, m);
    const Dataset data = makeSpirals(config.datasetSize, config.shape.widths.back(), 0.04f, config.seed + 1);

    std::vector<Group> g(static_cast<std::size_t>(groups));
    for (auto& group : g) {
        group.model = std::make_unique<Mlp>(config.shape, config.seed);
        group.optimizer = std::make_unique<Optimizer>(config.optimizer, config.shape.parameterCount());
        group.grad.assign(config.shape.parameterCount(), 0.0f);
        group.forward = std::vector<Mailbox>(static_cast<std::size_t>(p));
        group.backward = std::vector<Mailbox>(static_cast<std::size_t>(p));
    }
    // One ring per stage, joining that stage's workers across the groups.
    std::vector<std::unique_ptr<RingAllReduce<float>>> rings;
    for (int s = 0; s < p; ++s)
        rings.push_back(std::make_unique<RingAllReduce<float>>(groups));

    const auto W = static_cast<std::size_t>(workers);
    std::vector<std::vector<TimedOp>> stepOps(W); // this step's ops of each worker
    std::vector<int> peak(static_cast<std::size_t>(p), 0);
    std::vector<std::size_t> peakBytes(static_cast<std::size_t>(p), 0);
    std::vector<std::uint64_t> sent(W, 0), sentStep(W, 0);

    StepLedger ledger(workers, config, hooks, report, [&](int step) {
        // Keep the last step's measured timeline of group 0, relative to the step's start.
        const double origin = ledger.stepStart(step);
        Timeline t;
        t.stages = p;
        t.microbatches = m;
        for (int s = 0; s < p; ++s)
            for (TimedOp op : stepOps[static_cast<std::size_t>(s)]) {
                op.start -= origin;
                op.end -= origin;
                t.ops.push_back(op);
            }
        report.measured = std::move(t);
        for (auto& ops : stepOps)
            ops.clear();
        if (config.checkReplicas)
            for (int k = 1; k < groups; ++k) {
                const auto a = g[0].model->parameters(), b = g[static_cast<std::size_t>(k)].model->parameters();
                if (std::memcmp(a.data(), b.data(), a.size_bytes()) != 0)
                    report.replicasIdentical = false;
            }
    });

    Crew crew(workers, hooks, groups > 1 ? "hybrid worker" : "pipeline stage", [&](int w) {
        const int k = w / p, s = w % p; // group, stage
        Group& group = g[static_cast<std::size_t>(k)];
        Mlp& model = *group.model;
        const auto [first, last] = report.stageLayers[static_cast<std::size_t>(s)];
        const auto [pb, pe] = config.shape.layerRange(first, last);
        const std::span<float> grad(group.grad);
        const auto [gb, ge] = shardRange(config.batch, k, groups); // this group's shard of the batch
        const float scale = 1.0f / static_cast<float>(config.batch);
        auto& mine = stepOps[static_cast<std::size_t>(w)];
        for (int step = 0;; ++step) {
            std::fill(
                grad.begin() + static_cast<std::ptrdiff_t>(pb), grad.begin() + static_cast<std::ptrdiff_t>(pe), 0.0f);
            std::map<int, ForwardCache> stash; // activations held until the micro-batch's backward
            std::map<int, Matrix> dLogits; // last stage: the loss gradient of each micro-batch
            float loss = 0;
            std::uint64_t bytes = 0;
            int live = 0;
            for (const PipeOp& op : orders[static_cast<std::size_t>(s)]) {
                const auto [mb, me] = shardRange(ge - gb, op.microbatch, m);
                if (op.kind == PipeOp::Kind::Forward) {
                    Batch micro;
                    if (s == 0 || s == p - 1)
                        micro = batchSlice(data, step, config.batch, gb + mb, gb + me);
                    Matrix in = s == 0 ? std::move(micro.x)
                                       : group.forward[static_cast<std::size_t>(s) - 1].take(op.microbatch);
                    const double t0 = ledger.now();
                    ForwardCache& cache = stash[op.microbatch];
                    model.forward(first, last, in, cache);
                    if (s == p - 1)
                        loss += softmaxCrossEntropy(cache.output, micro.labels, scale, dLogits[op.microbatch]);
                    const double t1 = ledger.now();
                    if (s + 1 < p) {
                        bytes += static_cast<std::uint64_t>(cache.output.size()) * sizeof(float);
                        group.forward[static_cast<std::size_t>(s)].put(op.microbatch, cache.output);
                    }
                    ++live;
                    std::size_t held = 0;
                    for (const auto& [id, c] : stash)
                        held += c.bytes();
                    if (k == 0) {
                        peak[static_cast<std::size_t>(s)] = std::max(peak[static_cast<std::size_t>(s)], live);
                        peakBytes[static_cast<std::size_t>(s)] = std::max(peakBytes[static_cast<std::size_t>(s)], held);
                        mine.push_back({ s, op, t0, t1 });
                    }
                } else {
                    Matrix dOut;
                    if (s == p - 1) {
                        dOut = std::move(dLogits[op.microbatch]);
                        dLogits.erase(op.microbatch);
                    } else {
                        dOut = group.backward[static_cast<std::size_t>(s)].take(op.microbatch);
                    }
                    const double t0 = ledger.now();
                    Matrix dIn;
                    model.backward(stash[op.microbatch], std::move(dOut), s > 0 ? &dIn : nullptr, grad);
                    stash.erase(op.microbatch);
                    --live;
                    const double t1 = ledger.now();
                    if (s > 0) {
                        bytes += static_cast<std::uint64_t>(dIn.size()) * sizeof(float);
                        group.backward[static_cast<std::size_t>(s) - 1].put(op.microbatch, std::move(dIn));
                    }
                    if (k == 0)
                        mine.push_back({ s, op, t0, t1 });
                }
            }
            // Hybrid: the stage's gradient summed over the G pipelines (its slice of the flat buffer).
            if (groups > 1)
                bytes += rings[static_cast<std::size_t>(s)]->run(k, grad.subspan(pb, pe - pb));
            group.optimizer->update(model.parameters(), grad, pb, pe, step + 1);
            sent[static_cast<std::size_t>(w)] += bytes;
            sentStep[static_cast<std::size_t>(w)] = bytes;
            ledger.setLoss(w, loss);
            if (!ledger.endStep())
                break;
        }
    });
    crew.join();

    finishTimes(config, ledger.stepEnds(), report);
    for (std::size_t w = 0; w < W; ++w) {
        report.bytesTotal += sent[w];
        report.bytesPerWorkerPerStep = std::max(report.bytesPerWorkerPerStep, sentStep[w]);
    }
    report.bubble = report.measured.bubble();
    report.bubbleTheory = theoreticalBubble(p, m);
    if (auto t = simulate(orders, 1.0, 2.0))
        report.theoretical = std::move(t).value();
    report.peakActivations = peak;
    report.peakActivationBytes = peakBytes;
    if (groups > 1)
        for (int s = 0; s < p; ++s) {
            const auto [first, last] = report.stageLayers[static_cast<std::size_t>(s)];
            const auto [pb, pe] = config.shape.layerRange(first, last);
            auto plan = ringPlan(groups, pe - pb, sizeof(float));
            if (s == 0)
                report.ring = std::move(plan);
        }
    report.parameters.assign(g[0].model->parameters().begin(), g[0].model->parameters().end());
    report.accuracy = g[0].model->accuracy(Batch { data.x, data.labels });
    return report;
}

} // namespace ptlab::training::detail
