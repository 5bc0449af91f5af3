#include "ui/training_memory/pipeline_panels.h"

#include "core/util/preset.h"
#include "ui/shell/app_context.h"
#include "ui/widgets/error_text.h"
#include "ui/widgets/palette.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <map>
#include <optional>
#include <qcustomplot.h>

namespace ptlab::ui {

using namespace training_memory;

namespace {

QColor spanColor(const std::string& name)
{
    if (name == "forward")
        return okabeIto::Blue;
    if (name == "backward")
        return okabeIto::SkyBlue;
    if (name == "all-reduce" || name == "reduce-scatter")
        return okabeIto::Orange;
    if (name == "all-gather")
        return okabeIto::Yellow;
    if (name == "optimizer")
        return okabeIto::BluishGreen;
    if (name == "read + parse")
        return okabeIto::ReddishPurple;
    if (name == "queue full")
        return QColor(200, 200, 200);
    return okabeIto::Vermillion; // data wait
}

} // namespace

QString spanLabel(const std::string& name)
{
    if (name == "forward")
        return PrefetchPanel::tr("forward");
    if (name == "backward")
        return PrefetchPanel::tr("backward");
    if (name == "all-reduce")
        return PrefetchPanel::tr("all-reduce");
    if (name == "reduce-scatter")
        return PrefetchPanel::tr("reduce-scatter");
    if (name == "all-gather")
        return PrefetchPanel::tr("all-gather");
    if (name == "optimizer")
        return PrefetchPanel::tr("optimizer");
    if (name == "data wait")
        return PrefetchPanel::tr("data wait");
    if (name == "data wait (reading)")
        return PrefetchPanel::tr("data wait (reading itself)");
    if (name == "read + parse")
        return PrefetchPanel::tr("read + parse");
    if (name == "queue full")
        return PrefetchPanel::tr("queue full");
    return QString::fromStdString(name);
}

void plotTimeline(QCustomPlot* plot, const SpanTimeline& timeline, double zoom)
{
    plot->clearItems();
    plot->clearPlottables();
    const auto& tracks = timeline.tracks();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    std::map<std::string, bool> seen;
    for (std::size_t t = 0; t < tracks.size(); ++t) {
        QString name = QString::fromStdString(tracks[t].name);
        if (tracks[t].name == "trainer")
            name = PrefetchPanel::tr("trainer");
        else if (tracks[t].name.rfind("loader ", 0) == 0)
            name = PrefetchPanel::tr("loader %1").arg(QString::fromStdString(tracks[t].name.substr(7)));
        else if (tracks[t].name.rfind("worker ", 0) == 0)
            name = PrefetchPanel::tr("worker %1").arg(QString::fromStdString(tracks[t].name.substr(7)));
        ticker->addTick(static_cast<double>(t), name);
        for (const auto& s : tracks[t].spans) {
            auto* r = new QCPItemRect(plot);
            r->topLeft->setCoords(static_cast<double>(s.startNs) / 1e6, t - 0.38);
            r->bottomRight->setCoords(static_cast<double>(s.startNs + s.durationNs) / 1e6, t + 0.38);
            const QColor c = spanColor(s.name);
            r->setPen(Qt::NoPen);
            r->setBrush(c);
            seen[s.name] = true;
        }
    }
    // a legend: one empty graph per span name seen
    for (const auto& [name, _] : seen) {
        auto* g = plot->addGraph();
        g->setName(spanLabel(name));
        g->setPen(QPen(spanColor(name), 6 * zoom));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(spanColor(name)), QBrush(spanColor(name)), 8 * zoom));
    }
    plot->legend->setVisible(!seen.empty());
    // The legend beside the tracks, not over them.
    if (plot->plotLayout()->columnCount() == 1 && plot->plotLayout()->elementCount() == 1) {
        plot->plotLayout()->addElement(0, 1, plot->legend);
        plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->setRange(-0.6, std::max<double>(1, tracks.size()) - 0.4);
    plot->xAxis->setRange(0, std::max(1.0, static_cast<double>(timeline.endNs()) / 1e6));
    plot->xAxis->setLabel(PrefetchPanel::tr("Time (ms)"));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

// ---------------------------------------------------------------------------------------------
PrefetchPanel::PrefetchPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_loadersLabel = new QLabel(this);
    m_loaders = new QSpinBox(this);
    m_loaders->setRange(1, 8);
    m_loaders->setValue(2);
    m_queueLabel = new QLabel(this);
    m_queue = new QSpinBox(this);
    m_queue->setRange(1, 64);
    m_queue->setValue(8);
    for (QWidget* w : std::initializer_list<QWidget*> { m_loadersLabel, m_loaders, m_queueLabel, m_queue })
        m_settings->addWidget(w);
    m_serialTitle = new QLabel(this);
    m_prefetchTitle = new QLabel(this);
    m_serialPlot = addPlot(this, 6);
    m_prefetchPlot = addPlot(this, 8);
    m_results->addWidget(m_serialTitle);
    m_results->addWidget(m_serialPlot, 2);
    m_results->addWidget(m_prefetchTitle);
    m_results->addWidget(m_prefetchPlot, 3);
    retranslate();
}

