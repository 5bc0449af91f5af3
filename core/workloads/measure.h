#pragma once

#include "core/util/clocks.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <set>
#include <string_view>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace ptlab::workloads {

// FNV-1a, 64 bit: a cheap, well-known hash for checksums that must not depend on the mode.
[[nodiscard]] std::uint64_t fnv1a(std::string_view data, std::uint64_t seed = 1469598103934665603ull);
[[nodiscard]] std::uint64_t fnv1a(const void* data, std::size_t size, std::uint64_t seed = 1469598103934665603ull);
// SplitMix64: a deterministic generator for inputs (same bytes on every run and in every mode).
[[nodiscard]] std::uint64_t splitmix(std::uint64_t& state);

using ptlab::monotonicSeconds; // core/util/clocks.h
using ptlab::threadCpuSeconds;

// Samples the resident memory of this process plus every registered live child every 10 ms, on a
// thread of its own, and keeps the peak (a child shorter than one tick may be missed; pages a child
// shares copy-on-write with its parent are counted in both, as `ps` would).
class RssSampler
{
public:
    RssSampler();
    ~RssSampler();
    RssSampler(const RssSampler&) = delete;
    RssSampler& operator=(const RssSampler&) = delete;
    void addChild(pid_t pid);
    void removeChild(pid_t pid);
    [[nodiscard]] double peakMb(); // samples once more, then returns the peak

private:
    void sampleOnce();
    std::mutex m_mutex;
    std::set<pid_t> m_children;
    std::uint64_t m_peakPages = 0;
    std::atomic<bool> m_quit { false };
    std::atomic<bool> m_started { false };
    std::thread m_thread;
};

// Percentile (0..100) of `values` by nearest rank; 0 when empty.
[[nodiscard]] double percentile(std::vector<double> values, double p);

} // namespace ptlab::workloads
