#include "core/training/collective_bench.h"

#include "core/training/ring_allreduce.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <thread>

namespace ptlab::training {

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

AllReduceMeasurement measureAllReduce(int workers, std::size_t bytes, int repeats)
{
    using Clock = std::chrono::steady_clock;
    AllReduceMeasurement m;
    m.workers = workers;
    m.repeats = repeats;
    const std::size_t count = std::max<std::size_t>(1, bytes / sizeof(float));
    m.bytes = count * sizeof(float);
    std::vector<std::vector<float>> buffers(static_cast<std::size_t>(workers));
    RingAllReduce<float> ring(workers);
    std::barrier<> start(workers);
    std::vector<double> times;
    bool correct = true;
    {
        std::vector<std::jthread> threads;
        for (int r = 0; r < workers; ++r)
            threads.emplace_back([&, r] {
                auto& buf = buffers[static_cast<std::size_t>(r)];
                buf.assign(count, 0.0f); // first touch by the rank that uses it
                for (int k = 0; k < repeats + 1; ++k) {
                    std::fill(buf.begin(), buf.end(), static_cast<float>(r + 1));
                    start.arrive_and_wait();
                    const auto t0 = Clock::now();
                    (void)ring.run(r, buf);
                    const auto t1 = Clock::now();
                    if (r == 0 && k > 0) // k == 0 warms up
                        times.push_back(std::chrono::duration<double>(t1 - t0).count());
                    // Sums of small integers are exact in float: every rank must hold N(N+1)/2.
                    const int sum = workers * (workers + 1) / 2;
                    const auto expected = static_cast<float>(sum);
                    if (r == 0 && k == repeats)
                        correct = std::all_of(buf.begin(), buf.end(), [expected](float v) { return v == expected; });
                    start.arrive_and_wait();
                }
            });
    }
    m.correct = correct;
    m.seconds = median(times);
    const int n = workers;
    if (m.seconds > 0) {
        m.algorithmBandwidth = static_cast<double>(m.bytes) / m.seconds;
        m.busBandwidth = n > 1 ? 2.0 * (n - 1) / n * static_cast<double>(m.bytes) / m.seconds : 0;
    }
    std::vector<char> src(m.bytes, 1), dst(m.bytes, 0);
    std::vector<double> copies;
    for (int k = 0; k < repeats + 1; ++k) {
        const auto t0 = Clock::now();
        std::memcpy(dst.data(), src.data(), m.bytes);
        const auto t1 = Clock::now();
        src[static_cast<std::size_t>(k) % m.bytes]
            = dst[static_cast<std::size_t>(k * 7) % m.bytes]; // keep the copy alive
        if (k > 0)
            copies.push_back(std::chrono::duration<double>(t1 - t0).count());
    }
    const double c = median(copies);
    m.memcpyBandwidth = c > 0 ? static_cast<double>(m.bytes) / c : 0;
    return m;
}

} // namespace ptlab::training
