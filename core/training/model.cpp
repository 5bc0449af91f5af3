#include "core/training/model.h"

#include "core/training/random.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace ptlab::training {

std::size_t ModelShape::parameterCount() const
{
    std::size_t n = 0;
    for (int l = 0; l < layers(); ++l)
        n += static_cast<std::size_t>(outputs(l)) * static_cast<std::size_t>(inputs(l) + 1);
    return n;
}

std::size_t ModelShape::weightOffset(int layer) const
{
    std::size_t n = 0;
    for (int l = 0; l < layer; ++l)
        n += static_cast<std::size_t>(outputs(l)) * static_cast<std::size_t>(inputs(l) + 1);
    return n;
}

std::size_t ModelShape::biasOffset(int layer) const
{
    return weightOffset(layer) + static_cast<std::size_t>(outputs(layer)) * static_cast<std::size_t>(inputs(layer));
}

std::pair<std::size_t, std::size_t> ModelShape::layerRange(int first, int last) const
{
    return { weightOffset(first), weightOffset(last) };
}

double ModelShape::forwardFlopsPerSample(int layer) const
{
    return 2.0 * outputs(layer) * inputs(layer);
}

double ModelShape::flopsPerSample() const
{
    double flops = 0;
    for (int l = 0; l < layers(); ++l)
        flops += forwardFlopsPerSample(l) * (l == 0 ? 2 : 3);
    return flops;
}

ModelShape defaultShape(int width, int layers, int classes)
{
    ModelShape shape;
    shape.widths.push_back(2);
    for (int l = 0; l + 1 < layers; ++l)
        shape.widths.push_back(width);
    shape.widths.push_back(classes);
    return shape;
}

std::size_t ForwardCache::bytes() const
{
    std::size_t n = static_cast<std::size_t>(output.size());
    for (const auto& m : inputs)
        n += static_cast<std::size_t>(m.size());
    for (const auto& m : preActivations)
        n += static_cast<std::size_t>(m.size());
    return n * sizeof(float);
}

namespace {

ConstMatrixMap weightOf(const ModelShape& shape, std::span<const float> params, int layer)
{
    return ConstMatrixMap(params.data() + shape.weightOffset(layer), shape.outputs(layer), shape.inputs(layer));
}

ConstVectorMap biasOf(const ModelShape& shape, std::span<const float> params, int layer)
{
    return ConstVectorMap(params.data() + shape.biasOffset(layer), shape.outputs(layer));
}

} // namespace

void layerForward(
    const ModelShape& shape, std::span<const float> params, int layer, const Matrix& in, Matrix& z, Matrix& out)
{
    assert(in.rows() == shape.inputs(layer));
    z.noalias() = weightOf(shape, params, layer) * in;
    z.colwise() += biasOf(shape, params, layer);
    if (layer == shape.layers() - 1)
        out = z; // logits: no activation on the output layer
    else if (shape.hidden == Activation::Relu)
        out = z.cwiseMax(0.0f);
    else
        out = z.array().tanh().matrix();
}

void layerBackward(const ModelShape& shape, std::span<const float> params, int layer, const Matrix& in, const Matrix& z,
    Matrix& dOut, Matrix* dIn, std::span<float> grad)
{
    // dL/dz = dL/da ⊙ act'(z)
    if (layer != shape.layers() - 1) {
        if (shape.hidden == Activation::Relu)
            dOut = (z.array() > 0.0f).select(dOut, 0.0f);
        else
            dOut.array() *= 1.0f - z.array().tanh().square();
    }
    const Matrix& dz = dOut;
    // dL/dW = dz · inᵀ, dL/db = Σ_columns dz
    MatrixMap dW(grad.data() + shape.weightOffset(layer), shape.outputs(layer), shape.inputs(layer));
    VectorMap db(grad.data() + shape.biasOffset(layer), shape.outputs(layer));
    dW.noalias() += dz * in.transpose();
    db += dz.rowwise().sum();
    // dL/din = Wᵀ · dz
    if (dIn)
        dIn->noalias() = weightOf(shape, params, layer).transpose() * dz;
}

