#pragma once

#include "core/states/engine_types.h"
#include "ui/shell/page.h"
#include "ui/widgets/frame_budget.h"

#include <QTimer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;
class QSplitter;

namespace ptlab::ui {

class StateDiagramWidget;
class StateTimelineWidget;
class TaskTableModel;

// The live state machine: spawn real threads and processes, watch them move between the six states,
// and act on them (admit, suspend, resume, stop, kill, renice, pin).
class StatesPage : public Page
{
    Q_OBJECT
public:
    explicit StatesPage(AppContext& context, QWidget* parent = nullptr);
    ~StatesPage() override;

    QString pageId() const override { return QStringLiteral("states"); }
    QString title() const override;
    void applyPreset(const QString& preset) override;
    void setActive(bool active) override;
    void startShowcase() override;
    bool triggerPrimaryAction() override;
    bool togglePause() override;

    // Exposed for tests and benchmarks.
    StateDiagramWidget* diagram() const { return m_diagram; }
    StateTimelineWidget* timeline() const { return m_timeline; }
    TaskTableModel* taskModel() const { return m_model; }
    QTableView* taskTable() const { return m_table; }
    void refresh(); // one frame: read the engine's latest snapshot and draw it
    QString lastError() const;
    // Writes the tasks' timelines as Chrome trace-event JSON (Perfetto); false with the reason shown.
    bool exportTimeline(const QString& path);
    QString sourceText() const; // the sentence saying which source is live

protected:
    void retranslate() override;
    void zoomChanged(double zoom) override;

private:
    QWidget* buildControls();
    void spawn();
    QList<states::TaskId> selectedTasks() const;
    template <typename F> void forSelected(F&& action);
    void showError(const QString& text);
    void updateCpuChoices();
    void updateSourceNote();
    void chooseExportFile();

    StateDiagramWidget* m_diagram = nullptr;
    StateTimelineWidget* m_timeline = nullptr;
    TaskTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QScrollArea* m_controlsScroll = nullptr;
    QTimer m_frameTimer;
    FrameBudget m_frameBudget { 66, 1000, 0.05 }; // ~15 frames a second while frames are cheap
    std::int64_t m_lastSampleNs = -1;
    int m_frame = 0;

    QGroupBox* m_spawnGroup = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_count = nullptr;
    QComboBox* m_workload = nullptr;
    QSpinBox* m_duty = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_workloadLabel = nullptr;
    QLabel* m_dutyLabel = nullptr;
    QPushButton* m_spawnButton = nullptr;

    QGroupBox* m_selectionGroup = nullptr;
    QPushButton* m_admit = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_kill = nullptr;
    QSpinBox* m_nice = nullptr;
    QPushButton* m_renice = nullptr;
    QComboBox* m_cpu = nullptr;
    QPushButton* m_pin = nullptr;
    QLabel* m_threadNote = nullptr;

    QGroupBox* m_engineGroup = nullptr;
    QCheckBox* m_hold = nullptr;
    QCheckBox* m_defer = nullptr;
    QPushButton* m_stopAll = nullptr;
    QPushButton* m_clear = nullptr;

    QGroupBox* m_viewGroup = nullptr;
    QPushButton* m_pause = nullptr;
    QComboBox* m_window = nullptr;
    QLabel* m_windowLabel = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_sourceNote = nullptr;
    QLabel* m_niceNote = nullptr;

    QLabel* m_error = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace ptlab::ui
