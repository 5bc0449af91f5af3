#pragma once

#include "core/training_memory/scenario_model.h"

#include <cstdint>
#include <vector>

namespace ptlab::training_memory {

// Gradient accumulation on part 1's model: k micro-batches of b samples, gradients summed (each
// weighted 1/k), against one batch of k·b samples. Same gradient; the micro-steps hold the forward
// activations (training::ForwardCache) of b samples only.
struct AccumulationOptions
{
    training::ModelShape shape = scenarioShape();
    std::size_t microBatch = 16;
    int microSteps = 8;
    std::uint32_t seed = 5;
};

struct AccumulationResult
{
    std::vector<float> accumulated; // gradient from k micro-steps
    std::vector<float> bigBatch; // gradient from one k·b batch
    double maxAbsDifference = 0;
    double maxAbsGradient = 0;
    float accumulatedLoss = 0;
    float bigBatchLoss = 0;
    // Measured peaks: ForwardCache::bytes() of the activations alive during backward, and the gradient
    // buffers' capacities.
    std::size_t peakActivationsMicro = 0;
    std::size_t peakActivationsBig = 0;
    std::size_t gradientBuffersMicro = 0; // the micro-step gradient and the accumulator
    std::size_t gradientBuffersBig = 0;
    double secondsMicro = 0;
    double secondsBig = 0;
};

[[nodiscard]] AccumulationResult runAccumulation(const AccumulationOptions& options);

} // namespace ptlab::training_memory
