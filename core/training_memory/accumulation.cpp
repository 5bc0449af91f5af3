#include "core/training_memory/accumulation.h"

#include "core/training_memory/span_timeline.h"

#include <algorithm>
#include <cmath>

namespace ptlab::training_memory {

namespace {

// Forward and backward of `batch` with the gradient of `scale` × its summed loss written to `grad`.
// Returns the scaled loss; `peak` keeps the largest ForwardCache held.
float lossAndGradient(
    const training::Mlp& model, const training::Batch& batch, float scale, std::vector<float>& grad, std::size_t& peak)
{
    training::ForwardCache cache;
    model.forward(0, model.shape().layers(), batch.x, cache);
    peak = std::max(peak, cache.bytes());
    training::Matrix dLogits;
    const float loss = training::softmaxCrossEntropy(cache.output, batch.labels, scale, dLogits);
    std::fill(grad.begin(), grad.end(), 0.0f);
    model.backward(cache, std::move(dLogits), nullptr, grad);
    return loss;
}

} // namespace

AccumulationResult runAccumulation(const AccumulationOptions& o)
{
    AccumulationResult r;
    const int k = std::max(1, o.microSteps);
    const int b = static_cast<int>(o.microBatch);
    const int rows = b * k;
    const training::Dataset data = scenarioData(o.shape, rows, o.seed);
    const training::Mlp model(o.shape, o.seed + 1);
    const std::size_t n = o.shape.parameterCount();

    std::vector<float> step(n);
    r.accumulated.assign(n, 0.0f);
    auto t0 = SpanTimeline::steadyNowNs();
    double loss = 0;
    for (int s = 0; s < k; ++s) {
        const training::Batch micro = training::batchSlice(data, 0, rows, s * b, (s + 1) * b);
        loss += lossAndGradient(model, micro, 1.0f / static_cast<float>(b), step, r.peakActivationsMicro);
        for (std::size_t i = 0; i < n; ++i)
            r.accumulated[i] += step[i] / static_cast<float>(k);
    }
    auto t1 = SpanTimeline::steadyNowNs();
    r.accumulatedLoss = static_cast<float>(loss / k);
    r.gradientBuffersMicro = (step.capacity() + r.accumulated.capacity()) * sizeof(float);

    r.bigBatch.assign(n, 0.0f);
    const training::Batch big = training::batchSlice(data, 0, rows, 0, rows);
    r.bigBatchLoss = lossAndGradient(model, big, 1.0f / static_cast<float>(rows), r.bigBatch, r.peakActivationsBig);
    auto t2 = SpanTimeline::steadyNowNs();
    r.gradientBuffersBig = r.bigBatch.capacity() * sizeof(float);
    r.secondsMicro = static_cast<double>(t1 - t0) / 1e9;
    r.secondsBig = static_cast<double>(t2 - t1) / 1e9;
    for (std::size_t i = 0; i < n; ++i) {
        r.maxAbsDifference
            = std::max(r.maxAbsDifference, static_cast<double>(std::fabs(r.accumulated[i] - r.bigBatch[i])));
        r.maxAbsGradient = std::max(r.maxAbsGradient, static_cast<double>(std::fabs(r.bigBatch[i])));
    }
    return r;
}

} // namespace ptlab::training_memory
