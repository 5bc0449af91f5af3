#include "core/training_memory/accumulation.h"
#include "core/training_memory/checkpointing.h"
#include "core/training_memory/dynamic_batching.h"
#include "core/training_memory/mixed_precision.h"
#include "core/training_memory/optimizers.h"
#include "core/training_memory/prefetch.h"
#include "core/training_memory/training_memory_commands.h"
#include "core/training_memory/zero_run.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <locale>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>

namespace ptlab::training_memory {

namespace {

struct TrainMemoryOptions
{
    std::string technique = "precision";
    int steps = 0; // 0: the technique's default
    int microBatch = 16;
    int microSteps = 8;
    int layers = 16;
    int loaders = 2;
    int queue = 8;
    int files = 24;
    int sequences = 2000;
    int batchSize = 32;
    int padMultiple = 8;
    int workers = 2;
    int stage = 0;
    std::string trace;
    std::string csv;
    bool json = false;
};

// "2-64-64-3 tanh MLP, two spirals": what the report says it trained.
std::string modelName(const training::ModelShape& shape)
{
    std::string name;
    for (std::size_t i = 0; i < shape.widths.size(); ++i)
        name += (i ? "-" : "") + std::to_string(shape.widths[i]);
    return name + (shape.hidden == training::Activation::Tanh ? " tanh" : " relu") + " MLP, two spirals";
}

std::vector<StepRecord> lossSteps(const std::vector<float>& loss)
{
    std::vector<StepRecord> steps;
    for (std::size_t i = 0; i < loss.size(); ++i)
        steps.push_back({ static_cast<int>(i), loss[i], 0, 0 });
    return steps;
}

nlohmann::json precisionRuns(const TrainMemoryOptions& o, std::vector<StepRecord>& csv, std::ostream& text)
{
    nlohmann::json runs = nlohmann::json::array();
    for (auto mode :
        { PrecisionMode::Fp32, PrecisionMode::Fp16NoScaling, PrecisionMode::Fp16DynamicScaling, PrecisionMode::Bf16 }) {
        PrecisionRunOptions p;
        p.mode = mode;
        if (o.steps > 0)
            p.steps = o.steps;
        const auto r = runPrecision(p);
        nlohmann::json scales = nlohmann::json::array(), flushed = nlohmann::json::array(),
                       loss = nlohmann::json::array();
        int overflows = 0;
        for (const auto& s : r.steps) {
            scales.push_back(s.scale);
            flushed.push_back(s.flushedShare);
            loss.push_back(s.loss);
            overflows += s.overflow ? 1 : 0;
            if (mode == PrecisionMode::Fp16DynamicScaling)
                csv.push_back({ s.step, s.loss, 0, 0 });
        }
        runs.push_back({ { "mode", precisionModeName(mode) }, { "final_loss", r.finalLoss },
            { "mean_flushed_share", r.meanFlushedShare }, { "skipped_steps", r.skippedSteps },
            { "overflow_steps", overflows }, { "loss", loss }, { "scale", scales }, { "flushed_share", flushed } });
        text << "  " << precisionModeName(mode) << ": final loss " << r.finalLoss << ", gradients flushed to zero "
             << 100 * r.meanFlushedShare << " %, skipped steps " << r.skippedSteps << ", final scale "
             << (r.steps.empty() ? 1.0f : r.steps.back().scale) << '\n';
    }
    return runs;
}

int runTrainMemory(const TrainMemoryOptions& o, cli::Io io)
{
    std::ostringstream text;
    text.imbue(std::locale::classic());
    nlohmann::json doc = { { "technique", o.technique } };
    std::vector<StepRecord> csv;
    std::optional<SpanTimeline> timeline;
    const std::string& t = o.technique;
    if (!o.trace.empty() && t != "prefetch" && t != "profiler") {
        io.err
            << "ptlab train-memory: --trace records the runs with worker threads: --technique prefetch or profiler\n";
        return cli::ExitUsage;
    }
    if (t == "precision") {
        doc["model"] = modelName(PrecisionRunOptions {}.shape);
        text << "mixed precision on part 1's model (" << modelName(PrecisionRunOptions {}.shape)
             << "), fp16 with fp32 master weights (loss weight 2^-16):\n";
        doc["runs"] = precisionRuns(o, csv, text);
    } else if (t == "accumulation") {
        AccumulationOptions a;
        a.microBatch = static_cast<std::size_t>(o.microBatch);
        a.microSteps = o.microSteps;
        const auto r = runAccumulation(a);
        doc.update({ { "model", modelName(a.shape) }, { "micro_batch", a.microBatch }, { "micro_steps", a.microSteps },
            { "max_abs_difference", r.maxAbsDifference }, { "max_abs_gradient", r.maxAbsGradient },
            { "accumulated_loss", r.accumulatedLoss }, { "big_batch_loss", r.bigBatchLoss },
            { "peak_activation_bytes_micro", r.peakActivationsMicro },
            { "peak_activation_bytes_big", r.peakActivationsBig },
            { "gradient_buffer_bytes_micro", r.gradientBuffersMicro },
            { "gradient_buffer_bytes_big", r.gradientBuffersBig } });
        text << "gradient accumulation on part 1's model (" << modelName(a.shape) << "), " << a.microSteps << " x "
             << a.microBatch << " rows vs one batch of " << a.microSteps * a.microBatch
             << ": largest gradient difference " << r.maxAbsDifference << " (gradients up to " << r.maxAbsGradient
             << ")\n  peak activations " << r.peakActivationsMicro << " B vs " << r.peakActivationsBig
             << " B; gradient buffers " << r.gradientBuffersMicro << " B vs " << r.gradientBuffersBig << " B\n";
    } else if (t == "checkpointing") {
        CheckpointOptions c;
        c.layers = o.layers;
        const auto sweep = sweepCheckpointing(c);
        nlohmann::json runs = nlohmann::json::array();
        text << "gradient checkpointing, " << c.layers << " layers (sqrt(n) = " << sweep.sqrtEvery
             << ", least memory at k = " << sweep.bestEvery << "):\n";
        for (const auto& r : sweep.runs) {
            runs.push_back({ { "every", r.every }, { "peak_activation_bytes", r.peakActivationBytes },
                { "peak_activation_buffers", r.peakActivationBuffers }, { "recomputed_layers", r.recomputedLayers },
                { "forward_seconds", r.forwardSeconds }, { "recompute_seconds", r.recomputeSeconds },
                { "backward_seconds", r.backwardSeconds } });
            text << "  k = " << r.every << ": " << r.peakActivationBytes << " B in " << r.peakActivationBuffers
                 << " buffers, " << r.recomputedLayers << " layers recomputed\n";
        }
        doc.update({ { "layers", c.layers }, { "sqrt_every", sweep.sqrtEvery }, { "best_every", sweep.bestEvery },
            { "runs", runs } });
    } else if (t == "optimizer") {
        OptimizerRunOptions p;
        if (o.steps > 0)
            p.steps = o.steps;
        nlohmann::json runs = nlohmann::json::array();
        doc["model"] = modelName(p.shape);
        text << "optimizers on part 1's model (" << modelName(p.shape) << ", " << p.shape.parameterCount()
             << " parameters):\n";
        for (auto kind : { OptimizerKind::Sgd, OptimizerKind::Adam, OptimizerKind::AdamW, OptimizerKind::Adam8bit }) {
            const auto r = trainWithOptimizer(kind, p);
            runs.push_back({ { "optimizer", optimizerName(kind) }, { "state_bytes", r.stateBytes },
                { "bytes_per_param", r.bytesPerParam }, { "final_loss", r.finalLoss },
                { "final_accuracy", r.finalAccuracy }, { "seconds", r.seconds }, { "loss", r.loss } });
            text << "  " << optimizerName(kind) << ": " << r.bytesPerParam << " B of state per parameter, final loss "
                 << r.finalLoss << ", accuracy " << 100 * r.finalAccuracy << " %\n";
            if (kind == OptimizerKind::Adam8bit)
                csv = lossSteps(r.loss);
        }
        doc["runs"] = runs;
    } else if (t == "prefetch") {
        PrefetchOptions p;
        p.files = o.files;
        p.queueCapacity = o.queue;
        auto files = BatchFiles::create(p.shape, p.files, p.rowsPerFile, p.seed);
        if (!files) {
            io.err << "ptlab train-memory: " << files.error().message << '\n';
            return cli::ExitFailure;
        }
        nlohmann::json runs = nlohmann::json::array();
        doc["model"] = modelName(p.shape);
        text << "prefetching, " << p.files << " batch files of " << p.rowsPerFile
             << " two-spiral samples read and parsed, trainer on part 1's model (" << modelName(p.shape) << "):\n";
        for (int loaders : { 0, o.loaders }) {
            p.loaderThreads = loaders;
            auto r = runPrefetch(*files, p);
            if (r.error.code != Error::Code::None) {
                io.err << "ptlab train-memory: " << r.error.message << '\n';
                return cli::ExitFailure;
            }
            runs.push_back({ { "loader_threads", loaders }, { "queue_capacity", p.queueCapacity },
                { "batches", r.batches }, { "seconds", r.seconds }, { "trainer_wait_seconds", r.trainerWaitSeconds },
                { "trainer_busy_seconds", r.trainerBusySeconds }, { "idle_share", r.idleShare },
                { "samples_per_second", r.samplesPerSecond } });
            text << "  " << loaders << " loader threads: trainer idle " << 100 * r.idleShare << " %, "
                 << r.samplesPerSecond << " samples/s\n";
            if (loaders == o.loaders) {
                csv = lossSteps(r.loss);
                timeline = std::move(r.timeline);
            }
        }
        doc["runs"] = runs;
    } else if (t == "batching") {
        BatchingOptions b;
        b.sequences = static_cast<std::size_t>(o.sequences);
        b.batchSize = static_cast<std::size_t>(o.batchSize);
        b.padMultiple = o.padMultiple;
        const auto lengths = sampleLengths(b.sequences, b.maxLength, b.seed);
        nlohmann::json runs = nlohmann::json::array();
        text << "dynamic batching, " << b.sequences << " sequences, batches of " << b.batchSize
             << ", padded to a multiple of " << b.padMultiple << ":\n";
        for (auto s : { BatchingStrategy::Random, BatchingStrategy::Bucketed }) {
            const auto r = runBatchingEpoch(lengths, s, b);
            runs.push_back({ { "strategy", batchingName(s) }, { "real_tokens", r.stats.realTokens },
                { "padded_tokens", r.stats.paddedTokens }, { "padding_share", r.stats.paddingShare() },
                { "epoch_seconds", r.epochSeconds }, { "real_tokens_per_second", r.realTokensPerSecond } });
            text << "  " << batchingName(s) << ": padding " << 100 * r.stats.paddingShare() << " % of "
                 << r.stats.paddedTokens << " tokens, epoch " << r.epochSeconds << " s\n";
        }
        doc["runs"] = runs;
    } else { // profiler
        ZeroRunOptions z;
        z.workers = o.workers;
        z.stage = o.stage;
        z.steps = o.steps > 0 ? o.steps : 30;
        std::vector<std::string> names;
        for (int w = 0; w < z.workers; ++w)
            names.push_back("worker " + std::to_string(w));
        timeline.emplace(names);
        z.timeline = &*timeline;
        const auto r = runZero(z);
        csv = r.steps;
        nlohmann::json totals = nlohmann::json::object();
        for (const char* span :
            { "data wait", "forward", "backward", "all-reduce", "reduce-scatter", "all-gather", "optimizer" }) {
            double sum = 0;
            for (std::size_t w = 0; w < timeline->tracks().size(); ++w)
                sum += static_cast<double>(timeline->totalNs(w, span)) / 1e9;
            if (sum > 0)
                totals[span] = sum;
        }
        doc.update({ { "model", modelName(z.shape) }, { "workers", z.workers }, { "stage", z.stage },
            { "steps", r.stepsDone }, { "seconds", r.seconds }, { "span_seconds", totals } });
        text << "profiled data-parallel run, " << z.workers << " workers, " << r.stepsDone << " steps, " << r.seconds
             << " s\n";
        for (auto it = totals.begin(); it != totals.end(); ++it)
            text << "  " << it.key() << ": " << it.value().get<double>() << " s (all workers)\n";
    }
    if (!o.trace.empty() && timeline) {
        auto written = timeline->toTrace("ptlab train-memory " + t).writeFile(o.trace);
        if (!written) {
            io.err << "ptlab train-memory: " << written.error().message << '\n';
            return cli::ExitFailure;
        }
        doc["trace"] = o.trace;
    }
    if (!o.csv.empty()) {
        auto written = writeTextFile(o.csv, stepsCsv(csv));
        if (!written) {
            io.err << "ptlab train-memory: " << written.error().message << '\n';
            return cli::ExitFailure;
        }
        doc["csv"] = o.csv;
    }
    if (o.json)
        io.out << doc.dump() << '\n';
    else
        io.out << text.str();
    return cli::ExitOk;
}

} // namespace

cli::Command trainMemoryCommand()
{
    return { "train-memory", "memory and time savers on part 1's tiny model, measured (precision, accumulation, ...)",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<TrainMemoryOptions>();
            app.footer(
                "Techniques:\n"
                "  precision      fp32, fp16 without and with dynamic loss scaling, bf16: loss and the share\n"
                "                 of gradients flushed to zero\n"
                "  accumulation   k micro-batches against one k-times larger batch: same gradient, peak memory\n"
                "  checkpointing  keep every k-th activation of an n-layer chain, k = 1..n: memory and recompute\n"
                "  optimizer      SGD, Adam, AdamW, 8-bit Adam: state bytes per parameter and loss\n"
                "  prefetch       batch files read and parsed by the trainer vs by loader threads into a queue\n"
                "  batching       random vs length-bucketed batches: padding share and epoch time\n"
                "  profiler       a data-parallel run's per-worker spans (--trace writes Chrome trace JSON)\n"
                "--csv writes step,loss,samples_per_second,memory_bytes for the run that has steps.");
            app.add_option("--technique", o->technique, "what to run")
                ->check(CLI::IsMember(
                    { "precision", "accumulation", "checkpointing", "optimizer", "prefetch", "batching", "profiler" }))
                ->required();
            app.add_option("--steps", o->steps, "training steps (precision, optimizer, profiler)")
                ->check(CLI::Range(1, 100000));
            app.add_option("--micro-batch", o->microBatch, "rows per micro-step (accumulation)")
                ->check(CLI::Range(1, 4096))
                ->capture_default_str();
            app.add_option("--micro-steps", o->microSteps, "micro-steps k (accumulation)")
                ->check(CLI::Range(1, 256))
                ->capture_default_str();
            app.add_option("--layers", o->layers, "chain length n (checkpointing)")
                ->check(CLI::Range(1, 256))
                ->capture_default_str();
            app.add_option("--loaders", o->loaders, "loader threads (prefetch)")
                ->check(CLI::Range(1, 16))
                ->capture_default_str();
            app.add_option("--queue", o->queue, "prefetch queue capacity")
                ->check(CLI::Range(1, 256))
                ->capture_default_str();
            app.add_option("--files", o->files, "batch files (prefetch)")
                ->check(CLI::Range(1, 1000))
                ->capture_default_str();
            app.add_option("--sequences", o->sequences, "sequences (batching)")
                ->check(CLI::Range(1, 1000000))
                ->capture_default_str();
            app.add_option("--batch-size", o->batchSize, "sequences per batch (batching)")
                ->check(CLI::Range(1, 4096))
                ->capture_default_str();
            app.add_option("--pad-multiple", o->padMultiple, "pad lengths to a multiple of (batching)")
                ->check(CLI::Range(1, 512))
                ->capture_default_str();
            app.add_option("--workers", o->workers, "worker threads (profiler)")
                ->check(CLI::Range(1, 16))
                ->capture_default_str();
            app.add_option("--stage", o->stage, "ZeRO stage of the profiled run")
                ->check(CLI::Range(0, 2))
                ->capture_default_str();
            app.add_option("--trace", o->trace, "write the timeline as Chrome trace-event JSON (prefetch, profiler)");
            app.add_option("--csv", o->csv, "write per-step loss, throughput and memory as CSV");
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] { return runTrainMemory(*o, io); };
        } };
}

} // namespace ptlab::training_memory
