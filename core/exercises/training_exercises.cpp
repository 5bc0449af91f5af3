// Distributed training page: data parallelism's throughput with N workers against one.
#include "core/exercises/exercise.h"

#include "core/training/trainer.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace ptlab::exercises {

namespace {

constexpr int Rounds = 3;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

Result<training::TrainReport> trainOnce(int workers, int batch, const RunContext& context)
{
    training::TrainConfig c;
    c.mode = workers == 1 ? training::Mode::Single : training::Mode::Data;
    c.workers = workers;
    c.batch = batch;
    c.steps = 8;
    c.shape = training::defaultShape(256, 4);
    c.datasetSize = 2048;
    c.checkReplicas = false; // the comparison costs time that is not training
    if (auto valid = training::validateConfig(c); !valid)
        return valid.error();
    training::TrainHooks hooks;
    hooks.cancel = context.cancel;
    return training::train(c, hooks);
}

} // namespace

Generator trainingScalingGenerator()
{
    Generator g;
    g.name = "training-scaling";
    g.page = "training";
    g.summary = "data-parallel training with N workers: throughput against one worker";
    g.questionText = "ptlab trains its small model (4 layers of 256) with a global batch of {batch} samples, once with "
                     "1 worker and once with {workers} data-parallel workers that sum their gradients with a ring "
                     "all-reduce. How many times the samples per second of 1 worker do {workers} workers reach?";
    g.explanationText
        = "1 worker trained {single_sps} samples/s, {workers} workers {data_sps} samples/s: {measured} times as "
          "many (hardware threads on this machine: {hardware_threads}). Each worker computes the gradient of {shard} "
          "samples, "
          "then every step waits for the all-reduce, in which each worker sends {sent_kib} KiB. More workers than "
          "CPUs only take turns; a smaller batch gives each worker less to compute against the same communication, "
          "so the gain shrinks. Other busy programs change the result: {workers} workers win a larger share of the "
          "CPUs from them than 1 worker does.";
    g.prediction = { "x", 0, 64, 2 };
    g.draw = [](Rng& rng) -> Values {
        return { { "workers", static_cast<double>(pick(rng, { 2, 3, 4 })) },
            { "batch", static_cast<double>(pick(rng, { 64, 128, 256 })) } };
    };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        const int workers = static_cast<int>(valueOf(p, "workers", 2));
        const int batch = static_cast<int>(valueOf(p, "batch", 192));
        // In turns, 1 then N workers, so that a load that comes and goes slows both alike; medians.
        std::vector<double> single, data;
        double sentKib = 0;
        for (int round = 0; round < Rounds; ++round) {
            for (int n : { 1, workers }) {
                auto r = trainOnce(n, batch, context);
                if (!r)
                    return r.error();
                if (r->cancelled)
                    return Values {};
                (n == 1 ? single : data).push_back(r->samplesPerSecond);
                if (n > 1)
                    sentKib = static_cast<double>(r->bytesPerWorkerPerStep) / 1024.0;
                context.report(static_cast<double>(single.size() + data.size()) / (2.0 * Rounds) * 0.99);
            }
        }
        const double singleSps = median(single), dataSps = median(data);
        const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        const int shard = batch / workers; // samples per worker, as the trainer splits them
        return Values {
            { "measured", singleSps > 0 ? dataSps / singleSps : 0 },
            { "single_sps", singleSps },
            { "data_sps", dataSps },
            { "hardware_threads", static_cast<double>(hw) },
            { "shard", static_cast<double>(shard) },
            { "sent_kib", sentKib },
        };
    };
    return g;
}

} // namespace ptlab::exercises
