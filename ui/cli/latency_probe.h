#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <vector>

namespace ptlab::ui {

// Measures how late a 16 ms timer fires on the thread that owns it: a blocked event loop shows up
// as lateness. Used by benchmarks and by pages that plot event-loop latency.
class LatencyProbe : public QObject
{
    Q_OBJECT
public:
    explicit LatencyProbe(QObject* parent = nullptr);
    void start();
    void stop();
    const std::vector<double>& latenciesMs() const { return m_latencies; }
    void clear() { m_latencies.clear(); }

    struct Summary
    {
        double medianMs = 0, p99Ms = 0, maxMs = 0;
        int count = 0;
    };
    static Summary summarize(std::vector<double> values);

signals:
    void measured(double latencyMs);

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_expectedNs = 0;
    std::vector<double> m_latencies;
};

} // namespace ptlab::ui
