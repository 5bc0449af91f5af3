#include "ui/widgets/latency_probe.h"

#include <algorithm>

namespace ptlab::ui {

namespace {
constexpr int IntervalMs = 16;
}

LatencyProbe::LatencyProbe(QObject* parent, std::size_t capacity)
    : QObject(parent), m_ring(std::max<std::size_t>(capacity, 1))
{
    m_clock.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const double late = static_cast<double>(std::max<qint64>(0, now - m_expectedNs)) / 1e6;
        m_ring[m_next] = Tick { now / 1'000'000, late };
        m_next = (m_next + 1) % m_ring.size();
        m_size = std::min(m_size + 1, m_ring.size());
        ++m_total;
        emit measured(late);
        m_expectedNs = now + IntervalMs * 1'000'000LL;
    });
}

void LatencyProbe::start()
{
    m_expectedNs = m_clock.nsecsElapsed() + IntervalMs * 1'000'000LL;
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
}

void LatencyProbe::clear()
{
    m_next = 0;
    m_size = 0;
}

std::vector<double> LatencyProbe::latenciesMs() const
{
    std::vector<double> out;
    out.reserve(m_size);
    const std::size_t first = (m_next + m_ring.size() - m_size) % m_ring.size();
    for (std::size_t i = 0; i < m_size; ++i)
        out.push_back(m_ring[(first + i) % m_ring.size()].lateMs);
    return out;
}

double LatencyProbe::longestInLastMs(qint64 windowMs) const
{
    const qint64 since = m_clock.elapsed() - windowMs;
    double longest = 0;
    // Newest first; stop at the first tick older than the window.
    for (std::size_t i = 0; i < m_size; ++i) {
        const Tick& t = m_ring[(m_next + m_ring.size() - 1 - i) % m_ring.size()];
        if (t.atMs < since)
            break;
        longest = std::max(longest, t.lateMs);
    }
    return longest;
}

LatencyProbe::Summary LatencyProbe::summarize(std::vector<double> values)
{
    Summary s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = static_cast<int>(values.size());
    s.medianMs = values[values.size() / 2];
    s.p99Ms = values[std::min(values.size() - 1, static_cast<size_t>(static_cast<double>(values.size()) * 0.99))];
    s.maxMs = values.back();
    return s;
}

} // namespace ptlab::ui
