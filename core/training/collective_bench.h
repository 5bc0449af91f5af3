#pragma once

#include <cstddef>
#include <vector>

namespace ptlab::training {

struct AllReduceMeasurement
{
    int workers = 0;
    std::size_t bytes = 0; // per rank
    int repeats = 0;
    double seconds = 0; // median all-reduce
    double busBandwidth = 0; // bytes/s: 2(N−1)/N · bytes / seconds (what each link carried)
    double algorithmBandwidth = 0; // bytes / seconds
    double memcpyBandwidth = 0; // bytes/s of one thread's memcpy of the same buffer, median
    bool correct = false; // every rank ended with the exact sum
};

// Runs the ring all-reduce `repeats` times between `workers` threads on float buffers of `bytes`,
// and memcpy on the same size in the same run.
[[nodiscard]] AllReduceMeasurement measureAllReduce(int workers, std::size_t bytes, int repeats);

struct ScalingPoint
{
    int workers = 0;
    double samplesPerSecond = 0;
    double speedup = 0; // over 1 worker
};

} // namespace ptlab::training
