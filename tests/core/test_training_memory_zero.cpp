#include "core/training_memory/zero_memory.h"
#include "core/training_memory/zero_run.h"

#include <catch2/catch.hpp>

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
    o.shape = { 8, 16, 1 };
    o.stage = 0;
    const auto base = runZero(o);
    o.stage = 1;
    const auto z1 = runZero(o);
    o.stage = 2;
    const auto z2 = runZero(o);
    const std::size_t n = base.paramCount;
    REQUIRE(n == o.shape.paramCount());
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
