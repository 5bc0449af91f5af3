#pragma once

#include "core/states/engine_types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>
#include <deque>
#include <optional>

class QCustomPlot;
class QCPColorMap;

namespace ptlab::ui {

// One row per task, coloured spans per state over the last 30 s down to the last 5 ms, scrolling
// live (QCustomPlot colour map: one cell per task and time slice, so 200 tasks stay cheap to draw).
// Tasks of the exact source draw their intervals (a cell shows the state that filled most of it),
// the others their samples.
class StateTimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StateTimelineWidget(QWidget* parent = nullptr);

    void append(const states::EngineSnapshot& snapshot); // incremental samples of each task
    void setWindowSeconds(double seconds); // 0.005 to 300
    double windowSeconds() const { return m_windowSeconds; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setZoom(double zoom);
    void retranslate();
    QCustomPlot* plot() const { return m_plot; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // The state shown for a task at a time (seconds on the engine clock); -1 when none. For tests.
    int stateAt(states::TaskId id, double seconds) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        states::TaskId id = 0;
        states::TaskKind kind = states::TaskKind::Thread;
        pid_t pid = 0, tid = 0;
        std::deque<states::StateSample> samples;
        std::deque<states::StateInterval> intervals; // exact source: closed intervals
        std::optional<states::StateInterval> open; // and the one still open
    };
    int cellValue(const Row& row, double from, double to, std::size_t& cursor) const;
    void redraw();
    void showHover(const QPoint& pos);

    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_map = nullptr;
    std::vector<Row> m_rows;
    QHash<states::TaskId, int> m_rowOf;
    double m_nowSeconds = 0;
    double m_frozenAt = 0;
    double m_windowSeconds = 30;
    bool m_paused = false;
    double m_zoom = 1.0;
    QElapsedTimer m_redrawClock;
};

} // namespace ptlab::ui
