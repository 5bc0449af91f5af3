#include "ui/apps/apps_page.h"

#include "core/states/engine.h"
#include "core/util/preset.h"
#include "ui/apps/speedup_chart.h"
#include "ui/shell/app_context.h"
#include "ui/widgets/error_text.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cerrno>

namespace ptlab::ui {

using workloads::Mode;
using workloads::RunOptions;
using workloads::RunResult;

struct AppsPage::Watched
{
    std::mutex mutex;
    std::vector<states::TaskId> ids;
    void forgetAll(states::Engine& engine)
    {
        std::lock_guard lock(mutex);
        for (auto id : ids)
            engine.forget(id);
        ids.clear();
    }
};

namespace {

int hardwareThreads()
{
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

double extraValue(const RunResult& r, const char* name, double fallback = -1)
{
    for (const auto& m : r.extra)
        if (m.name == name)
            return m.value;
    return fallback;
}

} // namespace

AppsPage::AppsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_rows(AppsCatalog::rows())
    , m_answers(m_rows.size())
    , m_watched(std::make_shared<Watched>())
{
    buildUi();
    retranslate();
    selectRow(0);
}

AppsPage::~AppsPage()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join(); // a cancelled run kills and reaps its children within a poll interval
    m_watched->forgetAll(context().engine());
}

void AppsPage::buildUi()
{
    // The page scrolls as a whole. The two columns stand side by side while they fit and stack at
    // presentation zoom (fitLayout), so the run panel is never cut off at the window's edge.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps or stacks instead
    outer->addWidget(m_scroll);
    auto* content = new QWidget(m_scroll);
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, content);

