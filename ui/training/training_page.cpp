#include "ui/training/training_page.h"

#include "core/training/mpi_launch.h"
#include "core/util/preset.h"
#include "ui/shell/app_context.h"
#include "ui/training/parallel_views.h"
#include "ui/training/ring_view.h"
#include "ui/training_memory/scenario_panel.h"
#include "ui/widgets/error_text.h"
#include "ui/widgets/palette.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <mutex>
#include <thread>

namespace ptlab::ui {

using namespace ptlab::training;

namespace {

const QStringList partOneIds = { QStringLiteral("single"), QStringLiteral("data-parallel"), QStringLiteral("tensor"),
    QStringLiteral("pipeline"), QStringLiteral("hybrid") };

enum ViewIndex
{
    DataView = 0,
    TensorViewIndex = 1,
    PipelineView = 2,
    HybridView = 3,
};

QCustomPlot* newPlot(const QString& name, QWidget* parent)
{
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setMinimumHeight(120);
    plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return plot;
}

} // namespace

TrainingPage::TrainingPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildControls());
    scroll->setObjectName(QStringLiteral("trainingControls"));
    outer->addWidget(scroll, 0);

    m_outer = new QStackedWidget(this);
    outer->addWidget(m_outer, 1);

    // Part 1: plots on top (loss, throughput against N), the scenario's own view below.
    m_partOne = new QWidget(m_outer);
    auto* partLayout = new QVBoxLayout(m_partOne);
    partLayout->setContentsMargins(0, 0, 0, 0);
    m_explain = new QLabel(m_partOne);
    m_explain->setWordWrap(true);
    m_explain->setObjectName(QStringLiteral("scenarioExplanation"));
    partLayout->addWidget(m_explain);
    auto* vsplit = new QSplitter(Qt::Vertical, m_partOne);
    partLayout->addWidget(vsplit, 1);
    auto* top = new QSplitter(Qt::Horizontal, vsplit);
    m_lossPlot = newPlot(QStringLiteral("lossPlot"), top);
    m_lossPlot->addGraph();
    m_lossPlot->graph(0)->setPen(QPen(okabeIto::Blue, 2));
    m_scalingPlot = newPlot(QStringLiteral("scalingPlot"), top);
    top->addWidget(m_lossPlot);
    top->addWidget(m_scalingPlot);
    vsplit->addWidget(top);

    m_views = new QStackedWidget(vsplit);
    // Data parallel: the ring and the workers' timeline.
    auto* data = new QSplitter(Qt::Horizontal, m_views);
    m_ring = new RingView(data);
    m_workerPlot = newPlot(QStringLiteral("workerTimeline"), data);
    data->addWidget(m_ring);
    data->addWidget(m_workerPlot);
    data->setStretchFactor(0, 1);
    data->setStretchFactor(1, 1);
    m_views->addWidget(data);
    // Tensor parallel.
    auto* tensor = new QSplitter(Qt::Horizontal, m_views);
    m_tensor = new TensorView(tensor);
    m_tensorPlot = newPlot(QStringLiteral("tensorTimeline"), tensor);
    tensor->addWidget(m_tensor);
    tensor->addWidget(m_tensorPlot);
    m_views->addWidget(tensor);
    // Pipeline: measured Gantt over the theoretical one.
    auto* pipe = new QSplitter(Qt::Vertical, m_views);
    m_ganttMeasured = newPlot(QStringLiteral("ganttMeasured"), pipe);
    m_ganttTheory = newPlot(QStringLiteral("ganttTheory"), pipe);
    pipe->addWidget(m_ganttMeasured);
    pipe->addWidget(m_ganttTheory);
    m_views->addWidget(pipe);
    // Hybrid: the grid and group 0's pipeline.
    auto* hybrid = new QSplitter(Qt::Horizontal, m_views);
    m_grid = new GridView(hybrid);
    m_hybridPlot = newPlot(QStringLiteral("hybridGantt"), hybrid);
    hybrid->addWidget(m_grid);
    hybrid->addWidget(m_hybridPlot);
    m_views->addWidget(hybrid);
    vsplit->addWidget(m_views);
    vsplit->setStretchFactor(0, 2);
    vsplit->setStretchFactor(1, 3);
    m_outer->addWidget(m_partOne);

    // Part 2's scenarios (ZeRO, mixed precision, ...), embedded when that folder provides them.
    m_memoryPanels = new QStackedWidget(m_outer);
    for (const QString& id : memoryScenarioIds())
        if (ScenarioPanel* panel = createMemoryScenario(id, context, m_memoryPanels)) {
            m_memoryPanels->addWidget(panel);
            m_memory.emplace_back(id, panel);
        }
    m_outer->addWidget(m_memoryPanels);

    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &TrainingPage::poll);
    retranslate();
    setScenario(QStringLiteral("data-parallel"));
    zoomChanged(zoom());
}

