#include "ui/training_memory/alignment_panel.h"

#include "core/util/preset.h"
#include "ui/training_memory/scenario_panel.h"
#include "ui/widgets/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>
#include <unistd.h>

namespace ptlab::ui {

using training::AlignmentConfig;
using training::AlignmentRun;

AlignmentPanel::AlignmentPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_noiseLabel = new QLabel(this);
    m_noise = new QSpinBox(this);
    m_noise->setRange(0, 45);
    m_noise->setValue(static_cast<int>(std::lround(AlignmentConfig {}.labelNoise * 100)));
    m_noise->setSuffix(QStringLiteral(" %"));
    m_stepsLabel = new QLabel(this);
    m_steps = new QSpinBox(this);
    m_steps->setRange(200, 10000);
    m_steps->setSingleStep(500);
    m_steps->setValue(AlignmentConfig {}.steps);
    for (QWidget* w : std::initializer_list<QWidget*> { m_noiseLabel, m_noise, m_stepsLabel, m_steps })
        m_settings->addWidget(w);
    m_plot = addPlot(this, 14);
    m_plot->yAxis2->setVisible(true);
    m_results->addWidget(m_plot, 1);
    m_rlhf = new QLabel(this);
    m_rlhf->setWordWrap(true);
    m_results->addWidget(m_rlhf);
    retranslate();
}

void AlignmentPanel::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto v = presetInt(p, "noise"))
        m_noise->setValue(*v);
    if (auto v = presetInt(p, "steps"))
        m_steps->setValue(*v);
}

void AlignmentPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("alignment")),
        tr("Capability is how well a model optimises its training objective; alignment is whether it does what "
           "people want. The tiny classifier of the training page learns two spirals from 400 points, some with "
           "the wrong label, as real labels are. It is trained to lower its log loss on them; its users want it "
           "to classify new points correctly. Train it for long and watch the two curves part."));
    m_noiseLabel->setText(tr("Wrong training labels:"));
    m_stepsLabel->setText(tr("Training steps:"));
    m_plot->xAxis->setLabel(tr("Training step"));
    m_plot->yAxis->setLabel(tr("Log loss"));
    m_plot->yAxis2->setLabel(tr("Accuracy on new points (%)"));
    m_rlhf->setText(tr("What RLHF adds: instead of a fixed loss on fixed labels, people compare pairs of the model's "
                       "answers, a reward model learns their preferences, and the model is tuned to score well on that "
                       "reward. It brings the objective closer to what people want, but it is still a number being "
                       "optimised: pushed too far, a model learns to please the reward model rather than the people, "
                       "which is why training keeps it close to its starting point."));
    show();
}

void AlignmentPanel::run()
{
    AlignmentConfig c;
    c.labelNoise = static_cast<float>(m_noise->value()) / 100.0f;
    c.steps = m_steps->value();
    c.evalEvery = std::max(10, c.steps / 60);
    setStatus(tr("Training for %1 steps…").arg(c.steps));
    m_run->start<AlignmentRun>(
        [c, watch = watchWorkers()](const std::atomic<bool>& cancel) {
            watch(gettid(), "alignment trainer");
            AlignmentConfig r = c;
            r.cancel = &cancel;
            return training::runAlignment(r);
        },
        [this](AlignmentRun& r) {
            m_last = std::move(r);
            m_have = !m_last.points.empty();
            markCompleted();
            show();
        });
}

void AlignmentPanel::show()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    if (!m_have) {
        setStatus(tr("Press Run to train the classifier and measure both numbers as it learns."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const AlignmentRun& r = m_last;
    QVector<double> steps, trainLoss, testLoss, testAccuracy;
    for (const auto& p : r.points) {
        steps << p.step;
        trainLoss << p.trainLogLoss;
        testLoss << p.testLogLoss;
        testAccuracy << 100.0 * p.testAccuracy;
    }
    auto* g1 = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    g1->setData(steps, trainLoss);
    g1->setName(tr("Log loss on the training labels (optimised)"));
    g1->setPen(QPen(okabeIto::Blue, 2.5));
    auto* g2 = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    g2->setData(steps, testLoss);
    g2->setName(tr("Log loss on new points"));
    g2->setPen(QPen(okabeIto::SkyBlue, 2, Qt::DashLine));
    auto* g3 = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    g3->setData(steps, testAccuracy);
    g3->setName(tr("Accuracy on new points (wanted)"));
    g3->setPen(QPen(okabeIto::Vermillion, 2.5));
    auto* best = new QCPItemStraightLine(m_plot);
    best->point1->setCoords(r.bestStep, 0);
    best->point2->setCoords(r.bestStep, 1);
    best->setPen(QPen(okabeIto::Vermillion, 1, Qt::DotLine));
    m_plot->xAxis->setRange(0, steps.back());
    m_plot->yAxis->rescale();
    m_plot->yAxis->setRange(0, m_plot->yAxis->range().upper * 1.45); // room for the legend above the curves
    m_plot->yAxis2->setRange(40, 100);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    const auto& first = r.points.front();
    const auto& last = r.last();
    setStatus(tr("The log loss it was trained on fell from %1 to %2 over the whole run (%3 of %4 training labels "
                 "were wrong, and it learned those too: %5 of the training labels reproduced). The accuracy on "
                 "new points was best at step %6, %7, and ended at %8.%9")
                  .arg(number(first.trainLogLoss, 3), number(last.trainLogLoss, 3))
                  .arg(r.flippedLabels)
                  .arg(AlignmentConfig {}.trainSamples)
                  .arg(percent(last.trainAccuracy), QString::number(r.bestStep), percent(r.bestTestAccuracy),
                      percent(last.testAccuracy),
                      r.cancelled ? QStringLiteral(" ") + tr("(Stopped before the end.)") : QString()));
}

} // namespace ptlab::ui
