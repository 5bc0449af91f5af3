#pragma once

#include "core/training_memory/mixed_precision.h"
#include "ui/training_memory/run_panel.h"

class QTableWidget;
class QCustomPlot;
class QSpinBox;
class QLabel;

namespace ptlab::ui {

// fp32, fp16 and bf16: what each can hold (software rounding, ties to even), values that overflow or
// underflow, and the tiny model trained in fp16 with and without dynamic loss scaling.
class PrecisionPanel : public RunPanel
{
    Q_OBJECT
public:
    PrecisionPanel(AppContext& context, QWidget* parent);
    void applyPreset(const QString& preset) override;
    void run() override;
    [[nodiscard]] const std::vector<training_memory::PrecisionRunResult>& lastRuns() const { return m_runs; }

protected:
    void retranslate() override;

private:
    void fillTables();
    void showRuns();

    QTableWidget* m_formats;
    QTableWidget* m_examples;
    QLabel* m_stepsLabel;
    QSpinBox* m_steps;
    QCustomPlot* m_loss;
    QCustomPlot* m_flushed;
    std::vector<training_memory::PrecisionRunResult> m_runs;
};

} // namespace ptlab::ui
