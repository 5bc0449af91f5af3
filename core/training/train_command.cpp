#include "core/training/train_command.h"

#include "core/cli/finite_range.h"
#include "core/training/collective_bench.h"
#include "core/training/mpi_launch.h"
#include "core/training/report_json.h"
#include "core/training/trainer.h"
#include "core/util/atomic_file.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>
#include <thread>

namespace ptlab::training {

using namespace ptlab::cli;

namespace {

struct TrainOptions
{
    std::string mode = "single";
    std::string backend = "builtin";
    int workers = 2;
    int stages = 2;
    int microbatches = 4;
    std::string schedule = "1f1b";
    int steps = 20;
    int batch = 256;
    int width = 512;
    int layers = 6;
    std::string optimizer = "adam";
    float lr = 1e-3f;
    std::uint64_t seed = 1;
    std::string hostfile;
    std::string parametersOut;
    bool processes = false;
    bool json = false;
};

TrainConfig toConfig(const TrainOptions& o)
{
    TrainConfig c;
    c.mode = parseMode(o.mode).value_or(Mode::Single);
    c.workers = o.workers;
    c.stages = o.stages;
    c.microbatches = o.microbatches;
    c.schedule = o.schedule == "gpipe" ? Schedule::GPipe : Schedule::OneFOneB;
    c.steps = o.steps;
    c.batch = o.batch;
    c.shape = defaultShape(o.width, o.layers, 3);
    c.optimizer.kind = o.optimizer == "sgd" ? OptimizerConfig::Kind::Sgd : OptimizerConfig::Kind::Adam;
    c.optimizer.learningRate = o.lr;
    c.seed = o.seed;
    c.processes = o.processes;
    if (c.mode == Mode::Pipeline)
        c.workers = c.stages;
    return c;
}

void printText(std::ostream& out, const nlohmann::json& d)
{
    out << "ptlab train: mode " << d.value("mode", "") << ", backend " << d.value("backend", "") << ", "
        << d.value("workers", 0) << " workers, " << d.value("steps_done", 0) << " steps of " << d.value("batch", 0)
        << " samples\n";
    const auto loss = d.value("loss", std::vector<float> {});
    if (!loss.empty())
        out << "  loss: " << loss.front() << " → " << loss.back() << " (accuracy " << d.value("accuracy", 0.0) << ")\n";
    out << "  " << d.value("samples_per_s", 0.0) << " samples/s, " << d.value("gflops", 0.0) << " GFLOP/s\n";
    out << "  sent per worker and step: " << d.value("bytes_per_worker_per_step", 0) << " bytes (gradient "
        << d.value("gradient_bytes", 0) << " bytes)\n";
    if (d.contains("bubble"))
        out << "  bubble: measured " << d.value("bubble", 0.0) << ", (p-1)/(m+p-1) = " << d.value("bubble_theory", 0.0)
            << "; peak activations per stage: " << d["peak_activations"].dump() << '\n';
}

int runTrain(const TrainOptions& o, Io io)
{
    const TrainConfig config = toConfig(o);
    nlohmann::json doc;
    if (o.backend == "mpi") {
        if (config.mode != Mode::Data && config.mode != Mode::Single) {
            io.err << "ptlab train: --backend mpi runs the data-parallel mode (--mode data)\n";
            return ExitUsage;
        }
        if (auto ok = validateConfig(config); !ok) {
            io.err << "ptlab train: " << ok.error().message << '\n';
            return ExitUsage;
        }
        MpiRunRequest request { config, o.hostfile, o.parametersOut };
        if (config.mode == Mode::Single)
            request.config.workers = 1;
        auto result = runMpiTraining(request, {});
        if (!result) {
            io.err << "ptlab train: " << result.error().message << '\n';
            return ExitFailure;
        }
        doc = std::move(result).value();
    } else {
        auto result = train(config);
        if (!result) {
            io.err << "ptlab train: " << result.error().message << '\n';
            return ExitUsage;
        }
        doc = reportToJson(*result, config.processes && config.mode == Mode::Data ? "processes" : "builtin");
        if (!o.parametersOut.empty()) {
            std::string error;
            if (!writeFileAtomically(o.parametersOut, nlohmann::json(result->parameters).dump(), error)) {
                io.err << "ptlab train: " << error << '\n';
                return ExitFailure;
            }
        }
    }
    if (o.json)
        io.out << doc.dump() << '\n';
    else
        printText(io.out, doc);
    return ExitOk;
}

} // namespace

cli::Command trainCommand()
{
    return { "train", "train the tiny model with real workers: single, data, tensor, pipeline or hybrid parallelism",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<TrainOptions>();
            app.footer(
                "Trains a small MLP on two-dimensional spirals with worker threads (or MPI ranks) and reports the "
                "loss\n"
                "of every step, samples/s, GFLOP/s, the bytes each worker sent and, for pipelines, the measured\n"
                "bubble next to (p-1)/(m+p-1) and the peak activations per stage.\n"
                "  data:     --workers replicas, gradients summed by ptlab's ring all-reduce\n"
                "  tensor:   every layer split by output rows over --workers\n"
                "  pipeline: --stages workers, --microbatches per batch, --schedule gpipe|1f1b\n"
                "  hybrid:   --workers / --stages data-parallel pipelines (e.g. --workers 4 --stages 2)\n"
                "  --backend mpi: the data mode as `mpirun -np N ptlab-mpi-rank` with MPI_Allreduce\n"
                "                 (--hostfile FILE to spread the ranks over lab machines).");
            app.add_option("--mode", o->mode, "how the work is split")
                ->check(CLI::IsMember({ "single", "data", "tensor", "pipeline", "hybrid" }))
                ->capture_default_str();
            app.add_option("--backend", o->backend, "who moves the gradients")
                ->check(CLI::IsMember({ "builtin", "mpi" }))
                ->capture_default_str();
            app.add_option("--workers", o->workers, "worker threads (MPI: ranks)")
                ->check(CLI::Range(1, 64))
                ->capture_default_str();
            app.add_option("--stages", o->stages, "pipeline stages")->check(CLI::Range(1, 16))->capture_default_str();
            app.add_option("--microbatches", o->microbatches, "micro-batches per batch")
                ->check(CLI::Range(1, 256))
                ->capture_default_str();
            app.add_option("--schedule", o->schedule, "pipeline schedule")
                ->check(CLI::IsMember({ "gpipe", "1f1b" }))
                ->capture_default_str();
            app.add_option("--steps", o->steps, "training steps")->check(CLI::Range(1, 100000))->capture_default_str();
            app.add_option("--batch", o->batch, "global batch size")
                ->check(CLI::Range(1, 65536))
                ->capture_default_str();
            app.add_option("--width", o->width, "hidden layer width")
                ->check(CLI::Range(1, 4096))
                ->capture_default_str();
            app.add_option("--layers", o->layers, "layers (3 to 6 teach best)")
                ->check(CLI::Range(1, 16))
                ->capture_default_str();
            app.add_option("--optimizer", o->optimizer, "optimizer")
                ->check(CLI::IsMember({ "adam", "sgd" }))
                ->capture_default_str();
            app.add_option("--lr", o->lr, "learning rate")->check(cli::finiteRange(1e-6, 10.0))->capture_default_str();
            app.add_option("--seed", o->seed, "seed of the model and the data")->capture_default_str();
            app.add_option(
                "--hostfile", o->hostfile, "MPI: an Open MPI hostfile (one line per machine: 'host slots=N')");
            app.add_option("--parameters-out", o->parametersOut, "write the final parameters as a JSON array");
            app.add_flag("--processes", o->processes, "data mode: worker processes sharing memory instead of threads");
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] { return runTrain(*o, io); };
        } };
}

