#include "core/training/model.h"
#include "core/training/ring_allreduce.h"
#include "core/training_memory/zero_memory.h"
#include "core/training_memory/zero_run.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cmath>
#include <string>

using namespace ptlab::training_memory;

TEST_CASE("ZeRO memory reproduces the paper's 7.5B-parameter example", "[training_memory][zero]")
{
    const auto c = zeroMemory(7.5e9, 64);
    REQUIRE(c.stages.size() == 4);
    const double gb = 1e9;
    CHECK(c.stages[0].totalBytes / gb == Approx(120.0));
    CHECK(c.stages[1].totalBytes / gb == Approx(31.4).margin(0.05));
    CHECK(c.stages[2].totalBytes / gb == Approx(16.6).margin(0.05));
    CHECK(c.stages[3].totalBytes / gb == Approx(1.9).margin(0.05));
    CHECK(c.stages[0].commElements == Approx(2 * 7.5e9));
    CHECK(c.stages[2].commElements == c.stages[0].commElements);
    CHECK(c.stages[3].commElements == Approx(1.5 * c.stages[0].commElements));
    // one device: nothing to partition
    const auto one = zeroMemory(1e6, 1);
    for (const auto& s : one.stages)
        CHECK(s.totalBytes == Approx(16e6));
}

TEST_CASE("ZeRO-1 and ZeRO-2 on worker threads hold only their shards and train exactly like plain data parallelism",
    "[training_memory][zero]")
{
    ZeroRunOptions o;
    o.workers = 4;
    o.steps = 12;
    o.shape = zeroModelShape(16);
    o.stage = 0;
    const auto base = runZero(o);
    o.stage = 1;
    const auto z1 = runZero(o);
    o.stage = 2;
    const auto z2 = runZero(o);
    const std::size_t n = base.paramCount;
    REQUIRE(n == o.shape.parameterCount());
    REQUIRE(base.stepsDone == 12);
    CHECK(base.loss == z1.loss);
    CHECK(base.loss == z2.loss);
    CHECK(base.finalParams == z1.finalParams);
    CHECK(base.finalParams == z2.finalParams);
    CHECK(base.loss.back() < base.loss.front());
    const auto formula = zeroMemory(static_cast<double>(n), 4);
    std::size_t shards = 0;
    for (int w = 0; w < 4; ++w) {
        const auto& m0 = base.memory[w];
        const auto& m1 = z1.memory[w];
        const auto& m2 = z2.memory[w];
        const std::size_t own = m1.shardEnd - m1.shardBegin;
        shards += own;
        CHECK(m0.modelStateBytes() == 16 * n);
        CHECK(m1.paramBytes == 2 * n);
        CHECK(m1.gradientBytes == 2 * n);
        CHECK(m1.optimizerBytes == 12 * own);
        CHECK(m2.gradientBytes == 2 * own);
        CHECK(m2.optimizerBytes == 12 * own);
        CHECK(static_cast<double>(m2.modelStateBytes()) == Approx(formula.stages[2].totalBytes).epsilon(0.05));
        // reduce-scatter + all-gather moves 2(N-1)/N Ψ fp16 values per worker per step, like a ring all-reduce
        CHECK(static_cast<double>(m1.commBytes) == Approx(12 * formula.stages[1].commRingBytes).epsilon(0.02));
    }
    CHECK(shards == n);
}

TEST_CASE("a ZeRO run stops when cancelled", "[training_memory][zero]")
{
    std::atomic<bool> cancel { true };
    ZeroRunOptions o;
    o.workers = 3;
    o.steps = 1000;
    o.cancel = &cancel;
    const auto r = runZero(o);
    CHECK(r.cancelled);
    CHECK(r.stepsDone == 1);
}

TEST_CASE("ZeRO-1 and ZeRO-2 on part 1's model and ring give stage 0's parameters, with the ring's traffic",
    "[training_memory][zero]")
{
    for (int workers : { 2, 3 }) {
        INFO(workers << " workers");
        ZeroRunOptions o;
        o.workers = workers;
        o.steps = 8;
        o.shape = zeroModelShape(22); // 641 parameters: uneven chunks over 2 and over 3 workers
        o.batchPerWorker = 16;
        std::atomic<int> started { 0 }, labelled { 0 }; // the callback runs on the worker threads
        o.onWorkerStarted = [&started, &labelled](pid_t tid, const std::string& label) {
            started += tid > 0 ? 1 : 0;
            labelled += label.rfind("ZeRO worker ", 0) == 0 ? 1 : 0;
        };
        std::vector<ZeroRunResult> runs;
        for (int stage = 0; stage <= 2; ++stage) {
            o.stage = stage;
            runs.push_back(runZero(o));
        }
        CHECK(started == 3 * workers);
        CHECK(labelled == 3 * workers);
        const std::size_t n = runs[0].paramCount;
        // The same model part 1 builds: its Mlp, flattened layer by layer.
        REQUIRE(n == ptlab::training::Mlp(o.shape, 1).parameters().size());
        REQUIRE(n == 641);
        const auto plan = ptlab::training::ringPlan(workers, n, 2); // fp16
        const double ring = 2.0 * (workers - 1) / workers; // of the 2n bytes of fp16, per step
        for (int stage = 1; stage <= 2; ++stage) {
            const auto& r = runs[static_cast<std::size_t>(stage)];
            REQUIRE(r.stepsDone == o.steps);
            REQUIRE(r.finalParams.size() == n);
            // fp16 holds 11 significant bits: equal to within one rounding of fp16 (they are in fact
            // equal bit for bit, the ring summing every chunk in the same order in every stage).
            for (std::size_t k = 0; k < n; ++k) {
                const float a = runs[0].finalParams[k], b = r.finalParams[k];
                REQUIRE(std::abs(a - b) <= std::abs(a) * 0x1p-10f + 0x1p-24f);
            }
            for (std::size_t s = 0; s < r.loss.size(); ++s)
                CHECK(r.loss[s] == Approx(runs[0].loss[s]).epsilon(1e-3));
        }
        for (const auto& r : runs)
            for (int w = 0; w < workers; ++w) {
                const auto& m = r.memory[static_cast<std::size_t>(w)];
                // Counted by the ring as it sent: the plan's bytes for this rank every step ...
                CHECK(m.commBytes == static_cast<std::size_t>(o.steps) * ptlab::training::ringBytesSent(plan, w));
                // ... which is the formula's 2(N−1)/N · 2Ψ per step (up to the uneven chunk sizes)
                const auto f = zeroMemory(static_cast<double>(n), workers);
                CHECK(static_cast<double>(m.commBytes) / o.steps == Approx(ring * 2.0 * n).epsilon(0.01));
                CHECK(static_cast<double>(m.commBytes) / o.steps
                    == Approx(f.stages[static_cast<std::size_t>(r.stage)].commRingBytes).epsilon(0.01));
            }
        // Each worker's shard is the ring chunk it completes: together they cover the parameters once.
        std::size_t covered = 0;
        for (const auto& m : runs[2].memory) {
            covered += m.shardEnd - m.shardBegin;
            CHECK(m.gradientBytes == 2 * (m.shardEnd - m.shardBegin));
            CHECK(m.optimizerBytes == 12 * (m.shardEnd - m.shardBegin));
            CHECK(m.paramBytes == 2 * n);
            CHECK(m.workspaceBytes == 8 * n + 2 * n); // fp32 weights and gradient + the transient fp16 bucket
        }
        CHECK(covered == n);
        CHECK(runs[0].loss.back() < runs[0].loss.front());
    }
}
