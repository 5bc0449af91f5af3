#include "core/training_memory/optimizers.h"

#include "core/training_memory/span_timeline.h"

#include <algorithm>
#include <cmath>

namespace ptlab::training_memory {

const char* optimizerName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Sgd:
        return "sgd";
    case OptimizerKind::Adam:
        return "adam";
    case OptimizerKind::AdamW:
        return "adamw";
    case OptimizerKind::Adam8bit:
        return "adam8bit";
    }
    return "?";
}

void QuantisedBlocks::quantise(const float* values, std::size_t n)
{
    const std::size_t blocks = (n + blockSize - 1) / blockSize;
    codes.resize(n);
    absmax.resize(blocks);
    for (std::size_t b = 0; b < blocks; ++b) {
        const std::size_t begin = b * blockSize, end = std::min(n, begin + blockSize);
        float amax = 0;
        for (std::size_t i = begin; i < end; ++i)
            amax = std::max(amax, std::fabs(isSigned ? values[i] : std::sqrt(values[i])));
        absmax[b] = amax;
        const float inv = amax > 0 ? 1.0f / amax : 0.0f;
        for (std::size_t i = begin; i < end; ++i) {
            if (isSigned) {
                codes[i] = static_cast<std::int8_t>(std::lround(values[i] * inv * 127.0f));
            } else {
                // 0..255 stored in the int8 as its bit pattern
                const long q = std::lround(std::sqrt(values[i]) * inv * 255.0f);
                codes[i] = static_cast<std::int8_t>(static_cast<std::uint8_t>(std::clamp(q, 0L, 255L)));
            }
        }
    }
}

void QuantisedBlocks::dequantise(float* values, std::size_t n) const
{
    for (std::size_t i = 0; i < n; ++i) {
        const float amax = absmax[i / blockSize];
        if (isSigned) {
            values[i] = static_cast<float>(codes[i]) / 127.0f * amax;
        } else {
            const float r = static_cast<float>(static_cast<std::uint8_t>(codes[i])) / 255.0f * amax;
            values[i] = r * r;
        }
    }
}

namespace {

class Sgd : public Optimizer
{
public:
    Sgd(std::size_t n, float lr) : m_lr(lr), m_velocity(n, 0.0f) { }
    void step(float* p, const float* g) override
    {
        for (std::size_t i = 0; i < m_velocity.size(); ++i) {
            m_velocity[i] = 0.9f * m_velocity[i] + g[i];
            p[i] -= m_lr * m_velocity[i];
        }
    }
    std::size_t stateBytes() const override { return m_velocity.capacity() * sizeof(float); }

private:
    float m_lr;
    std::vector<float> m_velocity;
};

void adamUpdate(float* p, const float* g, float* m, float* v, std::size_t n, int t, float lr, float decay)
{
    const float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
    const float c1 = 1.0f - std::pow(b1, static_cast<float>(t));
    const float c2 = 1.0f - std::pow(b2, static_cast<float>(t));
    for (std::size_t i = 0; i < n; ++i) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        p[i] -= lr * ((m[i] / c1) / (std::sqrt(v[i] / c2) + eps) + decay * p[i]);
    }
}

class Adam : public Optimizer
{
public:
    Adam(std::size_t n, float lr, float decay) : m_lr(lr), m_decay(decay), m_m(n, 0.0f), m_v(n, 0.0f) { }
    void step(float* p, const float* g) override
    {
        adamUpdate(p, g, m_m.data(), m_v.data(), m_m.size(), ++m_t, m_lr, m_decay);
    }
    std::size_t stateBytes() const override { return (m_m.capacity() + m_v.capacity()) * sizeof(float); }

private:
    float m_lr, m_decay;
    int m_t = 0;
    std::vector<float> m_m, m_v;
};