TrainingPage::~TrainingPage()
{
    m_job.reset(); // cancels and joins: no worker outlives the page
}

QWidget* TrainingPage::buildControls()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_scenario = new QComboBox(panel);
    m_scenario->setObjectName(QStringLiteral("scenario"));
    m_backend = new QComboBox(panel);
    m_backend->setObjectName(QStringLiteral("backend"));
    m_workers = new QSpinBox(panel);
    m_workers->setObjectName(QStringLiteral("workers"));
    m_workers->setRange(1, 16);
    m_workers->setValue(2);
    m_stages = new QSpinBox(panel);
    m_stages->setObjectName(QStringLiteral("stages"));
    m_stages->setRange(1, 6);
    m_stages->setValue(2);
    m_micro = new QSpinBox(panel);
    m_micro->setObjectName(QStringLiteral("microbatches"));
    m_micro->setRange(1, 32);
    m_micro->setValue(4);
    m_schedule = new QComboBox(panel);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_steps = new QSpinBox(panel);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setRange(1, 2000);
    m_steps->setValue(40);
    m_width = new QSpinBox(panel);
    m_width->setObjectName(QStringLiteral("width"));
    m_width->setRange(8, 1024);
    m_width->setSingleStep(64);
    m_width->setValue(512);
    m_scenarioLabel = new QLabel(panel);
    m_backendLabel = new QLabel(panel);
    m_workersLabel = new QLabel(panel);
    m_stagesLabel = new QLabel(panel);
    m_microLabel = new QLabel(panel);
    m_scheduleLabel = new QLabel(panel);
    m_stepsLabel = new QLabel(panel);
    m_widthLabel = new QLabel(panel);
    for (QLabel* l : { m_scenarioLabel, m_backendLabel, m_workersLabel, m_stagesLabel, m_microLabel, m_scheduleLabel,
             m_stepsLabel, m_widthLabel })
        l->setWordWrap(true);
    form->addRow(m_scenarioLabel, m_scenario);
    form->addRow(m_backendLabel, m_backend);
    form->addRow(m_workersLabel, m_workers);
    form->addRow(m_stagesLabel, m_stages);
    form->addRow(m_microLabel, m_micro);
    form->addRow(m_scheduleLabel, m_schedule);
    form->addRow(m_stepsLabel, m_steps);
    form->addRow(m_widthLabel, m_width);
    layout->addLayout(form);
    m_start = new QPushButton(panel);
    m_start->setObjectName(QStringLiteral("start"));
    m_cancel = new QPushButton(panel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_scaling = new QPushButton(panel);
    m_scaling->setObjectName(QStringLiteral("scaling"));
    layout->addWidget(m_start);
    layout->addWidget(m_cancel);
    layout->addWidget(m_scaling);
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("progress"));
    layout->addWidget(m_progress);
    m_figures = new QLabel(panel);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);
    m_mpiNote = new QLabel(panel);
    m_mpiNote->setObjectName(QStringLiteral("mpiNote"));
    m_mpiNote->setWordWrap(true);
    m_mpiNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_mpiNote);
    layout->addStretch(1);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = scenario();
        const bool partOne = partOneIds.contains(id);
        m_outer->setCurrentIndex(partOne ? 0 : 1);
        if (!partOne)
            for (const auto& [mid, p] : m_memory)
                if (mid == id)
                    m_memoryPanels->setCurrentWidget(p);
        for (const auto& [mid, p] : m_memory)
            p->setActive(m_active && mid == id);
        if (id == QLatin1String("data-parallel") || id == QLatin1String("single"))
            m_views->setCurrentIndex(DataView);
        else if (id == QLatin1String("tensor"))
            m_views->setCurrentIndex(TensorViewIndex);
        else if (id == QLatin1String("pipeline"))
            m_views->setCurrentIndex(PipelineView);
        else if (id == QLatin1String("hybrid"))
            m_views->setCurrentIndex(HybridView);
        if (id == QLatin1String("hybrid") && m_workers->value() < 4) {
            m_workers->setValue(4);
            m_stages->setValue(2);
        }
        updateEnabled();
        retranslate();
    });
    connect(m_backend, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        updateFigures();
    });
    connect(m_start, &QPushButton::clicked, this, &TrainingPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &TrainingPage::cancel);
    connect(m_scaling, &QPushButton::clicked, this, &TrainingPage::startScaling);
    return panel;
}

