#include "ui/states/states_page.h"

#include "core/states/engine.h"
#include "core/states/states_trace.h"
#include "core/util/preset.h"
#include "ui/shell/app_context.h"
#include "ui/states/state_diagram_widget.h"
#include "ui/states/state_names.h"
#include "ui/states/state_timeline_widget.h"
#include "ui/states/task_table_model.h"
#include "ui/widgets/error_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>
#include <unistd.h>

namespace ptlab::ui {

using namespace ptlab::states;

StatesPage::StatesPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_diagram = new StateDiagramWidget(m_splitter);
    m_timeline = new StateTimelineWidget(m_splitter);
    m_model = new TaskTableModel(this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_splitter->addWidget(m_diagram);
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    outer->addWidget(m_splitter, 1);

    auto* scroll = m_controlsScroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(buildControls());
    scroll->setMinimumWidth(260);
    outer->addWidget(scroll, 0);

    connect(m_diagram, &StateDiagramWidget::taskClicked, this, [this](TaskId id, bool extend) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            return;
        auto flags
            = QItemSelectionModel::Rows | (extend ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect);
        m_table->selectionModel()->select(m_model->index(row, 0), flags);
        m_table->scrollTo(m_model->index(row, 0));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_diagram->setSelected(selectedTasks()); });

    m_frameTimer.setInterval(66); // ~15 frames a second: the engine samples at 20 Hz by default
    connect(&m_frameTimer, &QTimer::timeout, this, &StatesPage::refresh);
    retranslate();
    zoomChanged(zoom());
}

StatesPage::~StatesPage() = default;

QString StatesPage::title() const
{
    return tr("Process & thread states");
}

