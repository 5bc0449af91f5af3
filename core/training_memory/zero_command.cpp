#include "core/training_memory/training_memory_commands.h"

#include "core/cli/finite_range.h"
#include "core/training_memory/zero_memory.h"
#include "core/training_memory/zero_run.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace ptlab::training_memory {

namespace {

struct ZeroOptions
{
    double params = 7.5e9;
    int gpus = 64;
    int k = 12;
    bool measure = false;
    int workers = 4;
    int hidden = 64;
    int steps = 20;
    bool json = false;
};

int runZeroCommand(const ZeroOptions& o, cli::Io io)
{
    const auto calc = zeroMemory(o.params, o.gpus, o.k);
    std::vector<ZeroRunResult> runs;
    if (o.measure) {
        for (int stage = 0; stage <= 2; ++stage) {
            ZeroRunOptions r;
            r.stage = stage;
            r.workers = o.workers;
            r.shape = zeroModelShape(o.hidden);
            r.steps = o.steps;
            runs.push_back(runZero(r));
        }
    }
    if (o.json) {
        nlohmann::json stages = nlohmann::json::array();
        for (const auto& s : calc.stages)
            stages.push_back({ { "stage", s.stage }, { "name", zeroStageName(s.stage) },
                { "param_bytes", s.paramBytes }, { "gradient_bytes", s.gradientBytes },
                { "optimizer_bytes", s.optimizerBytes }, { "total_bytes", s.totalBytes },
                { "total_gb", s.totalBytes / 1e9 }, { "comm_elements", s.commElements },
                { "comm_ring_bytes", s.commRingBytes }, { "collectives", s.collectives } });
        nlohmann::json doc = { { "params", o.params }, { "gpus", o.gpus }, { "k", o.k }, { "stages", stages } };
        if (o.measure) {
            nlohmann::json measured = nlohmann::json::array();
            for (const auto& r : runs) {
                const auto f = zeroMemory(static_cast<double>(r.paramCount), r.workers, 12);
                nlohmann::json workers = nlohmann::json::array();
                for (const auto& m : r.memory)
                    workers.push_back({ { "param_bytes", m.paramBytes }, { "gradient_bytes", m.gradientBytes },
                        { "optimizer_bytes", m.optimizerBytes }, { "model_state_bytes", m.modelStateBytes() },
                        { "workspace_bytes", m.workspaceBytes }, { "shard_begin", m.shardBegin },
                        { "shard_end", m.shardEnd }, { "comm_bytes", m.commBytes } });
                measured.push_back({ { "stage", r.stage }, { "name", zeroStageName(r.stage) }, { "workers", r.workers },
                    { "params", r.paramCount }, { "steps", r.stepsDone },
                    { "first_loss", r.loss.empty() ? 0.0f : r.loss.front() },
                    { "final_loss", r.loss.empty() ? 0.0f : r.loss.back() }, { "seconds", r.seconds },
                    { "formula_bytes", f.stages[r.stage].totalBytes }, { "per_worker", workers } });
            }
            doc["measured"] = measured;
        }
        io.out << doc.dump() << '\n';
        return cli::ExitOk;
    }
    io.out << "ZeRO model-state memory per device: Ψ = " << o.params << " parameters, N_d = " << o.gpus
           << ", K = " << o.k << " (mixed-precision Adam)\n";
    for (const auto& s : calc.stages)
        io.out << "  " << zeroStageName(s.stage) << ": " << s.totalBytes / 1e9 << " GB (params " << s.paramBytes / 1e9
               << ", gradients " << s.gradientBytes / 1e9 << ", optimizer " << s.optimizerBytes / 1e9
               << "); communication " << s.commElements / o.params << "Ψ per step, " << s.collectives << '\n';
    for (const auto& r : runs) {
        const auto f = zeroMemory(static_cast<double>(r.paramCount), r.workers, 12);
        io.out << "measured " << zeroStageName(r.stage) << " on " << r.workers
               << " worker threads, Ψ = " << r.paramCount << ": formula " << f.stages[r.stage].totalBytes
               << " B per worker; held";
        for (const auto& m : r.memory)
            io.out << ' ' << m.modelStateBytes();
        io.out << " B; loss " << (r.loss.empty() ? 0.0f : r.loss.front()) << " -> "
               << (r.loss.empty() ? 0.0f : r.loss.back()) << '\n';
    }
    return cli::ExitOk;
}

} // namespace

cli::Command zeroCommand()
{
    return { "zero", "ZeRO memory per device for a model of P parameters on N GPUs (and a real sharded run)",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<ZeroOptions>();
            app.footer("Model states per device under ZeRO (Rajbhandari et al., 2019): fp16 parameters 2Ψ, fp16\n"
                       "gradients 2Ψ, optimizer states KΨ (K = 12 for mixed-precision Adam), partitioned over N_d\n"
                       "devices by stage 1 (optimizer), 2 (+ gradients) and 3 (+ parameters). The default is the\n"
                       "paper's example: 7.5e9 parameters on 64 GPUs. --measure also runs stages 0-2 for real on\n"
                       "part 1's tiny model, worker threads and ring collectives (`ptlab train`), and prints the\n"
                       "bytes each worker held.");
            app.add_option("--params", o->params, "parameters Ψ (e.g. 7.5e9)")
                ->check(cli::finiteRange(1.0, 1e15))
                ->capture_default_str();
            app.add_option("--gpus", o->gpus, "data-parallel devices N_d")
                ->check(CLI::Range(1, 1000000))
                ->capture_default_str();
            app.add_option("--k", o->k, "optimizer bytes per parameter")
                ->check(CLI::Range(1, 64))
                ->capture_default_str();
            app.add_flag("--measure", o->measure, "run stages 0-2 on worker threads");
            app.add_option("--workers", o->workers, "worker threads for --measure")
                ->check(CLI::Range(1, 16))
                ->capture_default_str();
            app.add_option("--hidden", o->hidden, "units of each of the tiny model's two hidden layers for --measure")
                ->check(CLI::Range(1, 4096))
                ->capture_default_str();
            app.add_option("--steps", o->steps, "training steps for --measure")
                ->check(CLI::Range(1, 10000))
                ->capture_default_str();
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] { return runZeroCommand(*o, io); };
        } };
}

} // namespace ptlab::training_memory
