#include "core/compare/shm_ring.h"

#include "core/compare/child_process.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <sched.h>
#include <sys/mman.h>

namespace ptlab::compare {

namespace {

// Spin a little (the peer is usually on the other CPU), then yield (it may be on ours).
class Backoff
{
public:
    explicit Backoff(std::int64_t timeoutNs) : m_timeoutNs(timeoutNs) { }
    bool wait()
    {
        if (++m_spins < 200)
            return true;
        sched_yield();
        if ((m_spins & 63) == 0) {
            const std::int64_t now = monotonicNs();
            if (m_since == 0)
                m_since = now;
            else if (now - m_since > m_timeoutNs)
                return false;
        }
        return true;
    }
    void progressed()
    {
        m_spins = 0;
        m_since = 0;
    }

private:
    std::int64_t m_timeoutNs;
    std::int64_t m_since = 0;
    unsigned m_spins = 0;
};

} // namespace

bool ShmRing::write(const void* src, std::size_t size, std::int64_t timeoutNs)
{
    const char* p = static_cast<const char*>(src);
    std::uint64_t head = m_h->head.load(std::memory_order_relaxed);
    Backoff backoff(timeoutNs);
    while (size > 0) {
        const std::uint64_t tail = m_h->tail.load(std::memory_order_acquire);
        const std::size_t space = m_capacity - static_cast<std::size_t>(head - tail);
        if (space == 0) {
            if (!backoff.wait())
                return false;
            continue;
        }
        const std::size_t at = static_cast<std::size_t>(head % m_capacity);
        const std::size_t chunk = std::min({ size, space, m_capacity - at });
        std::memcpy(m_data + at, p, chunk);
        head += chunk;
        m_h->head.store(head, std::memory_order_release);
        p += chunk;
        size -= chunk;
        backoff.progressed();
    }
    return true;
}

bool ShmRing::read(void* dst, std::size_t size, std::int64_t timeoutNs)
{
    char* p = static_cast<char*>(dst);
    std::uint64_t tail = m_h->tail.load(std::memory_order_relaxed);
    Backoff backoff(timeoutNs);
    while (size > 0) {
        const std::uint64_t head = m_h->head.load(std::memory_order_acquire);
        const std::size_t avail = static_cast<std::size_t>(head - tail);
        if (avail == 0) {
            if (!backoff.wait())
                return false;
            continue;
        }
        const std::size_t at = static_cast<std::size_t>(tail % m_capacity);
        const std::size_t chunk = std::min({ size, avail, m_capacity - at });
        std::memcpy(p, m_data + at, chunk);
        tail += chunk;
        m_h->tail.store(tail, std::memory_order_release);
        p += chunk;
        size -= chunk;
        backoff.progressed();
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
