// Twelve workloads page: the speed-up of a real miniature with N workers against one.
#include "core/exercises/exercise.h"

#include "core/workloads/workload.h"

#include <algorithm>
#include <thread>

namespace ptlab::exercises {

namespace {

// Work per run: about half a second for one worker on a 2-core laptop of 2020.
constexpr double MandelbrotSize = 1.5;

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
          "CPUs ({ideal} here), and the start of the workers and the final merge are serial (Amdahl's law).";
    g.prediction = { "x", 0, 64, 2 };
    g.draw = [](Rng& rng) -> Values {
        return { { "workers", static_cast<double>(pick(rng, { 2, 3, 4 })) },
            { "mode", static_cast<double>(pick(rng, { 0, 1 })) } };
    };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        const int workers = static_cast<int>(valueOf(p, "workers", 2));
        const auto mode = valueOf(p, "mode") != 0 ? workloads::Mode::Processes : workloads::Mode::Threads;
        auto one = runOnce(mode, 1, context);
        if (!one)
            return one.error();
        context.report(0.5);
        auto many = runOnce(mode, workers, context);
        if (!many)
            return many.error();
        const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        return Values {
            { "measured", many->wallS > 0 ? one->wallS / many->wallS : 0 },
            { "wall_1_s", one->wallS },
            { "wall_n_s", many->wallS },
            { "hardware_threads", static_cast<double>(hw) },
            { "ideal", static_cast<double>(std::min(hw, workers)) },
        };
    };
    return g;
}

} // namespace ptlab::exercises
