#include "core/training/ring_allreduce.h"

namespace ptlab::training {

std::vector<std::size_t> chunkBounds(std::size_t count, int ranks)
{
    const auto n = static_cast<std::size_t>(ranks);
    std::vector<std::size_t> bounds(n + 1, 0);
    const std::size_t base = count / n, extra = count % n;
    for (std::size_t c = 0; c < n; ++c)
        bounds[c + 1] = bounds[c] + base + (c < extra ? 1 : 0);
    return bounds;
}

std::vector<RingStep> ringPlan(int ranks, std::size_t count, std::size_t elementSize)
{
    std::vector<RingStep> plan;
    const int n = ranks;
    const auto bounds = chunkBounds(count, n);
    for (int s = 0; s < 2 * (n - 1); ++s) {
        RingStep step;
        const bool reduce = s < n - 1;
        step.phase = reduce ? RingStep::Phase::ReduceScatter : RingStep::Phase::AllGather;
        const int k = reduce ? s : s - (n - 1);
        for (int r = 0; r < n; ++r) {
            const int chunk = reduce ? ((r - s) % n + n) % n : ((r + 1 - k) % n + n) % n;
            const auto c = static_cast<std::size_t>(chunk);
            step.transfers.push_back({ r, (r + 1) % n, chunk, (bounds[c + 1] - bounds[c]) * elementSize });
        }
        plan.push_back(std::move(step));
    }
    return plan;
}

std::size_t ringBytesSent(const std::vector<RingStep>& plan, int rank)
{
    std::size_t bytes = 0;
    for (const auto& step : plan)
        for (const auto& t : step.transfers)
            if (t.from == rank)
                bytes += t.bytes;
    return bytes;
}

} // namespace ptlab::training
