#pragma once

#include "core/training/model.h"

#include <cstdint>

namespace ptlab::training {

// The generated dataset: `classes` interleaved spiral arms in the plane (two spirals for 2 classes),
// a classic problem a linear model cannot solve and a small MLP can.
struct Dataset
{
    Matrix x; // 2 × samples
    std::vector<int> labels;
    int classes = 0;
    [[nodiscard]] int size() const { return static_cast<int>(x.cols()); }
};

[[nodiscard]] Dataset makeSpirals(int samples, int classes, float noise, std::uint64_t seed);

// Samples [begin, end) of the batch used at `step` (batches walk through the dataset cyclically), so a
// worker builds only its own shard and every worker agrees on what the global batch is.
[[nodiscard]] Batch batchSlice(const Dataset& data, int step, int batchSize, int begin, int end);

// The contiguous shard [begin, end) of `rank` out of `ranks` over `count` items (uneven sizes allowed:
// the first count % ranks shards are one larger).
[[nodiscard]] std::pair<int, int> shardRange(int count, int rank, int ranks);

} // namespace ptlab::training
