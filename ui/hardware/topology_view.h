#pragma once

#include "core/hardware/cpu_load.h"
#include "core/hardware/topology.h"
#include "core/hardware/topology_layout.h"
#include "core/states/engine_types.h"

#include <QWidget>
#include <map>
#include <vector>

namespace ptlab::ui {

// Paints a topology like lstopo from core's layout boxes (machine, packages, NUMA nodes, caches,
// cores, PUs, I/O). On the live machine it also colours each PU by its load and draws the demo
// tasks as small numbered tokens on the PU each last ran on. Sizes follow the widget's font, so the
// drawing scales with the presentation zoom.
class TopologyView : public QWidget
{
    Q_OBJECT
public:
    struct Token
    {
        states::TaskId id = 0;
        int cpu = -1; // kernel CPU number it last ran on
        bool running = false;
    };

    explicit TopologyView(QWidget* parent = nullptr);

    void setTopology(const hardware::Topology& topology);
    const hardware::Topology& topology() const { return m_topology; }
    const hardware::TopologyLayout& topologyLayout() const { return m_layout; }

    // Live overlays (load colours and task tokens) are drawn only when on.
    void setLiveOverlay(bool live);
    bool liveOverlay() const { return m_live; }
    void setLoads(const std::vector<hardware::CpuLoad>& loads);
    void setTokens(std::vector<Token> tokens);

    // The kernel CPU number of the PU box the task's token is drawn on, or -1 (not drawn).
    int tokenCpu(states::TaskId id) const;
    int puBoxCount() const;
    void relayout();
    // Shrink the drawing (never enlarge it) so the whole machine fits in `size`.
    void setFitToView(bool fit);
    bool fitToView() const { return m_fit; }
    void setAvailableSize(const QSize& size);
    double scale() const { return m_scale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    // A right click on a PU box of the live machine (for "pin a task here").
    void puMenuRequested(unsigned cpu, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QString tooltipFor(int boxIndex) const;
    std::vector<std::string> labelFor(const hardware::TopologyNode& node) const;
    QString coreKindName(const hardware::TopologyNode& node) const;
    void applyScale();
    QPointF toLayout(const QPoint& widgetPos) const;

    hardware::Topology m_topology;
    hardware::TopologyLayout m_layout;
    std::map<unsigned, double> m_busy; // by kernel CPU number
    std::vector<Token> m_tokens;
    bool m_live = false;
    bool m_fit = false;
    double m_scale = 1.0;
    QSize m_available;
    double m_lineHeight = 16;
    double m_padding = 4;
    double m_tokenSize = 14;
    double m_barHeight = 4;
};

} // namespace ptlab::ui