    // Left: the twelve, and the quiz on the selected row.
    auto* left = new QWidget(content);
    m_left = left;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_tableGroup = new QGroupBox(left);
    auto* tableLayout = new QVBoxLayout(m_tableGroup);
    m_table = new QTableWidget(static_cast<int>(m_rows.size()), 2, m_tableGroup);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // The rows share the table's height; fitLayout keeps it tall enough for all twelve.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->viewport()->installEventFilter(this);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tableLayout->addWidget(m_table);
    leftLayout->addWidget(m_tableGroup, 3);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
        if (row >= 0)
            selectRow(row);
    });

    m_quizGroup = new QGroupBox(left);
    auto* quiz = new QVBoxLayout(m_quizGroup);
    m_quizQuestion = new QLabel(m_quizGroup);
    m_quizQuestion->setWordWrap(true);
    QFont bold = m_quizQuestion->font();
    bold.setBold(true);
    m_quizQuestion->setFont(bold);
    quiz->addWidget(m_quizQuestion);
    auto* buttons = new QHBoxLayout;
    m_guessThreads = new QPushButton(m_quizGroup);
    m_guessProcesses = new QPushButton(m_quizGroup);
    m_guessBoth = new QPushButton(m_quizGroup);
    m_reveal = new QPushButton(m_quizGroup);
    for (QPushButton* b : { m_guessThreads, m_guessProcesses, m_guessBoth })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_reveal);
    quiz->addLayout(buttons);
    m_quizFeedback = new QLabel(m_quizGroup);
    m_quizFeedback->setWordWrap(true);
    quiz->addWidget(m_quizFeedback);
    m_score = new QLabel(m_quizGroup);
    quiz->addWidget(m_score);
    leftLayout->addWidget(m_quizGroup, 0);
    connect(m_guessThreads, &QPushButton::clicked, this, [this] { answer(selectedRow(), AppRow::Model::Threads); });
    connect(m_guessProcesses, &QPushButton::clicked, this, [this] { answer(selectedRow(), AppRow::Model::Processes); });
    connect(m_guessBoth, &QPushButton::clicked, this, [this] { answer(selectedRow(), AppRow::Model::Both); });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        m_revealAll = true;
        fillTable();
        updateQuiz();
    });

    // Right: run a miniature, its metrics, and the speed-up chart.
    auto* right = new QWidget(content);
    m_right = right;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_runGroup = new QGroupBox(right);
    auto* grid = new QGridLayout(m_runGroup);
    m_workloadLabel = new QLabel(m_runGroup);
    m_workload = new QComboBox(m_runGroup);
    m_workload->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workload->setMinimumContentsLength(12);
    m_modeLabel = new QLabel(m_runGroup);
    m_mode = new QComboBox(m_runGroup);
    m_workersLabel = new QLabel(m_runGroup);
    m_workers = new QSpinBox(m_runGroup);
    m_workers->setRange(1, 4 * hardwareThreads());
    m_workers->setValue(hardwareThreads());
    m_sizeLabel = new QLabel(m_runGroup);
    m_size = new QDoubleSpinBox(m_runGroup);
    m_size->setRange(0.05, 5.0);
    m_size->setSingleStep(0.05);
    m_size->setDecimals(2);
    m_size->setValue(0.5);
    m_crash = new QCheckBox(m_runGroup);
    grid->addWidget(m_workloadLabel, 0, 0);
    grid->addWidget(m_workload, 0, 1, 1, 3);
    grid->addWidget(m_modeLabel, 1, 0);
    grid->addWidget(m_mode, 1, 1);
    grid->addWidget(m_workersLabel, 1, 2);
    grid->addWidget(m_workers, 1, 3);
    grid->addWidget(m_sizeLabel, 2, 0);
    grid->addWidget(m_size, 2, 1);
    grid->addWidget(m_crash, 3, 0, 1, 4);
    auto* actions = new QHBoxLayout;
    m_runButton = new QPushButton(m_runGroup);
    m_sweepButton = new QPushButton(m_runGroup);
    m_cancelButton = new QPushButton(m_runGroup);
    m_cancelButton->setEnabled(false);
    actions->addWidget(m_runButton);
    actions->addWidget(m_sweepButton);
    actions->addWidget(m_cancelButton);
    actions->addStretch(1);
    grid->addLayout(actions, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    rightLayout->addWidget(m_runGroup);
    m_result = new QLabel(right);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new SpeedupChart(right);
    rightLayout->addWidget(m_chart, 1);
    rightLayout->addWidget(m_result);
    m_note = new QLabel(right);
    m_note->setWordWrap(true);
    rightLayout->addWidget(m_note);
    m_columns->addWidget(left, 4);
    m_columns->addWidget(right, 5);
    m_scroll->setWidget(content);
    m_scroll->viewport()->installEventFilter(this);

    fillWorkloadCombo();
    connect(m_workload, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { fillModeCombo(); });
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_sweepButton, &QPushButton::clicked, this, [this] { sweep(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { cancel(); });
    fillModeCombo();
}

QString AppsPage::title() const
{
    return tr("Twelve workloads");
}

void AppsPage::fillWorkloadCombo()
{
    const QString current = selectedWorkload();
    const QSignalBlocker block(m_workload);
    m_workload->clear();
    for (const auto& w : workloads::workloadList()) {
        const QString name = QString::fromStdString(w.name);
        m_workload->addItem(AppsCatalog::workloadTitle(name), name);
    }
    const int i = m_workload->findData(current);
    m_workload->setCurrentIndex(i >= 0 ? i : 0);
}

void AppsPage::fillModeCombo()
{
    const QString current = m_mode->currentData().toString();
    const QSignalBlocker block(m_mode);
    m_mode->clear();
    if (const auto* info = workloads::findWorkload(selectedWorkload().toStdString())) {
        for (Mode m : info->modes) {
            const QString mode = QString::fromLatin1(workloads::toString(m).data());
            m_mode->addItem(AppsCatalog::modeName(mode), mode);
        }
    }
    const int i = m_mode->findData(current);
    m_mode->setCurrentIndex(i >= 0 ? i : 0);
}

void AppsPage::fillTable()
{
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const AppRow& row = m_rows[static_cast<std::size_t>(r)];
        const bool shown = m_revealAll || m_answers[static_cast<std::size_t>(r)].has_value();
        const QString miniature = row.miniature.isEmpty() ? tr("—") : AppsCatalog::workloadTitle(row.miniature);
        // Two columns stay readable at 300 % zoom; the examples, the reason and the miniature follow
        // the selected row under the quiz.
        const QString cells[2] = { row.name, shown ? AppsCatalog::modelName(row.model) : tr("?") };
        for (int c = 0; c < 2; ++c) {
            auto* item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(cells[c]);
            item->setToolTip(row.examples + QLatin1Char('\n') + miniature);
        }
        if (!m_table->verticalHeaderItem(r))
            m_table->setVerticalHeaderItem(r, new QTableWidgetItem);
        m_table->verticalHeaderItem(r)->setText(QString::number(r + 1));
    }
    fitLayout(); // an answer shown can widen its column and wrap a name onto a second line
}

