#pragma once

#include "core/training_memory/accumulation.h"
#include "core/training_memory/checkpointing.h"
#include "core/training_memory/dynamic_batching.h"
#include "core/training_memory/optimizers.h"
#include "ui/training_memory/run_panel.h"

class QCustomPlot;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ptlab::ui {

// k micro-steps against one k-times larger batch: the same gradient, less activation memory.
class AccumulationPanel : public RunPanel
{
    Q_OBJECT
public:
    AccumulationPanel(AppContext& context, QWidget* parent);
    void applyPreset(const QString& preset) override;
    void run() override;
    [[nodiscard]] const training_memory::AccumulationResult& last() const { return m_last; }

protected:
    void retranslate() override;

private:
    void show();
    QLabel *m_batchLabel, *m_stepsLabel;
    QSpinBox *m_batch, *m_steps;
    QCustomPlot* m_plot;
    training_memory::AccumulationResult m_last;
    bool m_have = false;
};

// Keep every k-th activation of an n-layer chain, recompute the rest: memory and compute for k = 1 … n.
class CheckpointingPanel : public RunPanel
{
    Q_OBJECT
public:
    CheckpointingPanel(AppContext& context, QWidget* parent);
    void applyPreset(const QString& preset) override;
    void run() override;
    [[nodiscard]] const training_memory::CheckpointSweep& last() const { return m_last; }

protected:
    void retranslate() override;

private:
    void show();
    QLabel* m_layersLabel;
    QSpinBox* m_layers;
    QCustomPlot* m_plot;
    training_memory::CheckpointSweep m_last;
};

// Optimizer state per parameter (SGD, Adam, AdamW, 8-bit Adam) and the loss each reaches.
class OptimizersPanel : public RunPanel
{
    Q_OBJECT
public:
    OptimizersPanel(AppContext& context, QWidget* parent);
    void run() override;
    [[nodiscard]] const std::vector<training_memory::OptimizerRun>& last() const { return m_last; }

protected:
    void retranslate() override;

private:
    void show();
    QTableWidget* m_table;
    QCustomPlot* m_plot;
    std::vector<training_memory::OptimizerRun> m_last;
};

// Random vs length-bucketed batches: padding share and epoch time.
class BatchingPanel : public RunPanel
{
    Q_OBJECT
public:
    BatchingPanel(AppContext& context, QWidget* parent);
    void applyPreset(const QString& preset) override;
    void run() override;
    [[nodiscard]] const std::vector<training_memory::BatchingRun>& last() const { return m_last; }

protected:
    void retranslate() override;

private:
    void show();
    QLabel *m_batchLabel, *m_multipleLabel;
    QSpinBox *m_batch, *m_multiple;
    QTableWidget* m_table;
    QCustomPlot* m_plot;
    std::vector<int> m_lengths;
    std::vector<training_memory::BatchingRun> m_last;
};

} // namespace ptlab::ui