QString TrainingPage::title() const
{
    return tr("Distributed training");
}

QString TrainingPage::scenario() const
{
    return m_scenario->currentData().toString();
}

bool TrainingPage::setScenario(const QString& id)
{
    const int i = m_scenario->findData(id);
    if (i < 0)
        return false;
    m_scenario->setCurrentIndex(i);
    return true;
}

int TrainingPage::workers() const
{
    return m_workers->value();
}

int TrainingPage::microbatches() const
{
    return m_micro->value();
}

void TrainingPage::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    auto number = [&p](const char* key, QSpinBox* box) {
        if (auto it = p.find(key); it != p.end()) {
            bool ok = false;
            const int v = QString::fromStdString(it->second).toInt(&ok);
            if (ok)
                box->setValue(v);
        }
    };
    QString id = QStringLiteral("data-parallel");
    if (auto it = p.find("scenario"); it != p.end())
        id = QString::fromStdString(it->second);
    if (id == QLatin1String("data"))
        id = QStringLiteral("data-parallel");
    if (!setScenario(id))
        setScenario(QStringLiteral("data-parallel")); // an unknown scenario opens the data-parallel one
    number("workers", m_workers);
    number("stages", m_stages);
    number("microbatches", m_micro);
    number("steps", m_steps);
    number("width", m_width);
    if (scenario() == QLatin1String("pipeline") && p.count("workers") && !p.count("stages"))
        m_stages->setValue(m_workers->value()); // a pipeline's workers are its stages
    if (auto it = p.find("schedule"); it != p.end())
        m_schedule->setCurrentIndex(it->second == "gpipe" ? 0 : 1);
    if (auto it = p.find("backend"); it != p.end())
        m_backend->setCurrentIndex(it->second == "mpi" ? 2 : it->second == "processes" ? 1 : 0);
    // Part 2's panels take the rest of the preset as their own.
    for (const auto& [mid, panel] : m_memory)
        if (mid == scenario()) {
            QStringList rest;
            for (const auto& [k, v] : p)
                if (k != "scenario")
                    rest << QString::fromStdString(k + "=" + v);
            panel->applyPreset(rest.join(QLatin1Char(';')));
        }
}

void TrainingPage::setActive(bool active)
{
    m_active = active;
    m_ring->setAnimating(active && m_report && m_report->config.dataGroups() > 1);
    for (const auto& [mid, p] : m_memory)
        p->setActive(active && mid == scenario());
}