int AppsPage::selectedRow() const
{
    return std::max(0, m_table->currentRow());
}

QString AppsPage::selectedWorkload() const
{
    return m_workload ? m_workload->currentData().toString() : QString();
}

QString AppsPage::resultText() const
{
    return m_result->text();
}

QString AppsPage::quizFeedback() const
{
    return m_quizFeedback->text();
}

void AppsPage::selectRow(int row)
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    if (m_table->currentRow() != row)
        m_table->setCurrentCell(row, 0);
    const AppRow& r = m_rows[static_cast<std::size_t>(row)];
    if (!r.miniature.isEmpty() && !busy()) {
        const int i = m_workload->findData(r.miniature);
        if (i >= 0)
            m_workload->setCurrentIndex(i);
    }
    updateQuiz();
}

void AppsPage::answer(int row, AppRow::Model guess)
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    m_answers[static_cast<std::size_t>(row)] = guess;
    fillTable();
    updateQuiz();
}

void AppsPage::updateQuiz()
{
    const int row = selectedRow();
    const AppRow& r = m_rows[static_cast<std::size_t>(row)];
    m_quizQuestion->setText(tr("Thread or process? %1").arg(r.name));
    const QString details = tr("Real systems: %1.").arg(r.examples) + QLatin1Char(' ')
        + (r.miniature.isEmpty() ? tr("No miniature of this one yet.")
                                 : tr("Miniature: %1.").arg(AppsCatalog::workloadTitle(r.miniature)));
    const auto& guess = m_answers[static_cast<std::size_t>(row)];
    if (guess) {
        const QString verdict = *guess == r.model
            ? tr("Right: %1.").arg(AppsCatalog::modelName(r.model))
            : tr("Not quite: real systems use %1.").arg(AppsCatalog::modelName(r.model).toLower());
        m_quizFeedback->setText(verdict + QLatin1Char(' ') + r.why + QLatin1Char('\n') + details);
    } else if (m_revealAll) {
        m_quizFeedback->setText(
            AppsCatalog::modelName(r.model) + QStringLiteral(": ") + r.why + QLatin1Char('\n') + details);
    } else {
        m_quizFeedback->setText(tr("Choose an answer; the explanation follows.") + QLatin1Char('\n') + details);
    }
    int answered = 0, right = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_answers[i]) {
            ++answered;
            right += *m_answers[i] == m_rows[i].model ? 1 : 0;
        }
    }
    m_score->setText(tr("%1 of %2 answered, %3 right").arg(answered).arg(m_rows.size()).arg(right));
}

RunOptions AppsPage::currentOptions()
{
    RunOptions o;
    (void)workloads::parseMode(m_mode->currentData().toString().toStdString(), o.mode);
    o.workers = m_workers->value();
    o.size = m_size->value();
    o.crashOne = m_crash->isChecked();
    o.timeout = std::chrono::milliseconds(120000);
    return o;
}

void AppsPage::run()
{
    startJob(false, 0, 1);
}

void AppsPage::sweep(int maxWorkers, int runs)
{
    startJob(true, maxWorkers > 0 ? maxWorkers : 2 * hardwareThreads(), runs);
}

void AppsPage::cancel()
{
    m_cancel = true;
    m_cancelled = true;
}

bool AppsPage::triggerPrimaryAction()
{
    if (busy())
        cancel();
    else
        run();
    return true;
}

void AppsPage::setBusy(bool busy)
{
    m_runButton->setEnabled(!busy);
    m_sweepButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_workload->setEnabled(!busy);
    m_mode->setEnabled(!busy);
}