// States live quantised between steps; a step widens one block at a time into a small buffer, updates
// and quantises it back, so the fp32 copy never exists for the whole model.
class Adam8bit : public Optimizer
{
public:
    Adam8bit(std::size_t n, float lr, int blockSize) : m_n(n), m_lr(lr)
    {
        m_m.blockSize = m_v.blockSize = blockSize;
        m_v.isSigned = false;
        std::vector<float> zeros(n, 0.0f);
        m_m.quantise(zeros.data(), n);
        m_v.quantise(zeros.data(), n);
        m_bm.resize(blockSize);
        m_bv.resize(blockSize);
    }
    void step(float* p, const float* g) override
    {
        ++m_t;
        const std::size_t bs = static_cast<std::size_t>(m_m.blockSize);
        QuantisedBlocks bm = { m_m.blockSize, true, {}, {} }, bv = { m_v.blockSize, false, {}, {} };
        for (std::size_t begin = 0; begin < m_n; begin += bs) {
            const std::size_t count = std::min(bs, m_n - begin);
            const std::size_t block = begin / bs;
            for (std::size_t i = 0; i < count; ++i) {
                m_bm[i] = static_cast<float>(m_m.codes[begin + i]) / 127.0f * m_m.absmax[block];
                const float r
                    = static_cast<float>(static_cast<std::uint8_t>(m_v.codes[begin + i])) / 255.0f * m_v.absmax[block];
                m_bv[i] = r * r;
            }
            adamUpdate(p + begin, g + begin, m_bm.data(), m_bv.data(), count, m_t, m_lr, 0.0f);
            bm.quantise(m_bm.data(), count);
            bv.quantise(m_bv.data(), count);
            std::copy(bm.codes.begin(), bm.codes.end(), m_m.codes.begin() + static_cast<std::ptrdiff_t>(begin));
            std::copy(bv.codes.begin(), bv.codes.end(), m_v.codes.begin() + static_cast<std::ptrdiff_t>(begin));
            m_m.absmax[block] = bm.absmax[0];
            m_v.absmax[block] = bv.absmax[0];
        }
    }
    std::size_t stateBytes() const override { return m_m.bytes() + m_v.bytes(); }

private:
    std::size_t m_n;
    float m_lr;
    int m_t = 0;
    QuantisedBlocks m_m, m_v;
    std::vector<float> m_bm, m_bv; // one block widened (workspace)
};

} // namespace

std::unique_ptr<Optimizer> makeOptimizer(OptimizerKind kind, std::size_t params, float lr, int blockSize)
{
    switch (kind) {
    case OptimizerKind::Sgd:
        return std::make_unique<Sgd>(params, lr);
    case OptimizerKind::Adam:
        return std::make_unique<Adam>(params, lr, 0.0f);
    case OptimizerKind::AdamW:
        return std::make_unique<Adam>(params, lr, 0.01f);
    case OptimizerKind::Adam8bit:
        return std::make_unique<Adam8bit>(params, lr, std::max(8, blockSize));
    }
    return nullptr;
}

OptimizerRun trainWithOptimizer(OptimizerKind kind, const OptimizerRunOptions& o)
{
    OptimizerRun run;
    run.kind = kind;
    const int batch = static_cast<int>(o.batch);
    const training::Dataset data = scenarioData(o.shape, batch * 16, o.seed);
    training::Mlp model(o.shape, o.seed + 1);
    const std::span<float> params = model.parameters();
    run.params = params.size();
    // SGD's step is not normalised like Adam's: the same rate would crawl, so it gets a larger one.
    const float lr = kind == OptimizerKind::Sgd ? o.learningRate * 10.0f : o.learningRate;
    auto opt = makeOptimizer(kind, params.size(), lr);
    run.stateBytes = opt->stateBytes();
    run.bytesPerParam = static_cast<double>(run.stateBytes) / static_cast<double>(run.params);
    std::vector<float> grad(params.size());
    const auto t0 = SpanTimeline::steadyNowNs();
    for (int s = 0; s < o.steps; ++s) {
        if (o.cancel && o.cancel->load()) {
            run.cancelled = true;
            break;
        }
        const training::Batch b = training::batchSlice(data, s, batch, 0, batch);
        std::fill(grad.begin(), grad.end(), 0.0f);
        run.loss.push_back(model.lossAndGradient(b, 1.0f / static_cast<float>(batch), grad));
        opt->step(params.data(), grad.data());
    }
    run.seconds = static_cast<double>(SpanTimeline::steadyNowNs() - t0) / 1e9;
    const training::Batch all = wholeBatch(data);
    run.finalLoss = model.meanLoss(all);
    run.finalAccuracy = model.accuracy(all);
    return run;
}

} // namespace ptlab::training_memory
