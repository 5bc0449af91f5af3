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
};
static_assert(std::atomic<std::uint64_t>::is_always_lock_free);

inline constexpr int MaxTaskSlots = 4096;

struct SharedBlockLayout
{
    pthread_mutex_t lock; // process-shared, robust: a worker killed while holding it does not wedge the rest
    std::atomic<std::uint64_t> lockAcquisitions { 0 };
    TaskSlot slots[MaxTaskSlots];
};

// A POSIX shared-memory segment holding the contended lock and the task slots. The engine creates
// it; each worker process maps it by name.
class SharedBlock
{
public:
    ~SharedBlock();
    SharedBlock(const SharedBlock&) = delete;
    SharedBlock& operator=(const SharedBlock&) = delete;

    static Result<SharedBlock*> create(); // new segment with a unique name; caller owns the pointer
    static Result<SharedBlock*> attach(const std::string& name); // in a worker

    const std::string& name() const { return m_name; }
    SharedBlockLayout& layout() { return *m_layout; }
    TaskSlot* slot(int index) { return index >= 0 && index < MaxTaskSlots ? &m_layout->slots[index] : nullptr; }

    // Locks the shared mutex, recovering it when its previous owner died holding it. Waits in slices
    // of 100 ms so that `giveUp` (e.g. a stop request) is honoured and a wake-up lost to a waiter
    // killed just after being woken cannot leave the others asleep forever. False when it gave up.
    bool lock(const std::function<bool()>& giveUp = {});
    void unlock();

private:
    SharedBlock() = default;
    std::string m_name;
    SharedBlockLayout* m_layout = nullptr;
    bool m_owner = false;
};

} // namespace ptlab::states
