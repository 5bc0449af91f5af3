#include "ui/cli/latency_probe.h"

#include <algorithm>

namespace ptlab::ui {

namespace {
constexpr int IntervalMs = 16;
}

LatencyProbe::LatencyProbe(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const double late = std::max<qint64>(0, now - m_expectedNs) / 1e6;
        m_latencies.push_back(late);
        emit measured(late);
        m_expectedNs = now + IntervalMs * 1'000'000LL;
    });
}

void LatencyProbe::start()
{
    m_clock.start();
    m_expectedNs = IntervalMs * 1'000'000LL;
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
}

LatencyProbe::Summary LatencyProbe::summarize(std::vector<double> values)
{
    Summary s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = static_cast<int>(values.size());
    s.medianMs = values[values.size() / 2];
    s.p99Ms = values[std::min(values.size() - 1, static_cast<size_t>(values.size() * 0.99))];
    s.maxMs = values.back();
    return s;
}

} // namespace ptlab::ui