void TrainingPage::startShowcase()
{
    for (const auto& [mid, p] : m_memory)
        if (mid == scenario()) {
            p->startShowcase();
            return;
        }
    // Short but real: a smaller model, so `ptlab render` shows the curves of a finished run.
    if (m_width->value() == 512)
        m_width->setValue(scenario() == QLatin1String("pipeline") || scenario() == QLatin1String("hybrid") ? 256 : 128);
    if (m_steps->value() == 40)
        m_steps->setValue(30);
    start();
}

bool TrainingPage::triggerPrimaryAction()
{
    if (running())
        cancel();
    else
        start();
    return true;
}

bool TrainingPage::running() const
{
    return m_job != nullptr; // until poll() has collected the finished run's result
}

TrainConfig TrainingPage::currentConfig() const
{
    TrainConfig c;
    const QString id = scenario();
    c.mode = id == QLatin1String("single") ? Mode::Single
        : id == QLatin1String("tensor")    ? Mode::Tensor
        : id == QLatin1String("pipeline")  ? Mode::Pipeline
        : id == QLatin1String("hybrid")    ? Mode::Hybrid
                                           : Mode::Data;
    c.workers = m_workers->value();
    c.stages = m_stages->value();
    c.microbatches = m_micro->value();
    c.schedule = m_schedule->currentIndex() == 0 ? Schedule::GPipe : Schedule::OneFOneB;
    c.steps = m_steps->value();
    c.shape = defaultShape(m_width->value());
    if (c.mode == Mode::Pipeline)
        c.workers = c.stages;
    return c;
}

void TrainingPage::startJob(TrainingJob::Request request)
{
    m_job.reset();
    auto& engine = context().engine();
    auto watched = std::make_shared<TrainingWatchList>();
    // Forget the previous run's workers (they are terminated) so the States page does not fill up.
    for (states::TaskId id : m_watched)
        engine.forget(id);
    m_watched.clear();
    m_jobKind = request.kind;
    m_error.reset();
    if (request.kind != TrainingJob::Kind::Scaling)
        m_report.reset();
    else
        m_scalingPoints.clear();
    auto* e = &engine;
    m_job = std::make_unique<TrainingJob>(std::move(request), [e, watched](pid_t tid, const std::string& label) {
        if (tid <= 0)
            return;
        // A worker thread of ptlab, or else a worker process (forked, or an MPI rank and its mpirun).
        auto id = e->watch(tid, label);
        if (!id)
            id = e->watchProcess(tid, label);
        if (id) {
            std::lock_guard lock(watched->mutex);
            watched->ids.push_back(id.value());
        }
    });
    // Collected at the end of the run (poll), when no worker adds to the list any more.
    m_watchedPending = watched;
    m_pollTimer.start();
    updateEnabled();
    poll();
}

void TrainingPage::start()
{
    TrainingJob::Request r;
    r.config = currentConfig();
    r.config.processes = m_backend->currentIndex() == 1;
    if (m_backend->currentIndex() == 2 && (r.config.mode == Mode::Data || r.config.mode == Mode::Single)) {
        r.kind = TrainingJob::Kind::Mpi;
        if (r.config.mode == Mode::Single)
            r.config.workers = 1;
    }
    if (auto ok = validateConfig(r.config); !ok) {
        m_error = ok.error();
        updateFigures();
        return;
    }
    startJob(std::move(r));
}

void TrainingPage::startScaling()
{
    TrainingJob::Request r;
    r.kind = TrainingJob::Kind::Scaling;
    r.config = currentConfig();
    r.config.steps = std::min(r.config.steps, 6);
    r.maxWorkers = 2 * static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    startJob(std::move(r));
}

void TrainingPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void TrainingPage::poll()
{
    if (!m_job)
        return;
    const TrainingJob::Snapshot s = m_job->snapshot();
    m_progress->setMaximum(std::max(1, s.stepsTotal));
    if (m_jobKind == TrainingJob::Kind::Scaling) {
        m_scalingPoints = s.scaling;
        updateScalingPlot();
    }
    m_progress->setValue(std::min(s.stepsDone, s.stepsTotal));
    updateLossPlot(s.loss);
    if (!s.finished)
        return;
    m_pollTimer.stop();
    if (m_watchedPending) {
        std::lock_guard lock(m_watchedPending->mutex);
        m_watched = m_watchedPending->ids;
    }
    m_job->wait();
    m_job.reset();
    m_error = s.error;
    if (s.report && m_jobKind != TrainingJob::Kind::Scaling)
        showReport(*s.report);
    if (m_jobKind == TrainingJob::Kind::Scaling)
        m_progress->setValue(m_progress->maximum());
    updateEnabled();
    updateFigures();
}

