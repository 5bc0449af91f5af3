#pragma once

#include "core/states/shared_block.h"
#include "core/states/workload.h"

#include <atomic>
#include <chrono>

namespace ptlab::states {

// The flags a workload loop checks, and the one file descriptor it blocks on, so that stop, park and
// admit wake it at once. requestStop() is async-signal-safe (an atomic store and a write), which lets
// a worker process call it from its SIGTERM handler.
class TaskControl
{
public:
    explicit TaskControl(TaskSlot* slot = nullptr);
    ~TaskControl();
    TaskControl(const TaskControl&) = delete;
    TaskControl& operator=(const TaskControl&) = delete;

    bool valid() const { return m_event >= 0; }

    // Controller side.
    void requestStop();
    void admit();
    void setParkRequested(bool park); // a thread's cooperative suspend

    bool stopRequested() const { return m_stop.load(std::memory_order_acquire); }
    bool isAdmitted() const { return m_admitted.load(std::memory_order_acquire); }
    bool isParked() const { return m_parked.load(std::memory_order_acquire); }
    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }

    // Workload side.
    bool waitForAdmission(); // false when stopped before admission
    bool checkpoint(); // parks while a park is requested; false once stop is requested
    // Blocks for up to `duration` (a real kernel wait on the event fd); false when stop was requested.
    bool waitFor(std::chrono::nanoseconds duration, WaitReason reason);
    void setWaitReason(WaitReason r);
    void addWork(std::uint64_t units = 1);
    void markFinished();

private:
    void wake();
    void drain();
    bool block(int timeoutMs);

    TaskSlot m_ownSlot; // used when no shared slot was handed in
    TaskSlot* m_slot;
    int m_event = -1;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_admitted { false };
    std::atomic<bool> m_parkRequested { false };
    std::atomic<bool> m_parked { false };
    std::atomic<bool> m_finished { false };
};

} // namespace ptlab::states
