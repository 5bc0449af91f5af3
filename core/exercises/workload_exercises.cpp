// Twelve workloads page: the speed-up of a real miniature with N workers against one.
#include "core/exercises/exercise.h"

#include "core/workloads/workload.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace ptlab::exercises {

namespace {

// Work per run: about 0.4 s for one worker on a 2-core laptop of 2020; three rounds of 1 and N workers.
constexpr double MandelbrotSize = 0.75;
constexpr int Rounds = 3;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

Result<workloads::RunResult> runOnce(workloads::Mode mode, int workers, const RunContext& context)
{
    workloads::RunOptions o;
    o.mode = mode;
    o.workers = workers;
    o.size = MandelbrotSize;
    o.cancel = context.cancel;
    auto r = workloads::runWorkload("mandelbrot", o);
    if (r && !r->verified && !context.cancelled())
        return Error { Error::Code::Internal, 0, "the Mandelbrot result was wrong: " + r->verification };
    return r;
}

} // namespace

Generator workloadSpeedupGenerator()
{
    Generator g;
    g.name = "workload-speedup";
    g.page = "apps";
    g.summary = "the Mandelbrot miniature with N workers: the speed-up over one worker";
    g.questionText = "The Mandelbrot miniature renders the same frames twice, split among worker "
                     "{mode|threads|processes}: once with 1 worker, once with {workers}. What speed-up do {workers} "
                     "workers give (the time with 1 worker divided by the time with {workers})?";
    g.explanationText
        = "With 1 worker the frames took {wall_1_s} s, with {workers} workers {wall_n_s} s: a speed-up of {measured} "
          "(hardware threads on this machine: {hardware_threads}). Tiles of the picture are independent, so the work "
          "splits "
          "well, but workers only run at the same time on different CPUs: the speed-up cannot pass the number of "
          "CPUs ({ideal} here), and the start of the workers and the final merge are serial (Amdahl's law). Other busy "
          "programs change the "
          "result: {workers} workers win a larger share of the CPUs from them than 1 worker does.";
    g.prediction = { "x", 0, 64, 2 };
    g.draw = [](Rng& rng) -> Values {
        return { { "workers", static_cast<double>(pick(rng, { 2, 3, 4 })) },
            { "mode", static_cast<double>(pick(rng, { 0, 1 })) } };
    };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        const int workers = static_cast<int>(valueOf(p, "workers", 2));
        const auto mode = valueOf(p, "mode") != 0 ? workloads::Mode::Processes : workloads::Mode::Threads;
        // In turns, 1 then N workers, so that a load that comes and goes slows both alike; medians.
        std::vector<double> one, many;
        for (int round = 0; round < Rounds; ++round) {
            for (int n : { 1, workers }) {
                auto r = runOnce(mode, n, context);
                if (!r)
                    return r.error();
                (n == 1 ? one : many).push_back(r->wallS);
                context.report(static_cast<double>(one.size() + many.size()) / (2.0 * Rounds) * 0.99);
            }
        }
        const double wall1 = median(one), wallN = median(many);
        const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        return Values {
            { "measured", wallN > 0 ? wall1 / wallN : 0 },
            { "wall_1_s", wall1 },
            { "wall_n_s", wallN },
            { "hardware_threads", static_cast<double>(hw) },
            { "ideal", static_cast<double>(std::min(hw, workers)) },
        };
    };
    return g;
}

} // namespace ptlab::exercises