void TrainingPage::showReport(const TrainReport& r)
{
    m_report = r;
    updateLossPlot(r.loss);
    const int n = r.config.dataGroups();
    const QStringList stageNames = [&] {
        QStringList names;
        for (int s = 0; s < r.config.stages; ++s)
            names << tr("stage %1").arg(s);
        return names;
    }();
    // What each worker did in the last steps (data, tensor, MPI ranks).
    auto workerBlocks = [&](QCustomPlot* plot, int workers, const QString& rowName) {
        std::vector<GanttBlock> blocks;
        const int lastSteps = 4;
        for (const auto& s : r.spans) {
            if (s.step < r.stepsDone - lastSteps)
                continue;
            const QColor c = s.kind == WorkerSpan::Kind::Compute ? okabeIto::Blue
                : s.kind == WorkerSpan::Kind::Communicate        ? okabeIto::Orange
                                                                 : okabeIto::BluishGreen;
            blocks.push_back({ s.worker, s.start * 1e3, s.end * 1e3, c, QString() });
        }
        QStringList rows;
        for (int w = 0; w < workers; ++w)
            rows << rowName.arg(w);
        drawGantt(plot, blocks, rows,
            tr("ms since the start (blue: forward + backward, orange: communication, green: optimizer)"), zoom());
    };
    const Mode mode = r.config.mode;
    if (mode == Mode::Single || mode == Mode::Data) {
        m_ring->setPlan(r.ring, n, r.parameterBytes);
        m_ring->setAnimating(m_active && n > 1);
        if (r.ring.empty() && n > 1)
            m_ring->setPlan(ringPlan(n, r.parameterBytes / sizeof(float), sizeof(float)), n, r.parameterBytes);
        const bool mpi = m_jobKind == TrainingJob::Kind::Mpi;
        workerBlocks(m_workerPlot, r.config.workers, mpi ? tr("rank %1") : tr("worker %1"));
    } else if (mode == Mode::Tensor) {
        m_tensor->setReport(r.config.shape, r.slices, r.config.workers, r.bytesPerWorkerPerStep);
        workerBlocks(m_tensorPlot, r.config.workers, tr("worker %1"));
    }
    if (mode == Mode::Pipeline || mode == Mode::Hybrid) {
        auto opBlocks = [&](const Timeline& t, double scale) {
            std::vector<GanttBlock> blocks;
            for (const auto& op : t.ops) {
                const bool f = op.op.kind == PipeOp::Kind::Forward;
                blocks.push_back({ op.stage, op.start * scale, op.end * scale,
                    f ? okabeIto::SkyBlue : okabeIto::Vermillion, (f ? tr("F%1") : tr("B%1")).arg(op.op.microbatch) });
            }
            return blocks;
        };
        const QString measuredTitle
            = tr("measured, last step (ms): bubble %1 %").arg(locale().toString(100 * r.bubble, 'f', 1));
        if (mode == Mode::Pipeline) {
            drawGantt(m_ganttMeasured, opBlocks(r.measured, 1e3), stageNames, measuredTitle, zoom());
            drawGantt(m_ganttTheory, opBlocks(r.theoretical, 1.0), stageNames,
                tr("theory (forward 1, backward 2): bubble (p−1)/(m+p−1) = %1 %")
                    .arg(locale().toString(100 * r.bubbleTheory, 'f', 1)),
                zoom());
        } else {
            m_grid->setGrid(n, r.config.stages, r.stageLayers);
            drawGantt(m_hybridPlot, opBlocks(r.measured, 1e3), stageNames,
                tr("group 0, measured, last step (ms): bubble %1 %").arg(locale().toString(100 * r.bubble, 'f', 1)),
                zoom());
        }
    }
}

