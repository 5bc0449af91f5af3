#include "ui/training_memory/precision_panel.h"

#include "core/training_memory/float_formats.h"
#include "core/util/preset.h"
#include "ui/shell/app_context.h"
#include "ui/widgets/palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <cmath>
#include <qcustomplot.h>
#include <unistd.h>

namespace ptlab::ui {

using namespace training_memory;

namespace {

const FloatFormat formats[] = { FloatFormat::Fp32, FloatFormat::Fp16, FloatFormat::Bf16 };
const PrecisionMode modes[]
    = { PrecisionMode::Fp32, PrecisionMode::Fp16NoScaling, PrecisionMode::Fp16DynamicScaling, PrecisionMode::Bf16 };
const QColor modeColors[] = { okabeIto::Black, okabeIto::Vermillion, okabeIto::Blue, okabeIto::BluishGreen };

QString sci(const QLocale& locale, double v)
{
    if (v == 0)
        return QStringLiteral("0");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return locale.toString(v, 'g', 6);
}

} // namespace

PrecisionPanel::PrecisionPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_stepsLabel = new QLabel(this);
    m_steps = new QSpinBox(this);
    m_steps->setRange(20, 2000);
    m_steps->setValue(300);
    m_settings->addWidget(m_stepsLabel);
    m_settings->addWidget(m_steps);
    m_formats = new QTableWidget(3, 7, this);
    m_examples = new QTableWidget(9, 4, this);
    for (QTableWidget* t : { m_formats, m_examples }) {
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto* tables = new QHBoxLayout;
    tables->addWidget(m_formats, 3);
    tables->addWidget(m_examples, 2);
    m_results->addLayout(tables, 1);
    auto* plots = new QHBoxLayout;
    m_loss = addPlot(this, 9);
    m_flushed = addPlot(this, 9);
    plots->addWidget(m_loss);
    plots->addWidget(m_flushed);
    m_results->addLayout(plots, 1);
    m_loss->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_flushed->yAxis2->setVisible(true);
    m_flushed->yAxis2->setScaleType(QCPAxis::stLogarithmic);
    m_flushed->yAxis2->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    retranslate();
}

void PrecisionPanel::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto it = p.find("steps"); it != p.end())
        m_steps->setValue(QString::fromStdString(it->second).toInt());
}

void PrecisionPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("mixed-precision")),
        tr("fp16 has 10 fraction bits and a small range: above 65504 a value becomes infinite, below 2⁻²⁴ it becomes "
           "zero. bf16 keeps the range of fp32 with only 7 fraction bits. Rounding here is done in software, to "
           "nearest "
           "with ties to even. The run trains the tiny classifier of the training page on its two spirals with fp16 "
           "compute and fp32 master weights; its cross-entropy is averaged over 65 536 values, so its gradients are "
           "small and, without loss scaling, many flush to zero. "
           "Dynamic scaling multiplies the loss, skips a step and halves the scale on overflow, doubles it after 10 "
           "good steps."));
    m_stepsLabel->setText(tr("Steps:"));
    m_formats->setHorizontalHeaderLabels({ tr("Format"), tr("Exponent / fraction bits"), tr("Largest"),
        tr("Smallest normal"), tr("Smallest subnormal"), tr("Step at 1"), tr("Decimal digits") });
    m_examples->setHorizontalHeaderLabels({ tr("Value"), tr("In fp16"), tr("In bf16"), tr("What happens in fp16") });
    m_loss->xAxis->setLabel(tr("Step"));
    m_loss->yAxis->setLabel(tr("Loss"));
    m_flushed->xAxis->setLabel(tr("Step"));
    m_flushed->yAxis->setLabel(tr("Gradients flushed to zero (%)"));
    m_flushed->yAxis2->setLabel(tr("Loss scale"));
    fillTables();
    showRuns();
}