cli::Command allreduceBenchmark()
{
    return { "allreduce", "ptlab's ring all-reduce between threads: bus bandwidth next to this machine's memcpy",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            struct Options
            {
                int workers = 2;
                std::size_t bytes = 16u << 20;
                int repeats = 10;
                bool json = false;
            };
            auto o = std::make_shared<Options>();
            app.footer("Bus bandwidth = 2(N-1)/N * bytes / time: what each link of the ring carried per second. The\n"
                       "memcpy figure is one thread copying the same number of bytes, measured in the same run.");
            app.add_option("--workers", o->workers, "ranks in the ring")
                ->check(CLI::Range(1, 64))
                ->capture_default_str();
            app.add_option("--bytes", o->bytes, "buffer per rank")
                ->check(CLI::Range(std::size_t(4), std::size_t(1) << 30))
                ->capture_default_str();
            app.add_option("--repeats", o->repeats, "all-reduces to time (the median is reported)")
                ->check(CLI::Range(1, 1000))
                ->capture_default_str();
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] {
                const AllReduceMeasurement m = measureAllReduce(o->workers, o->bytes, o->repeats);
                if (o->json) {
                    const nlohmann::json doc = {
                        { "bench", "allreduce" },
                        { "workers", m.workers },
                        { "bytes", m.bytes },
                        { "repeats", m.repeats },
                        { "seconds", m.seconds },
                        { "bus_bandwidth_gb_s", m.busBandwidth / 1e9 },
                        { "algorithm_bandwidth_gb_s", m.algorithmBandwidth / 1e9 },
                        { "memcpy_bandwidth_gb_s", m.memcpyBandwidth / 1e9 },
                        { "bus_over_memcpy", m.memcpyBandwidth > 0 ? m.busBandwidth / m.memcpyBandwidth : 0.0 },
                        { "correct", m.correct },
                    };
                    io.out << doc.dump() << '\n';
                } else {
                    io.out << "allreduce: " << m.workers << " ranks, " << m.bytes << " bytes: " << m.seconds * 1e3
                           << " ms, bus " << m.busBandwidth / 1e9 << " GB/s, memcpy " << m.memcpyBandwidth / 1e9
                           << " GB/s" << (m.correct ? "" : " (WRONG SUM)") << '\n';
                }
                return m.correct ? ExitOk : ExitFailure;
            };
        } };
}