void TrainingPage::updateLossPlot(const std::vector<float>& loss)
{
    QVector<double> x, y;
    for (std::size_t i = 0; i < loss.size(); ++i) {
        x << static_cast<double>(i + 1);
        y << static_cast<double>(loss[i]);
    }
    m_lossPlot->graph(0)->setData(x, y, true);
    double top = 1.2;
    for (double v : y)
        top = std::max(top, v * 1.1);
    m_lossPlot->xAxis->setRange(0,
        std::max(
            2.0, static_cast<double>(std::max<std::size_t>(loss.size(), static_cast<std::size_t>(m_steps->value())))));
    m_lossPlot->yAxis->setRange(0, top);
    m_lossPlot->replot();
}

void TrainingPage::updateScalingPlot()
{
    m_scalingPlot->clearPlottables();
    m_scalingPlot->clearItems();
    auto* bars = new QCPBars(m_scalingPlot->xAxis, m_scalingPlot->yAxis);
    bars->setBrush(okabeIto::Orange);
    bars->setPen(QPen(okabeIto::Vermillion));
    bars->setWidth(0.6);
    QVector<double> x, y, ix, iy;
    double top = 1;
    const double base = m_scalingPoints.empty() ? 0 : m_scalingPoints.front().samplesPerSecond;
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    for (const auto& p : m_scalingPoints) {
        x << p.workers;
        y << p.samplesPerSecond;
        top = std::max(top, p.samplesPerSecond * 1.15);
    }
    // Ideal: linear up to the number of hardware threads, flat after.
    const int maxN = 2 * cores;
    for (int n = 1; n <= maxN; ++n) {
        ix << n;
        iy << base * std::min(n, cores);
    }
    bars->setData(x, y, true);
    if (base > 0) {
        auto* ideal = m_scalingPlot->addGraph();
        ideal->setPen(QPen(okabeIto::Blue, 2, Qt::DashLine));
        ideal->setData(ix, iy, true);
        ideal->setName(tr("ideal"));
        top = std::max(top, base * cores * 1.15);
    }
    m_scalingPlot->xAxis->setRange(0.4, maxN + 0.6);
    m_scalingPlot->yAxis->setRange(0, top);
    m_scalingPlot->replot();
}

void TrainingPage::updateEnabled()
{
    const QString id = scenario();
    const bool busy = running();
    const bool pipe = id == QLatin1String("pipeline") || id == QLatin1String("hybrid");
    const bool dataLike = id == QLatin1String("data-parallel") || id == QLatin1String("single");
    m_workers->setEnabled(!busy && id != QLatin1String("single") && id != QLatin1String("pipeline"));
    m_stages->setEnabled(!busy && pipe);
    m_micro->setEnabled(!busy && pipe);
    m_schedule->setEnabled(!busy && pipe);
    m_backend->setEnabled(!busy && dataLike);
    m_steps->setEnabled(!busy);
    m_width->setEnabled(!busy);
    m_scenario->setEnabled(!busy);
    m_start->setEnabled(!busy);
    m_scaling->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    const MpiAvailability mpi = findMpi();
    if (m_backend->currentIndex() == 2 && !mpi.ready())
        m_start->setEnabled(false);
}

QString TrainingPage::figuresText() const
{
    return m_figures->text();
}

