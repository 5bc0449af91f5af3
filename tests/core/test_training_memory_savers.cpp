#include "core/training_memory/accumulation.h"
#include "core/training_memory/checkpointing.h"
#include "core/training_memory/optimizers.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace ptlab::training_memory;

TEST_CASE("k accumulated micro-steps give the gradient of one k-times larger batch, with less activation memory",
    "[training_memory][accumulation]")
{
    AccumulationOptions o;
    o.microBatch = 8;
    o.microSteps = 4;
    const auto r = runAccumulation(o);
    REQUIRE(r.accumulated.size() == o.shape.parameterCount());
    CHECK(r.maxAbsGradient > 0);
    CHECK(r.maxAbsDifference <= 1e-5 * r.maxAbsGradient);
    CHECK(r.accumulatedLoss == Approx(r.bigBatchLoss).epsilon(1e-5));
    // part 1's ForwardCache of 8 samples against 32: a quarter. Per sample it holds every layer's input
    // and pre-activation and the logits: (2 + 64) + (64 + 64) + (64 + 3) + 3 floats.
    CHECK(r.peakActivationsMicro * 4 == r.peakActivationsBig);
    CHECK(r.peakActivationsMicro == 8 * 264 * sizeof(float));
    ptlab::training::ForwardCache cache;
    ptlab::training::Mlp(o.shape, 1).forward(0, o.shape.layers(), ptlab::training::Matrix::Zero(2, 8), cache);
    CHECK(r.peakActivationsMicro == cache.bytes());
    CHECK(r.gradientBuffersMicro == 2 * r.gradientBuffersBig); // the accumulator is the price
}

TEST_CASE("checkpointing every k-th activation: n/k + k buffers held, n - n/k layers recomputed, least near sqrt(n)",
    "[training_memory][checkpointing]")
{
    CheckpointOptions o;
    o.layers = 16;
    o.width = 8;
    o.batch = 2;
    const auto sweep = sweepCheckpointing(o);
    REQUIRE(sweep.runs.size() == 16);
    const std::size_t buffer = static_cast<std::size_t>(o.width) * o.batch * sizeof(float);
    const auto& k1 = sweep.runs[0];
    CHECK(k1.every == 1);
    CHECK(k1.recomputedLayers == 0);
    CHECK(k1.peakActivationBuffers == 17); // h_0 … h_16 all kept
    const auto& k4 = sweep.runs[3];
    CHECK(k4.recomputedLayers == 12); // 4 segments × 3 layers
    CHECK(k4.peakActivationBuffers == 8); // h_0,h_4,h_8,h_12, h_16, and 3 recomputed
    CHECK(k4.peakActivationBytes == 8 * buffer);
    const auto& k16 = sweep.runs[15];
    CHECK(k16.recomputedLayers == 15);
    CHECK(k16.peakActivationBuffers == 17);
    for (const auto& r : sweep.runs) {
        INFO("k = " << r.every);
        CHECK(r.forwardLayers == 16);
        const int segments = (16 + r.every - 1) / r.every;
        CHECK(r.recomputedLayers == 16 - segments);
        CHECK(r.inputGradient == k1.inputGradient); // recomputation is exact
    }
    CHECK(sweep.sqrtEvery == 4);
    // the least memory is near √n (k = 3 ties with k = 4 and recomputes less)
    CHECK(std::abs(sweep.bestEvery - sweep.sqrtEvery) <= 1);
    CHECK(sweep.runs[sweep.bestEvery - 1].peakActivationBuffers == 8);
}

TEST_CASE("block-wise 8-bit quantisation keeps each value within half a step of its block's scale",
    "[training_memory][optimizer]")
{
    std::vector<float> values(600);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = std::sin(static_cast<float>(i)) * (i < 256 ? 1.0f : 0.001f);
    QuantisedBlocks q;
    q.blockSize = 256;
    q.quantise(values.data(), values.size());
    CHECK(q.absmax.size() == 3);
    std::vector<float> back(values.size());
    q.dequantise(back.data(), back.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        CHECK(std::fabs(back[i] - values[i]) <= q.absmax[i / 256] / 127.0f * 0.5f + 1e-9f);
}

TEST_CASE("optimizer state per parameter: SGD 4 B, Adam 8 B, 8-bit Adam about 2 B, and all of them train",
    "[training_memory][optimizer]")
{
    OptimizerRunOptions o;
    o.steps = 80;
    for (auto kind : { OptimizerKind::Sgd, OptimizerKind::Adam, OptimizerKind::AdamW, OptimizerKind::Adam8bit }) {
        INFO(optimizerName(kind));
        const auto r = trainWithOptimizer(kind, o);
        CHECK(r.loss.size() == 80);
        CHECK(r.finalLoss < r.loss.front() * 0.5f);
        if (kind == OptimizerKind::Sgd)
            CHECK(r.bytesPerParam == 4.0);
        else if (kind == OptimizerKind::Adam8bit)
            CHECK(r.bytesPerParam == Approx(2.0 + 8.0 / 256).epsilon(0.05));
        else
            CHECK(r.bytesPerParam == 8.0);
    }
}
