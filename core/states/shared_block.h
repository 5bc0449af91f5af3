#pragma once

#include "core/states/workload.h"
#include "core/util/error.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <pthread.h>
#include <string>

namespace ptlab::states {

// What one task publishes about itself, readable by the engine whether the task is a thread of
// ours or a worker process: lock-free atomics in shared memory are address-free on Linux.
struct TaskSlot
{
    std::atomic<std::uint32_t> waitReason { 0 };
    std::atomic<std::uint32_t> inUse { 0 };
    std::atomic<std::uint64_t> work { 0 }; // units of work done (iterations of the workload loop)
    std::atomic<std::uint32_t> flags { 0 }; // TaskSlot::Parked, TaskSlot::Finished
    static constexpr std::uint32_t Parked = 1; // parked in a cooperative suspend
    static constexpr std::uint32_t Finished = 2; // the workload has returned
};
static_assert(std::atomic<std::uint64_t>::is_always_lock_free);

inline constexpr int MaxTaskSlots = 4096;

struct SharedBlockLayout
{
    pthread_mutex_t lock; // process-shared, robust: a worker killed while holding it does not wedge the rest
    std::atomic<std::uint64_t> lockAcquisitions { 0 };
    TaskSlot slots[MaxTaskSlots];
};

// An anonymous shared-memory segment (memfd) holding the contended lock and the task slots. The
// engine creates it; each worker process maps the descriptor it inherits. Being anonymous, nothing
// is left behind in /dev/shm when ptlab crashes or is killed.
class SharedBlock
{
public:
    ~SharedBlock();
    SharedBlock(const SharedBlock&) = delete;
    SharedBlock& operator=(const SharedBlock&) = delete;

    [[nodiscard]] static Result<SharedBlock*> create(); // new segment; caller owns the pointer
    [[nodiscard]] static Result<SharedBlock*> attach(int fd); // in a worker: the inherited descriptor

    int fd() const { return m_fd; } // close-on-exec; the engine hands a copy to each worker
    SharedBlockLayout& layout() { return *m_layout; }
    TaskSlot* slot(int index) { return index >= 0 && index < MaxTaskSlots ? &m_layout->slots[index] : nullptr; }

    // Locks the shared mutex, recovering it when its previous owner died holding it. Waits in slices
    // of 100 ms so that `giveUp` (e.g. a stop request) is honoured and a wake-up lost to a waiter
    // killed just after being woken cannot leave the others asleep forever. False when it gave up.
    bool lock(const std::function<bool()>& giveUp = {});
    void unlock();

private:
    SharedBlock() = default;
    int m_fd = -1;
    SharedBlockLayout* m_layout = nullptr;
    bool m_owner = false;
};

} // namespace ptlab::states
