#pragma once

#include "core/training_memory/float_formats.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ptlab::training_memory {

// The small model every scenario trains: inputs -> tanh hidden layer -> linear outputs, with all
// parameters in one flat vector (W1, b1, W2, b2) so optimisers and ZeRO shards slice it freely.
struct MlpShape
{
    int inputs = 16;
    int hidden = 32;
    int outputs = 1;
    [[nodiscard]] std::size_t paramCount() const;
};

// A regression task the model can learn: targets come from a fixed random "teacher" network.
// `targetScale` shrinks the targets (and so the gradients): small losses are where fp16 underflows.
struct Dataset
{
    int inputs = 0;
    int outputs = 0;
    std::vector<float> x; // rows of `inputs`
    std::vector<float> y; // rows of `outputs`
    [[nodiscard]] std::size_t size() const { return inputs ? x.size() / static_cast<std::size_t>(inputs) : 0; }
};
[[nodiscard]] Dataset makeTeacherDataset(
    const MlpShape& shape, std::size_t rows, std::uint32_t seed, float targetScale = 1.0f);

[[nodiscard]] std::vector<float> initialParams(const MlpShape& shape, std::uint32_t seed);

// Bytes of activations currently held and the most held at once (measured by the code that holds them).
struct MemoryMeter
{
    std::size_t current = 0;
    std::size_t peak = 0;
    void hold(std::size_t bytes)
    {
        current += bytes;
        if (current > peak)
            peak = current;
    }
    void release(std::size_t bytes) { current -= bytes; }
};

struct BackwardOptions
{
    float lossScale = 1.0f; // the gradient written is that of lossScale * loss
    FloatFormat compute = FloatFormat::Fp32; // activations and backward values are rounded to this
    MemoryMeter* activations = nullptr;
    // When set, receives the steady_clock time (ns) at which the forward pass ended, so a profiler
    // can split the call into a forward and a backward span.
    std::int64_t* forwardEndNs = nullptr;
};

// Mean squared error (½·Σ(ŷ−y)² averaged over rows) of rows [begin, begin+count) and its gradient.
// `grad` (paramCount entries) is overwritten. Returns the unscaled loss.
float lossAndGradient(const MlpShape& shape, const float* params, const Dataset& data, std::size_t begin,
    std::size_t count, float* grad, const BackwardOptions& options = {});
// Loss only (no activations kept for backward).
[[nodiscard]] float evaluateLoss(const MlpShape& shape, const float* params, const Dataset& data);

} // namespace ptlab::training_memory