QWidget* StatesPage::buildControls()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);

    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde2d6; color: #6b1f00; border: 1px solid #D55E00; "
                                          "border-radius: 4px; padding: 4px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_spawnGroup = new QGroupBox(panel);
    auto* spawnForm = new QFormLayout(m_spawnGroup);
    m_kind = new QComboBox(m_spawnGroup);
    m_kind->setObjectName(QStringLiteral("spawnKind"));
    m_kind->addItem(QString(), static_cast<int>(TaskKind::Thread));
    m_kind->addItem(QString(), static_cast<int>(TaskKind::Process));
    m_count = new QSpinBox(m_spawnGroup);
    m_count->setObjectName(QStringLiteral("spawnCount"));
    m_count->setRange(1, 200);
    m_count->setValue(3);
    m_workload = new QComboBox(m_spawnGroup);
    m_workload->setObjectName(QStringLiteral("spawnWorkload"));
    for (Workload w : { Workload::Cpu, Workload::Io, Workload::Mixed, Workload::Lock, Workload::Sleep })
        m_workload->addItem(QString(), static_cast<int>(w));
    m_duty = new QSpinBox(m_spawnGroup);
    m_duty->setRange(0, 100);
    m_duty->setValue(50);
    m_duty->setSuffix(QStringLiteral(" %"));
    m_spawnButton = new QPushButton(m_spawnGroup);
    m_spawnButton->setObjectName(QStringLiteral("spawnButton"));
    m_countLabel = new QLabel(m_spawnGroup);
    m_workloadLabel = new QLabel(m_spawnGroup);
    m_dutyLabel = new QLabel(m_spawnGroup);
    spawnForm->addRow(m_kind);
    spawnForm->addRow(m_countLabel, m_count);
    spawnForm->addRow(m_workloadLabel, m_workload);
    spawnForm->addRow(m_dutyLabel, m_duty);
    spawnForm->addRow(m_spawnButton);
    auto updateDuty = [this] {
        const bool mixed = m_workload->currentData().toInt() == static_cast<int>(Workload::Mixed);
        m_duty->setEnabled(mixed);
        m_dutyLabel->setEnabled(mixed);
    };
    connect(m_workload, &QComboBox::currentIndexChanged, this, updateDuty);
    updateDuty();
    connect(m_spawnButton, &QPushButton::clicked, this, &StatesPage::spawn);
    layout->addWidget(m_spawnGroup);

    m_selectionGroup = new QGroupBox(panel);
    auto* grid = new QGridLayout(m_selectionGroup);
    m_admit = new QPushButton(m_selectionGroup);
    m_suspend = new QPushButton(m_selectionGroup);
    m_resume = new QPushButton(m_selectionGroup);
    m_stop = new QPushButton(m_selectionGroup);
    m_kill = new QPushButton(m_selectionGroup);
    m_nice = new QSpinBox(m_selectionGroup);
    // An ordinary user may raise a nice value, never lower it: offer what the kernel will accept.
    const int taskNice = context().engine().taskNice();
    m_nice->setRange(geteuid() == 0 ? -20 : taskNice, 19);
    m_nice->setValue(std::max(m_nice->minimum(), std::min(taskNice + 5, 19)));
    m_renice = new QPushButton(m_selectionGroup);
    m_cpu = new QComboBox(m_selectionGroup);
    m_pin = new QPushButton(m_selectionGroup);
    m_threadNote = new QLabel(m_selectionGroup);
    m_threadNote->setWordWrap(true);
    QFont small = m_threadNote->font();
    small.setItalic(true);
    m_threadNote->setFont(small);
    grid->addWidget(m_admit, 0, 0);
    grid->addWidget(m_suspend, 0, 1);
    grid->addWidget(m_resume, 1, 0);
    grid->addWidget(m_stop, 1, 1);
    grid->addWidget(m_kill, 2, 0);
    grid->addWidget(m_nice, 3, 0);
    grid->addWidget(m_renice, 3, 1);
    grid->addWidget(m_cpu, 4, 0);
    grid->addWidget(m_pin, 4, 1);
    grid->addWidget(m_threadNote, 5, 0, 1, 2);
    m_niceNote = new QLabel(m_selectionGroup);
    m_niceNote->setObjectName(QStringLiteral("niceNote"));
    m_niceNote->setWordWrap(true);
    m_niceNote->setFont(small);
    grid->addWidget(m_niceNote, 6, 0, 1, 2);
    layout->addWidget(m_selectionGroup);
    updateCpuChoices();

    Engine& engine = context().engine();
    connect(m_admit, &QPushButton::clicked, this,
        [this, &engine] { forSelected([&](TaskId id) { return engine.admit(id); }); });
    connect(m_suspend, &QPushButton::clicked, this,
        [this, &engine] { forSelected([&](TaskId id) { return engine.suspend(id); }); });
    connect(m_resume, &QPushButton::clicked, this,
        [this, &engine] { forSelected([&](TaskId id) { return engine.resume(id); }); });
    connect(m_stop, &QPushButton::clicked, this,
        [this, &engine] { forSelected([&](TaskId id) { return engine.stop(id); }); });
    connect(m_kill, &QPushButton::clicked, this, [this, &engine] {
        bool anyThread = false;
        for (TaskId id : selectedTasks()) {
            if (auto* t = m_model->task(id); t && t->kind == TaskKind::Thread)
                anyThread = true;
        }
        forSelected([&](TaskId id) { return engine.kill(id); });
        if (anyThread)
            emit statusMessage(
                tr("Linux cannot kill one thread of a process: the selected threads were asked to stop."));
    });
    connect(m_renice, &QPushButton::clicked, this, [this, &engine] {
        const int nice = m_nice->value();
        forSelected([&](TaskId id) { return engine.renice(id, nice); });
    });
    connect(m_pin, &QPushButton::clicked, this, [this, &engine] {
        const int cpu = m_cpu->currentData().toInt();
        forSelected([&](TaskId id) { return engine.pin(id, cpu); });
    });

    m_engineGroup = new QGroupBox(panel);
    auto* engineLayout = new QVBoxLayout(m_engineGroup);
    m_hold = new QCheckBox(m_engineGroup);
    m_hold->setObjectName(QStringLiteral("holdNewTasks"));
    m_defer = new QCheckBox(m_engineGroup);
    m_defer->setObjectName(QStringLiteral("deferReaping"));
    m_stopAll = new QPushButton(m_engineGroup);
    m_clear = new QPushButton(m_engineGroup);
    engineLayout->addWidget(m_hold);
    engineLayout->addWidget(m_defer);
    auto* row = new QHBoxLayout;
    row->addWidget(m_stopAll);
    row->addWidget(m_clear);
    engineLayout->addLayout(row);
    connect(m_hold, &QCheckBox::toggled, this, [&engine](bool on) { engine.setHoldNewTasks(on); });
    connect(m_defer, &QCheckBox::toggled, this, [&engine](bool on) { engine.setDeferReaping(on); });
    connect(m_stopAll, &QPushButton::clicked, this, [&engine] { engine.stopAll(); });
    connect(m_clear, &QPushButton::clicked, this, [&engine] { engine.forgetTerminated(); });
    layout->addWidget(m_engineGroup);

    m_viewGroup = new QGroupBox(panel);
    auto* viewForm = new QFormLayout(m_viewGroup);
    m_pause = new QPushButton(m_viewGroup);
    m_pause->setCheckable(true);
    // From half a minute down to a few milliseconds: exact intervals show single 4 ms time slices.
    m_window = new QComboBox(m_viewGroup);
    m_window->setObjectName(QStringLiteral("timelineWindow"));
    for (double seconds : { 300.0, 60.0, 30.0, 10.0, 5.0, 2.0, 1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005 })
        m_window->addItem(QString(), seconds);
    m_window->setCurrentIndex(m_window->findData(30.0));
    m_windowLabel = new QLabel(m_viewGroup);
    m_export = new QPushButton(m_viewGroup);
    m_export->setObjectName(QStringLiteral("exportTimeline"));
    viewForm->addRow(m_pause);
    viewForm->addRow(m_windowLabel, m_window);
    viewForm->addRow(m_export);
    connect(m_export, &QPushButton::clicked, this, &StatesPage::chooseExportFile);
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_timeline->setPaused(paused);
        retranslate();
    });
    connect(m_window, &QComboBox::currentIndexChanged, this,
        [this] { m_timeline->setWindowSeconds(m_window->currentData().toDouble()); });
    layout->addWidget(m_viewGroup);

    m_summary = new QLabel(panel);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_sourceNote = new QLabel(panel);
    m_sourceNote->setObjectName(QStringLiteral("sourceNote"));
    m_sourceNote->setWordWrap(true);
    m_sourceNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sourceNote);
    layout->addStretch(1);
    return panel;
}

