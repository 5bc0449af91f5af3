#include "core/training_memory/accumulation.h"

#include "core/training_memory/span_timeline.h"

#include <algorithm>
#include <cmath>

namespace ptlab::training_memory {

AccumulationResult runAccumulation(const AccumulationOptions& o)
{
    AccumulationResult r;
    const int k = std::max(1, o.microSteps);
    const std::size_t rows = o.microBatch * static_cast<std::size_t>(k);
    const Dataset data = makeTeacherDataset(o.shape, rows, o.seed);
    const std::vector<float> params = initialParams(o.shape, o.seed + 1);
    const std::size_t n = params.size();

    MemoryMeter micro;
    std::vector<float> step(n);
    r.accumulated.assign(n, 0.0f);
    auto t0 = SpanTimeline::steadyNowNs();
    double loss = 0;
    for (int s = 0; s < k; ++s) {
        BackwardOptions bo;
        bo.activations = &micro;
        loss += lossAndGradient(
            o.shape, params.data(), data, static_cast<std::size_t>(s) * o.microBatch, o.microBatch, step.data(), bo);
        for (std::size_t i = 0; i < n; ++i)
            r.accumulated[i] += step[i] / static_cast<float>(k);
    }
    auto t1 = SpanTimeline::steadyNowNs();
    r.accumulatedLoss = static_cast<float>(loss / k);
    r.peakActivationsMicro = micro.peak;
    r.gradientBuffersMicro = (step.capacity() + r.accumulated.capacity()) * sizeof(float);

    MemoryMeter big;
    r.bigBatch.assign(n, 0.0f);
    BackwardOptions bo;
    bo.activations = &big;
    r.bigBatchLoss = lossAndGradient(o.shape, params.data(), data, 0, rows, r.bigBatch.data(), bo);
    auto t2 = SpanTimeline::steadyNowNs();
    r.peakActivationsBig = big.peak;
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
