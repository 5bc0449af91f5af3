#pragma once

#include "core/training_memory/scenario_model.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ptlab::training_memory {

enum class OptimizerKind
{
    Sgd, // with momentum 0.9: one fp32 state per parameter
    Adam, // m and v in fp32
    AdamW, // Adam with decoupled weight decay
    Adam8bit, // m and v quantised to 8 bits per value, block-wise with an fp32 absmax per block
};
[[nodiscard]] const char* optimizerName(OptimizerKind kind);

class Optimizer
{
public:
    virtual ~Optimizer() = default;
    virtual void step(float* params, const float* grad) = 0;
    // Bytes of optimizer state actually allocated.
    [[nodiscard]] virtual std::size_t stateBytes() const = 0;
};

[[nodiscard]] std::unique_ptr<Optimizer> makeOptimizer(
    OptimizerKind kind, std::size_t params, float learningRate, int blockSize = 256);

// Block-wise absmax quantisation, 8 bits per value: signed (m) or of √v (v is never negative, and
// the square root halves its dynamic range so small variances keep a code). Exposed for tests.
struct QuantisedBlocks
{
    int blockSize = 256;
    bool isSigned = true;
    std::vector<std::int8_t> codes;
    std::vector<float> absmax; // one per block
    void quantise(const float* values, std::size_t n);
    void dequantise(float* values, std::size_t n) const;
    [[nodiscard]] std::size_t bytes() const { return codes.capacity() + absmax.capacity() * sizeof(float); }
};

// Each optimiser trains part 1's model (scenarioShape) from the same initial weights on the same
// two-spiral batches in the same order.
struct OptimizerRunOptions
{
    training::ModelShape shape = scenarioShape();
    std::size_t batch = 64;
    int steps = 200;
    float learningRate = 0.005f;
    std::uint32_t seed = 13;
    const std::atomic<bool>* cancel = nullptr;
};

struct OptimizerRun
{
    OptimizerKind kind = OptimizerKind::Adam;
    std::size_t params = 0;
    std::size_t stateBytes = 0;
    double bytesPerParam = 0; // state only
    std::vector<float> loss; // per step, mean cross-entropy on the batch
    float finalLoss = 0; // whole data set
    float finalAccuracy = 0; // whole data set
    double seconds = 0;
    bool cancelled = false;
};

[[nodiscard]] OptimizerRun trainWithOptimizer(OptimizerKind kind, const OptimizerRunOptions& options);

} // namespace ptlab::training_memory
