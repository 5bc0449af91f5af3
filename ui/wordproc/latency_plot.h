#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;

namespace ptlab::ui {

// Event-loop latency over the last seconds, with the 16 ms (one frame) and 100 ms (a noticeable
// pause) lines.
class LatencyPlot : public QWidget
{
    Q_OBJECT
public:
    explicit LatencyPlot(QWidget* parent = nullptr);
    void add(double latencyMs);
    void retranslate();
    void setZoom(double zoom);

protected:
    void changeEvent(QEvent* event) override;

private:
    QCustomPlot* m_plot = nullptr;
    QCPItemStraightLine* m_frameLine = nullptr;
    QCPItemStraightLine* m_pauseLine = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastReplot = 0;
};

} // namespace ptlab::ui
