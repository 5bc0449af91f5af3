#pragma once

#include "core/training_memory/prefetch.h"
#include "core/training_memory/zero_run.h"
#include "ui/training_memory/run_panel.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ptlab::ui {

// Draws a SpanTimeline on a QCustomPlot: one row per track, one coloured box per span.
void plotTimeline(QCustomPlot* plot, const training_memory::SpanTimeline& timeline, double zoom);
// The translated name of a span ("forward", "data wait", ...).
QString spanLabel(const std::string& name);

// A data loader reading and parsing real batch files: the trainer reads each itself, or k loader
// threads fill a bounded queue ahead of it. Timelines of both and the trainer's idle share.
class PrefetchPanel : public RunPanel
{
    Q_OBJECT
public:
    PrefetchPanel(AppContext& context, QWidget* parent);
    void applyPreset(const QString& preset) override;
    void run() override;
    struct Result
    {
        training_memory::PrefetchRun serial, prefetched;
        ptlab::Error error;
    };
    [[nodiscard]] const Result& last() const { return m_last; }

protected:
    void retranslate() override;

private:
    void show();
    QLabel *m_loadersLabel, *m_queueLabel;
    QSpinBox *m_loaders, *m_queue;
    QLabel *m_serialTitle, *m_prefetchTitle;
    QCustomPlot *m_serialPlot, *m_prefetchPlot;
    Result m_last;
    bool m_have = false;
};

// Every span of a data-parallel run per worker (forward, backward, all-reduce, data wait,
// optimizer), loss and throughput live, exported as Chrome trace JSON and CSV.
class ProfilerPanel : public RunPanel
{
    Q_OBJECT
public:
    ProfilerPanel(AppContext& context, QWidget* parent);
    void applyPreset(const QString& preset) override;
    void run() override;
    [[nodiscard]] bool exportTrace(const QString& path, QString* error = nullptr) const;
    [[nodiscard]] bool exportCsv(const QString& path, QString* error = nullptr) const;
    [[nodiscard]] const std::vector<training_memory::StepRecord>& steps() const { return m_steps; }
    [[nodiscard]] bool hasTimeline() const { return m_timeline != nullptr; }

protected:
    void retranslate() override;

private:
    void addStep(const training_memory::StepRecord& step);
    void showLive();
    void showTimeline();

    QLabel *m_workersLabel, *m_stageLabel;
    QSpinBox* m_workers;
    QComboBox* m_stage;
    QPushButton *m_exportTrace, *m_exportCsv;
    QCustomPlot* m_timelinePlot;
    QCustomPlot* m_live;
    std::vector<training_memory::StepRecord> m_steps;
    std::shared_ptr<training_memory::SpanTimeline> m_timeline;
    int m_runId = 0; // GUI thread only: live steps of an older run are dropped
};

} // namespace ptlab::ui
