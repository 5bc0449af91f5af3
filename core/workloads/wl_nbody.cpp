// Physics simulation in miniature: a gravitational n-body step split by body ranges. Workers share the
// bodies (shared memory mapped before fork serves processes too) and meet at a barrier twice per step:
// tightly coupled work, so one dead worker stops everyone.
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"
#include "core/workloads/pool.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <pthread.h>

namespace ptlab::workloads {

namespace {

constexpr int Bodies = 640;
constexpr double Dt = 1e-3;
constexpr double Softening = 1e-2;

struct Shared
{
    pthread_barrier_t barrier;
    int stop; // written by worker 0 between the two barriers of a step, read by all after the second
    double mass[Bodies];
    double pos[Bodies][3];
    double vel[Bodies][3];
    double acc[Bodies][3];
};

struct Momentum
{
    double p[3] = { 0, 0, 0 };
    double scale = 0; // sum of |m v|, to judge the error against
};

Momentum momentum(const Shared& s)
{
    Momentum m;
    for (int i = 0; i < Bodies; ++i) {
        for (int k = 0; k < 3; ++k) {
            m.p[k] += s.mass[i] * s.vel[i][k];
            m.scale += std::abs(s.mass[i] * s.vel[i][k]);
        }
    }
    return m;
}

void initialise(Shared& s)
{
    std::uint64_t seed = 2026;
    auto uniform = [&seed] { return static_cast<double>(splitmix(seed) >> 11) / 9007199254740992.0; };
    double total = 0, p[3] = { 0, 0, 0 };
    for (int i = 0; i < Bodies; ++i) {
        s.mass[i] = 0.5 + uniform();
        total += s.mass[i];
        for (int k = 0; k < 3; ++k) {
            s.pos[i][k] = uniform() * 2 - 1;
            s.vel[i][k] = (uniform() * 2 - 1) * 0.1;
            p[k] += s.mass[i] * s.vel[i][k];
        }
    }
    for (auto& v : s.vel) // the centre of mass at rest: total momentum zero
        for (int k = 0; k < 3; ++k)
            v[k] -= p[k] / total;
}

void accelerations(Shared& s, int lo, int hi)
{
    for (int i = lo; i < hi; ++i) {
        double a[3] = { 0, 0, 0 };
        for (int j = 0; j < Bodies; ++j) {
            if (j == i)
                continue;
            const double d[3] = { s.pos[j][0] - s.pos[i][0], s.pos[j][1] - s.pos[i][1], s.pos[j][2] - s.pos[i][2] };
            const double r2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] + Softening * Softening;
            const double f = s.mass[j] / (r2 * std::sqrt(r2));
            for (int k = 0; k < 3; ++k)
                a[k] += f * d[k];
        }
        for (int k = 0; k < 3; ++k)
            s.acc[i][k] = a[k];
    }
}

} // namespace

Result<RunResult> runNbody(const RunOptions& options)
{
    const int steps = std::max(2, static_cast<int>(std::lround(40 * options.size)));
    SharedRegion region(sizeof(Shared));
    auto* s = new (region.data()) Shared();
    initialise(*s);
    const Momentum before = momentum(*s);
    const int workers = std::min(options.workers, Bodies);
    RunOptions o = options;
    o.workers = workers;
    pthread_barrierattr_t attr;
    pthread_barrierattr_init(&attr);
    pthread_barrierattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_barrier_init(&s->barrier, &attr, static_cast<unsigned>(workers));
    pthread_barrierattr_destroy(&attr);
    SharedRegion stopRegion(sizeof(std::atomic<int>));
    auto* stop = new (stopRegion.data()) std::atomic<int>(0);
    PoolOptions pool;
    pool.coupled = true;
    pool.stop = stop;
    auto report = runPool(o, pool, [s, stop, steps](const WorkerContext& c) {
        const int lo = Bodies * c.worker / c.workers, hi = Bodies * (c.worker + 1) / c.workers;
        Partial p;
        for (int step = 0; step < steps; ++step) {
            if (c.crash && step == 1)
                crashNow(); // the others wait at the barrier for bodies nobody will compute
            accelerations(*s, lo, hi);
            pthread_barrier_wait(&s->barrier);
            if (c.worker == 0)
                s->stop = stop->load();
            for (int i = lo; i < hi; ++i) { // symplectic Euler: kick, then drift
                for (int k = 0; k < 3; ++k) {
                    s->vel[i][k] += s->acc[i][k] * Dt;
                    s->pos[i][k] += s->vel[i][k] * Dt;
                }
            }
            pthread_barrier_wait(&s->barrier);
            p.count += static_cast<std::uint64_t>(hi - lo);
            if (s->stop)
                break;
        }
        return p;
    });
    // pthread_barrier_destroy would wait for a dead worker that never arrives: only a clean run destroys it.
    if (!report)
        return report.error();
    if (report->crashedWorkers.empty())
        pthread_barrier_destroy(&s->barrier);
    RunResult r;
    r.workload = "n-body";
    fillFromPool(r, report.value(), o);
    r.throughputUnit = "body-steps/s";
    if (r.crashed) {
        r.resultComplete = false;
        if (!report->wholeProcessLost)
            r.crashReport = "worker process " + std::to_string(report->crashedWorkers.front() + 1) + " died of signal "
                + std::to_string(report->crashSignal)
                + "; the others were stopped: each step needs every worker's bodies";
        return r;
    }
    for (const auto& part : report->partials)
        r.items += part.count;
    r.checksum = fnv1a(s->pos, sizeof s->pos, fnv1a(s->vel, sizeof s->vel));
    r.throughput = r.wallS > 0 ? static_cast<double>(r.items) / r.wallS : 0;
    const Momentum after = momentum(*s);
    const double drift = std::sqrt(std::pow(after.p[0] - before.p[0], 2) + std::pow(after.p[1] - before.p[1], 2)
                             + std::pow(after.p[2] - before.p[2], 2))
        / std::max(after.scale, 1e-300);
    r.verified = r.items == static_cast<std::uint64_t>(Bodies) * static_cast<std::uint64_t>(steps) && drift < 1e-9;
    r.verification = std::to_string(Bodies) + " bodies, " + std::to_string(steps)
        + " steps; total momentum conserved to a relative " + std::to_string(drift);
    r.extra.push_back({ "momentum_drift", drift });
    r.extra.push_back({ "interactions_per_s", r.throughput * (Bodies - 1) });
    return r;
}

} // namespace ptlab::workloads
