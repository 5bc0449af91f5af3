#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <cstddef>
#include <vector>

namespace ptlab::ui {

// Measures how late a 16 ms timer fires on the thread that owns it: a blocked event loop shows up
// as lateness. The one probe of the app: pages plot it, benchmarks summarise it. It keeps a bounded
// window of the latest ticks (a ring buffer), so a page left open for hours does not grow.
class LatencyProbe : public QObject
{
    Q_OBJECT
public:
    // 2^15 ticks of 16 ms: about nine minutes, 512 KB.
    static constexpr std::size_t DefaultCapacity = std::size_t { 1 } << 15;

    explicit LatencyProbe(QObject* parent = nullptr, std::size_t capacity = DefaultCapacity);
    void start();
    void stop();
    [[nodiscard]] bool running() const { return m_timer.isActive(); }

    // The ticks kept, oldest first: the last capacity() of them.
    [[nodiscard]] std::vector<double> latenciesMs() const;
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] std::size_t capacity() const { return m_ring.size(); }
    // Every tick since start(), including those the window has dropped.
    [[nodiscard]] long long totalTicks() const { return m_total; }
    // The longest lateness among the ticks of the last `windowMs` milliseconds.
    [[nodiscard]] double longestInLastMs(qint64 windowMs) const;
    void clear();

    struct Summary
    {
        double medianMs = 0, p99Ms = 0, maxMs = 0;
        int count = 0;
    };
    [[nodiscard]] static Summary summarize(std::vector<double> values);
    [[nodiscard]] Summary summary() const { return summarize(latenciesMs()); }

signals:
    void measured(double latencyMs);

private:
    struct Tick
    {
        qint64 atMs = 0;
        double lateMs = 0;
    };

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_expectedNs = 0;
    std::vector<Tick> m_ring;
    std::size_t m_next = 0; // where the next tick goes
    std::size_t m_size = 0;
    long long m_total = 0;
};

} // namespace ptlab::ui
