#pragma once

#include "core/compare/experiment.h"
#include "core/compare/machine_info.h"
#include "ui/shell/page.h"

#include <map>
#include <optional>
#include <vector>

class QCustomPlot;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace ptlab::ui {

class CompareRunner;

// Process vs thread, measured: one row per criterion of the course's comparison table, each with the
// claim, a Measure button, the distribution plotted and a verdict. Experiments run on a worker thread;
// nothing here is a stored figure (a fresh page says "not measured yet").
class ComparePage : public Page
{
    Q_OBJECT
public:
    explicit ComparePage(AppContext& context, QWidget* parent = nullptr);
    ~ComparePage() override;

    QString pageId() const override { return QStringLiteral("compare"); }
    QString title() const override;
    void applyPreset(const QString& preset) override;
    void startShowcase() override;
    bool triggerPrimaryAction() override;

    // Starts the row's experiments (false while something runs or the row is unknown).
    bool measureRow(const QString& rowId);
    bool measureAll();
    void cancel();
    bool busy() const;
    // Smaller runs, for tests and the showcase: experiment name → repetitions.
    void setRunsOverride(std::map<std::string, int> runs) { m_runsOverride = std::move(runs); }
    void setParamsOverride(const std::string& experiment, std::map<std::string, double> params);

    bool exportCsv(const QString& path);
    bool exportJson(const QString& path);
    bool saveChart(const QString& rowId, const QString& path); // .pdf or .png by suffix

    // For tests.
    QString statusText(const QString& rowId) const;
    QString verdictText(const QString& rowId) const;
    QString selectedRow() const { return m_selected; }
    QCustomPlot* chart(const QString& rowId) const;
    std::vector<compare::ExperimentResult> results() const;
    QString lastError() const { return m_lastError; }

protected:
    void retranslate() override;
    void zoomChanged(double zoom) override;

private:
    struct Row
    {
        QString id;
        std::vector<std::string> experiments;
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* claim = nullptr;
        QPushButton* measure = nullptr;
        QPushButton* save = nullptr;
        QLabel* status = nullptr;
        QCustomPlot* plot = nullptr;
        QLabel* numbers = nullptr;
        QLabel* verdict = nullptr;
        QLabel* method = nullptr;
        bool running = false;
        int chartHeight = 80;
    };

    QWidget* buildRow(Row& row);
    Row* findRow(const QString& id);
    const Row* findRow(const QString& id) const;
    bool startJobs(const std::vector<std::string>& experiments);
    void onExperimentStarted(const QString& experiment);
    void onResult(const compare::ExperimentResult& result);
    void onFinished(bool cancelled);
    void refreshRow(Row& row);
    void refreshMachine();
    void updateButtons();
    void selectRow(const QString& id);
    void showError(const QString& text);
    void askExport(bool json);
    void askSaveChart(const QString& rowId);

    CompareRunner* m_runner = nullptr;
    std::vector<Row> m_rows;
    std::map<std::string, compare::ExperimentResult> m_results;
    std::map<std::string, int> m_runsOverride;
    std::map<std::string, std::map<std::string, double>> m_params;
    compare::MachineInfo m_machine;
    QString m_selected;
    QString m_lastError;
    QString m_current; // experiment running now

    QLabel* m_heading = nullptr;
    QLabel* m_machineLabel = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_measureAll = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportJson = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QScrollArea* m_scroll = nullptr;
};

} // namespace ptlab::ui
