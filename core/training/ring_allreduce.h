#pragma once

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace ptlab::training {

// Chunk c of a buffer of `count` elements split over `ranks` is [bounds[c], bounds[c+1]) — uneven
// sizes allowed (the first count % ranks chunks are one element larger).
[[nodiscard]] std::vector<std::size_t> chunkBounds(std::size_t count, int ranks);

// The plan of a ring all-reduce over N ranks: N−1 reduce-scatter steps, then N−1 all-gather steps. In
// every step each rank r sends one chunk to rank (r+1) % N. This is what the page animates; the
// implementation below follows it exactly.
struct RingTransfer
{
    int from = 0;
    int to = 0;
    int chunk = 0;
    std::size_t bytes = 0;
};

struct RingStep
{
    enum class Phase
    {
        ReduceScatter, // the receiver adds the chunk to its own
        AllGather, // the receiver overwrites its chunk with the fully reduced one
    };
    Phase phase = Phase::ReduceScatter;
    std::vector<RingTransfer> transfers;
    double seconds = 0; // measured duration of the step (0 in a plan not run yet)
};

[[nodiscard]] std::vector<RingStep> ringPlan(int ranks, std::size_t count, std::size_t elementSize);
// Bytes one rank sends in a ring all-reduce of `bytes`: 2(N−1)/N · bytes (exactly, summed over its chunks).
[[nodiscard]] std::size_t ringBytesSent(const std::vector<RingStep>& plan, int rank);

// Which steps of the ring to run: the whole all-reduce, or one of its halves on its own (ZeRO's
// reduce-scatter of gradients and all-gather of updated parameters are exactly these halves).
enum class RingPart
{
    AllReduce, // the N−1 reduce-scatter steps then the N−1 all-gather steps
    ReduceScatter, // afterwards rank r holds the complete sum of chunk ringOwnedChunk(r, N) only
    AllGather, // before, rank r holds its complete chunk ringOwnedChunk(r, N); afterwards every rank holds all
};

// The chunk rank r completes in the reduce-scatter (and contributes to the all-gather): (r + 1) mod N,
// the last one it receives in the reduce-scatter.
[[nodiscard]] inline int ringOwnedChunk(int rank, int ranks)
{
    return (rank + 1) % ranks;
}

// The steps of one rank, on any shared memory: `data` is this rank's buffer, `left` and `right` its
// neighbours' (same length; the same buffer when N = 2), and wait() a barrier over the N ranks called
// after every step. Used by the threads (RingAllReduce) and by the worker processes (over a MAP_SHARED
// mapping). Returns bytes sent.
//
// In a whole all-reduce, as NCCL's "reduce-copy" does, the last reduce-scatter step also performs the
// first all-gather transfer: the rank that completes a chunk writes it into its right neighbour's buffer
// in the same pass over memory, instead of the neighbour reading it back in the next step. That step of
// the plan then only waits at its barrier. Run as halves, the reduce-scatter writes only its own buffer
// and the all-gather's first step is a plain copy. No chunk is written in a step by one rank while
// another reads it.
template <typename T> using ChunkMap = Eigen::Map<Eigen::Array<T, Eigen::Dynamic, 1>, Eigen::Unaligned>;
template <typename T> using ConstChunkMap = Eigen::Map<const Eigen::Array<T, Eigen::Dynamic, 1>, Eigen::Unaligned>;

template <typename T, typename Wait>
std::size_t ringSteps(int rank, int n, std::span<T> data, std::span<const T> left, std::span<T> right, Wait&& wait,
    RingPart part = RingPart::AllReduce)
{
    const std::vector<std::size_t> bounds = chunkBounds(data.size(), n);
    auto mod = [n](int v) { return ((v % n) + n) % n; };
    const bool fused = part == RingPart::AllReduce;
    const int first = part == RingPart::AllGather ? n - 1 : 0;
    const int last = part == RingPart::ReduceScatter ? n - 1 : 2 * (n - 1);
    std::size_t sent = 0;
    for (int s = first; s < last; ++s) {
        const bool reduce = s < n - 1;
        // Received from the left neighbour: in reduce-scatter step s the chunk (r − 1 − s) mod N, in
        // all-gather step k the chunk (r − k) mod N.
        const int k = reduce ? s : s - (n - 1);
        const auto chunk = static_cast<std::size_t>(reduce ? mod(rank - 1 - s) : mod(rank - k));
        const std::size_t b = bounds[chunk], e = bounds[chunk + 1];
        // Eigen's packet code for the sum (a plain loop stays scalar at -O2) and memcpy for the copies:
        // the step then runs at the speed of memory, as a real shared-memory transport does.
        if (fused && reduce && s == n - 2) {
            // The finished chunk (r + 1) mod N goes to the right neighbour at once, a block at a time
            // so the copy reads what the sum just wrote from the nearest cache.
            constexpr std::size_t Block = 4096 / sizeof(T);
            for (std::size_t i = b; i < e; i += Block) {
                const std::size_t m = std::min(Block, e - i);
                ChunkMap<T>(data.data() + i, static_cast<Eigen::Index>(m))
                    += ConstChunkMap<T>(left.data() + i, static_cast<Eigen::Index>(m));
                std::memcpy(right.data() + i, data.data() + i, m * sizeof(T));
            }
        } else if (reduce) {
            ChunkMap<T>(data.data() + b, static_cast<Eigen::Index>(e - b))
                += ConstChunkMap<T>(left.data() + b, static_cast<Eigen::Index>(e - b));
        } else if ((k > 0 || !fused) && e > b) {
            std::memcpy(data.data() + b, left.data() + b, (e - b) * sizeof(T));
        }
        // What this rank sent in the same step is what its right neighbour received: chunk (r − s),
        // (r + 1 − k); in a whole all-reduce the first all-gather chunk was written with the last reduction.
        const auto mine = static_cast<std::size_t>(reduce ? mod(rank - s) : mod(rank + 1 - k));
        sent += (bounds[mine + 1] - bounds[mine]) * sizeof(T);
        wait();
    }
    return sent;
}

// The 2(N−1) steps of one rank's all-reduce (see ringSteps).
template <typename T, typename Wait>
std::size_t ringAllReduceSteps(
    int rank, int n, std::span<T> data, std::span<const T> left, std::span<T> right, Wait&& wait)
{
    return ringSteps<T>(rank, n, data, left, right, std::forward<Wait>(wait), RingPart::AllReduce);
}

// A ring all-reduce (sum) between N threads of one process over shared memory. Each rank passes its
// own buffer; in a step, rank r+1 reads the chunk rank r "sends" straight out of r's buffer (what a
// shared-memory transport does, without a staging copy) and adds it to (reduce-scatter) or copies it
// into (all-gather) its own. The chunks a rank writes in a step are never the chunks read from it in
// that step, and a barrier separates steps, so there are no data races.
template <typename T> class RingAllReduce
{
public:
    explicit RingAllReduce(int ranks)
        : m_ranks(ranks)
        , m_buffers(static_cast<std::size_t>(ranks))
        , m_stepEnds(static_cast<std::size_t>(2 * ranks))
        , m_barrier(ranks, Stamp { this })
    { }

    [[nodiscard]] int ranks() const { return m_ranks; }

    // Called by every rank's thread with equally long buffers; returns when every buffer holds the sum.
    // Returns the bytes this rank sent.
    std::size_t run(int rank, std::span<T> data) { return run(rank, data, RingPart::AllReduce); }
    // Only the reduce-scatter half: afterwards chunk ringOwnedChunk(rank) of `data` holds the sum over
    // every rank (the other chunks hold partial sums). Returns bytes sent: (N−1)/N of the buffer.
    std::size_t reduceScatter(int rank, std::span<T> data) { return run(rank, data, RingPart::ReduceScatter); }
    // Only the all-gather half: every rank's chunk ringOwnedChunk(rank) is copied into every buffer.
    std::size_t allGather(int rank, std::span<T> data) { return run(rank, data, RingPart::AllGather); }

    // Every rank passes the same part.
    std::size_t run(int rank, std::span<T> data, RingPart part)
    {
        if (m_ranks == 1)
            return 0;
        m_buffers[static_cast<std::size_t>(rank)] = data;
        if (rank == 0)
            m_nextSteps = part == RingPart::AllReduce ? 2 * (m_ranks - 1) : m_ranks - 1; // read by stamp 0
        m_barrier.arrive_and_wait(); // every buffer published; stamp 0
        const std::span<const T> left = m_buffers[static_cast<std::size_t>((rank + m_ranks - 1) % m_ranks)];
        const std::span<T> right = m_buffers[static_cast<std::size_t>((rank + 1) % m_ranks)];
        return ringSteps<T>(
            rank, m_ranks, data, left, right, [this] { m_barrier.arrive_and_wait(); }, part);
    }

    // Seconds of each step of the last run (between the barriers that separate them): 2(N−1) for an
    // all-reduce, N−1 for one half.
    [[nodiscard]] std::vector<double> lastStepSeconds() const
    {
        std::vector<double> out;
        for (int s = 1; s <= m_steps; ++s)
            out.push_back(std::chrono::duration<double>(
                m_stepEnds[static_cast<std::size_t>(s)] - m_stepEnds[static_cast<std::size_t>(s) - 1])
                              .count());
        return out;
    }

private:
    struct Stamp
    {
        RingAllReduce* self;
        // Runs once per barrier phase, after every rank arrived and before any leaves.
        void operator()() noexcept
        {
            auto& r = *self;
            if (r.m_phase == 0)
                r.m_steps = r.m_nextSteps;
            r.m_stepEnds[static_cast<std::size_t>(r.m_phase)] = std::chrono::steady_clock::now();
            r.m_phase = (r.m_phase + 1) % (r.m_steps + 1);
        }
    };

    int m_ranks;
    std::vector<std::span<T>> m_buffers;
    std::vector<std::chrono::steady_clock::time_point> m_stepEnds;
    int m_phase = 0; // barrier phase within the current run: 0 publishes the buffers, then one per step
    int m_nextSteps = 0; // steps of the run being started (rank 0 writes it before stamp 0 reads it)
    int m_steps = 0; // steps of the current (or last) run
    std::barrier<Stamp> m_barrier;
};

} // namespace ptlab::training
