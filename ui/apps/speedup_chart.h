#pragma once

#include "core/workloads/speedup.h"

#include <QWidget>

class QCustomPlot;
class QCPErrorBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;

namespace ptlab::ui {

// Speed-up against worker count: the measured medians with their spread (error bars from the
// slowest to the fastest run), Amdahl's curve fitted to them, the ideal line, and the machine's
// hardware-thread count marked.
class SpeedupChart : public QWidget
{
    Q_OBJECT
public:
    explicit SpeedupChart(QWidget* parent = nullptr);
    void setData(const std::vector<workloads::SpeedupPoint>& points, int hardwareThreads, int maxWorkers);
    void retranslate();
    void updateFonts(double zoom);
    [[nodiscard]] const workloads::AmdahlFit& fit() const { return m_fit; }
    [[nodiscard]] int pointCount() const { return static_cast<int>(m_points.size()); }
    [[nodiscard]] QString caption() const;

private:
    void redraw();
    QLabel* m_caption;
    QCustomPlot* m_plot;
    QCPGraph* m_measured;
    QCPGraph* m_amdahl;
    QCPGraph* m_ideal;
    QCPErrorBars* m_spread;
    QCPItemStraightLine* m_hwLine;
    QCPItemText* m_hwText;
    std::vector<workloads::SpeedupPoint> m_points;
    workloads::AmdahlFit m_fit;
    int m_hw = 1;
    int m_max = 2;
};

} // namespace ptlab::ui
