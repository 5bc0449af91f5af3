#include "core/training_memory/mixed_precision.h"

#include "core/training_memory/loss_scaler.h"
#include "core/training_memory/low_precision_passes.h"

#include <algorithm>
#include <cmath>

namespace ptlab::training_memory {

const char* precisionModeName(PrecisionMode mode)
{
    switch (mode) {
    case PrecisionMode::Fp32:
        return "fp32";
    case PrecisionMode::Fp16NoScaling:
        return "fp16";
    case PrecisionMode::Fp16DynamicScaling:
        return "fp16-scaled";
    case PrecisionMode::Bf16:
        return "bf16";
    }
    return "?";
}

PrecisionRunResult runPrecision(const PrecisionRunOptions& o)
{
    PrecisionRunResult result;
    result.mode = o.mode;
    const int batch = static_cast<int>(o.batch);
    const training::Dataset data = scenarioData(o.shape, batch * 16, o.seed);
    training::Mlp model(o.shape, o.seed + 1); // its parameters are the low-precision compute copy
    const std::span<float> weights = model.parameters();
    std::vector<float> master(weights.begin(), weights.end());
    const std::size_t n = master.size();
    std::vector<float> m(n, 0.0f), v(n, 0.0f), grad(n), reference(n);
    const FloatFormat format = o.mode == PrecisionMode::Fp32 ? FloatFormat::Fp32
        : o.mode == PrecisionMode::Bf16                      ? FloatFormat::Bf16
                                                             : FloatFormat::Fp16;
    const bool dynamic = o.mode == PrecisionMode::Fp16DynamicScaling;
    LossScaler scaler(dynamic ? o.initialScale : 1.0f, o.growthInterval);
    int t = 0; // Adam's step count: applied steps only
    double flushedSum = 0;
    for (int step = 0; step < o.steps; ++step) {
        if (o.cancel && o.cancel->load()) {
            result.cancelled = true;
            break;
        }
        const training::Batch b = training::batchSlice(data, step, batch, 0, batch);
        PrecisionStep rec;
        rec.step = step;
        rec.scale = scaler.scale();
        for (std::size_t k = 0; k < n; ++k)
            weights[k] = roundTo(format, master[k]);
        // Softmax and loss in fp32 on the low-precision logits (as autocast does); dLogits is then
        // stored in the low format by backwardIn, the first place small gradients flush.
        training::ForwardCache cache;
        forwardIn(format, model, b.x, cache);
        training::Matrix dLogits;
        const float weight = rec.scale * o.lossWeight;
        rec.loss = training::softmaxCrossEntropy(cache.output, b.labels, weight / static_cast<float>(batch), dLogits)
            / weight;
        backwardIn(format, model, cache, std::move(dLogits), grad);
        // The same gradient in fp32, unscaled, at the same weights, to count what the low format lost.
        training::ForwardCache exact;
        model.forward(0, o.shape.layers(), b.x, exact);
        (void)training::softmaxCrossEntropy(exact.output, b.labels, o.lossWeight / static_cast<float>(batch), dLogits);
        std::fill(reference.begin(), reference.end(), 0.0f);
        model.backward(exact, std::move(dLogits), nullptr, reference);
        std::size_t nonzero = 0, flushed = 0, subnormal = 0;
        const double minNormal = formatInfo(format).minNormal;
        for (std::size_t k = 0; k < n; ++k) {
            if (!std::isfinite(grad[k]))
                rec.overflow = true;
            if (reference[k] == 0.0f)
                continue;
            ++nonzero;
            if (grad[k] == 0.0f)
                ++flushed;
            else if (format != FloatFormat::Fp32 && std::fabs(grad[k]) < minNormal)
                ++subnormal;
        }
        rec.flushedShare = nonzero ? static_cast<double>(flushed) / static_cast<double>(nonzero) : 0;
        rec.subnormalShare = nonzero ? static_cast<double>(subnormal) / static_cast<double>(nonzero) : 0;
        flushedSum += rec.flushedShare;
        // Without dynamic scaling the scale stays 1; a step with inf/NaN is still not applied.
        const bool apply = dynamic ? scaler.update(rec.overflow) : !rec.overflow;
        rec.skipped = !apply;
        if (apply) {
            ++t;
            // eps far below the usual 1e-8: these gradients carry the small loss weight
            const float b1 = 0.9f, b2 = 0.999f, eps = 1e-12f;
            const float c1 = 1.0f - std::pow(b1, static_cast<float>(t));
            const float c2 = 1.0f - std::pow(b2, static_cast<float>(t));
            const float inv = 1.0f / rec.scale;
            for (std::size_t k = 0; k < n; ++k) {
                const float g = grad[k] * inv; // unscaled in fp32, on the master copy
                m[k] = b1 * m[k] + (1 - b1) * g;
                v[k] = b2 * v[k] + (1 - b2) * g * g;
                master[k] -= o.learningRate * (m[k] / c1) / (std::sqrt(v[k] / c2) + eps);
            }
        }
        result.steps.push_back(rec);
    }
    result.skippedSteps = 0;
    for (const auto& s : result.steps)
        result.skippedSteps += s.skipped ? 1 : 0;
    std::copy(master.begin(), master.end(), weights.begin());
    result.finalLoss = model.meanLoss(wholeBatch(data));
    result.meanFlushedShare = result.steps.empty() ? 0 : flushedSum / static_cast<double>(result.steps.size());
    return result;
}

} // namespace ptlab::training_memory
