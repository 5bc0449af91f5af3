#include "core/compare/shm_ring.h"

#include "core/compare/child_process.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <linux/futex.h>
#include <new>
#include <sched.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ptlab::compare {

namespace {

void futexWait(std::atomic<std::uint32_t>* word, std::uint32_t expected, long timeoutNs)
{
    timespec ts { 0, timeoutNs };
    // Not FUTEX_PRIVATE: the word lives in MAP_SHARED memory that two processes may map.
    syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(word), FUTEX_WAIT, expected, &ts, nullptr, 0);
}

void futexWakeAll(std::atomic<std::uint32_t>* word)
{
    syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(word), FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
}

} // namespace

template <typename Ready> bool ShmRing::waitUntil(Ready&& ready, std::int64_t timeoutNs)
{
    for (int spin = 0; spin < 100; ++spin) { // short: on a busy machine the peer may need this very CPU
        if (ready())
            return true;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    }
    const std::int64_t deadline = monotonicNs() + timeoutNs;
    for (;;) {
        const std::uint32_t seen = m_h->seq.load();
        if (ready())
            return true;
        m_h->sleepers.fetch_add(1);
        if (!ready())
            futexWait(&m_h->seq, seen, 50'000'000); // returns at once if seq moved since `seen`
        m_h->sleepers.fetch_sub(1);
        if (ready())
            return true;
        if (monotonicNs() > deadline)
            return false;
    }
}

void ShmRing::published()
{
    m_h->seq.fetch_add(1);
    if (m_h->sleepers.load() > 0)
        futexWakeAll(&m_h->seq);
}

bool ShmRing::write(const void* src, std::size_t size, std::int64_t timeoutNs)
{
    const char* p = static_cast<const char*>(src);
    std::uint64_t head = m_h->head.load(std::memory_order_relaxed);
    while (size > 0) {
        std::uint64_t tail = m_h->tail.load(std::memory_order_acquire);
        if (head - tail == m_capacity) {
            const bool ok = waitUntil(
                [&] { return head - (tail = m_h->tail.load(std::memory_order_acquire)) < m_capacity; }, timeoutNs);
            if (!ok)
                return false;
        }
        const std::size_t space = m_capacity - static_cast<std::size_t>(head - tail);
        const std::size_t at = static_cast<std::size_t>(head % m_capacity);
        const std::size_t chunk = std::min({ size, space, m_capacity - at });
        std::memcpy(m_data + at, p, chunk);
        head += chunk;
        m_h->head.store(head, std::memory_order_release);
        published();
        p += chunk;
        size -= chunk;
    }
    return true;
}

bool ShmRing::read(void* dst, std::size_t size, std::int64_t timeoutNs)
{
    char* p = static_cast<char*>(dst);
    std::uint64_t tail = m_h->tail.load(std::memory_order_relaxed);
    while (size > 0) {
        std::uint64_t head = m_h->head.load(std::memory_order_acquire);
        if (head == tail) {
            const bool ok
                = waitUntil([&] { return (head = m_h->head.load(std::memory_order_acquire)) != tail; }, timeoutNs);
            if (!ok)
                return false;
        }
        const std::size_t avail = static_cast<std::size_t>(head - tail);
        const std::size_t at = static_cast<std::size_t>(tail % m_capacity);
        const std::size_t chunk = std::min({ size, avail, m_capacity - at });
        std::memcpy(p, m_data + at, chunk);
        tail += chunk;
        m_h->tail.store(tail, std::memory_order_release);
        published();
        p += chunk;
        size -= chunk;
    }
    return true;
}

SharedRings::SharedRings(std::size_t capacity)
{
    const std::size_t header = 4096; // two headers, each on its own cache lines
    m_bytes = 2 * (header + capacity);
    void* base = mmap(nullptr, m_bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return;
    m_base = base;
    char* b = static_cast<char*>(base);
    auto* h1 = new (b) RingHeader;
    auto* h2 = new (b + header + capacity) RingHeader;
    m_toPeer = ShmRing(h1, b + header, capacity);
    m_toMain = ShmRing(h2, b + 2 * header + capacity, capacity);
}

SharedRings::~SharedRings()
{
    if (m_base)
        munmap(m_base, m_bytes);
}

} // namespace ptlab::compare