void PrefetchPanel::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto v = presetInt(p, "loaders"))
        m_loaders->setValue(*v);
    if (auto v = presetInt(p, "queue"))
        m_queue->setValue(*v);
}

void PrefetchPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("prefetch")),
        tr("Each batch is a real file of two-spiral samples in a temporary folder, read and parsed from text, as slow "
           "input pipelines are; the trainer steps a narrow version of the training page's tiny classifier. "
           "Without prefetching the trainer reads every batch itself and trains only in between. With loader threads "
           "and a bounded queue the next batches are ready while it computes: its idle share falls and the throughput "
           "rises, as long as there is a free core for the loaders."));
    m_loadersLabel->setText(tr("Loader threads:"));
    m_queueLabel->setText(tr("Queue capacity:"));
    show();
}

void PrefetchPanel::run()
{
    PrefetchOptions o;
    o.loaderThreads = m_loaders->value();
    o.queueCapacity = m_queue->value();
    setStatus(tr("Writing %1 batch files, then training twice…").arg(o.files));
    m_run->start<Result>(
        [o, watch = watchWorkers()](const std::atomic<bool>& cancel) {
            Result r;
            auto files = BatchFiles::create(o.shape, o.files, o.rowsPerFile, o.seed);
            if (!files) {
                r.error = files.error();
                return r;
            }
            PrefetchOptions p = o;
            p.cancel = &cancel;
            p.onThreadStarted = watch;
            p.loaderThreads = 0;
            r.serial = runPrefetch(*files, p);
            p.loaderThreads = o.loaderThreads;
            r.prefetched = runPrefetch(*files, p);
            if (r.serial.error.code != Error::Code::None)
                r.error = r.serial.error;
            else if (r.prefetched.error.code != Error::Code::None)
                r.error = r.prefetched.error;
            return r;
        },
        [this](Result& r) {
            m_last = std::move(r);
            m_have = true;
            markCompleted();
            show();
        });
}

void PrefetchPanel::show()
{
    if (!m_have) {
        m_serialTitle->setText(tr("Without prefetching"));
        m_prefetchTitle->setText(tr("With loader threads and a queue"));
        setStatus(tr("Press Run to train on the batch files both ways."));
        return;
    }
    if (m_last.error.code != Error::Code::None) {
        setStatus(ErrorText::describe(m_last.error));
        return;
    }
    const auto& s = m_last.serial;
    const auto& p = m_last.prefetched;
    m_serialTitle->setText(tr("Without prefetching: trainer idle %1, %2 samples/s")
                               .arg(percent(s.idleShare), locale().toString(s.samplesPerSecond, 'f', 0)));
    m_prefetchTitle->setText(tr("With %1 loader threads and a queue of %2: trainer idle %3, %4 samples/s")
                                 .arg(p.loaderThreads)
                                 .arg(m_queue->value())
                                 .arg(percent(p.idleShare), locale().toString(p.samplesPerSecond, 'f', 0)));
    plotTimeline(m_serialPlot, s.timeline, context().zoom());
    plotTimeline(m_prefetchPlot, p.timeline, context().zoom());
    // the same time scale for both, so the shorter run looks shorter
    const double end = std::max(m_serialPlot->xAxis->range().upper, m_prefetchPlot->xAxis->range().upper);
    m_serialPlot->xAxis->setRange(0, end);
    m_prefetchPlot->xAxis->setRange(0, end);
    m_serialPlot->replot(QCustomPlot::rpQueuedReplot);
    m_prefetchPlot->replot(QCustomPlot::rpQueuedReplot);
    setStatus(tr("Total: %1 ms without prefetching, %2 ms with it.")
                  .arg(number(s.seconds * 1e3, 0), number(p.seconds * 1e3, 0)));
}

