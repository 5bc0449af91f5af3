#include "core/training_memory/tiny_mlp.h"

#include <chrono>
#include <cmath>
#include <random>

namespace ptlab::training_memory {

std::size_t MlpShape::paramCount() const
{
    const auto i = static_cast<std::size_t>(inputs), h = static_cast<std::size_t>(hidden),
               o = static_cast<std::size_t>(outputs);
    return h * i + h + o * h + o;
}

std::vector<float> initialParams(const MlpShape& shape, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<float> p(shape.paramCount(), 0.0f);
    const std::size_t w1 = static_cast<std::size_t>(shape.hidden) * shape.inputs;
    const std::size_t w2 = static_cast<std::size_t>(shape.outputs) * shape.hidden;
    std::normal_distribution<float> n1(0.0f, 1.0f / std::sqrt(static_cast<float>(shape.inputs)));
    std::normal_distribution<float> n2(0.0f, 1.0f / std::sqrt(static_cast<float>(shape.hidden)));
    for (std::size_t k = 0; k < w1; ++k)
        p[k] = n1(rng);
    const std::size_t w2Start = w1 + shape.hidden;
    for (std::size_t k = 0; k < w2; ++k)
        p[w2Start + k] = n2(rng);
    return p;
}

namespace {

// Forward of one row; hidden (pre-tanh not needed: tanh' = 1 - t²) written to `h`.
void forwardRow(const MlpShape& s, const float* p, const float* x, float* h, float* out, FloatFormat f)
{
    const float* w1 = p;
    const float* b1 = w1 + static_cast<std::size_t>(s.hidden) * s.inputs;
    const float* w2 = b1 + s.hidden;
    const float* b2 = w2 + static_cast<std::size_t>(s.outputs) * s.hidden;
    for (int j = 0; j < s.hidden; ++j) {
        float a = b1[j];
        const float* row = w1 + static_cast<std::size_t>(j) * s.inputs;
        for (int i = 0; i < s.inputs; ++i)
            a += row[i] * x[i];
        h[j] = roundTo(f, std::tanh(roundTo(f, a)));
    }
    for (int o = 0; o < s.outputs; ++o) {
        float a = b2[o];
        const float* row = w2 + static_cast<std::size_t>(o) * s.hidden;
        for (int j = 0; j < s.hidden; ++j)
            a += row[j] * h[j];
        out[o] = roundTo(f, a);
    }
}

} // namespace

float lossAndGradient(const MlpShape& s, const float* p, const Dataset& data, std::size_t begin, std::size_t count,
    float* grad, const BackwardOptions& options)
{
    const std::size_t n = s.paramCount();
    for (std::size_t k = 0; k < n; ++k)
        grad[k] = 0.0f;
    if (count == 0)
        return 0.0f;
    const FloatFormat f = options.compute;
    // The activations backward needs, held for the whole batch as a framework would.
    std::vector<float> hidden(count * s.hidden), out(count * s.outputs);
    const std::size_t heldBytes = (hidden.size() + out.size()) * sizeof(float);
    if (options.activations)
        options.activations->hold(heldBytes);
    double loss = 0;
    for (std::size_t r = 0; r < count; ++r) {
        const std::size_t row = begin + r;
        forwardRow(s, p, &data.x[row * s.inputs], &hidden[r * s.hidden], &out[r * s.outputs], f);
        for (int o = 0; o < s.outputs; ++o) {
            const double e = out[r * s.outputs + o] - data.y[row * s.outputs + o];
            loss += 0.5 * e * e;
        }
    }
    loss /= static_cast<double>(count);
    if (options.forwardEndNs) {
        *options.forwardEndNs
            = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                  .count();
    }

    float* gw1 = grad;
    float* gb1 = gw1 + static_cast<std::size_t>(s.hidden) * s.inputs;
    float* gw2 = gb1 + s.hidden;
    float* gb2 = gw2 + static_cast<std::size_t>(s.outputs) * s.hidden;
    const float* w2 = p + static_cast<std::size_t>(s.hidden) * s.inputs + s.hidden;
    std::vector<float> dh(s.hidden);
    const float scale = options.lossScale / static_cast<float>(count);
    for (std::size_t r = 0; r < count; ++r) {
        const std::size_t row = begin + r;
        const float* h = &hidden[r * s.hidden];
        for (int j = 0; j < s.hidden; ++j)
            dh[j] = 0.0f;
        for (int o = 0; o < s.outputs; ++o) {
            const float d = roundTo(f, (out[r * s.outputs + o] - data.y[row * s.outputs + o]) * scale);
            gb2[o] += d;
            float* g = gw2 + static_cast<std::size_t>(o) * s.hidden;
            const float* w = w2 + static_cast<std::size_t>(o) * s.hidden;
            for (int j = 0; j < s.hidden; ++j) {
                g[j] += d * h[j];
                dh[j] += d * w[j];
            }
        }
        const float* x = &data.x[row * s.inputs];
        for (int j = 0; j < s.hidden; ++j) {
            const float da = roundTo(f, dh[j] * (1.0f - h[j] * h[j]));
            gb1[j] += da;
            float* g = gw1 + static_cast<std::size_t>(j) * s.inputs;
            for (int i = 0; i < s.inputs; ++i)
                g[i] += da * x[i];
        }
    }
    if (f != FloatFormat::Fp32) {
        for (std::size_t k = 0; k < n; ++k)
            grad[k] = roundTo(f, grad[k]);
    }
    if (options.activations)
        options.activations->release(heldBytes);
    return static_cast<float>(loss);
}

float evaluateLoss(const MlpShape& s, const float* p, const Dataset& data)
{
    std::vector<float> h(s.hidden), out(s.outputs);
    double loss = 0;
    const std::size_t rows = data.size();
    for (std::size_t r = 0; r < rows; ++r) {
        forwardRow(s, p, &data.x[r * s.inputs], h.data(), out.data(), FloatFormat::Fp32);
        for (int o = 0; o < s.outputs; ++o) {
            const double e = out[o] - data.y[r * s.outputs + o];
            loss += 0.5 * e * e;
        }
    }
    return rows ? static_cast<float>(loss / static_cast<double>(rows)) : 0.0f;
}

Dataset makeTeacherDataset(const MlpShape& shape, std::size_t rows, std::uint32_t seed, float targetScale)
{
    Dataset d;
    d.inputs = shape.inputs;
    d.outputs = shape.outputs;
    d.x.resize(rows * shape.inputs);
    d.y.resize(rows * shape.outputs);
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 1.0f);
    for (auto& v : d.x)
        v = n(rng);
    MlpShape teacher = shape;
    teacher.hidden = 8;
    const auto tp = initialParams(teacher, seed ^ 0x9E3779B9u);
    std::vector<float> h(teacher.hidden), out(teacher.outputs);
    for (std::size_t r = 0; r < rows; ++r) {
        forwardRow(teacher, tp.data(), &d.x[r * shape.inputs], h.data(), out.data(), FloatFormat::Fp32);
        for (int o = 0; o < shape.outputs; ++o)
            d.y[r * shape.outputs + o] = targetScale * out[o];
    }
    return d;
}

} // namespace ptlab::training_memory
