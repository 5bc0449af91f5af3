// Distributed training page: data parallelism's throughput with N workers against one.
#include "core/exercises/exercise.h"

#include "core/training/trainer.h"

#include <algorithm>
#include <thread>

namespace ptlab::exercises {

namespace {

Result<training::TrainReport> trainOnce(int workers, int batch, const RunContext& context)
{
    training::TrainConfig c;
    c.mode = workers == 1 ? training::Mode::Single : training::Mode::Data;
    c.workers = workers;
    c.batch = batch;
    c.steps = 24;
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
          "so the gain shrinks.";
    g.prediction = { "x", 0, 64, 2 };
    g.draw = [](Rng& rng) -> Values {
        return { { "workers", static_cast<double>(pick(rng, { 2, 3, 4 })) },
            { "batch", static_cast<double>(pick(rng, { 96, 192, 384 })) } };
    };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        const int workers = static_cast<int>(valueOf(p, "workers", 2));
        const int batch = static_cast<int>(valueOf(p, "batch", 192));
        auto single = trainOnce(1, batch, context);
        if (!single)
            return single.error();
        context.report(0.5);
        auto data = trainOnce(workers, batch, context);
        if (!data)
            return data.error();
        const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        return Values {
            { "measured", single->samplesPerSecond > 0 ? data->samplesPerSecond / single->samplesPerSecond : 0 },
            { "single_sps", single->samplesPerSecond },
            { "data_sps", data->samplesPerSecond },
            { "hardware_threads", static_cast<double>(hw) },
            { "shard", static_cast<double>(batch / workers) },
            { "sent_kib", static_cast<double>(data->bytesPerWorkerPerStep) / 1024.0 },
        };
    };
    return g;
}

} // namespace ptlab::exercises
