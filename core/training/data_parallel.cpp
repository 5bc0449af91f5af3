// Data parallelism: N full replicas, each on its shard of every batch, gradients summed by ptlab's ring
// all-reduce between the worker threads. One worker (Mode::Single) is the same loop without the ring.

#include "core/training/crew.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace ptlab::training::detail {

namespace {
constexpr int keptSpanSteps = 50;
}

Result<TrainReport> runData(const TrainConfig& config, const TrainHooks& hooks)
{
    const int n = config.mode == Mode::Single ? 1 : config.workers;
    TrainReport report;
    report.config = config;
    report.parameterBytes = config.shape.parameterCount() * sizeof(float);

    std::vector<std::unique_ptr<DataParallelReplica>> replicas;
    for (int r = 0; r < n; ++r)
        replicas.push_back(std::make_unique<DataParallelReplica>(config, r, n));
    RingAllReduce<float> ring(n);
    std::vector<std::uint64_t> sent(static_cast<std::size_t>(n), 0), sentLastStep(static_cast<std::size_t>(n), 0);
    std::vector<std::vector<WorkerSpan>> spans(static_cast<std::size_t>(n));
    std::vector<double> lastRingSteps;

    StepLedger ledger(n, config, hooks, report, [&](int) {
        // Runs while every worker waits at the barrier: compare the replicas and keep the ring's timing.
        if (config.checkReplicas)
            for (int r = 1; r < n; ++r) {
                const auto a = replicas[0]->model().parameters(),
                           b = replicas[static_cast<std::size_t>(r)]->model().parameters();
                if (std::memcmp(a.data(), b.data(), a.size_bytes()) != 0)
                    report.replicasIdentical = false;
            }
        lastRingSteps = ring.lastStepSeconds();
    });

    Crew crew(n, hooks, "data-parallel worker", [&](int r) {
        auto& replica = *replicas[static_cast<std::size_t>(r)];
        auto& mine = spans[static_cast<std::size_t>(r)];
        for (int step = 0;; ++step) {
            const double t0 = ledger.now();
            const float loss = replica.computeGradient(step);
            const double t1 = ledger.now();
            const std::size_t bytes = ring.run(r, replica.gradient());
            const double t2 = ledger.now();
            replica.applyGradient(step);
            const double t3 = ledger.now();
            sent[static_cast<std::size_t>(r)] += bytes;
            sentLastStep[static_cast<std::size_t>(r)] = bytes;
            mine.push_back({ r, step, WorkerSpan::Kind::Compute, t0, t1 });
            if (n > 1)
                mine.push_back({ r, step, WorkerSpan::Kind::Communicate, t1, t2 });
            mine.push_back({ r, step, WorkerSpan::Kind::Update, t2, t3 });
            ledger.setLoss(r, loss);
            if (!ledger.endStep())
                break;
        }
    });
    crew.join();

    finishTimes(config, ledger.stepEnds(), report);
    for (int r = 0; r < n; ++r) {
        report.bytesTotal += sent[static_cast<std::size_t>(r)];
        report.bytesPerWorkerPerStep
            = std::max<std::uint64_t>(report.bytesPerWorkerPerStep, sentLastStep[static_cast<std::size_t>(r)]);
        for (const auto& s : spans[static_cast<std::size_t>(r)])
            if (s.step >= report.stepsDone - keptSpanSteps)
                report.spans.push_back(s);
    }
    report.ring = ringPlan(n, config.shape.parameterCount(), sizeof(float));
    for (std::size_t s = 0; s < report.ring.size() && s < lastRingSteps.size(); ++s)
        report.ring[s].seconds = lastRingSteps[s];
    auto& model = replicas[0]->model();
    report.parameters.assign(model.parameters().begin(), model.parameters().end());
    const Dataset data = makeSpirals(config.datasetSize, config.shape.widths.back(), 0.04f, config.seed + 1);
    report.accuracy = model.accuracy(Batch { data.x, data.labels });
    return report;
}

} // namespace ptlab::training::detail