// ---------------------------------------------------------------------------------------------
ProfilerPanel::ProfilerPanel(AppContext& context, QWidget* parent) : RunPanel(context, parent)
{
    m_workersLabel = new QLabel(this);
    m_workers = new QSpinBox(this);
    m_workers->setRange(1, 8);
    m_workers->setValue(4);
    m_stageLabel = new QLabel(this);
    m_stage = new QComboBox(this);
    for (int s = 0; s <= 2; ++s)
        m_stage->addItem(QString(), s);
    m_exportTrace = new QPushButton(this);
    m_exportCsv = new QPushButton(this);
    for (QWidget* w : std::initializer_list<QWidget*> { m_workersLabel, m_workers, m_stageLabel, m_stage })
        m_settings->addWidget(w);
    auto* exports = new QHBoxLayout;
    exports->addWidget(m_exportTrace);
    exports->addWidget(m_exportCsv);
    exports->addStretch(1);
    m_results->addLayout(exports);
    m_timelinePlot = addPlot(this, 10);
    m_live = addPlot(this, 7);
    m_live->yAxis2->setVisible(true);
    m_results->addWidget(m_timelinePlot, 3);
    m_results->addWidget(m_live, 2);
    auto ask = [this](const QString& filter, const QString& suggested, bool trace) {
        const QString path = QFileDialog::getSaveFileName(this, QString(), suggested, filter);
        if (path.isEmpty())
            return;
        QString error;
        const bool ok = trace ? exportTrace(path, &error) : exportCsv(path, &error);
        setStatus(ok ? tr("Written: %1").arg(path) : error);
    };
    connect(m_exportTrace, &QPushButton::clicked, this,
        [ask, this] { ask(tr("Chrome trace (*.json)"), QStringLiteral("training-trace.json"), true); });
    connect(m_exportCsv, &QPushButton::clicked, this,
        [ask, this] { ask(tr("CSV (*.csv)"), QStringLiteral("training-steps.csv"), false); });
    retranslate();
}

void ProfilerPanel::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto v = presetInt(p, "workers"))
        m_workers->setValue(*v);
    if (auto v = presetInt(p, "stage"); v && *v >= 0 && *v <= 2)
        m_stage->setCurrentIndex(*v);
}

