#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

namespace ptlab::training_memory {

// Sequences of different lengths in batches: every batch is padded to its longest sequence rounded
// up to a multiple of `padMultiple` (8 suits tensor cores). Random batches mix short and long
// sequences and pad a lot; batches bucketed by length pad little.
enum class BatchingStrategy
{
    Random,
    Bucketed,
};
[[nodiscard]] const char* batchingName(BatchingStrategy strategy);

// Indices into `lengths`, batch by batch. Random: a seeded shuffle. Bucketed: sorted by length, cut
// into batches, then the batch order shuffled (the model still sees lengths mixed over an epoch).
[[nodiscard]] std::vector<std::vector<std::size_t>> makeBatches(
    const std::vector<int>& lengths, std::size_t batchSize, BatchingStrategy strategy, std::uint32_t seed);

struct PaddingStats
{
    std::size_t realTokens = 0;
    std::size_t paddedTokens = 0; // batch size × padded length, summed (what compute runs over)
    std::size_t batches = 0;
    [[nodiscard]] double paddingShare() const
    {
        return paddedTokens ? static_cast<double>(paddedTokens - realTokens) / static_cast<double>(paddedTokens) : 0;
    }
};
[[nodiscard]] PaddingStats paddingStats(
    const std::vector<int>& lengths, const std::vector<std::vector<std::size_t>>& batches, int padMultiple);

// A length distribution like a text corpus: many short sequences, a long tail.
[[nodiscard]] std::vector<int> sampleLengths(std::size_t count, int maxLength, std::uint32_t seed);

struct BatchingRun
{
    BatchingStrategy strategy = BatchingStrategy::Random;
    PaddingStats stats;
    double epochSeconds = 0; // a real per-token layer over every padded token
    double realTokensPerSecond = 0;
    bool cancelled = false;
};

struct BatchingOptions
{
    std::size_t sequences = 2000;
    int maxLength = 256;
    std::size_t batchSize = 32;
    int padMultiple = 8;
    int width = 32; // the per-token layer is width × width
    std::uint32_t seed = 23;
    const std::atomic<bool>* cancel = nullptr;
};

[[nodiscard]] BatchingRun runBatchingEpoch(
    const std::vector<int>& lengths, BatchingStrategy strategy, const BatchingOptions& options);

} // namespace ptlab::training_memory
