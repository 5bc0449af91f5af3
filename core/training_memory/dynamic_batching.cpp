#include "core/training_memory/dynamic_batching.h"

#include "core/training_memory/span_timeline.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace ptlab::training_memory {

const char* batchingName(BatchingStrategy strategy)
{
    return strategy == BatchingStrategy::Random ? "random" : "bucketed";
}

std::vector<std::vector<std::size_t>> makeBatches(
    const std::vector<int>& lengths, std::size_t batchSize, BatchingStrategy strategy, std::uint32_t seed)
{
    batchSize = std::max<std::size_t>(1, batchSize);
    std::vector<std::size_t> order(lengths.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    std::mt19937 rng(seed);
    if (strategy == BatchingStrategy::Random)
        std::shuffle(order.begin(), order.end(), rng);
    else
        std::stable_sort(
            order.begin(), order.end(), [&lengths](std::size_t a, std::size_t b) { return lengths[a] < lengths[b]; });
    std::vector<std::vector<std::size_t>> batches;
    for (std::size_t i = 0; i < order.size(); i += batchSize)
        batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(i),
            order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), i + batchSize)));
    if (strategy == BatchingStrategy::Bucketed)
        std::shuffle(batches.begin(), batches.end(), rng);
    return batches;
}

PaddingStats paddingStats(
    const std::vector<int>& lengths, const std::vector<std::vector<std::size_t>>& batches, int padMultiple)
{
    PaddingStats s;
    const int mult = std::max(1, padMultiple);
    for (const auto& b : batches) {
        int longest = 0;
        for (std::size_t i : b) {
            longest = std::max(longest, lengths[i]);
            s.realTokens += static_cast<std::size_t>(lengths[i]);
        }
        const int padded = (longest + mult - 1) / mult * mult;
        s.paddedTokens += b.size() * static_cast<std::size_t>(padded);
        ++s.batches;
    }
    return s;
}

std::vector<int> sampleLengths(std::size_t count, int maxLength, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::lognormal_distribution<double> dist(std::log(std::max(2, maxLength / 6)), 0.7);
    std::vector<int> lengths(count);
    for (auto& l : lengths)
        l = std::clamp(static_cast<int>(std::lround(dist(rng))), 1, maxLength);
    return lengths;
}

BatchingRun runBatchingEpoch(const std::vector<int>& lengths, BatchingStrategy strategy, const BatchingOptions& o)
{
    BatchingRun run;
    run.strategy = strategy;
    const auto batches = makeBatches(lengths, o.batchSize, strategy, o.seed);
    run.stats = paddingStats(lengths, batches, o.padMultiple);
    const int w = o.width;
    std::vector<float> weight(static_cast<std::size_t>(w) * w);
    std::mt19937 rng(o.seed);
    std::normal_distribution<float> n(0.0f, 1.0f / std::sqrt(static_cast<float>(w)));
    for (auto& x : weight)
        x = n(rng);
    std::vector<float> token(w), out(w);
    volatile float sink = 0; // keeps the compute from being optimised away
    const auto t0 = SpanTimeline::steadyNowNs();
    for (const auto& b : batches) {
        if (o.cancel && o.cancel->load()) {
            run.cancelled = true;
            break;
        }
        int longest = 0;
        for (std::size_t i : b)
            longest = std::max(longest, lengths[i]);
        const int padded = (longest + o.padMultiple - 1) / std::max(1, o.padMultiple) * std::max(1, o.padMultiple);
        // Every position of the padded batch goes through the layer, padding included: that is the waste.
        float acc = 0;
        for (std::size_t s = 0; s < b.size(); ++s)
            for (int p = 0; p < padded; ++p) {
                const bool real = p < lengths[b[s]];
                for (int i = 0; i < w; ++i)
                    token[i] = real ? static_cast<float>((p * 31 + i * 7 + static_cast<int>(s)) % 17) / 17.0f : 0.0f;
                for (int j = 0; j < w; ++j) {
                    float a = 0;
                    for (int i = 0; i < w; ++i)
                        a += weight[static_cast<std::size_t>(j) * w + i] * token[i];
                    out[j] = std::tanh(a);
                }
                acc += out[0];
            }
        sink = sink + acc;
    }
    run.epochSeconds = static_cast<double>(SpanTimeline::steadyNowNs() - t0) / 1e9;
    run.realTokensPerSecond = run.epochSeconds > 0 ? static_cast<double>(run.stats.realTokens) / run.epochSeconds : 0;
    return run;
}

} // namespace ptlab::training_memory
