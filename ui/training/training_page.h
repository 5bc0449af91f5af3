#pragma once

#include "core/states/engine_types.h"
#include "ui/shell/page.h"
#include "ui/training/training_job.h"

#include <QTimer>
#include <memory>
#include <mutex>

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace ptlab::ui {

class GridView;
class RingView;
class ScenarioPanel;
class TensorView;

// Distributed training, part 1: the tiny model trained by real worker threads (or MPI ranks) in five
// scenarios — one worker, data parallelism with the ring all-reduce animated, tensor parallelism,
// pipeline parallelism with measured and theoretical Gantt charts, and the hybrid grid. Runs go off
// the GUI thread (TrainingJob) with a progress bar, a live loss curve and a cancel button.
// Engine task ids of a run's worker threads, filled from the workers themselves.
struct TrainingWatchList
{
    std::mutex mutex;
    std::vector<states::TaskId> ids;
};

class TrainingPage : public Page
{
    Q_OBJECT
public:
    explicit TrainingPage(AppContext& context, QWidget* parent = nullptr);
    ~TrainingPage() override;

    QString pageId() const override { return QStringLiteral("training"); }
    QString title() const override;
    void applyPreset(const QString& preset) override;
    void setActive(bool active) override;
    void startShowcase() override;
    bool triggerPrimaryAction() override;

    // The scenario ids of the selector: "single", "data-parallel", "tensor", "pipeline", "hybrid",
    // then part 2's panels (ui/training_memory) when present.
    QString scenario() const;
    bool setScenario(const QString& id);
    void start(); // a run of the current settings
    void startScaling(); // throughput against N
    void cancel();
    bool running() const;
    const std::optional<training::TrainReport>& lastReport() const { return m_report; }
    QString figuresText() const;
    int workers() const;
    int microbatches() const;
    RingView* ringView() const { return m_ring; }

protected:
    void retranslate() override;
    void zoomChanged(double zoom) override;

private:
    QWidget* buildControls();
    void poll();
    void showReport(const training::TrainReport& report);
    void updateLossPlot(const std::vector<float>& loss);
    void updateScalingPlot();
    void updateEnabled();
    void updateFigures();
    training::TrainConfig currentConfig() const;
    void startJob(TrainingJob::Request request);

    QComboBox* m_scenario = nullptr;
    QComboBox* m_backend = nullptr;
    QSpinBox* m_workers = nullptr;
    QSpinBox* m_stages = nullptr;
    QSpinBox* m_micro = nullptr;
    QComboBox* m_schedule = nullptr;
    QSpinBox* m_steps = nullptr;
    QSpinBox* m_width = nullptr;
    QLabel* m_scenarioLabel = nullptr;
    QLabel* m_backendLabel = nullptr;
    QLabel* m_workersLabel = nullptr;
    QLabel* m_stagesLabel = nullptr;
    QLabel* m_microLabel = nullptr;
    QLabel* m_scheduleLabel = nullptr;
    QLabel* m_stepsLabel = nullptr;
    QLabel* m_widthLabel = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_scaling = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_mpiNote = nullptr;
    QLabel* m_explain = nullptr;

    QCustomPlot* m_lossPlot = nullptr;
    QCustomPlot* m_scalingPlot = nullptr;
    QStackedWidget* m_views = nullptr; // one page per scenario, then part 2's panels
    QWidget* m_partOne = nullptr; // what part 2's panels replace
    QStackedWidget* m_outer = nullptr;
    RingView* m_ring = nullptr;
    QCustomPlot* m_workerPlot = nullptr; // data / tensor / MPI: what each worker did when
    TensorView* m_tensor = nullptr;
    QCustomPlot* m_tensorPlot = nullptr;
    QCustomPlot* m_ganttMeasured = nullptr;
    QCustomPlot* m_ganttTheory = nullptr;
    GridView* m_grid = nullptr;
    QCustomPlot* m_hybridPlot = nullptr;
    QStackedWidget* m_memoryPanels = nullptr;
    std::vector<std::pair<QString, ScenarioPanel*>> m_memory;

    std::unique_ptr<TrainingJob> m_job;
    TrainingJob::Kind m_jobKind = TrainingJob::Kind::Train;
    std::optional<training::TrainReport> m_report;
    std::optional<Error> m_error;
    std::vector<TrainingJob::ScalingPoint> m_scalingPoints;
    std::vector<states::TaskId> m_watched;
    std::shared_ptr<TrainingWatchList> m_watchedPending;
    bool m_active = false;
    QTimer m_pollTimer;
};

} // namespace ptlab::ui