void AppsPage::startJob(bool sweep, int maxWorkers, int runs)
{
    if (busy())
        return;
    m_cancel = false;
    m_cancelled = false;
    m_lastError.reset();
    states::Engine* engine = &context().engine();
    m_watched->forgetAll(*engine);
    RunOptions options = currentOptions();
    if (sweep)
        options.crashOne = false; // a speed-up needs whole results
    const std::string name = selectedWorkload().toStdString();
    auto watched = m_watched;
    // Called on each worker thread as it starts: the shared engine watches it, so it shows on the
    // States and Hardware pages while it runs.
    options.onThreadStarted = [watched, engine, name](int worker, pid_t tid) {
        auto id = engine->watch(tid, name + " worker " + std::to_string(worker + 1));
        if (id) {
            std::lock_guard lock(watched->mutex);
            watched->ids.push_back(id.value());
        }
    };
    options.onProcessStarted = [watched, engine, name](int worker, pid_t pid) {
        if (auto id = engine->watchProcess(pid, name + " process " + std::to_string(worker + 1))) {
            std::lock_guard lock(watched->mutex);
            watched->ids.push_back(id.value());
        }
    };
    options.cancel = &m_cancel;
    if (sweep) {
        m_points.clear();
        m_sweepMax = maxWorkers;
        m_chart->setData({}, hardwareThreads(), maxWorkers);
    }
    setBusy(true);
    m_result->setText(sweep ? tr("Measuring the speed-up…") : tr("Running…"));
    m_worker = std::thread([this, options, name, sweep, maxWorkers, runs, watched, engine] {
        if (!sweep) {
            auto r = workloads::runWorkload(name, options);
            QMetaObject::invokeMethod(
                this,
                [this, r] {
                    if (r)
                        showResult(r.value());
                    else
                        showError(r.error());
                    finishJob();
                },
                Qt::QueuedConnection);
            return;
        }
        std::vector<workloads::SpeedupPoint> points;
        for (int n = 1; n <= maxWorkers; ++n) {
            workloads::SpeedupPoint p;
            p.workers = n;
            for (int k = 0; k < runs; ++k) {
                watched->forgetAll(*engine); // only the run in progress stays on the States page
                RunOptions o = options;
                o.workers = n;
                auto r = workloads::runWorkload(name, o);
                if (!r) {
                    const Error& e = r.error();
                    QMetaObject::invokeMethod(
                        this,
                        [this, e] {
                            showError(e);
                            finishJob();
                        },
                        Qt::QueuedConnection);
                    return;
                }
                p.wallS.push_back(r->wallS);
                if (n == maxWorkers && k == runs - 1) {
                    const RunResult last = r.value();
                    QMetaObject::invokeMethod(
                        this, [this, last] { showResult(last); }, Qt::QueuedConnection);
                }
            }
            points.push_back(p);
            workloads::computeSpeedups(points);
            QMetaObject::invokeMethod(
                this,
                [this, points, maxWorkers] {
                    m_points = points;
                    m_chart->setData(points, hardwareThreads(), maxWorkers);
                },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this, [this] { finishJob(); }, Qt::QueuedConnection);
    });
}

void AppsPage::finishJob()
{
    if (m_worker.joinable())
        m_worker.join(); // it posted this as its last act
    ++m_runsFinished;
    setBusy(false);
}

void AppsPage::showError(const Error& e)
{
    m_lastError = e;
    if (e.errnum == ECANCELED) {
        m_result->setText(tr("Cancelled: every worker was stopped and reaped."));
        return;
    }
    if (e.errnum == ETIMEDOUT) {
        m_result->setText(tr("Stopped at the time limit: every worker was stopped and reaped."));
        return;
    }
    if (e.errnum == EADDRINUSE) {
        m_result->setText(tr("The loopback port is already in use by another program."));
        return;
    }
    m_result->setText(ErrorText::describe(e));
}

void AppsPage::showResult(const RunResult& r)
{
    m_last = r;
    const QLocale loc = context().locale();
    auto num = [&loc](double v, int decimals) { return loc.toString(v, 'f', decimals); };
    const QString mode = AppsCatalog::modeName(QString::fromLatin1(workloads::toString(r.mode).data()));
    QStringList lines;
    lines << tr("%1, %2, %n worker(s)", nullptr, r.workers)
                 .arg(AppsCatalog::workloadTitle(QString::fromStdString(r.workload)), mode);
    lines << tr("Wall time: %1 s").arg(num(r.wallS, 3));
    const QString unit = QString::fromStdString(r.throughputUnit);
    QString unitText = unit;
    if (unit == QLatin1String("requests/s"))
        unitText = tr("requests/s");
    else if (unit == QLatin1String("files/s"))
        unitText = tr("files/s");
    else if (unit == QLatin1String("words/s"))
        unitText = tr("words/s");
    else if (unit == QLatin1String("pixels/s"))
        unitText = tr("pixels/s");
    else if (unit == QLatin1String("body-steps/s"))
        unitText = tr("body-steps/s");
    else if (unit == QLatin1String("messages/s"))
        unitText = tr("messages/s");
    lines << tr("Throughput: %1 %2").arg(num(r.throughput, r.throughput < 100 ? 1 : 0), unitText);
    lines << tr("CPU: %1 % (100 % = one core busy)").arg(num(r.cpuPercent, 0));
    lines << tr("Peak resident memory: %1 MB").arg(num(r.peakRssMb, 1));
    lines << tr("Checksum: %1 (the same in every mode for the same size)")
                 .arg(QString::number(static_cast<qulonglong>(r.checksum), 16));
    const double p50 = extraValue(r, "latency_p50_ms"), p99 = extraValue(r, "latency_p99_ms");
    if (p50 >= 0 && p99 >= 0)
        lines << tr("Latency: median %1 ms, 99th percentile %2 ms").arg(num(p50, 2), num(p99, 2));
    if (r.crashed) {
        if (r.mode != Mode::Processes) {
            lines << tr("One thread crashed (SIGSEGV): the whole process died with its %n thread(s); nothing was "
                        "returned. (It ran in a sacrificial child process, so ptlab survived.)",
                nullptr, r.workersLost);
        } else {
            lines << tr("%n worker process(es) died of SIGSEGV.", nullptr, r.workersLost);
            const double failed = extraValue(r, "failed_requests");
            if (failed >= 0)
                lines << tr("The other processes kept serving; %1 requests failed.").arg(num(failed, 0));
            else if (r.resultComplete)
                lines << tr("The other processes were not affected, and the supervisor redid the lost part: the "
                            "result is complete.");
            else
                lines << tr("The result is incomplete: the others could not go on without its part and were stopped.");
        }
    } else {
        lines << (r.verified ? tr("Result checked: correct.") : tr("Result checked: WRONG."));
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    if (r.mode == Mode::Processes) {
        QStringList pids;
        for (std::size_t i = 0; i < r.workerPids.size() && i < 8; ++i)
            pids << QString::number(r.workerPids[i]);
        if (r.workerPids.size() > 8)
            pids << QStringLiteral("…");
        m_note->setText(tr("Worker processes were forked without exec (pids %1). They appear on the States "
                           "and Hardware pages while they run.")
                            .arg(pids.join(QStringLiteral(", "))));
    } else {
        m_note->setText(tr("The worker threads appear on the States and Hardware pages while they run."));
    }
}

void AppsPage::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    auto value = [&p](const char* key) {
        auto it = p.find(key);
        return it == p.end() ? QString() : QString::fromStdString(it->second);
    };
    if (const QString app = value("app"); !app.isEmpty()) {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == app || m_rows[i].miniature == app)
                selectRow(static_cast<int>(i));
    }
    if (const QString w = value("workload"); !w.isEmpty()) {
        const int i = m_workload->findData(w);
        if (i >= 0)
            m_workload->setCurrentIndex(i);
    }
    if (const QString m = value("mode"); !m.isEmpty()) {
        const int i = m_mode->findData(m);
        if (i >= 0)
            m_mode->setCurrentIndex(i);
    }
    if (const QString n = value("workers"); !n.isEmpty())
        m_workers->setValue(n.toInt());
    if (const QString s = value("size"); !s.isEmpty())
        m_size->setValue(s.toDouble());
    if (value("run") == QLatin1String("1"))
        run();
    else if (value("sweep") == QLatin1String("1"))
        sweep();
}

