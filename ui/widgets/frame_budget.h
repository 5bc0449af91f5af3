#pragma once

namespace ptlab::ui {

// Keeps a page's repaint loop within a share of one CPU. The GUI thread competes with the demo tasks
// for the CPU; a window that asks for more than the scheduler grants it (at nice 0 against 200 tasks at
// nice 10 that is under a tenth of a CPU) falls behind for everything, input included. So the frame
// interval follows what the last frames really cost this thread: cheap frames keep the fastest rate,
// expensive ones slow the page down instead of the whole window.
class FrameBudget
{
public:
    FrameBudget(int minIntervalMs, int maxIntervalMs, double share);
    // Call once per frame: the interval until the next one, from the CPU time this thread used since
    // the previous call (everything it did: painting, other pages, input).
    [[nodiscard]] int nextIntervalMs();
    [[nodiscard]] int intervalMs() const { return static_cast<int>(m_intervalMs); }

private:
    int m_min;
    int m_max;
    double m_share;
    double m_intervalMs;
    double m_lastCpuS = -1;
};

} // namespace ptlab::ui
