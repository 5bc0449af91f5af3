#pragma once

#include "core/training/trainer.h"

#include <QWidget>

class QCustomPlot;

namespace ptlab::ui {

// Tensor parallelism: every layer as a column, cut into the rows each worker holds, with what moves
// per step (the forward all-gather of each layer's output and the backward sum of input gradients).
class TensorView : public QWidget
{
    Q_OBJECT
public:
    explicit TensorView(QWidget* parent = nullptr);
    void setReport(const training::ModelShape& shape, std::vector<training::TensorSlice> slices, int workers,
        std::uint64_t bytesPerStep);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    training::ModelShape m_shape;
    std::vector<training::TensorSlice> m_slices;
    int m_workers = 0;
    std::uint64_t m_bytes = 0;
};

// Hybrid: G data-parallel groups (rows) × P pipeline stages (columns); activations flow along a row,
// and the workers of one column all-reduce that stage's gradients.
class GridView : public QWidget
{
    Q_OBJECT
public:
    explicit GridView(QWidget* parent = nullptr);
    void setGrid(int groups, int stages, std::vector<std::pair<int, int>> stageLayers);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_groups = 0, m_stages = 0;
    std::vector<std::pair<int, int>> m_layers;
};

// Draws a Gantt chart into `plot`: one row per stage (or worker), a grey idle bar under each row for
// the whole span (what stays visible is the bubble) and a block per op / span.
struct GanttBlock
{
    int row = 0;
    double start = 0, end = 0;
    QColor colour;
    QString label;
};
void drawGantt(QCustomPlot* plot, const std::vector<GanttBlock>& blocks, const QStringList& rowNames,
    const QString& xLabel, double zoom);

} // namespace ptlab::ui
