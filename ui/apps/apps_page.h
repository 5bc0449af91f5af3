#pragma once

#include "core/states/engine_types.h"
#include "core/workloads/speedup.h"
#include "core/workloads/workload.h"
#include "ui/apps/apps_catalog.h"
#include "ui/shell/page.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace ptlab::ui {

class SpeedupChart;

// The course's twelve classic multi-thread / multi-process applications: the model each real system
// uses and why, a "thread or process?" quiz on every row, runnable miniatures in thread and process
// mode with their metrics, and a speed-up chart with Amdahl's law fitted to the measurements.
// Runs happen on a thread of their own; worker threads are watched by the shared engine.
class AppsPage : public Page
{
    Q_OBJECT
public:
    explicit AppsPage(AppContext& context, QWidget* parent = nullptr);
    ~AppsPage() override;

    QString pageId() const override { return QStringLiteral("apps"); }
    QString title() const override;
    void applyPreset(const QString& preset) override; // app=web-server;workload=..;mode=..;workers=..;size=..;run=1
    void startShowcase() override;
    bool triggerPrimaryAction() override;

    // For tests.
    void run();
    void sweep(int maxWorkers = 0, int runs = 3);
    void cancel();
    void answer(int row, AppRow::Model guess);
    [[nodiscard]] bool busy() const { return m_worker.joinable(); }
    [[nodiscard]] QString selectedWorkload() const;
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QString quizFeedback() const;
    [[nodiscard]] int selectedRow() const;
    [[nodiscard]] SpeedupChart* chart() const { return m_chart; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] int runsFinished() const { return m_runsFinished; }
    [[nodiscard]] QWidget* runPanel() const { return m_right; }
    [[nodiscard]] QScrollArea* scrollArea() const { return m_scroll; }
    [[nodiscard]] bool stacked() const; // the run panel under the table, when the columns do not fit side by side

protected:
    void retranslate() override;
    void zoomChanged(double zoom) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Watched; // task ids registered with the engine from the worker threads
    void buildUi();
    void fitLayout();
    void fillTable();
    void fillWorkloadCombo();
    void fillModeCombo();
    void selectRow(int row);
    void updateQuiz();
    void startJob(bool sweep, int maxWorkers, int runs);
    void finishJob();
    void showResult(const workloads::RunResult& r);
    void showError(const Error& e);
    void setBusy(bool busy);
    [[nodiscard]] workloads::RunOptions currentOptions();

    std::vector<AppRow> m_rows;
    std::vector<std::optional<AppRow::Model>> m_answers;
    bool m_revealAll = false;

    QScrollArea* m_scroll = nullptr;
    QBoxLayout* m_columns = nullptr;
    QWidget* m_left = nullptr;
    QWidget* m_right = nullptr;
    QGroupBox* m_tableGroup = nullptr;
    QTableWidget* m_table = nullptr;
    QGroupBox* m_quizGroup = nullptr;
    QLabel* m_quizQuestion = nullptr;
    QPushButton* m_guessThreads = nullptr;
    QPushButton* m_guessProcesses = nullptr;
    QPushButton* m_guessBoth = nullptr;
    QPushButton* m_reveal = nullptr;
    QLabel* m_quizFeedback = nullptr;
    QLabel* m_score = nullptr;

    QGroupBox* m_runGroup = nullptr;
    QLabel* m_workloadLabel = nullptr;
    QComboBox* m_workload = nullptr;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_workersLabel = nullptr;
    QSpinBox* m_workers = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QDoubleSpinBox* m_size = nullptr;
    QCheckBox* m_crash = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_sweepButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_note = nullptr;
    SpeedupChart* m_chart = nullptr;

    std::thread m_worker;
    std::atomic<bool> m_cancel { false };
    std::shared_ptr<Watched> m_watched;
    std::optional<workloads::RunResult> m_last;
    std::optional<Error> m_lastError;
    std::vector<workloads::SpeedupPoint> m_points;
    int m_sweepMax = 0;
    int m_runsFinished = 0;
    bool m_cancelled = false;
};

} // namespace ptlab::ui
