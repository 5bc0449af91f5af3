#include "ui/widgets/frame_budget.h"

#include <algorithm>
#include <ctime>

namespace ptlab::ui {
namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

} // namespace

FrameBudget::FrameBudget(int minIntervalMs, int maxIntervalMs, double share)
    : m_min(minIntervalMs), m_max(maxIntervalMs), m_share(share), m_intervalMs(minIntervalMs)
{ }

int FrameBudget::nextIntervalMs()
{
    const double now = threadCpuSeconds();
    if (m_lastCpuS >= 0) {
        const double spentMs = (now - m_lastCpuS) * 1000.0;
        // The interval at which the last frame's cost is exactly the share; smoothed, so one slow
        // frame (a page switch) does not halve the rate at once.
        const double wanted = spentMs / m_share;
        m_intervalMs
            = std::clamp(0.6 * m_intervalMs + 0.4 * wanted, static_cast<double>(m_min), static_cast<double>(m_max));
    }
    m_lastCpuS = now;
    return static_cast<int>(m_intervalMs);
}

} // namespace ptlab::ui
