#pragma once

#include "core/training_memory/float_formats.h"
#include "core/training_memory/scenario_model.h"

#include <atomic>
#include <vector>

namespace ptlab::training_memory {

enum class PrecisionMode
{
    Fp32, // the reference
    Fp16NoScaling, // fp16 compute, fp32 master weights, loss scale 1
    Fp16DynamicScaling, // the same with dynamic loss scaling
    Bf16, // bf16 compute, fp32 master weights, no scaling (the range of fp32)
};
[[nodiscard]] const char* precisionModeName(PrecisionMode mode);

struct PrecisionRunOptions
{
    PrecisionMode mode = PrecisionMode::Fp16DynamicScaling;
    training::ModelShape shape = scenarioShape(); // part 1's MLP on the two spirals
    std::size_t batch = 64;
    int steps = 200;
    float learningRate = 0.01f; // Adam on the fp32 master weights
    // The loss is averaged over this many more values, as a language model averages over every token
    // of a large batch: the gradients shrink by the same factor, the regime where fp16 flushes them.
    // Adam's step does not depend on the gradients' scale, so fp32 trains the same for any weight.
    float lossWeight = 1.0f / 65536.0f;
    float initialScale = 65536.0f; // 2^16, as PyTorch starts
    int growthInterval = 10;
    std::uint32_t seed = 11;
    const std::atomic<bool>* cancel = nullptr;
};

struct PrecisionStep
{
    int step = 0;
    float loss = 0; // on the batch, at the weights the step used
    float scale = 1;
    bool overflow = false;
    bool skipped = false;
    double flushedShare = 0; // nonzero fp32 gradients that became 0 in the low format
    double subnormalShare = 0; // ... that became subnormal (precision lost)
};

struct PrecisionRunResult
{
    PrecisionMode mode = PrecisionMode::Fp32;
    std::vector<PrecisionStep> steps;
    float finalLoss = 0; // on the whole data set, fp32 evaluation of the master weights
    int skippedSteps = 0;
    bool cancelled = false;
    double meanFlushedShare = 0;
};

[[nodiscard]] PrecisionRunResult runPrecision(const PrecisionRunOptions& options);

} // namespace ptlab::training_memory
