#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace ptlab::compare {

// A single-producer single-consumer byte ring in memory that two processes (MAP_SHARED) or two
// threads share. Lock-free atomics only, so it works across fork and needs no allocation in the child.
// Waiting spins briefly, then sleeps on a futex in the shared page (as a pipe's reader would
// sleep in the kernel), so a busy machine does not starve the peer of the CPU.
struct RingHeader
{
    alignas(64) std::atomic<std::uint64_t> head { 0 }; // bytes written so far
    alignas(64) std::atomic<std::uint64_t> tail { 0 }; // bytes read so far
    alignas(64) std::atomic<std::uint32_t> seq { 0 }; // bumped on every move of head or tail: the futex word
    std::atomic<std::uint32_t> sleepers { 0 };
};
static_assert(sizeof(std::atomic<std::uint32_t>) == 4, "the futex word must be 32 bits");

class ShmRing
{
public:
    ShmRing() = default;
    ShmRing(RingHeader* header, char* data, std::size_t capacity) : m_h(header), m_data(data), m_capacity(capacity) { }

    // Both block until done, or give up (false) after `timeoutNs` without progress: a peer died.
    bool write(const void* src, std::size_t size, std::int64_t timeoutNs);
    bool read(void* dst, std::size_t size, std::int64_t timeoutNs);

private:
    template <typename Ready> bool waitUntil(Ready&& ready, std::int64_t timeoutNs);
    void published();

    RingHeader* m_h = nullptr;
    char* m_data = nullptr;
    std::size_t m_capacity = 0;
};

// One anonymous MAP_SHARED mapping holding two rings (there and back), kept across fork.
class SharedRings
{
public:
    explicit SharedRings(std::size_t capacity);
    ~SharedRings();
    SharedRings(const SharedRings&) = delete;
    SharedRings& operator=(const SharedRings&) = delete;
    bool ok() const { return m_base != nullptr; }
    ShmRing& toPeer() { return m_toPeer; }
    ShmRing& toMain() { return m_toMain; }

private:
    void* m_base = nullptr;
    std::size_t m_bytes = 0;
    ShmRing m_toPeer, m_toMain;
};

} // namespace ptlab::compare
