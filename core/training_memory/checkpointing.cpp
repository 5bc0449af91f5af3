#include "core/training_memory/checkpointing.h"

#include "core/training_memory/span_timeline.h"

#include <cmath>
#include <memory>
#include <random>

namespace ptlab::training_memory {

namespace {

// An activation buffer that reports itself to the counter while it is alive.
struct Counter
{
    std::size_t bytes = 0, peakBytes = 0, buffers = 0, peakBuffers = 0;
};

class Activation
{
public:
    Activation(Counter& c, std::size_t floats) : m_counter(c), m_data(floats)
    {
        c.bytes += m_data.capacity() * sizeof(float);
        ++c.buffers;
        c.peakBytes = std::max(c.peakBytes, c.bytes);
        c.peakBuffers = std::max(c.peakBuffers, c.buffers);
    }
    ~Activation()
    {
        m_counter.bytes -= m_data.capacity() * sizeof(float);
        --m_counter.buffers;
    }
    Activation(const Activation&) = delete;
    Activation& operator=(const Activation&) = delete;
    float* data() { return m_data.data(); }
    const float* data() const { return m_data.data(); }

private:
    Counter& m_counter;
    std::vector<float> m_data;
};

using Act = std::unique_ptr<Activation>;

struct Chain
{
    int layers, width, batch;
    std::vector<std::vector<float>> weights; // width × width each
};

void layerForward(const Chain& c, int layer, const float* in, float* out)
{
    const auto& w = c.weights[layer];
    for (int b = 0; b < c.batch; ++b)
        for (int j = 0; j < c.width; ++j) {
            float a = 0;
            const float* row = &w[static_cast<std::size_t>(j) * c.width];
            const float* x = in + static_cast<std::size_t>(b) * c.width;
            for (int i = 0; i < c.width; ++i)
                a += row[i] * x[i];
            out[static_cast<std::size_t>(b) * c.width + j] = std::tanh(a);
        }
}

// Given the layer's input and output and d loss / d output, writes d loss / d input.
void layerBackward(const Chain& c, int layer, const float* out, const float* dOut, float* dIn)
{
    const auto& w = c.weights[layer];
    for (int b = 0; b < c.batch; ++b) {
        float* dx = dIn + static_cast<std::size_t>(b) * c.width;
        for (int i = 0; i < c.width; ++i)
            dx[i] = 0;
        for (int j = 0; j < c.width; ++j) {
            const std::size_t o = static_cast<std::size_t>(b) * c.width + j;
            const float da = dOut[o] * (1.0f - out[o] * out[o]);
            const float* row = &w[static_cast<std::size_t>(j) * c.width];
            for (int i = 0; i < c.width; ++i)
                dx[i] += da * row[i];
        }
    }
}

} // namespace

CheckpointRun runCheckpointed(const CheckpointOptions& o, int every)
{
    CheckpointRun run;
    const int n = std::max(1, o.layers);
    const int k = std::clamp(every, 1, n);
    run.every = k;
    Chain chain { n, o.width, o.batch, {} };
    std::mt19937 rng(o.seed);
    std::normal_distribution<float> dist(0.0f, 1.2f / std::sqrt(static_cast<float>(o.width)));
    for (int l = 0; l < n; ++l) {
        std::vector<float> w(static_cast<std::size_t>(o.width) * o.width);
        for (auto& x : w)
            x = dist(rng);
        chain.weights.push_back(std::move(w));
    }
    const std::size_t floats = static_cast<std::size_t>(o.width) * o.batch;
    Counter counter;
    // saved[i] holds h_i for checkpoints (i % k == 0) and for the output h_n.
    std::vector<Act> saved(n + 1);

    auto t0 = SpanTimeline::steadyNowNs();
    saved[0] = std::make_unique<Activation>(counter, floats);
    std::normal_distribution<float> input(0.0f, 1.0f);
    for (std::size_t i = 0; i < floats; ++i)
        saved[0]->data()[i] = input(rng);
    Act current; // the previous layer's output when it is not a checkpoint
    const float* in = saved[0]->data();
    for (int l = 0; l < n; ++l) {
        const int outIndex = l + 1;
        Act out = std::make_unique<Activation>(counter, floats);
        layerForward(chain, l, in, out->data());
        ++run.forwardLayers;
        current.reset(); // the input is not needed any more unless it was saved
        if (outIndex % k == 0 || outIndex == n) {
            saved[outIndex] = std::move(out);
            in = saved[outIndex]->data();
        } else {
            current = std::move(out);
            in = current->data();
        }
    }
    current.reset();
    auto t1 = SpanTimeline::steadyNowNs();

    // loss = ½ Σ h_n² / batch, so d loss / d h_n = h_n / batch
    auto grad = std::make_unique<std::vector<float>>(floats);
    for (std::size_t i = 0; i < floats; ++i)
        (*grad)[i] = saved[n]->data()[i] / static_cast<float>(o.batch);
    std::vector<float> gradIn(floats);
    std::int64_t recomputeNs = 0;
    for (int segStart = ((n - 1) / k) * k; segStart >= 0; segStart -= k) {
        const int segEnd = std::min(segStart + k, n); // h_segEnd is saved
        // Recompute h_{segStart+1} … h_{segEnd-1} from the checkpoint.
        const auto r0 = SpanTimeline::steadyNowNs();
        std::vector<Act> segment(segEnd - segStart); // segment[j] = h_{segStart+j}, j ≥ 1
        for (int l = segStart; l < segEnd - 1; ++l) {
            const float* src = l == segStart ? saved[segStart]->data() : segment[l - segStart]->data();
            segment[l + 1 - segStart] = std::make_unique<Activation>(counter, floats);
            layerForward(chain, l, src, segment[l + 1 - segStart]->data());
            ++run.recomputedLayers;
        }
        recomputeNs += SpanTimeline::steadyNowNs() - r0;
        for (int l = segEnd - 1; l >= segStart; --l) {
            const float* out = l + 1 == segEnd ? saved[segEnd]->data() : segment[l + 1 - segStart]->data();
            layerBackward(chain, l, out, grad->data(), gradIn.data());
            std::swap(*grad, gradIn);
            // done with h_{l+1}: free it (a saved output is freed too, as a framework would)
            if (l + 1 == segEnd)
                saved[segEnd].reset();
            else
                segment[l + 1 - segStart].reset();
        }
    }
    auto t2 = SpanTimeline::steadyNowNs();
    run.inputGradient = *grad;
    run.peakActivationBytes = counter.peakBytes;
    run.peakActivationBuffers = counter.peakBuffers;
    run.forwardSeconds = static_cast<double>(t1 - t0) / 1e9;
    run.recomputeSeconds = static_cast<double>(recomputeNs) / 1e9;
    run.backwardSeconds = static_cast<double>(t2 - t1) / 1e9;
    return run;
}

CheckpointSweep sweepCheckpointing(const CheckpointOptions& o, const std::atomic<bool>* cancel)
{
    CheckpointSweep sweep;
    sweep.layers = std::max(1, o.layers);
    sweep.sqrtEvery = std::max(1, static_cast<int>(std::lround(std::sqrt(static_cast<double>(sweep.layers)))));
    for (int k = 1; k <= sweep.layers; ++k) {
        if (cancel && cancel->load()) {
            sweep.cancelled = true;
            break;
        }
        sweep.runs.push_back(runCheckpointed(o, k));
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < sweep.runs.size(); ++i) {
        const auto& a = sweep.runs[i];
        const auto& b = sweep.runs[best];
        if (a.peakActivationBytes < b.peakActivationBytes
            || (a.peakActivationBytes == b.peakActivationBytes && a.recomputedLayers < b.recomputedLayers))
            best = i;
    }
    if (!sweep.runs.empty())
        sweep.bestEvery = sweep.runs[best].every;
    return sweep;
}

} // namespace ptlab::training_memory
