#include "core/states/task_control.h"

#include <cerrno>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace ptlab::states {

TaskControl::TaskControl(TaskSlot* slot) : m_slot(slot ? slot : &m_ownSlot)
{
    m_event = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

TaskControl::~TaskControl()
{
    if (m_event >= 0)
        close(m_event);
}

void TaskControl::wake()
{
    const std::uint64_t one = 1;
    // Async-signal-safe; a full counter (never in practice) still leaves the fd readable.
    [[maybe_unused]] ssize_t n = write(m_event, &one, sizeof one);
}

void TaskControl::drain()
{
    std::uint64_t value;
    [[maybe_unused]] ssize_t n = read(m_event, &value, sizeof value);
}

bool TaskControl::block(int timeoutMs)
{
    pollfd p { m_event, POLLIN, 0 };
    int rc = poll(&p, 1, timeoutMs);
    if (rc > 0)
        drain();
    return rc > 0;
}

void TaskControl::requestStop()
{
    m_stop.store(true, std::memory_order_release);
    wake();
}

void TaskControl::admit()
{
    m_admitted.store(true, std::memory_order_release);
    wake();
}

void TaskControl::setParkRequested(bool park)
{
    m_parkRequested.store(park, std::memory_order_release);
    wake();
}

bool TaskControl::waitForAdmission()
{
    setWaitReason(WaitReason::Gate);
    while (!isAdmitted() && !stopRequested())
        block(-1);
    setWaitReason(WaitReason::None);
    return !stopRequested();
}

bool TaskControl::checkpoint()
{
    if (m_parkRequested.load(std::memory_order_acquire) && !stopRequested()) {
        setWaitReason(WaitReason::Park);
        m_parked.store(true, std::memory_order_release);
        m_slot->flags.fetch_or(TaskSlot::Parked, std::memory_order_release);
        while (m_parkRequested.load(std::memory_order_acquire) && !stopRequested())
            block(-1);
        m_slot->flags.fetch_and(~TaskSlot::Parked, std::memory_order_release);
        m_parked.store(false, std::memory_order_release);
        setWaitReason(WaitReason::None);
    }
    return !stopRequested();
}

bool TaskControl::waitFor(std::chrono::nanoseconds duration, WaitReason reason)
{
    using namespace std::chrono;
    const auto deadline = steady_clock::now() + duration;
    setWaitReason(reason);
    while (!stopRequested()) {
        const auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
        if (left <= 0)
            break;
        block(static_cast<int>(left));
        // A park request arriving mid-wait is honoured at the next checkpoint.
        if (m_parkRequested.load(std::memory_order_acquire))
            break;
    }
    setWaitReason(WaitReason::None);
    return !stopRequested();
}

void TaskControl::markFinished()
{
    m_finished.store(true, std::memory_order_release);
    m_slot->flags.fetch_or(TaskSlot::Finished, std::memory_order_release);
}

void TaskControl::setWaitReason(WaitReason r)
{
    m_slot->waitReason.store(static_cast<std::uint32_t>(r), std::memory_order_relaxed);
}

void TaskControl::addWork(std::uint64_t units)
{
    m_slot->work.fetch_add(units, std::memory_order_relaxed);
}

} // namespace ptlab::states
