#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ptlab::training_memory {

// Gradient checkpointing on a chain of n layers h_{i+1} = tanh(W_i h_i): forward keeps only every
// k-th activation; backward recomputes each segment from its checkpoint before going through it.
// Activation memory ~ n/k + k buffers (least near k = √n), extra compute ~ n − n/k layer forwards.
struct CheckpointOptions
{
    int layers = 16;
    int width = 64;
    int batch = 16;
    std::uint32_t seed = 3;
};

struct CheckpointRun
{
    int every = 1; // k
    std::size_t peakActivationBytes = 0; // measured: activation buffers alive at once
    std::size_t peakActivationBuffers = 0;
    int forwardLayers = 0; // layer forwards in the forward pass (= n)
    int recomputedLayers = 0; // layer forwards repeated in backward
    double forwardSeconds = 0;
    double recomputeSeconds = 0;
    double backwardSeconds = 0; // including recomputation
    std::vector<float> inputGradient; // d loss / d h_0, the same for every k
};

[[nodiscard]] CheckpointRun runCheckpointed(const CheckpointOptions& options, int every);

struct CheckpointSweep
{
    int layers = 0;
    int bestEvery = 1; // least peak memory (ties: less recompute)
    int sqrtEvery = 1; // round(√n)
    std::vector<CheckpointRun> runs; // k = 1 … n
    bool cancelled = false;
};
[[nodiscard]] CheckpointSweep sweepCheckpointing(
    const CheckpointOptions& options, const std::atomic<bool>* cancel = nullptr);

} // namespace ptlab::training_memory