cli::Command trainScalingBenchmark()
{
    return { "train-scaling", "data-parallel samples/s against the number of workers (1 to 2x hardware threads)",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            struct Options
            {
                int steps = 6;
                int maxWorkers = 0;
                int width = 512;
                bool json = false;
            };
            auto o = std::make_shared<Options>();
            app.add_option("--steps", o->steps, "steps per point")->check(CLI::Range(2, 1000))->capture_default_str();
            app.add_option("--max-workers", o->maxWorkers, "largest N (0: twice the hardware threads)")
                ->check(CLI::Range(0, 64));
            app.add_option("--width", o->width, "hidden layer width")
                ->check(CLI::Range(1, 4096))
                ->capture_default_str();
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] {
                const int maxN = o->maxWorkers > 0
                    ? o->maxWorkers
                    : 2 * static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
                nlohmann::json points = nlohmann::json::array();
                double base = 0;
                for (int n = 1; n <= maxN; ++n) {
                    TrainConfig c;
                    c.mode = n == 1 ? Mode::Single : Mode::Data;
                    c.workers = n;
                    c.steps = o->steps;
                    c.shape = defaultShape(o->width);
                    c.checkReplicas = false;
                    auto r = train(c);
                    if (!r) {
                        io.err << "ptlab bench train-scaling: " << r.error().message << '\n';
                        return ExitFailure;
                    }
                    if (n == 1)
                        base = r->samplesPerSecond;
                    const double speedup = base > 0 ? r->samplesPerSecond / base : 0;
                    points.push_back({ { "workers", n }, { "samples_per_s", r->samplesPerSecond },
                        { "speedup", speedup }, { "gflops", r->gflops } });
                    if (!o->json)
                        io.out << n << " workers: " << r->samplesPerSecond << " samples/s (x" << speedup << ")\n";
                }
                if (o->json)
                    io.out << nlohmann::json { { "bench", "train-scaling" },
                        { "hardware_threads", std::thread::hardware_concurrency() }, { "points", points } }
                                  .dump()
                           << '\n';
                return ExitOk;
            };
        } };
}

} // namespace ptlab::training
