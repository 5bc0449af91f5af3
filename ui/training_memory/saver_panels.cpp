#include "ui/training_memory/saver_panels.h"

#include "core/util/preset.h"
#include "ui/shell/app_context.h"
#include "ui/widgets/palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <algorithm>
#include <cmath>
#include <optional>
#include <qcustomplot.h>
#include <unistd.h>

namespace ptlab::ui {

using namespace training_memory;

namespace {

QSpinBox* spin(QWidget* parent, int lo, int hi, int value)
{
    auto* s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setValue(value);
    return s;
}

QTableWidget* table(QWidget* parent, int rows, int columns)
{
    auto* t = new QTableWidget(rows, columns, parent);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

void textTicks(QCPAxis* axis, const QStringList& names)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < names.size(); ++i)
        ticker->addTick(i, names[i]);
    axis->setTicker(ticker);
    axis->setRange(-0.6, names.size() - 0.4);
}

} // namespace

// ---------------------------------------------------------------------------------------------
AccumulationPanel::AccumulationPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_batchLabel = new QLabel(this);
    m_batch = spin(this, 1, 512, 16);
    m_stepsLabel = new QLabel(this);
    m_steps = spin(this, 1, 64, 8);
    for (QWidget* w : std::initializer_list<QWidget*> { m_batchLabel, m_batch, m_stepsLabel, m_steps })
        m_settings->addWidget(w);
    m_plot = addPlot(this, 10);
    m_results->addWidget(m_plot, 1);
    retranslate();
}

void AccumulationPanel::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto v = presetInt(p, "micro-batch"))
        m_batch->setValue(*v);
    if (auto v = presetInt(p, "k"))
        m_steps->setValue(*v);
}

void AccumulationPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("accumulation")),
        tr("A large batch may not fit: its activations grow with the rows. Gradient accumulation runs k micro-batches "
           "one after another, adds their gradients (each weighted 1/k) and steps once. The gradient is that of one "
           "batch k times larger; only one micro-batch's activations are alive at a time, for the price of one more "
           "gradient buffer."));
    m_batchLabel->setText(tr("Micro-batch rows:"));
    m_stepsLabel->setText(tr("Micro-steps k:"));
    m_plot->yAxis->setLabel(tr("Bytes held at the peak"));
    show();
}

void AccumulationPanel::run()
{
    AccumulationOptions o;
    o.microBatch = static_cast<std::size_t>(m_batch->value());
    o.microSteps = m_steps->value();
    m_run->start<AccumulationResult>(
        [o, watch = watchWorkers()](const std::atomic<bool>&) {
            watch(gettid(), "accumulation trainer");
            return runAccumulation(o);
        },
        [this](AccumulationResult& r) {
            m_last = std::move(r);
            m_have = true;
            markCompleted();
            show();
        });
}

void AccumulationPanel::show()
{
    m_plot->clearPlottables();
    if (!m_have) {
        setStatus(tr("Press Run to compute both gradients and measure what each holds."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const auto& r = m_last;
    const int k = m_steps->value();
    auto* act = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    auto* grad = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    grad->moveAbove(act);
    act->setData({ 0, 1 }, { static_cast<double>(r.peakActivationsMicro), static_cast<double>(r.peakActivationsBig) });
    grad->setData({ 0, 1 }, { static_cast<double>(r.gradientBuffersMicro), static_cast<double>(r.gradientBuffersBig) });
    act->setName(tr("Activations"));
    grad->setName(tr("Gradient buffers"));
    act->setBrush(okabeIto::Orange);
    grad->setBrush(okabeIto::Blue);
    textTicks(m_plot->xAxis,
        { tr("%1 micro-steps of %2 rows").arg(k).arg(m_batch->value()),
            tr("one batch of %1 rows").arg(k * m_batch->value()) });
    m_plot->yAxis->rescale();
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.15);
    m_plot->legend->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    setStatus(
        tr("Largest difference between the two gradients: %1 (gradients up to %2), float rounding only. "
           "Loss %3 vs %4. Peak activations %5 vs %6.")
            .arg(significant(r.maxAbsDifference, 3), significant(r.maxAbsGradient, 3), number(r.accumulatedLoss, 5),
                number(r.bigBatchLoss, 5), bytes(static_cast<double>(r.peakActivationsMicro)),
                bytes(static_cast<double>(r.peakActivationsBig))));
}

// ---------------------------------------------------------------------------------------------
CheckpointingPanel::CheckpointingPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_layersLabel = new QLabel(this);
    m_layers = spin(this, 2, 100, 16);
    m_settings->addWidget(m_layersLabel);
    m_settings->addWidget(m_layers);
    m_plot = addPlot(this, 12);
    m_plot->yAxis2->setVisible(true);
    m_results->addWidget(m_plot, 1);
    retranslate();
}

void CheckpointingPanel::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto v = presetInt(p, "layers"))
        m_layers->setValue(*v);
}

void CheckpointingPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("checkpointing")),
        tr("Backward needs every layer's activation. Checkpointing keeps only every k-th one and, going backward, "
           "recomputes each segment from its checkpoint: about n/k + k buffers alive instead of n + 1, for n − n/k "
           "extra layer forwards. The least memory is near k = √n. Bytes are counted as buffers are made and freed."));
    m_layersLabel->setText(tr("Layers n:"));
    m_plot->xAxis->setLabel(tr("Checkpoint every k layers"));
    m_plot->yAxis->setLabel(tr("Peak activation memory (KB)"));
    m_plot->yAxis2->setLabel(tr("Layers recomputed"));
    show();
}

void CheckpointingPanel::run()
{
    CheckpointOptions o;
    o.layers = m_layers->value();
    m_run->start<CheckpointSweep>(
        [o, watch = watchWorkers()](const std::atomic<bool>& cancel) {
            watch(gettid(), "checkpointing sweep");
            return sweepCheckpointing(o, &cancel);
        },
        [this](CheckpointSweep& r) {
            m_last = std::move(r);
            markCompleted();
            show();
        });
}

void CheckpointingPanel::show()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    const auto& s = m_last;
    if (s.runs.empty()) {
        setStatus(tr("Press Run to train through the chain once for every k."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    QVector<double> k, mem, recompute;
    for (const auto& r : s.runs) {
        k << r.every;
        mem << static_cast<double>(r.peakActivationBytes) / 1e3;
        recompute << r.recomputedLayers;
    }
    auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setData(k, mem);
    bars->setName(tr("Peak activation memory"));
    bars->setBrush(okabeIto::SkyBlue);
    auto* line = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    line->setData(k, recompute);
    line->setName(tr("Layers recomputed"));
    line->setPen(QPen(okabeIto::Vermillion, 1.5 * context().zoom()));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4 * context().zoom()));
    m_plot->xAxis->setRange(0.4, s.runs.size() + 0.6);
    // k counts layers, the right axis counts layers: whole numbers only.
    for (QCPAxis* axis : { m_plot->xAxis, m_plot->yAxis2 }) {
        auto whole = QSharedPointer<QCPAxisTickerFixed>::create();
        whole->setTickStep(1);
        whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        axis->setTicker(whole);
    }
    m_plot->yAxis->setRange(0, *std::max_element(mem.begin(), mem.end()) * 1.2);
    m_plot->yAxis2->setRange(0, std::max(1.0, *std::max_element(recompute.begin(), recompute.end()) * 1.2));
    auto* marker = new QCPItemStraightLine(m_plot);
    marker->point1->setCoords(s.sqrtEvery, 0);
    marker->point2->setCoords(s.sqrtEvery, 1);
    marker->setPen(QPen(okabeIto::BluishGreen, 2 * context().zoom(), Qt::DashLine));
    auto* label = new QCPItemText(m_plot);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(s.sqrtEvery, m_plot->yAxis->range().upper * 0.95);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setText(tr(" k = √n ≈ %1").arg(s.sqrtEvery));
    label->setFont(m_plot->xAxis->labelFont());
    m_plot->legend->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    const auto& first = s.runs.front();
    const auto& best = s.runs[s.bestEvery - 1];
    setStatus(tr("k = 1 keeps everything: %1, nothing recomputed. The least memory, %2 at k = %3, recomputes %4 layers "
                 "(%5 ms against a %6 ms forward pass).")
                  .arg(bytes(static_cast<double>(first.peakActivationBytes)),
                      bytes(static_cast<double>(best.peakActivationBytes)))
                  .arg(best.every)
                  .arg(best.recomputedLayers)
                  .arg(number(best.recomputeSeconds * 1e3, 2), number(best.forwardSeconds * 1e3, 2)));
}