void ProfilerPanel::retranslate()
{
    setHeading(memoryScenarioTitle(QStringLiteral("profiler")),
        tr("Every step of a data-parallel run on worker threads, recorded as named spans per worker: data wait, "
           "forward, backward, the gradient collective and the optimizer. Export the timeline as Chrome trace JSON "
           "(open it in ui.perfetto.dev or chrome://tracing) and the loss, throughput and memory per step as CSV."));
    m_workersLabel->setText(tr("Workers:"));
    m_stageLabel->setText(tr("ZeRO stage:"));
    m_stage->setItemText(0, tr("Baseline (all-reduce)"));
    m_stage->setItemText(1, tr("ZeRO-1"));
    m_stage->setItemText(2, tr("ZeRO-2"));
    m_exportTrace->setText(tr("Export trace…"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_live->xAxis->setLabel(tr("Step"));
    m_live->yAxis->setLabel(tr("Loss"));
    m_live->yAxis2->setLabel(tr("Samples per second"));
    showLive();
    showTimeline();
}

void ProfilerPanel::run()
{
    ZeroRunOptions o;
    o.workers = m_workers->value();
    o.stage = m_stage->currentData().toInt();
    o.steps = 60;
    m_steps.clear();
    m_timeline.reset();
    showLive();
    showTimeline();
    setStatus(tr("Training on %1 worker threads…").arg(o.workers));
    // The step callback posts to this panel; the panel stops (joins) the run before it is destroyed.
    const int id = ++m_runId;
    o.onStep = [this, id](const StepRecord& s) {
        QMetaObject::invokeMethod(
            this,
            [this, s, id] {
                if (id == m_runId)
                    addStep(s);
            },
            Qt::QueuedConnection);
    };
    struct Out
    {
        std::shared_ptr<SpanTimeline> timeline;
        ZeroRunResult result;
    };
    m_run->start<Out>(
        [o, watch = watchWorkers()](const std::atomic<bool>& cancel) {
            std::vector<std::string> names;
            for (int w = 0; w < o.workers; ++w)
                names.push_back("worker " + std::to_string(w));
            Out out { std::make_shared<SpanTimeline>(names), {} };
            ZeroRunOptions r = o;
            r.cancel = &cancel;
            r.timeline = out.timeline.get();
            r.onWorkerStarted = watch;
            out.result = runZero(r);
            return out;
        },
        [this](Out& out) {
            m_timeline = out.timeline;
            m_steps = out.result.steps; // the final figures (the live ones may still be queued)
            markCompleted();
            showLive();
            showTimeline();
            setStatus(tr("%1 steps in %2 ms on %3 workers.")
                          .arg(out.result.stepsDone)
                          .arg(number(out.result.seconds * 1e3, 0))
                          .arg(out.result.workers));
        });
}

void ProfilerPanel::addStep(const StepRecord& step)
{
    if (!m_run->running())
        return;
    m_steps.push_back(step);
    showLive();
}

void ProfilerPanel::showLive()
{
    m_live->clearGraphs();
    QVector<double> x, loss, sps;
    for (const auto& s : m_steps) {
        x << s.step;
        loss << s.loss;
        sps << s.samplesPerSecond;
    }
    auto* l = m_live->addGraph();
    l->setData(x, loss);
    l->setName(tr("Loss"));
    l->setPen(QPen(okabeIto::Blue, 1.5 * context().zoom()));
    auto* t = m_live->addGraph(m_live->xAxis, m_live->yAxis2);
    t->setData(x, sps);
    t->setName(tr("Samples per second"));
    t->setPen(QPen(okabeIto::Orange, context().zoom()));
    m_live->xAxis->setRange(0, std::max(10.0, x.isEmpty() ? 0.0 : x.back()));
    m_live->yAxis->rescale();
    m_live->yAxis->setRangeLower(0);
    m_live->yAxis2->rescale();
    m_live->yAxis2->setRangeLower(0);
    m_live->legend->setVisible(!m_steps.empty());
    m_live->replot(QCustomPlot::rpQueuedReplot);
    m_exportCsv->setEnabled(!m_steps.empty() && !m_run->running());
}

void ProfilerPanel::showTimeline()
{
    m_exportTrace->setEnabled(m_timeline != nullptr);
    if (m_timeline)
        plotTimeline(m_timelinePlot, *m_timeline, context().zoom());
    else {
        m_timelinePlot->clearItems();
        m_timelinePlot->clearPlottables();
        m_timelinePlot->replot(QCustomPlot::rpQueuedReplot);
    }
}

bool ProfilerPanel::exportTrace(const QString& path, QString* error) const
{
    if (!m_timeline)
        return false;
    auto r = m_timeline->toTrace("ptlab training").writeFile(path.toStdString());
    if (!r && error)
        *error = ErrorText::describe(r.error());
    return r.ok();
}

bool ProfilerPanel::exportCsv(const QString& path, QString* error) const
{
    auto r = writeTextFile(path.toStdString(), stepsCsv(m_steps));
    if (!r && error)
        *error = ErrorText::describe(r.error());
    return r.ok();
}

} // namespace ptlab::ui