void AppsPage::startShowcase()
{
    // A quick real sweep, so the chart shows measured points within the render's two seconds.
    const int i = m_workload->findData(QStringLiteral("mandelbrot"));
    if (i >= 0)
        m_workload->setCurrentIndex(i);
    m_mode->setCurrentIndex(0);
    m_size->setValue(0.05);
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == QLatin1String("rendering"))
            selectRow(static_cast<int>(r));
    answer(selectedRow(), AppRow::Model::Threads);
    sweep(2 * hardwareThreads(), 3);
}

void AppsPage::retranslate()
{
    m_rows = AppsCatalog::rows();
    m_tableGroup->setTitle(tr("Twelve classic applications and the model they use"));
    m_table->setHorizontalHeaderLabels({ tr("Application"), tr("Thread or process?") });
    fillTable();
    m_quizGroup->setTitle(tr("Quiz"));
    m_guessThreads->setText(AppsCatalog::modelName(AppRow::Model::Threads));
    m_guessProcesses->setText(AppsCatalog::modelName(AppRow::Model::Processes));
    m_guessBoth->setText(AppsCatalog::modelName(AppRow::Model::Both));
    m_reveal->setText(tr("Show all answers"));
    updateQuiz();
    m_runGroup->setTitle(tr("Run a miniature on this machine"));
    m_workloadLabel->setText(tr("Workload"));
    m_modeLabel->setText(tr("Mode"));
    m_workersLabel->setText(tr("Workers"));
    m_sizeLabel->setText(tr("Work size"));
    m_size->setToolTip(tr("Scales the total work; the same size gives the same checksum in every mode"));
    m_crash->setText(tr("One worker crashes (SIGSEGV)"));
    m_runButton->setText(tr("Run"));
    m_sweepButton->setText(tr("Measure speed-up"));
    m_sweepButton->setToolTip(tr("1 … 2× the hardware threads, three runs each; the median is plotted"));
    m_cancelButton->setText(tr("Cancel"));
    fillWorkloadCombo();
    fillModeCombo();
    m_chart->retranslate();
    if (m_last)
        showResult(*m_last);
    else if (m_lastError)
        showError(*m_lastError);
    else
        m_result->setText(tr("Choose a workload and a mode, then Run. Every figure is measured now."));
    fitLayout();
}

