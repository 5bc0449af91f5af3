#pragma once

#include "core/hardware/cpu_load.h"
#include "core/hardware/topology.h"
#include "core/hardware/topology_loader.h"
#include "core/util/error.h"
#include "ui/shell/page.h"

#include <QTimer>
#include <optional>
#include <thread>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPBars;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace ptlab::ui {

class SummaryCards;
class TopologyView;

// The machine the demos run on: its hwloc topology drawn like lstopo, summary cards for students,
// live per-CPU load and the demo tasks on the CPU each last ran on. Sample, XML and synthetic
// topologies teach machines the room does not have.
class HardwarePage : public Page
{
    Q_OBJECT
public:
    explicit HardwarePage(AppContext& context, QWidget* parent = nullptr);
    ~HardwarePage() override;

    QString pageId() const override { return QStringLiteral("hardware"); }
    QString title() const override;
    void applyPreset(const QString& preset) override;
    void setActive(bool active) override;
    void startShowcase() override;

    // Each returns false (and shows a message, keeping the current topology) when the input is bad.
    bool loadLive(const hardware::LiveOptions& options = {});
    // Discovers this machine on a worker thread (hwloc takes tens of milliseconds, more on big
    // machines) and shows it when done; the GUI thread never waits for it.
    void loadLiveInBackground();
    bool discovering() const { return m_discovery.joinable() && !m_discoveryDone; }
    bool loadSynthetic(const QString& description);
    bool loadXmlData(const QByteArray& xml, const QString& origin);
    bool loadXmlFile(const QString& path);
    bool loadSample(const QString& resourcePath); // e.g. ":/topologies/laptop-4c8t.xml"
    bool exportXml(const QString& path);

    // Exposed for tests.
    TopologyView* topologyView() const { return m_view; }
    SummaryCards* summaryCards() const { return m_cards; }
    const hardware::Topology& topology() const;
    bool showsLiveMachine() const;
    QString lastError() const;
    QString noteText() const;
    void refresh(); // one tick: sample /proc/stat and place the engine's tasks

protected:
    void retranslate() override;
    void zoomChanged(double zoom) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildSidePanel();
    QWidget* buildLoadPanel();
    void applyTopology(const hardware::Topology& topology);
    // Shows a loaded topology, or why it could not be loaded from `origin` (keeping the one shown).
    bool applyLoaded(const Result<hardware::Topology>& topology, const QString& origin);
    void showError(const QString& text);
    void updateNote();
    void updatePlotFonts();
    void updateLoadTitle();
    void fitLoadPanel();
    void sampleLoad();
    void placeTasks();
    void askSynthetic();
    void askXmlFile();
    void askExport();
    void fillSampleCombo();
    void showPinMenu(unsigned cpu, const QPoint& globalPos);

    TopologyView* m_view = nullptr;
    SummaryCards* m_cards = nullptr;
    QScrollArea* m_scroll = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    bool m_splitMoved = false;
    QLabel* m_error = nullptr;
    QLabel* m_note = nullptr;

    QGroupBox* m_sourceGroup = nullptr;
    QPushButton* m_liveButton = nullptr;
    QComboBox* m_samples = nullptr;
    QPushButton* m_xmlButton = nullptr;
    QPushButton* m_syntheticButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QCheckBox* m_fit = nullptr;

    QWidget* m_loadGroup = nullptr;
    QLabel* m_loadTitle = nullptr;
    QLabel* m_loadText = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPBars* m_bars = nullptr;

    QTimer m_timer;
    hardware::CpuLoadSampler m_sampler;
    std::optional<hardware::CpuLoad> m_overall;
    QString m_lastSynthetic;
    bool m_loaded = false;
    std::thread m_discovery;
    bool m_discoveryDone = false;
    int m_applied = 0; // topologies shown so far: a late discovery never replaces a newer choice
};

} // namespace ptlab::ui