void StatesPage::updateCpuChoices()
{
    const int current = m_cpu->currentData().isValid() ? m_cpu->currentData().toInt() : -1;
    m_cpu->clear();
    m_cpu->addItem(tr("any CPU"), -1);
    const long cpus = sysconf(_SC_NPROCESSORS_CONF);
    for (long c = 0; c < cpus; ++c)
        m_cpu->addItem(tr("CPU %1").arg(c), static_cast<int>(c));
    m_cpu->setCurrentIndex(std::max(0, m_cpu->findData(current)));
}

void StatesPage::retranslate()
{
    m_spawnGroup->setTitle(tr("Spawn real tasks"));
    m_kind->setItemText(0, tr("Threads (in one process, ptlab-worker --host)"));
    m_kind->setItemText(1, tr("Processes (ptlab-worker)"));
    m_countLabel->setText(tr("How many"));
    m_workloadLabel->setText(tr("Workload"));
    m_dutyLabel->setText(tr("Duty cycle"));
    m_duty->setToolTip(tr("Mixed workload: share of each 100 ms spent computing"));
    for (int i = 0; i < m_workload->count(); ++i) {
        const auto w = static_cast<Workload>(m_workload->itemData(i).toInt());
        m_workload->setItemText(i, StateNames::workload(w));
        m_workload->setItemData(i, StateNames::workloadDescription(w), Qt::ToolTipRole);
    }
    m_spawnButton->setText(tr("Spawn (Ctrl+Enter)"));
    m_selectionGroup->setTitle(tr("Selected tasks"));
    m_admit->setText(tr("Admit"));
    m_admit->setToolTip(tr("Let a task held at the admission gate start: New → Ready"));
    m_suspend->setText(tr("Suspend"));
    m_suspend->setToolTip(tr("Processes get SIGSTOP; threads park themselves"));
    m_resume->setText(tr("Resume"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Ask the task to finish (SIGTERM for a process)"));
    m_kill->setText(tr("Kill"));
    m_kill->setToolTip(tr("SIGKILL for a process; a thread can only be asked to stop"));
    m_nice->setToolTip(tr("Nice value: higher is kinder to others (lower priority)"));
    m_renice->setText(tr("Set nice"));
    m_pin->setText(tr("Pin"));
    m_pin->setToolTip(tr("Restrict the task to one CPU (sched_setaffinity)"));
    m_threadNote->setText(tr("Linux cannot stop a single thread with a signal (SIGSTOP stops the whole process), so a "
                             "suspended thread parks itself cooperatively; it shows as Suspended once it has parked."));
    m_engineGroup->setTitle(tr("Engine"));
    m_hold->setText(tr("Hold new tasks at admission (New)"));
    m_defer->setText(tr("Defer reaping (show zombies)"));
    m_stopAll->setText(tr("Stop all"));
    m_clear->setText(tr("Clear terminated"));
    m_viewGroup->setTitle(tr("Timeline"));
    m_pause->setText(m_pause->isChecked() ? tr("Resume view (Ctrl+P)") : tr("Pause view (Ctrl+P)"));
    m_windowLabel->setText(tr("Show the last"));
    for (int i = 0; i < m_window->count(); ++i) {
        const double seconds = m_window->itemData(i).toDouble();
        m_window->setItemText(i,
            seconds >= 1 ? tr("%1 s").arg(locale().toString(seconds, 'f', 0))
                         : tr("%1 ms").arg(locale().toString(seconds * 1000, 'f', 0)));
    }
    m_export->setText(tr("Export timeline…"));
    m_export->setToolTip(tr("Save the tasks' state timelines as Chrome trace-event JSON, which the Perfetto UI "
                            "and chrome://tracing open: one track per task, one slice per state"));
    m_niceNote->setText(tr("To keep the window responsive, ptlab runs its demo tasks in a session of their own "
                           "(the process ptlab-worker --host), which the kernel schedules apart from the window, "
                           "starts them at nice %1 with 4 ms time slices, and asks for short time slices for the "
                           "window and the sampler; the demo tasks' priorities relative to each other are "
                           "unchanged.")
                            .arg(context().engine().taskNice()));
    updateSourceNote();
    updateCpuChoices();
    m_model->retranslate();
    m_timeline->retranslate();
    m_diagram->update();
}

QString StatesPage::sourceText() const
{
    const Engine& engine = context().engine();
    if (engine.source() == StateSource::Exact)
        return tr("Exact states: the kernel reports every context switch of these tasks (perf events), so the "
                  "timeline shows each interval as it happened.");
    return tr("Sampled states: /proc is read several times a second and the Running column holds no more tasks "
              "than there are CPUs, taking turns as the CPU time they used says. Exact mode is off (%1). "
              "The command sysctl kernel.perf_event_paranoid=2 enables it; distributions set a higher value "
              "because perf events have been a way to attack the kernel and to watch other users.")
        .arg(QString::fromStdString(engine.sourceReason()));
}

void StatesPage::updateSourceNote()
{
    m_sourceNote->setText(sourceText());
}

bool StatesPage::exportTimeline(const QString& path)
{
    const auto written = states::statesTrace(context().engine().snapshot(-1)).writeFile(path.toStdString());
    if (!written) {
        showError(tr("The timeline could not be saved: %1").arg(ErrorText::describe(written.error())));
        return false;
    }
    emit statusMessage(tr("Timeline saved to %1").arg(path));
    return true;
}

void StatesPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export timeline"), QStringLiteral("ptlab-states.json"), tr("Trace-event JSON (*.json)"));
    if (!path.isEmpty())
        exportTimeline(path);
}

void StatesPage::zoomChanged(double z)
{
    // The control panel is as wide as its contents at this zoom, never clipped sideways.
    // Measured once the application font change has reached the widgets (it arrives as events).
    QTimer::singleShot(0, this, [this] {
        if (QWidget* panel = m_controlsScroll->widget()) {
            panel->adjustSize();
            const int wanted
                = panel->sizeHint().width() + m_controlsScroll->verticalScrollBar()->sizeHint().width() + 4;
            m_controlsScroll->setMinimumWidth(std::min(wanted, std::max(260, window()->width() * 2 / 5)));
        }
        m_table->resizeColumnsToContents();
    });
    m_diagram->setZoom(z);
    m_timeline->setZoom(z);
    m_table->resizeColumnsToContents();
}

void StatesPage::setActive(bool active)
{
    if (active) {
        refresh();
        m_frameTimer.start();
    } else {
        m_frameTimer.stop();
        m_diagram->stopAnimation();
    }
}

void StatesPage::refresh()
{
    // The UI thread never reads /proc: it copies the engine's latest snapshot (samples since last frame).
    const EngineSnapshot snap = context().engine().snapshot(m_lastSampleNs);
    for (const auto& t : snap.tasks) {
        if (!t.samples.empty())
            m_lastSampleNs = std::max(m_lastSampleNs, t.samples.back().timeNs);
    }
    m_diagram->setSnapshot(snap);
    m_timeline->append(snap);
    // The table's numbers change every frame but are read, not watched: four updates a second, or at
    // once when tasks come or go.
    const int rowsBefore = m_model->rowCount();
    if (++m_frame % 4 == 0 || static_cast<int>(snap.tasks.size()) != rowsBefore) {
        m_model->merge(snap.tasks);
        if (m_model->rowCount() != rowsBefore)
            m_table->resizeColumnsToContents();
    }
    m_hold->blockSignals(true);
    m_hold->setChecked(snap.holdNewTasks);
    m_hold->blockSignals(false);
    m_defer->blockSignals(true);
    m_defer->setChecked(snap.deferReaping);
    m_defer->blockSignals(false);
    int live = 0;
    for (const auto& t : snap.tasks)
        live += t.state != TaskState::Terminated;
    m_summary->setText(
        (snap.source == StateSource::Exact ? tr("Live tasks: %1 · CPUs: %2 · exact (perf events), /proc at %3 Hz")
                                           : tr("Live tasks: %1 · CPUs: %2 · sampled from /proc at %3 Hz"))
            .arg(locale().toString(live), locale().toString(snap.cpuCount), locale().toString(snap.rateHz, 'f', 0)));
    // Slower frames when they cost this thread more than its share of a CPU (hundreds of tasks), so
    // the window still answers at once; the engine keeps sampling at its own rate meanwhile.
    m_frameTimer.setInterval(m_frameBudget.nextIntervalMs());
}

void StatesPage::spawn()
{
    SpawnRequest request;
    request.kind = static_cast<TaskKind>(m_kind->currentData().toInt());
    request.count = m_count->value();
    request.workload.kind = static_cast<Workload>(m_workload->currentData().toInt());
    request.workload.dutyPercent = m_duty->value();
    SpawnResult result = context().engine().spawn(request);
    if (result.error) {
        showError(tr("Started %1 of %2 tasks.").arg(result.spawned.size()).arg(request.count) + QLatin1Char(' ')
            + ErrorText::describe(*result.error));
    } else {
        m_error->hide();
        emit statusMessage(tr("Started %n task(s).", nullptr, static_cast<int>(result.spawned.size())));
    }
    refresh();
}

QList<TaskId> StatesPage::selectedTasks() const
{
    QList<TaskId> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids << m_model->taskAt(index.row());
    return ids;
}

template <typename F> void StatesPage::forSelected(F&& action)
{
    const auto ids = selectedTasks();
    if (ids.isEmpty()) {
        emit statusMessage(tr("Select one or more tasks in the table or the diagram first."));
        return;
    }
    QStringList failures;
    for (TaskId id : ids) {
        Result<void> r = action(id);
        if (!r)
            failures << tr("#%1: %2").arg(id).arg(ErrorText::describe(r.error()));
    }
    if (failures.isEmpty())
        m_error->hide();
    else
        showError(failures.join(QLatin1Char('\n')));
    refresh();
}

void StatesPage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
    emit statusMessage(text);
}