void AppsPage::zoomChanged(double zoom)
{
    m_chart->updateFonts(zoom);
    QTimer::singleShot(0, this, [this] { fitLayout(); }); // once the new font has reached every child
}

void AppsPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_chart->updateFonts(zoom());
        QTimer::singleShot(0, this, [this] { fitLayout(); });
    }
}

bool AppsPage::eventFilter(QObject* watched, QEvent* event)
{
    // A new width can change both the columns' arrangement and how the rows wrap.
    if (event->type() == QEvent::Resize && (watched == m_scroll->viewport() || watched == m_table->viewport()))
        fitLayout();
    return Page::eventFilter(watched, event);
}

bool AppsPage::stacked() const
{
    return m_columns->direction() == QBoxLayout::TopToBottom;
}

void AppsPage::fitLayout()
{
    // Side by side while both columns get at least their minimum width, stacked otherwise.
    const QMargins margins = m_columns->contentsMargins();
    const int needed = m_left->minimumSizeHint().width() + m_right->minimumSizeHint().width() + m_columns->spacing()
        + margins.left() + margins.right();
    const auto direction = m_scroll->viewport()->width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
    // All twelve rows always show: the table is at least as tall as its tallest row twelve times (the
    // rows share its height), and takes whatever height the column has beyond that.
    const QAbstractItemView* view = m_table; // sizeHintForRow is public there
    const QHeaderView* rows = m_table->verticalHeader(); // its numbers and minimum section size count too
    int row = rows->minimumSectionSize();
    for (int r = 0; r < m_table->rowCount(); ++r)
        row = std::max({ row, view->sizeHintForRow(r), rows->sectionSizeHint(r) });
    const int height
        = m_table->horizontalHeader()->sizeHint().height() + row * m_table->rowCount() + 2 * m_table->frameWidth();
    if (m_table->minimumHeight() != height)
        m_table->setMinimumHeight(height);
}

} // namespace ptlab::ui
