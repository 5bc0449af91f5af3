#pragma once

// A tiny real model for the distributed-training demo: a multilayer perceptron in float32 whose
// forward and backward passes are written out layer by layer (the lesson is the backward pass), with
// Eigen doing the matrix products.
//
// Conventions (used by every parallel mode and by core/training_memory):
// - Activations are column-major matrices with one COLUMN PER SAMPLE: a batch of B inputs of width
//   w is a w × B matrix.
// - Layer l maps widths[l] → widths[l+1]: z = W·a + b, a' = act(z); the last layer has no activation
//   (its outputs are the logits of a softmax cross-entropy loss).
// - All parameters live in ONE flat float buffer, layer by layer: W_l (out × in, column-major), then
//   b_l (out). Gradients use the same layout, so a collective (all-reduce) works on one flat span and
//   a pipeline stage owns one contiguous range of it (ModelShape::layerRange).

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace ptlab::training {

using Matrix = Eigen::MatrixXf;
using Vector = Eigen::VectorXf;
using MatrixMap = Eigen::Map<Matrix>;
using ConstMatrixMap = Eigen::Map<const Matrix>;
using VectorMap = Eigen::Map<Vector>;
using ConstVectorMap = Eigen::Map<const Vector>;

enum class Activation
{
    Relu,
    Tanh,
};

// The architecture: widths[0] inputs, widths.back() classes, hidden layers in between.
struct ModelShape
{
    std::vector<int> widths;
    Activation hidden = Activation::Relu;

    [[nodiscard]] int layers() const { return static_cast<int>(widths.size()) - 1; }
    [[nodiscard]] int inputs(int layer) const { return widths[static_cast<std::size_t>(layer)]; }
    [[nodiscard]] int outputs(int layer) const { return widths[static_cast<std::size_t>(layer) + 1]; }
    [[nodiscard]] std::size_t parameterCount() const;
    // Offset of W_l in the flat buffer; b_l follows it at weightOffset(l) + out·in.
    [[nodiscard]] std::size_t weightOffset(int layer) const;
    [[nodiscard]] std::size_t biasOffset(int layer) const;
    // [begin, end) of layers [first, last) in the flat buffer.
    [[nodiscard]] std::pair<std::size_t, std::size_t> layerRange(int first, int last) const;
    // Floating-point operations of one forward + backward pass per sample (2 per multiply-add of the
    // three matrix products per layer: forward, weight gradient, input gradient; none for layer 0's input).
    [[nodiscard]] double flopsPerSample() const;
    [[nodiscard]] double forwardFlopsPerSample(int layer) const;
};

// The default for the page and the command line: 6 layers of width 512 on two-spiral inputs (about a
// million parameters, 4 MB of gradient) so compute dominates the all-reduce and 2 workers on 2 cores
// really run nearly twice as fast.
[[nodiscard]] ModelShape defaultShape(int width = 512, int layers = 6, int classes = 3);

// What backward needs from forward for layers [first, last): each layer's input and pre-activation.
struct ForwardCache
{
    int first = 0;
    std::vector<Matrix> inputs; // inputs[i]: input of layer first+i
    std::vector<Matrix> preActivations; // z of layer first+i
    Matrix output; // a of layer last-1 (logits when last == layers())

    [[nodiscard]] std::size_t bytes() const; // what this micro-batch's stash costs in memory
};

// One dense layer, free functions on a flat parameter span so parallel modes can run any layer on any
// worker. `params` is the whole model's buffer.
void layerForward(
    const ModelShape& shape, std::span<const float> params, int layer, const Matrix& in, Matrix& z, Matrix& out);
// Given dOut = dL/d(output of the layer), adds dL/dW and dL/db into `grad` (whole-model layout) and,
// when dIn is not null, sets dIn = dL/d(input). dOut is consumed (turned into dL/dz in place).
void layerBackward(const ModelShape& shape, std::span<const float> params, int layer, const Matrix& in, const Matrix& z,
    Matrix& dOut, Matrix* dIn, std::span<float> grad);

// Softmax cross-entropy summed over the batch's columns and multiplied by `scale` (pass 1/B of the
// GLOBAL batch: then per-worker gradients just add up to the mean gradient). Sets dLogits.
[[nodiscard]] float softmaxCrossEntropy(
    const Matrix& logits, std::span<const int> labels, float scale, Matrix& dLogits);

// A batch (or shard, or micro-batch): inputs as columns and one class label per column.
struct Batch
{
    Matrix x;
    std::vector<int> labels;
    [[nodiscard]] int size() const { return static_cast<int>(x.cols()); }
};

class Mlp
{
public:
    Mlp(ModelShape shape, std::uint64_t seed); // He-initialised weights, zero biases; same seed → same model
    [[nodiscard]] const ModelShape& shape() const { return m_shape; }
    [[nodiscard]] std::span<float> parameters() { return m_params; }
    [[nodiscard]] std::span<const float> parameters() const { return m_params; }
    [[nodiscard]] MatrixMap weight(int layer);
    [[nodiscard]] VectorMap bias(int layer);

    // Layers [first, last) on `in`, keeping what backward needs.
    void forward(int first, int last, const Matrix& in, ForwardCache& cache) const;
    // Backward through the layers of `cache`, from dOut (gradient of the loss w.r.t. cache.output);
    // accumulates parameter gradients into `grad` and sets *dIn when asked.
    void backward(const ForwardCache& cache, Matrix dOut, Matrix* dIn, std::span<float> grad) const;

    // The whole model on one batch: returns scale × summed loss, and adds scale × its gradient to grad.
    [[nodiscard]] float lossAndGradient(const Batch& batch, float scale, std::span<float> grad) const;
    [[nodiscard]] float meanLoss(const Batch& batch) const;
    [[nodiscard]] float accuracy(const Batch& batch) const;
    [[nodiscard]] Matrix predict(const Matrix& x) const; // logits

private:
    ModelShape m_shape;
    std::vector<float> m_params;
};

} // namespace ptlab::training