QString StatesPage::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool StatesPage::triggerPrimaryAction()
{
    spawn();
    return true;
}

bool StatesPage::togglePause()
{
    m_pause->toggle();
    return true;
}

void StatesPage::applyPreset(const QString& preset)
{
    // "workload=io;threads=3;processes=2;gate=on;zombies=on"
    const Preset keys = parsePreset(preset.toStdString());
    auto number = [&keys](const char* key) {
        auto it = keys.find(key);
        return it == keys.end() ? 0 : QString::fromStdString(it->second).toInt();
    };
    if (auto it = keys.find("workload"); it != keys.end()) {
        if (auto w = parseWorkload(it->second))
            m_workload->setCurrentIndex(m_workload->findData(static_cast<int>(*w)));
    }
    if (keys.count("duty"))
        m_duty->setValue(number("duty"));
    if (auto it = keys.find("gate"); it != keys.end())
        m_hold->setChecked(it->second == "on");
    if (auto it = keys.find("zombies"); it != keys.end())
        m_defer->setChecked(it->second == "on");
    for (auto [kind, count] :
        { std::pair { TaskKind::Thread, number("threads") }, std::pair { TaskKind::Process, number("processes") } }) {
        if (count <= 0)
            continue;
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
        m_count->setValue(std::min(count, 200));
        spawn();
    }
}