void PrecisionPanel::fillTables()
{
    for (int r = 0; r < 3; ++r) {
        const auto info = formatInfo(formats[r]);
        const QStringList cells
            = { QString::fromStdString(info.name), tr("%1 / %2").arg(info.exponentBits).arg(info.mantissaBits),
                  sci(locale(), info.maxFinite), sci(locale(), info.minNormal), sci(locale(), info.minSubnormal),
                  sci(locale(), info.epsilon), number(info.decimalDigits, 1) };
        for (int c = 0; c < cells.size(); ++c)
            m_formats->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    const double values[] = { 65504, 65520, 1e5, 0.1, 1e-6, std::ldexp(1.0, -24), std::ldexp(1.0, -25), 1e-8, 1e-30 };
    const QStringList outcomes
        = { tr("exact"), tr("rounded"), tr("subnormal: precision lost"), tr("underflow to 0"), tr("overflow to ∞") };
    for (int r = 0; r < 9; ++r) {
        const double v = values[r];
        QString label = sci(locale(), v);
        if (r == 5)
            label = QStringLiteral("2⁻²⁴");
        else if (r == 6)
            label = QStringLiteral("2⁻²⁵");
        const QStringList cells = { label, sci(locale(), roundDoubleTo(FloatFormat::Fp16, v)),
            sci(locale(), roundDoubleTo(FloatFormat::Bf16, v)),
            outcomes[static_cast<int>(classifyRounding(FloatFormat::Fp16, v))] };
        for (int c = 0; c < cells.size(); ++c)
            m_examples->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void PrecisionPanel::run()
{
    const int steps = m_steps->value();
    setStatus(tr("Training four times (fp32, fp16, fp16 with loss scaling, bf16)…"));
    m_run->start<std::vector<PrecisionRunResult>>(
        [steps, watch = watchWorkers()](const std::atomic<bool>& cancel) {
            watch(gettid(), "mixed-precision trainer");
            std::vector<PrecisionRunResult> runs;
            for (auto mode : modes) {
                PrecisionRunOptions o;
                o.mode = mode;
                o.steps = steps;
                o.cancel = &cancel;
                runs.push_back(runPrecision(o));
                if (runs.back().cancelled)
                    break;
            }
            return runs;
        },
        [this](std::vector<PrecisionRunResult>& runs) {
            m_runs = std::move(runs);
            markCompleted();
            showRuns();
        });
}

void PrecisionPanel::showRuns()
{
    const QStringList names = { tr("fp32"), tr("fp16, no scaling"), tr("fp16, dynamic scaling"), tr("bf16") };
    m_loss->clearGraphs();
    m_flushed->clearGraphs();
    QStringList summary;
    double maxStep = 1;
    for (const auto& r : m_runs) {
        QVector<double> x, loss, flushed, scale;
        for (const auto& s : r.steps) {
            x << s.step;
            loss << std::max(1e-12, static_cast<double>(s.loss));
            flushed << 100.0 * s.flushedShare;
            scale << s.scale;
        }
        maxStep = std::max(maxStep, x.isEmpty() ? 1.0 : x.back());
        const int m = static_cast<int>(r.mode);
        auto* g = m_loss->addGraph();
        g->setData(x, loss);
        g->setName(names[m]);
        g->setPen(QPen(modeColors[m], context().zoom() * 1.5));
        if (r.mode == PrecisionMode::Fp16NoScaling || r.mode == PrecisionMode::Fp16DynamicScaling) {
            auto* f = m_flushed->addGraph();
            f->setData(x, flushed);
            f->setName(tr("%1: flushed").arg(names[m]));
            f->setPen(QPen(modeColors[m], context().zoom() * 1.5));
        }
        if (r.mode == PrecisionMode::Fp16DynamicScaling) {
            auto* s = m_flushed->addGraph(m_flushed->xAxis, m_flushed->yAxis2);
            s->setData(x, scale);
            s->setName(tr("loss scale"));
            s->setPen(QPen(modeColors[m], context().zoom(), Qt::DashLine));
            m_flushed->yAxis2->rescale();
        }
        summary << tr("%1: final loss %2, %3 of gradients flushed to zero, %4 steps skipped")
                       .arg(names[m], significant(r.finalLoss, 3), percent(r.meanFlushedShare))
                       .arg(r.skippedSteps);
    }
    m_loss->xAxis->setRange(0, maxStep);
    m_loss->yAxis->rescale();
    m_loss->legend->setVisible(!m_runs.empty());
    m_flushed->xAxis->setRange(0, maxStep);
    m_flushed->yAxis->setRange(0, 100);
    m_flushed->legend->setVisible(!m_runs.empty());
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_flushed->replot(QCustomPlot::rpQueuedReplot);
    setStatus(
        m_runs.empty() ? tr("Press Run to train the tiny model in each precision.") : summary.join(QLatin1Char('\n')));
}

} // namespace ptlab::ui