void TrainingPage::updateFigures()
{
    const QLocale loc = locale();
    QStringList lines;
    if (m_error)
        lines << ErrorText::describe(*m_error);
    if (m_report) {
        const TrainReport& r = *m_report;
        if (!r.loss.empty())
            lines << tr("Loss %1 → %2 in %3 steps; accuracy %4 %")
                         .arg(loc.toString(r.loss.front(), 'f', 3), loc.toString(r.loss.back(), 'f', 3))
                         .arg(r.stepsDone)
                         .arg(loc.toString(100.0 * r.accuracy, 'f', 0));
        if (r.cancelled)
            lines << tr("Cancelled: every worker stopped and was joined.");
        lines << tr("%1 samples/s, %2 GFLOP/s")
                     .arg(loc.toString(r.samplesPerSecond, 'f', 0), loc.toString(r.gflops, 'f', 2));
        lines << tr("Gradient: %1; sent per worker and step: %2")
                     .arg(loc.formattedDataSize(static_cast<qint64>(r.parameterBytes)),
                         loc.formattedDataSize(static_cast<qint64>(r.bytesPerWorkerPerStep)));
        const Mode mode = r.config.mode;
        if ((mode == Mode::Data || mode == Mode::Hybrid) && r.config.dataGroups() > 1)
            lines << (r.replicasIdentical ? tr("Replicas identical after every step.") : tr("Replicas DIFFER."));
        if (mode == Mode::Pipeline || mode == Mode::Hybrid) {
            QStringList peaks;
            for (int v : r.peakActivations)
                peaks << loc.toString(v);
            lines << tr("Bubble: measured %1 %, (p−1)/(m+p−1) = %2 %")
                         .arg(loc.toString(100 * r.bubble, 'f', 1), loc.toString(100 * r.bubbleTheory, 'f', 1));
            lines << tr("Peak micro-batch activations per stage: %1 (GPipe holds m, 1F1B at most p)")
                         .arg(peaks.join(QStringLiteral(", ")));
        }
    }
    if (!m_scalingPoints.empty()) {
        QStringList pts;
        const double base = m_scalingPoints.front().samplesPerSecond;
        for (const auto& p : m_scalingPoints)
            pts << tr("%1: ×%2").arg(p.workers).arg(loc.toString(base > 0 ? p.samplesPerSecond / base : 0.0, 'f', 2));
        lines << tr("Speed-up against workers: %1").arg(pts.join(QStringLiteral(", ")));
    }
    m_figures->setText(lines.join(QLatin1Char('\n')));

    const MpiAvailability mpi = findMpi();
    if (mpi.ready())
        m_mpiNote->setText(tr("MPI: Open MPI found (%1). Choose the MPI backend to run the data-parallel training as "
                              "mpirun ranks with MPI_Allreduce.")
                               .arg(QString::fromStdString(mpi.mpirun)));
    else if (mpi.mpirun.empty())
        m_mpiNote->setText(tr("MPI: mpirun is not installed. To run the ranks under Open MPI: "
                              "sudo apt install openmpi-bin libopenmpi-dev, then rebuild ptlab. Everything else works "
                              "without it."));
    else
        m_mpiNote->setText(tr("MPI: mpirun is installed but ptlab-mpi-rank was not built (install libopenmpi-dev and "
                              "rebuild ptlab)."));
}

