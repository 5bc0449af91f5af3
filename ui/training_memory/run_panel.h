#pragma once

#include "ui/training_memory/background_run.h"
#include "ui/training_memory/scenario_panel.h"

#include <QLocale>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <sys/types.h>
#include <vector>

class QCustomPlot;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ptlab::ui {

// The common frame of a scenario: heading, explanation, a row of settings, Run/Stop, a status line
// and the results below. Subclasses fill the settings and results and re-set their texts in
// retranslate().
class RunPanel : public ScenarioPanel
{
    Q_OBJECT
public:
    RunPanel(AppContext& context, QWidget* parent);
    ~RunPanel() override;

    void setActive(bool active) override;
    void startShowcase() override { run(); }
    // Starts the scenario's measurement (cancels one already running).
    virtual void run() = 0;
    [[nodiscard]] bool isRunning() const { return m_run->running(); }
    [[nodiscard]] int completedRuns() const { return m_completed; }
    [[nodiscard]] QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate() = 0;
    // The plots follow the (zoomed) application font.
    virtual void restyle();

    void setHeading(const QString& title, const QString& explanation);
    void setStatus(const QString& text);
    void markCompleted() { ++m_completed; }
    QLocale locale() const;
    AppContext& context() const { return m_context; }
    QString number(double value, int decimals = 1) const;
    QString significant(double value, int digits = 3) const; // 'g' format, in the current language
    QString bytes(double bytes) const; // "1,5 KB" in the current language
    QString percent(double share, int decimals = 1) const; // share 0..1

    // For a run's worker threads: each calls the function as it starts, from its own thread, and the
    // States page then shows it among the tasks it watches. The previous run's workers, terminated by
    // now, are forgotten first so that the States page does not fill up.
    using WatchFunction = std::function<void(pid_t tid, const std::string& label)>;
    WatchFunction watchWorkers();

    // A new plot with the house style, tracked so restyle() re-fonts it.
    QCustomPlot* addPlot(QWidget* parent, int minimumHeightLines = 12);
    static void stylePlot(QCustomPlot* plot, double zoom);

    BackgroundRun* m_run = nullptr;
    QHBoxLayout* m_settings = nullptr; // settings row, before the Run button
    QVBoxLayout* m_results = nullptr;
    QPushButton* m_runButton = nullptr;

private:
    void updateRunButton();

    struct WatchList
    {
        std::mutex mutex;
        std::vector<std::uint64_t> ids;
    };

    AppContext& m_context;
    std::shared_ptr<WatchList> m_watched = std::make_shared<WatchList>();
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_status = nullptr;
    std::vector<QCustomPlot*> m_plots;
    int m_completed = 0;
};

} // namespace ptlab::ui
