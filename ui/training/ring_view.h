#pragma once

#include "core/training/ring_allreduce.h"

#include <QTimer>
#include <QWidget>

namespace ptlab::ui {

// Which chunk of each rank holds how many ranks' contributions after a given step of a ring plan
// (plain data, tested; the view only paints it). contributions[r][c] == N: fully reduced.
struct RingState
{
    std::vector<std::vector<int>> contributions;
};
[[nodiscard]] RingState ringStateAfter(const std::vector<training::RingStep>& plan, int ranks, int steps);

// The ring all-reduce animated: N ranks on a circle, each with its N chunks; in each of the 2(N−1)
// steps every rank passes one chunk to its right neighbour (arrows labelled with the chunk), the
// chunks fill up during reduce-scatter and are copied round during all-gather.
class RingView : public QWidget
{
    Q_OBJECT
public:
    explicit RingView(QWidget* parent = nullptr);
    void setPlan(std::vector<training::RingStep> plan, int ranks, std::size_t gradientBytes);
    void setAnimating(bool on);
    void setZoom(double zoom);
    [[nodiscard]] int step() const { return m_step; } // 0: before the first step; 2(N−1): done
    void setStep(int step);
    [[nodiscard]] int ranks() const { return m_ranks; }
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    std::vector<training::RingStep> m_plan;
    int m_ranks = 0;
    std::size_t m_bytes = 0;
    int m_step = 0;
    double m_zoom = 1;
    QTimer m_timer;
};

} // namespace ptlab::ui
