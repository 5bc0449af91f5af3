#include "core/training/dataset.h"

#include "core/training/random.h"

#include <cmath>

namespace ptlab::training {

Dataset makeSpirals(int samples, int classes, float noise, std::uint64_t seed)
{
    Dataset d;
    d.classes = classes;
    d.x.resize(2, samples);
    d.labels.resize(static_cast<std::size_t>(samples));
    Rng rng(seed);
    for (int i = 0; i < samples; ++i) {
        // Sample i goes to arm i % classes so any contiguous slice has every class.
        const int c = i % classes;
        const float t = rng.uniform(); // position along the arm, 0 = centre
        const float angle = 4.0f * t + 6.2831853f * static_cast<float>(c) / static_cast<float>(classes);
        d.x(0, i) = t * std::cos(angle) + noise * rng.normal();
        d.x(1, i) = t * std::sin(angle) + noise * rng.normal();
        d.labels[static_cast<std::size_t>(i)] = c;
    }
    return d;
}

Batch batchSlice(const Dataset& data, int step, int batchSize, int begin, int end)
{
    Batch b;
    const int n = end - begin;
    b.x.resize(2, n);
    b.labels.resize(static_cast<std::size_t>(n));
    const long long first = static_cast<long long>(step) * batchSize + begin;
    for (int i = 0; i < n; ++i) {
        const auto j = static_cast<Eigen::Index>((first + i) % data.size());
        b.x.col(i) = data.x.col(j);
        b.labels[static_cast<std::size_t>(i)] = data.labels[static_cast<std::size_t>(j)];
    }
    return b;
}

std::pair<int, int> shardRange(int count, int rank, int ranks)
{
    const int base = count / ranks, extra = count % ranks;
    const int begin = rank * base + std::min(rank, extra);
    return { begin, begin + base + (rank < extra ? 1 : 0) };
}

} // namespace ptlab::training