// ---------------------------------------------------------------------------------------------
OptimizersPanel::OptimizersPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_table = table(this, 4, 4);
    m_plot = addPlot(this, 10);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 2);
    row->addWidget(m_plot, 3);
    m_results->addLayout(row, 1);
    retranslate();
}

void OptimizersPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("optimizers")),
        tr("The optimizer's state is often the largest part of training memory. SGD with momentum keeps one fp32 value "
           "per parameter, Adam and AdamW two (momentum and variance). 8-bit Adam stores both as 8-bit codes in blocks "
           "of 256 with one fp32 scale (the block's largest magnitude) per block: about 2 bytes per parameter."));
    m_table->setHorizontalHeaderLabels({ tr("Optimizer"), tr("State bytes"), tr("Per parameter"), tr("Final loss") });
    m_plot->xAxis->setLabel(tr("Step"));
    m_plot->yAxis->setLabel(tr("Loss"));
    show();
}

void OptimizersPanel::run()
{
    m_run->start<std::vector<OptimizerRun>>(
        [watch = watchWorkers()](const std::atomic<bool>& cancel) {
            watch(gettid(), "optimizer trainer");
            std::vector<OptimizerRun> runs;
            OptimizerRunOptions o;
            o.cancel = &cancel;
            for (auto kind : { OptimizerKind::Sgd, OptimizerKind::Adam, OptimizerKind::AdamW, OptimizerKind::Adam8bit })
                runs.push_back(trainWithOptimizer(kind, o));
            return runs;
        },
        [this](std::vector<OptimizerRun>& r) {
            m_last = std::move(r);
            markCompleted();
            show();
        });
}

void OptimizersPanel::show()
{
    const QStringList names = { tr("SGD + momentum"), tr("Adam"), tr("AdamW"), tr("8-bit Adam") };
    const QColor colors[] = { okabeIto::Black, okabeIto::Blue, okabeIto::BluishGreen, okabeIto::Vermillion };
    m_plot->clearGraphs();
    for (int i = 0; i < 4; ++i)
        setRow(m_table, i, { names[i], QString(), QString(), QString() });
    for (const auto& r : m_last) {
        const int i = static_cast<int>(r.kind);
        setRow(m_table, i,
            { names[i], bytes(static_cast<double>(r.stateBytes)), tr("%1 B").arg(number(r.bytesPerParam, 2)),
                significant(r.finalLoss, 3) });
        QVector<double> x, y;
        for (std::size_t s = 0; s < r.loss.size(); ++s) {
            x << static_cast<double>(s);
            y << std::max(1e-9, static_cast<double>(r.loss[s]));
        }
        auto* g = m_plot->addGraph();
        g->setData(x, y);
        g->setName(names[i]);
        g->setPen(QPen(colors[i], 1.5 * context().zoom()));
    }
    m_plot->rescaleAxes();
    m_plot->legend->setVisible(!m_last.empty());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    setStatus(m_last.empty()
            ? tr("Press Run to train the tiny model with each optimizer.")
            : tr("The tiny classifier of the training page, %1 parameters; the loss curves are on the same "
                 "two-spiral batches in the same order.")
                  .arg(locale().toString(static_cast<qulonglong>(m_last.front().params))));
}

