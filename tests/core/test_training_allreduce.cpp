#include "core/training/ring_allreduce.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <thread>

using namespace ptlab::training;

TEST_CASE("training: ring all-reduce on integers equals the serial sum", "[training]")
{
    for (int n = 1; n <= 8; ++n)
        for (std::size_t count : { std::size_t(1), std::size_t(7), std::size_t(64), std::size_t(1001) }) {
            std::vector<std::vector<long long>> buffers(static_cast<std::size_t>(n), std::vector<long long>(count));
            std::vector<long long> expected(count, 0);
            for (int r = 0; r < n; ++r)
                for (std::size_t i = 0; i < count; ++i) {
                    buffers[static_cast<std::size_t>(r)][i]
                        = static_cast<long long>((r + 1) * 1000003 + i * 31 + i * i);
                    expected[i] += buffers[static_cast<std::size_t>(r)][i];
                }
            RingAllReduce<long long> ring(n);
            std::vector<std::size_t> sent(static_cast<std::size_t>(n));
            {
                std::vector<std::jthread> threads;
                for (int r = 0; r < n; ++r)
                    threads.emplace_back([&, r] {
                        sent[static_cast<std::size_t>(r)] = ring.run(r, buffers[static_cast<std::size_t>(r)]);
                    });
            }
            INFO("N = " << n << ", count = " << count);
            for (int r = 0; r < n; ++r)
                CHECK(buffers[static_cast<std::size_t>(r)] == expected);
            // Bytes each rank sent: the plan's 2(N−1)/N of the buffer (exact when N divides the count).
            const auto plan = ringPlan(n, count, sizeof(long long));
            CHECK(plan.size() == static_cast<std::size_t>(2 * (n - 1)));
            std::size_t total = 0;
            for (int r = 0; r < n; ++r) {
                CHECK(sent[static_cast<std::size_t>(r)] == ringBytesSent(plan, r));
                total += sent[static_cast<std::size_t>(r)];
            }
            CHECK(total == 2 * static_cast<std::size_t>(n - 1) * count * sizeof(long long));
        }
}

TEST_CASE("training: ring plan sends every chunk once per step and phase", "[training]")
{
    const auto plan = ringPlan(4, 400, 4);
    REQUIRE(plan.size() == 6);
    for (const auto& step : plan) {
        std::vector<int> chunks;
        for (const auto& t : step.transfers) {
            CHECK(t.to == (t.from + 1) % 4);
            CHECK(t.bytes == 400);
            chunks.push_back(t.chunk);
        }
        std::sort(chunks.begin(), chunks.end());
        CHECK(chunks == std::vector<int> { 0, 1, 2, 3 });
    }
    CHECK(plan[2].phase == RingStep::Phase::ReduceScatter);
    CHECK(plan[3].phase == RingStep::Phase::AllGather);
    CHECK(ringBytesSent(plan, 0) == 2 * 3 * 400);
    CHECK(chunkBounds(10, 4) == std::vector<std::size_t> { 0, 3, 6, 8, 10 });
}

TEST_CASE("training: the ring's reduce-scatter and all-gather halves run on their own", "[training]")
{
    for (int n = 1; n <= 6; ++n)
        for (std::size_t count : { std::size_t(5), std::size_t(64), std::size_t(1001) }) {
            INFO("N = " << n << ", count = " << count);
            std::vector<std::vector<long long>> buffers(static_cast<std::size_t>(n), std::vector<long long>(count));
            std::vector<long long> expected(count, 0);
            for (int r = 0; r < n; ++r)
                for (std::size_t i = 0; i < count; ++i) {
                    buffers[static_cast<std::size_t>(r)][i] = static_cast<long long>((r + 3) * 7919 + i * i);
                    expected[i] += buffers[static_cast<std::size_t>(r)][i];
                }
            const auto bounds = chunkBounds(count, n);
            RingAllReduce<long long> ring(n);
            std::vector<std::size_t> scattered(static_cast<std::size_t>(n)), gathered(static_cast<std::size_t>(n));
            std::vector<std::vector<double>> scatterSteps(static_cast<std::size_t>(n));
            {
                std::vector<std::jthread> threads;
                for (int r = 0; r < n; ++r)
                    threads.emplace_back([&, r] {
                        auto& mine = buffers[static_cast<std::size_t>(r)];
                        scattered[static_cast<std::size_t>(r)] = ring.reduceScatter(r, mine);
                        scatterSteps[static_cast<std::size_t>(r)]
                            = ring.lastStepSeconds(); // before the next run's first barrier
                        // What a ZeRO worker does between the halves: change its own chunk only (here, double it).
                        const auto c = static_cast<std::size_t>(ringOwnedChunk(r, n));
                        for (std::size_t i = bounds[c]; i < bounds[c + 1]; ++i)
                            mine[i] *= 2;
                        gathered[static_cast<std::size_t>(r)] = ring.allGather(r, mine);
                    });
            }
            std::vector<long long> doubled = expected;
            for (auto& v : doubled)
                v *= 2;
            const std::size_t half = static_cast<std::size_t>(n - 1) * count * sizeof(long long);
            std::size_t totalScattered = 0, totalGathered = 0;
            std::vector<int> owners;
            for (int r = 0; r < n; ++r) {
                CHECK(buffers[static_cast<std::size_t>(r)] == doubled);
                totalScattered += scattered[static_cast<std::size_t>(r)];
                totalGathered += gathered[static_cast<std::size_t>(r)];
                owners.push_back(ringOwnedChunk(r, n));
                if (n > 1)
                    CHECK(scatterSteps[static_cast<std::size_t>(r)].size() == static_cast<std::size_t>(n - 1));
            }
            // Each half moves (N−1)/N of the buffer per rank: together, the all-reduce's 2(N−1)/N.
            CHECK(totalScattered == half);
            CHECK(totalGathered == half);
            std::sort(owners.begin(), owners.end());
            std::vector<int> all(static_cast<std::size_t>(n));
            std::iota(all.begin(), all.end(), 0);
            CHECK(owners == all);
            if (n > 1)
                CHECK(ring.lastStepSeconds().size() == static_cast<std::size_t>(n - 1));
        }
}
