#pragma once

#include "ui/training_memory/background_run.h"
#include "ui/training_memory/scenario_panel.h"

#include <QLocale>
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

    // A new plot with the house style, tracked so restyle() re-fonts it.
    QCustomPlot* addPlot(QWidget* parent, int minimumHeightLines = 12);
    static void stylePlot(QCustomPlot* plot, double zoom);

    BackgroundRun* m_run = nullptr;
    QHBoxLayout* m_settings = nullptr; // settings row, before the Run button
    QVBoxLayout* m_results = nullptr;
    QPushButton* m_runButton = nullptr;

private:
    void updateRunButton();

    AppContext& m_context;
    QLabel* m_title = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_status = nullptr;
    std::vector<QCustomPlot*> m_plots;
    int m_completed = 0;
};

} // namespace ptlab::ui