// ---------------------------------------------------------------------------------------------
BatchingPanel::BatchingPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_batchLabel = new QLabel(this);
    m_batch = spin(this, 2, 512, 32);
    m_multipleLabel = new QLabel(this);
    m_multiple = spin(this, 1, 64, 8);
    for (QWidget* w : std::initializer_list<QWidget*> { m_batchLabel, m_batch, m_multipleLabel, m_multiple })
        m_settings->addWidget(w);
    m_table = table(this, 2, 5);
    m_plot = addPlot(this, 9);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 3);
    row->addWidget(m_plot, 2);
    m_results->addLayout(row, 1);
    retranslate();
}

void BatchingPanel::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto v = presetInt(p, "batch"))
        m_batch->setValue(*v);
    if (auto v = presetInt(p, "multiple"))
        m_multiple->setValue(*v);
}

void BatchingPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("batching")),
        tr("Sequences have different lengths, but a batch is a rectangle: each is padded to the batch's longest, "
           "rounded up to a multiple of 8. Random batches mix short and long sequences and compute a lot of padding; "
           "batches of similar lengths (bucketed by length, batch order still shuffled) waste little. An epoch runs a "
           "real per-token layer over every padded position."));
    m_batchLabel->setText(tr("Sequences per batch:"));
    m_multipleLabel->setText(tr("Pad to a multiple of:"));
    m_table->setHorizontalHeaderLabels(
        { tr("Batches"), tr("Real tokens"), tr("Computed tokens"), tr("Padding"), tr("Epoch time") });
    m_plot->yAxis->setLabel(tr("Padding (%)"));
    show();
}

void BatchingPanel::run()
{
    BatchingOptions o;
    o.batchSize = static_cast<std::size_t>(m_batch->value());
    o.padMultiple = m_multiple->value();
    m_run->start<std::vector<BatchingRun>>(
        [o, watch = watchWorkers()](const std::atomic<bool>& cancel) {
            watch(gettid(), "batching trainer");
            BatchingOptions b = o;
            b.cancel = &cancel;
            const auto lengths = sampleLengths(b.sequences, b.maxLength, b.seed);
            return std::vector<BatchingRun> { runBatchingEpoch(lengths, BatchingStrategy::Random, b),
                runBatchingEpoch(lengths, BatchingStrategy::Bucketed, b) };
        },
        [this](std::vector<BatchingRun>& r) {
            m_last = std::move(r);
            markCompleted();
            show();
        });
}

void BatchingPanel::show()
{
    const QStringList names = { tr("Random"), tr("Bucketed by length") };
    m_table->setVerticalHeaderLabels(names);
    m_table->verticalHeader()->show();
    m_plot->clearPlottables();
    for (const auto& r : m_last) {
        const int i = static_cast<int>(r.strategy);
        setRow(m_table, i,
            { locale().toString(static_cast<qulonglong>(r.stats.batches)),
                locale().toString(static_cast<qulonglong>(r.stats.realTokens)),
                locale().toString(static_cast<qulonglong>(r.stats.paddedTokens)), percent(r.stats.paddingShare()),
                tr("%1 ms").arg(number(r.epochSeconds * 1e3, 1)) });
    }
    if (m_last.size() == 2) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setData({ 0, 1 }, { 100 * m_last[0].stats.paddingShare(), 100 * m_last[1].stats.paddingShare() });
        bars->setBrush(okabeIto::Orange);
        textTicks(m_plot->xAxis, names);
        m_plot->yAxis->setRange(0, std::max(10.0, 100 * m_last[0].stats.paddingShare() * 1.2));
        setStatus(
            tr("Bucketing computes %1 of the tokens random batches compute, and the epoch takes %2 of the time.")
                .arg(percent(static_cast<double>(m_last[1].stats.paddedTokens)
                             / static_cast<double>(m_last[0].stats.paddedTokens),
                         0),
                    percent(m_last[0].epochSeconds > 0 ? m_last[1].epochSeconds / m_last[0].epochSeconds : 0, 0)));
    } else {
        setStatus(tr("Press Run to batch 2 000 sequences of 1 to 256 tokens both ways."));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ptlab::ui
