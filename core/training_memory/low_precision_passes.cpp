#include "core/training_memory/low_precision_passes.h"

#include <algorithm>

namespace ptlab::training_memory {

void roundMatrix(FloatFormat format, training::Matrix& m)
{
    if (format == FloatFormat::Fp32)
        return;
    float* v = m.data();
    for (Eigen::Index i = 0; i < m.size(); ++i)
        v[i] = roundTo(format, v[i]);
}

void forwardIn(FloatFormat format, const training::Mlp& model, const training::Matrix& x, training::ForwardCache& cache)
{
    const training::ModelShape& shape = model.shape();
    const int layers = shape.layers();
    const auto n = static_cast<std::size_t>(layers);
    cache.first = 0;
    cache.inputs.resize(n);
    cache.preActivations.resize(n);
    cache.inputs[0] = x;
    roundMatrix(format, cache.inputs[0]);
    for (int l = 0; l < layers; ++l) {
        const auto i = static_cast<std::size_t>(l);
        training::Matrix& out = (l + 1 == layers) ? cache.output : cache.inputs[i + 1];
        training::layerForward(shape, model.parameters(), l, cache.inputs[i], cache.preActivations[i], out);
        roundMatrix(format, cache.preActivations[i]);
        roundMatrix(format, out);
    }
}

void backwardIn(FloatFormat format, const training::Mlp& model, const training::ForwardCache& cache,
    training::Matrix dLogits, std::span<float> grad)
{
    const training::ModelShape& shape = model.shape();
    std::fill(grad.begin(), grad.end(), 0.0f);
    training::Matrix dOut = std::move(dLogits), dPrev;
    for (int l = static_cast<int>(cache.inputs.size()) - 1; l >= 0; --l) {
        const auto i = static_cast<std::size_t>(l);
        roundMatrix(format, dOut); // the gradient flowing into the layer, as stored between layers
        training::layerBackward(shape, model.parameters(), l, cache.inputs[i], cache.preActivations[i], dOut,
            l > 0 ? &dPrev : nullptr, grad);
        if (l > 0)
            dOut.swap(dPrev);
    }
    if (format != FloatFormat::Fp32)
        for (float& g : grad)
            g = roundTo(format, g);
}

} // namespace ptlab::training_memory
