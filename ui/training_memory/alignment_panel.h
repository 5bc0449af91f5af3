#pragma once

#include "core/training/alignment.h"
#include "ui/training_memory/run_panel.h"

class QCustomPlot;
class QLabel;
class QSpinBox;

namespace ptlab::ui {

// Capability against alignment (issue 16): the tiny classifier trained long on partly wrong labels.
// One plot: the log loss it is trained on keeps falling while the accuracy on fresh points, what the
// users want, peaks early and falls. A paragraph says what RLHF changes, and what it does not.
class AlignmentPanel : public RunPanel
{
    Q_OBJECT
public:
    AlignmentPanel(AppContext& context, QWidget* parent);
    void applyPreset(const QString& preset) override;
    void run() override;
    [[nodiscard]] const training::AlignmentRun& last() const { return m_last; }

protected:
    void retranslate() override;

private:
    void show();
    QLabel *m_noiseLabel, *m_stepsLabel, *m_rlhf;
    QSpinBox *m_noise, *m_steps;
    QCustomPlot* m_plot;
    training::AlignmentRun m_last;
    bool m_have = false;
};

} // namespace ptlab::ui