void StatesPage::startShowcase()
{
    // More CPU-bound tasks than cores (Ready and Running), I/O and sleepers (Waiting), one held at the
    // gate (New, left there), one suspended, and with deferred reaping one that exited (a zombie):
    // every state has something in it.
    Engine& engine = context().engine();
    const int cores = static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
    QStringList failures;
    auto run = [&failures](const SpawnResult& r) {
        if (r.error)
            failures << ErrorText::describe(*r.error);
        return r.spawned;
    };
    auto check = [&failures](const Result<void>& r) {
        if (!r)
            failures << ErrorText::describe(r.error());
    };
    SpawnRequest r;
    r.kind = TaskKind::Thread;
    r.workload.kind = Workload::Cpu;
    r.count = cores + 1;
    run(engine.spawn(r));
    r.kind = TaskKind::Process;
    r.count = 1;
    run(engine.spawn(r));
    const auto suspended = run(engine.spawn(r));
    r.workload.kind = Workload::Io;
    r.count = 2;
    run(engine.spawn(r));
    r.kind = TaskKind::Thread;
    r.workload.kind = Workload::Sleep;
    run(engine.spawn(r));
    for (TaskId id : suspended)
        check(engine.suspend(id));
    if (engine.snapshot(std::numeric_limits<std::int64_t>::max()).deferReaping) {
        r.kind = TaskKind::Process;
        r.count = 1;
        for (TaskId id : run(engine.spawn(r)))
            check(engine.stop(id)); // exits at once and stays a zombie until reaping is allowed
    }
    // Last, and left at the gate: setHoldNewTasks(false) would admit every held task.
    engine.setHoldNewTasks(true);
    r.kind = TaskKind::Thread;
    r.count = 1;
    r.workload.kind = Workload::Cpu;
    run(engine.spawn(r));
    m_hold->blockSignals(true);
    m_hold->setChecked(true);
    m_hold->blockSignals(false);
    if (!failures.isEmpty())
        showError(failures.join(QLatin1Char('\n')));
    refresh();
}

} // namespace ptlab::ui