void TrainingPage::retranslate()
{
    const QString current = m_scenario->currentData().toString();
    const QSignalBlocker block(m_scenario);
    m_scenario->clear();
    m_scenario->addItem(tr("One worker"), QStringLiteral("single"));
    m_scenario->addItem(tr("Data parallel (ring all-reduce)"), QStringLiteral("data-parallel"));
    m_scenario->addItem(tr("Tensor parallel"), QStringLiteral("tensor"));
    m_scenario->addItem(tr("Pipeline parallel"), QStringLiteral("pipeline"));
    m_scenario->addItem(tr("Hybrid: data × pipeline"), QStringLiteral("hybrid"));
    for (const auto& [id, panel] : m_memory)
        m_scenario->addItem(memoryScenarioTitle(id), id);
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(current)));
    {
        const QSignalBlocker b(m_backend);
        const int i = std::max(0, m_backend->currentIndex());
        m_backend->clear();
        m_backend->addItem(tr("ptlab's threads"));
        m_backend->addItem(tr("ptlab's processes (shared memory)"));
        m_backend->addItem(tr("MPI ranks (Open MPI)"));
        m_backend->setCurrentIndex(i);
    }
    {
        const QSignalBlocker b(m_schedule);
        const int i = m_schedule->currentIndex() < 0 ? 1 : m_schedule->currentIndex();
        m_schedule->clear();
        m_schedule->addItem(tr("GPipe"));
        m_schedule->addItem(tr("1F1B"));
        m_schedule->setCurrentIndex(i);
    }
    m_scenarioLabel->setText(tr("Scenario"));
    m_backendLabel->setText(tr("Workers are"));
    m_workersLabel->setText(tr("Workers"));
    m_stagesLabel->setText(tr("Pipeline stages"));
    m_microLabel->setText(tr("Micro-batches"));
    m_scheduleLabel->setText(tr("Schedule"));
    m_stepsLabel->setText(tr("Steps"));
    m_widthLabel->setText(tr("Layer width"));
    m_start->setText(tr("Train"));
    m_cancel->setText(tr("Cancel"));
    m_scaling->setText(tr("Measure speed-up against workers"));
    m_progress->setFormat(tr("step %v of %m"));

    const QString id = scenario();
    if (id == QLatin1String("single"))
        m_explain->setText(tr("One worker trains the whole model on the whole batch: the reference every parallel "
                              "scenario must match."));
    else if (id == QLatin1String("data-parallel"))
        m_explain->setText(tr("Every worker holds a full copy of the model and trains on its share of each batch; the "
                              "ring all-reduce then sums the gradients so every copy takes the same step."));
    else if (id == QLatin1String("tensor"))
        m_explain->setText(tr("Every layer's weight matrix is cut by rows: each worker computes its part of the layer, "
                              "and the parts are gathered before the next layer."));
    else if (id == QLatin1String("pipeline"))
        m_explain->setText(tr("The layers are cut into stages, one worker each; the batch is cut into micro-batches "
                              "that flow forward through the stages and back. Grey is the idle bubble."));
    else if (id == QLatin1String("hybrid"))
        m_explain->setText(tr("Data parallelism over pipelines: each row is a pipeline on its share of the batch; "
                              "the workers of one stage all-reduce that stage's gradients."));
    else
        m_explain->clear();

    m_lossPlot->xAxis->setLabel(tr("step"));
    m_lossPlot->yAxis->setLabel(tr("cross-entropy"));
    m_scalingPlot->xAxis->setLabel(tr("data-parallel workers"));
    m_scalingPlot->yAxis->setLabel(tr("samples/s"));
    if (m_scalingPoints.empty()) {
        m_scalingPlot->clearItems();
        auto* hint = new QCPItemText(m_scalingPlot);
        hint->position->setType(QCPItemPosition::ptAxisRectRatio);
        hint->position->setCoords(0.5, 0.5);
        hint->setText(tr("Press “Measure speed-up against workers”"));
    }
    m_lossPlot->replot();
    m_scalingPlot->replot();
    if (m_report)
        showReport(*m_report);
    else {
        for (QCustomPlot* p : { m_ganttMeasured, m_ganttTheory, m_hybridPlot, m_workerPlot, m_tensorPlot }) {
            p->xAxis->setLabel(tr("press Train to measure"));
            p->replot();
        }
    }
    updateFigures();
}

void TrainingPage::zoomChanged(double z)
{
    m_ring->setZoom(z);
    // The zoomed application font: this page's own font() may not have received the change yet.
    QFont f = QApplication::font();
    for (QCustomPlot* p :
        { m_lossPlot, m_scalingPlot, m_ganttMeasured, m_ganttTheory, m_hybridPlot, m_workerPlot, m_tensorPlot }) {
        for (QCPAxis* a : { p->xAxis, p->yAxis }) {
            a->setLabelFont(f);
            a->setTickLabelFont(f);
        }
        p->setFont(f);
        p->replot();
    }
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("trainingControls")))
        scroll->setMinimumWidth(static_cast<int>(250 * z));
    if (m_report)
        showReport(*m_report);
}

} // namespace ptlab::ui
