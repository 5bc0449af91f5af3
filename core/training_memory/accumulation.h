#pragma once

#include "core/training_memory/tiny_mlp.h"

#include <vector>

namespace ptlab::training_memory {

// Gradient accumulation: k micro-batches of b rows, gradients summed (each weighted 1/k), against
// one batch of k·b rows. Same gradient; the micro-steps hold the activations of b rows only.
struct AccumulationOptions
{
    MlpShape shape { 16, 64, 1 };
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
    // Measured peaks: activations held during backward, plus gradient buffers.
    std::size_t peakActivationsMicro = 0;
    std::size_t peakActivationsBig = 0;
    std::size_t gradientBuffersMicro = 0; // the micro-step gradient and the accumulator
    std::size_t gradientBuffersBig = 0;
    double secondsMicro = 0;
    double secondsBig = 0;
};

[[nodiscard]] AccumulationResult runAccumulation(const AccumulationOptions& options);

} // namespace ptlab::training_memory
