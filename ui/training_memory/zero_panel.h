#pragma once

#include "core/training_memory/zero_run.h"
#include "ui/training_memory/run_panel.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QCustomPlot;

namespace ptlab::ui {

// ZeRO: the per-device memory formulas for any model size and device count (the paper's 7.5B
// example by default), and stages 0–2 run for real on worker threads with the bytes each held.
class ZeroPanel : public RunPanel
{
    Q_OBJECT
public:
    ZeroPanel(AppContext& context, QWidget* parent);
    void applyPreset(const QString& preset) override;
    void run() override;

    // For tests.
    [[nodiscard]] int stage() const;
    [[nodiscard]] int workers() const;
    [[nodiscard]] const training_memory::ZeroRunResult& lastRun() const { return m_last; }
    [[nodiscard]] QTableWidget* formulaTable() const { return m_formula; }

protected:
    void retranslate() override;

private:
    void updateFormula();
    void showRun();

    QLabel* m_paramsLabel;
    QDoubleSpinBox* m_params; // billions
    QLabel* m_gpusLabel;
    QSpinBox* m_gpus;
    QLabel* m_stageLabel;
    QComboBox* m_stage;
    QLabel* m_workersLabel;
    QSpinBox* m_workers;
    QTableWidget* m_formula;
    QCustomPlot* m_plot;
    QLabel* m_measuredTitle;
    QTableWidget* m_measured;
    training_memory::ZeroRunResult m_last;
};

} // namespace ptlab::ui
