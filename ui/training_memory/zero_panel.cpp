#include "ui/training_memory/zero_panel.h"

#include "core/training_memory/zero_memory.h"
#include "core/util/preset.h"
#include "ui/shell/app_context.h"
#include "ui/widgets/palette.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <optional>
#include <qcustomplot.h>

namespace ptlab::ui {

using namespace training_memory;

ZeroPanel::ZeroPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_paramsLabel = new QLabel(this);
    m_params = new QDoubleSpinBox(this);
    m_params->setRange(0.001, 100000);
    m_params->setDecimals(3);
    m_params->setValue(7.5);
    m_gpusLabel = new QLabel(this);
    m_gpus = new QSpinBox(this);
    m_gpus->setRange(1, 100000);
    m_gpus->setValue(64);
    m_stageLabel = new QLabel(this);
    m_stage = new QComboBox(this);
    for (int s = 0; s <= 2; ++s)
        m_stage->addItem(QString(), s);
    m_stage->setCurrentIndex(1);
    m_workersLabel = new QLabel(this);
    m_workers = new QSpinBox(this);
    m_workers->setRange(2, 8);
    m_workers->setValue(4);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_paramsLabel, m_params, m_gpusLabel, m_gpus, m_stageLabel, m_stage, m_workersLabel, m_workers })
        m_settings->addWidget(w);

    m_formula = new QTableWidget(4, 6, this);
    m_formula->verticalHeader()->hide();
    m_formula->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_formula->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_formula->horizontalHeader()->setStretchLastSection(true);
    m_plot = addPlot(this, 8);
    auto* top = new QHBoxLayout;
    top->addWidget(m_formula, 3);
    top->addWidget(m_plot, 2);
    m_results->addLayout(top, 1);
    m_measuredTitle = new QLabel(this);
    m_measuredTitle->setWordWrap(true);
    m_results->addWidget(m_measuredTitle);
    m_measured = new QTableWidget(0, 7, this);
    m_measured->verticalHeader()->hide();
    m_measured->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_measured->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_measured->horizontalHeader()->setStretchLastSection(true);
    m_results->addWidget(m_measured, 1);

    connect(m_params, &QDoubleSpinBox::valueChanged, this, &ZeroPanel::updateFormula);
    connect(m_gpus, &QSpinBox::valueChanged, this, &ZeroPanel::updateFormula);
    retranslate();
}

int ZeroPanel::stage() const
{
    return m_stage->currentData().toInt();
}

int ZeroPanel::workers() const
{
    return m_workers->value();
}

void ZeroPanel::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    auto get = [&p](const char* key) -> std::optional<double> {
        auto it = p.find(key);
        if (it == p.end())
            return std::nullopt;
        bool ok = false;
        const double v = QString::fromStdString(it->second).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    };
    if (auto s = get("stage"); s && *s >= 0 && *s <= 2)
        m_stage->setCurrentIndex(static_cast<int>(*s));
    if (auto w = get("workers"))
        m_workers->setValue(static_cast<int>(*w));
    if (auto g = get("gpus"))
        m_gpus->setValue(static_cast<int>(*g));
    if (auto ps = get("params"))
        m_params->setValue(*ps >= 1e6 ? *ps / 1e9 : *ps); // 7.5e9 or 7.5 (billions)
}

void ZeroPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("zero")),
        tr("Data parallelism keeps a full copy of the model states on every device: fp16 parameters (2Ψ bytes), fp16 "
           "gradients (2Ψ) and the optimizer states (KΨ, K = 12 for mixed-precision Adam: fp32 weights, momentum, "
           "variance). ZeRO partitions them over the N_d devices: stage 1 the optimizer states, stage 2 also the "
           "gradients, stage 3 also the parameters. Run executes the chosen stage on worker threads with the tiny "
           "model."));
    m_paramsLabel->setText(tr("Parameters (billions):"));
    m_gpusLabel->setText(tr("Devices N_d:"));
    m_stageLabel->setText(tr("Run stage:"));
    m_stage->setItemText(0, tr("Baseline (no sharding)"));
    m_stage->setItemText(1, tr("ZeRO-1 (optimizer states)"));
    m_stage->setItemText(2, tr("ZeRO-2 (+ gradients)"));
    m_workersLabel->setText(tr("Worker threads:"));
    m_formula->setHorizontalHeaderLabels({ tr("Stage"), tr("Parameters"), tr("Gradients"), tr("Optimizer"),
        tr("Total per device"), tr("Traffic per step") });
    m_measured->setHorizontalHeaderLabels({ tr("Worker"), tr("Shard"), tr("Parameters"), tr("Gradients"),
        tr("Optimizer"), tr("Measured total"), tr("Formula") });
    if (auto* shard = m_measured->horizontalHeaderItem(1))
        shard->setToolTip(tr("The parameters whose optimizer states (and, in ZeRO-2, gradients) this worker keeps "
                             "and updates: the chunk it completes in the ring's reduce-scatter, so worker r owns "
                             "chunk r + 1 (mod N_d)."));
    m_plot->yAxis->setLabel(tr("GB per device"));
    updateFormula();
    showRun();
}