float softmaxCrossEntropy(const Matrix& logits, std::span<const int> labels, float scale, Matrix& dLogits)
{
    assert(static_cast<std::size_t>(logits.cols()) == labels.size());
    dLogits.resize(logits.rows(), logits.cols());
    double loss = 0;
    for (Eigen::Index c = 0; c < logits.cols(); ++c) {
        const float top = logits.col(c).maxCoeff();
        const Vector e = (logits.col(c).array() - top).exp().matrix();
        const float sum = e.sum();
        const int y = labels[static_cast<std::size_t>(c)];
        loss += -(static_cast<double>(logits(y, c)) - top - std::log(sum));
        dLogits.col(c) = e / sum * scale;
        dLogits(y, c) -= scale;
    }
    return static_cast<float>(loss * scale);
}

Mlp::Mlp(ModelShape shape, std::uint64_t seed) : m_shape(std::move(shape)), m_params(m_shape.parameterCount(), 0.0f)
{
    Rng rng(seed);
    for (int l = 0; l < m_shape.layers(); ++l) {
        // He initialisation keeps the activations' variance from layer to layer with ReLU.
        const float sigma = std::sqrt(2.0f / static_cast<float>(m_shape.inputs(l)));
        MatrixMap w = weight(l);
        for (Eigen::Index i = 0; i < w.size(); ++i)
            w.data()[i] = sigma * rng.normal();
    }
}

MatrixMap Mlp::weight(int layer)
{
    return MatrixMap(m_params.data() + m_shape.weightOffset(layer), m_shape.outputs(layer), m_shape.inputs(layer));
}

VectorMap Mlp::bias(int layer)
{
    return VectorMap(m_params.data() + m_shape.biasOffset(layer), m_shape.outputs(layer));
}

void Mlp::forward(int first, int last, const Matrix& in, ForwardCache& cache) const
{
    const auto n = static_cast<std::size_t>(last - first);
    cache.first = first;
    cache.inputs.resize(n);
    cache.preActivations.resize(n);
    if (n == 0) {
        cache.output = in;
        return;
    }
    cache.inputs[0] = in;
    for (int l = first; l < last; ++l) {
        const auto i = static_cast<std::size_t>(l - first);
        Matrix& out = (l + 1 == last) ? cache.output : cache.inputs[i + 1];
        layerForward(m_shape, m_params, l, cache.inputs[i], cache.preActivations[i], out);
    }
}

void Mlp::backward(const ForwardCache& cache, Matrix dOut, Matrix* dIn, std::span<float> grad) const
{
    const int n = static_cast<int>(cache.inputs.size());
    Matrix dPrev;
    for (int i = n - 1; i >= 0; --i) {
        const int l = cache.first + i;
        Matrix* target = (i > 0) ? &dPrev : dIn;
        layerBackward(m_shape, m_params, l, cache.inputs[static_cast<std::size_t>(i)],
            cache.preActivations[static_cast<std::size_t>(i)], dOut, target, grad);
        if (i > 0)
            dOut.swap(dPrev);
    }
}

float Mlp::lossAndGradient(const Batch& batch, float scale, std::span<float> grad) const
{
    ForwardCache cache;
    forward(0, m_shape.layers(), batch.x, cache);
    Matrix dLogits;
    const float loss = softmaxCrossEntropy(cache.output, batch.labels, scale, dLogits);
    backward(cache, std::move(dLogits), nullptr, grad);
    return loss;
}

Matrix Mlp::predict(const Matrix& x) const
{
    ForwardCache cache;
    forward(0, m_shape.layers(), x, cache);
    return std::move(cache.output);
}

float Mlp::meanLoss(const Batch& batch) const
{
    Matrix d;
    return softmaxCrossEntropy(predict(batch.x), batch.labels, 1.0f / static_cast<float>(batch.size()), d);
}

float Mlp::accuracy(const Batch& batch) const
{
    const Matrix logits = predict(batch.x);
    int right = 0;
    for (Eigen::Index c = 0; c < logits.cols(); ++c) {
        Eigen::Index best = 0;
        logits.col(c).maxCoeff(&best);
        right += (best == batch.labels[static_cast<std::size_t>(c)]) ? 1 : 0;
    }
    return batch.size() > 0 ? static_cast<float>(right) / static_cast<float>(batch.size()) : 0.0f;
}

} // namespace ptlab::training
