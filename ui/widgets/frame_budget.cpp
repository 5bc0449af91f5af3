#include "ui/widgets/frame_budget.h"

#include "core/util/clocks.h"

#include <algorithm>

namespace ptlab::ui {
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