void ZeroPanel::updateFormula()
{
    const double psi = m_params->value() * 1e9;
    const auto calc = zeroMemory(psi, m_gpus->value());
    const QStringList names = { tr("Baseline"), tr("ZeRO-1"), tr("ZeRO-2"), tr("ZeRO-3") };
    QVector<double> keys, params, grads, opt;
    for (const auto& s : calc.stages) {
        const int r = s.stage;
        auto set = [this, r](int c, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_formula->setItem(r, c, item);
        };
        set(0, names[r]);
        set(1, bytes(s.paramBytes));
        set(2, bytes(s.gradientBytes));
        set(3, bytes(s.optimizerBytes));
        set(4, bytes(s.totalBytes));
        set(5, tr("%1Ψ (%2)").arg(number(s.commElements / psi, 0), bytes(s.commRingBytes)));
        keys << r;
        params << s.paramBytes / 1e9;
        grads << s.gradientBytes / 1e9;
        opt << s.optimizerBytes / 1e9;
    }
    m_plot->clearPlottables();
    auto* b1 = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    auto* b2 = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    auto* b3 = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    b2->moveAbove(b1);
    b3->moveAbove(b2);
    b1->setData(keys, params);
    b2->setData(keys, grads);
    b3->setData(keys, opt);
    b1->setName(tr("Parameters"));
    b2->setName(tr("Gradients"));
    b3->setName(tr("Optimizer"));
    b1->setBrush(okabeIto::Blue);
    b2->setBrush(okabeIto::Orange);
    b3->setBrush(okabeIto::BluishGreen);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < 4; ++i)
        ticker->addTick(i, names[i]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.6, 3.6);
    m_plot->yAxis->setRange(0, calc.stages[0].totalBytes / 1e9 * 1.1);
    m_plot->legend->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ZeroPanel::run()
{
    ZeroRunOptions o;
    o.stage = stage();
    o.workers = workers();
    o.steps = 40;
    setStatus(tr("Running %1 on %2 worker threads…").arg(m_stage->currentText()).arg(o.workers));
    m_run->start<ZeroRunResult>(
        [o, watch = watchWorkers()](const std::atomic<bool>& cancel) {
            ZeroRunOptions r = o;
            r.cancel = &cancel;
            r.onWorkerStarted = watch;
            return runZero(r);
        },
        [this](ZeroRunResult& r) {
            m_last = std::move(r);
            markCompleted();
            showRun();
        });
}

void ZeroPanel::showRun()
{
    const auto& r = m_last;
    if (r.memory.empty()) {
        m_measuredTitle->setText(
            tr("Press Run to train the tiny model with the chosen stage and measure each worker's buffers."));
        return;
    }
    const auto f = zeroMemory(static_cast<double>(r.paramCount), r.workers);
    const QStringList names = { tr("Baseline"), tr("ZeRO-1"), tr("ZeRO-2") };
    m_measuredTitle->setText(tr("%1 on %2 worker threads, Ψ = %3 parameters: bytes each worker held between steps, "
                                "next to the formula (2 + 2 + 12)Ψ with the sharded parts divided by N_d = %2.")
                                 .arg(names.value(r.stage), QString::number(r.workers),
                                     locale().toString(static_cast<qulonglong>(r.paramCount))));
    m_measured->setRowCount(static_cast<int>(r.memory.size()));
    for (int w = 0; w < static_cast<int>(r.memory.size()); ++w) {
        const auto& m = r.memory[w];
        const QStringList cells = { QString::number(w), tr("%1–%2").arg(m.shardBegin).arg(m.shardEnd),
            bytes(m.paramBytes), bytes(m.gradientBytes), bytes(m.optimizerBytes), bytes(m.modelStateBytes()),
            bytes(f.stages[r.stage].totalBytes) };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_measured->setItem(w, c, item);
        }
    }
    const QString loss = r.loss.empty()
        ? QString()
        : tr("Loss %1 → %2 in %3 steps.").arg(number(r.loss.front(), 4), number(r.loss.back(), 4)).arg(r.stepsDone);
    setStatus(r.cancelled ? tr("Stopped. %1").arg(loss) : loss);
}

} // namespace ptlab::ui
