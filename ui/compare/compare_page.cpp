#include "ui/compare/compare_page.h"

#include "core/compare/result_io.h"
#include "core/util/atomic_file.h"
#include "core/util/preset.h"
#include "ui/compare/compare_chart.h"
#include "ui/compare/compare_rows.h"
#include "ui/compare/compare_runner.h"
#include "ui/shell/app_context.h"
#include "ui/widgets/atomic_save.h"
#include "ui/widgets/error_text.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <qcustomplot.h>
#include <tuple>

namespace ptlab::ui {

using compare::ExperimentResult;

namespace {

void styleBanner(QLabel* label, const QColor& background, const QColor& text)
{
    // Palettes rather than style sheets: widgets under a style sheet stop following the zoomed font.
    label->setWordWrap(true);
    label->setFrameShape(QFrame::Box);
    label->setMargin(4);
    label->setAutoFillBackground(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, text);
    label->setPalette(pal);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace

ComparePage::ComparePage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    // The demo threads of an experiment appear on the States page through the shared engine.
    m_runner = new CompareRunner(&context.engine(), this);
    connect(m_runner, &CompareRunner::experimentStarted, this, &ComparePage::onExperimentStarted);
    connect(m_runner, &CompareRunner::resultReady, this, &ComparePage::onResult);
    connect(m_runner, &CompareRunner::finished, this, &ComparePage::onFinished);
    connect(m_runner, &CompareRunner::progressChanged, this,
        [this](double overall) { m_progress->setValue(static_cast<int>(overall * 1000)); });

    // Machine-specific knobs for the window: a visible deadlock, perf as the reference when present.
    m_params["deadlock"] = { { "hold-ms", 3000 } };
    m_params["context-switch"] = { { "reference", 1 }, { "reference-runs", 3 } };

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    outer->addWidget(m_heading);
    m_machineLabel = new QLabel(this);
    m_machineLabel->setObjectName(QStringLiteral("machineLabel"));
    styleBanner(m_machineLabel, QColor(0xe8, 0xf1, 0xfa), QColor(0x0b, 0x2e, 0x4f));
    outer->addWidget(m_machineLabel);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    styleBanner(m_error, QColor(0xfd, 0xe2, 0xd6), QColor(0x6b, 0x1f, 0x00));
    m_error->hide();
    outer->addWidget(m_error);

    auto* bar = new QHBoxLayout;
    m_measureAll = new QPushButton(this);
    m_measureAll->setObjectName(QStringLiteral("measureAllButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMinimumWidth(120);
    m_progressText = new QLabel(this);
    m_exportCsv = new QPushButton(this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportJson = new QPushButton(this);
    m_exportJson->setObjectName(QStringLiteral("exportJsonButton"));
    bar->addWidget(m_measureAll);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_progressText, 1);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportJson);
    outer->addLayout(bar);
    connect(m_measureAll, &QPushButton::clicked, this, [this] { measureAll(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { askExport(true); });

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    for (const auto& def : compareRows()) {
        Row row;
        row.id = def.id;
        row.experiments = def.experiments;
        m_rows.push_back(row);
    }
    for (Row& row : m_rows)
        listLayout->addWidget(buildRow(row));
    listLayout->addStretch(1);
    m_scroll->setWidget(list);
    outer->addWidget(m_scroll, 1);

    m_machine = compare::describeMachine();
    retranslate();
    zoomChanged(zoom());
    updateButtons();
}

ComparePage::~ComparePage() = default;

QString ComparePage::title() const
{
    return tr("Process vs thread");
}

QWidget* ComparePage::buildRow(Row& row)
{
    row.frame = new QFrame;
    row.frame->setObjectName(QStringLiteral("row_") + row.id);
    row.frame->setFrameShape(QFrame::StyledPanel);
    row.frame->setAutoFillBackground(true);
    auto* grid = new QGridLayout(row.frame);
    row.title = new QLabel(row.frame);
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    row.title->setWordWrap(true);
    row.claim = new QLabel(row.frame);
    row.claim->setWordWrap(true);
    row.measure = new QPushButton(row.frame);
    row.measure->setObjectName(QStringLiteral("measure_") + row.id);
    row.save = new QPushButton(row.frame);
    row.save->setObjectName(QStringLiteral("save_") + row.id);
    row.status = new QLabel(row.frame);
    row.status->setObjectName(QStringLiteral("status_") + row.id);
    row.status->setWordWrap(true);
    row.plot = new QCustomPlot(row.frame);
    row.plot->setObjectName(QStringLiteral("chart_") + row.id);
    row.plot->setMinimumHeight(80);
    row.plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    row.numbers = new QLabel(row.frame);
    row.numbers->setWordWrap(true);
    row.numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.verdict = new QLabel(row.frame);
    row.verdict->setObjectName(QStringLiteral("verdict_") + row.id);
    row.verdict->setWordWrap(true);
    row.verdict->setFont(bold);
    row.method = new QLabel(row.frame);
    row.method->setWordWrap(true);
    QPalette grey = row.method->palette();
    grey.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    row.method->setPalette(grey);
    row.method->hide();
    row.numbers->hide();

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(row.measure);
    buttons->addWidget(row.save);
    buttons->addStretch(1);
    grid->addWidget(row.title, 0, 0);
    grid->addWidget(row.claim, 1, 0);
    grid->addWidget(row.status, 2, 0);
    grid->addLayout(buttons, 0, 1, 3, 1);
    grid->addWidget(row.plot, 3, 0, 1, 2);
    grid->addWidget(row.verdict, 4, 0, 1, 2);
    grid->addWidget(row.numbers, 5, 0, 1, 2);
    grid->addWidget(row.method, 6, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    const QString id = row.id;
    connect(row.measure, &QPushButton::clicked, this, [this, id] { measureRow(id); });
    connect(row.save, &QPushButton::clicked, this, [this, id] { askSaveChart(id); });
    return row.frame;
}

ComparePage::Row* ComparePage::findRow(const QString& id)
{
    for (Row& r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

const ComparePage::Row* ComparePage::findRow(const QString& id) const
{
    for (const Row& r : m_rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

void ComparePage::setParamsOverride(const std::string& experiment, std::map<std::string, double> params)
{
    m_params[experiment] = std::move(params);
}

bool ComparePage::busy() const
{
    return m_runner->busy();
}

bool ComparePage::startJobs(const std::vector<std::string>& experiments)
{
    if (m_runner->busy())
        return false;
    std::vector<CompareRunner::Job> jobs;
    for (const auto& name : experiments) {
        CompareRunner::Job job;
        job.experiment = name;
        if (auto it = m_runsOverride.find(name); it != m_runsOverride.end())
            job.options.runs = it->second;
        if (auto it = m_params.find(name); it != m_params.end())
            job.options.params = it->second;
        jobs.push_back(std::move(job));
    }
    if (!m_runner->start(std::move(jobs)))
        return false;
    for (Row& row : m_rows) {
        bool mine = false;
        for (const auto& e : row.experiments)
            mine = mine || std::find(experiments.begin(), experiments.end(), e) != experiments.end();
        if (mine) {
            row.running = true;
            row.status->setText(tr("Waiting to be measured…"));
        }
    }
    m_progress->setValue(0);
    m_error->hide();
    updateButtons();
    return true;
}

bool ComparePage::measureRow(const QString& rowId)
{
    const Row* row = findRow(rowId);
    return row && startJobs(row->experiments);
}

bool ComparePage::measureAll()
{
    std::vector<std::string> all;
    for (const Row& row : m_rows)
        all.insert(all.end(), row.experiments.begin(), row.experiments.end());
    return startJobs(all);
}

void ComparePage::cancel()
{
    m_runner->cancel();
    m_progressText->setText(tr("Cancelling…"));
}

bool ComparePage::triggerPrimaryAction()
{
    if (m_runner->busy())
        cancel();
    else if (!m_selected.isEmpty())
        measureRow(m_selected);
    else
        measureAll();
    return true;
}

void ComparePage::onExperimentStarted(const QString& experiment)
{
    m_current = experiment;
    for (Row& row : m_rows)
        for (const auto& e : row.experiments)
            if (QString::fromStdString(e) == experiment)
                row.status->setText(tr("Measuring… (%1)").arg(experiment));
    m_progressText->setText(tr("Measuring %1…").arg(experiment));
}

void ComparePage::onResult(const ExperimentResult& result)
{
    m_results[result.name] = result;
    for (Row& row : m_rows)
        if (std::find(row.experiments.begin(), row.experiments.end(), result.name) != row.experiments.end())
            refreshRow(row);
}

void ComparePage::onFinished(bool cancelled)
{
    for (Row& row : m_rows) {
        if (!row.running)
            continue;
        row.running = false;
        refreshRow(row);
    }
    m_current.clear();
    m_progress->setValue(cancelled ? m_progress->value() : 1000);
    m_progressText->setText(cancelled ? tr("Cancelled: every child process was killed and reaped.") : tr("Done."));
    updateButtons();
}

void ComparePage::updateButtons()
{
    const bool running = m_runner->busy();
    m_measureAll->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (Row& row : m_rows) {
        row.measure->setEnabled(!running);
        bool any = false;
        for (const auto& e : row.experiments)
            any = any || m_results.count(e);
        row.save->setEnabled(any);
    }
    m_exportCsv->setEnabled(!m_results.empty());
    m_exportJson->setEnabled(!m_results.empty());
}

void ComparePage::refreshRow(Row& row)
{
    const QLocale locale = context().locale();
    std::vector<const ExperimentResult*> present;
    QStringList errors, methods;
    bool cancelled = false;
    double seconds = 0;
    int runs = 0, fewestRuns = 0;
    for (const auto& e : row.experiments) {
        auto it = m_results.find(e);
        if (it == m_results.end())
            continue;
        const ExperimentResult& r = it->second;
        present.push_back(&r);
        cancelled = cancelled || r.cancelled;
        seconds += r.seconds;
        // What was measured, not what was asked: a variant may stop early (a time cap, an error).
        for (const auto& v : r.variants) {
            const int n = static_cast<int>(v.summary.count);
            if (n <= 0)
                continue;
            runs = std::max(runs, n);
            fewestRuns = fewestRuns == 0 ? n : std::min(fewestRuns, n);
        }
        if (r.error)
            errors
                << tr("%1 could not run here: %2").arg(QString::fromStdString(r.name), ErrorText::describe(*r.error));
        if (!r.method.empty())
            methods << CompareTexts::method(r, locale);
    }
    if (present.empty()) {
        if (!row.running)
            row.status->setText(tr("Not measured yet. Press Measure: it runs on this machine now."));
        row.verdict->clear();
        row.numbers->hide();
        row.method->hide();
        row.chartHeight = 80;
        drawEmptyChart(row.plot, tr("not measured yet"), zoom());
        row.plot->setFixedHeight(static_cast<int>(row.chartHeight * zoom()));
        return;
    }
    // Variants of one row may hold different numbers of runs (a fork costs more than a thread).
    QString status = fewestRuns == runs
        ? tr("Measured now: %1 runs each, %2 s.").arg(runs).arg(locale.toString(seconds, 'f', 1))
        : tr("Measured now: %1 to %2 runs per variant, %3 s.")
              .arg(fewestRuns)
              .arg(runs)
              .arg(locale.toString(seconds, 'f', 1));
    if (cancelled)
        status = tr("Cancelled before the end; what was measured is shown.");
    if (!errors.isEmpty())
        status += QLatin1Char(' ') + errors.join(QLatin1Char(' '));
    if (row.running && present.size() < row.experiments.size())
        status += QLatin1Char(' ') + tr("(more to come)");
    row.status->setText(status);

    // Numbers: one line per plain variant; series grouped on one line each.
    QStringList lines;
    std::map<std::string, QStringList> seriesLines;
    std::vector<std::string> seriesOrder;
    for (const ExperimentResult* r : present) {
        for (const auto& v : r->variants) {
            if (v.series.empty()) {
                lines << CompareTexts::numbers(v, locale);
                continue;
            }
            if (!seriesLines.count(v.series))
                seriesOrder.push_back(v.series);
            compare::Variant named = v;
            const QString full = CompareTexts::variantName(named);
            const QString at = full.section(QStringLiteral(" · "), 1);
            const QString value = v.error.empty() && !v.samples.empty() ? CompareTexts::number(v.summary.median, locale)
                                                                        : QStringLiteral("—");
            seriesLines[v.series] << at + QStringLiteral(": ") + value;
        }
    }
    for (const auto& s : seriesOrder) {
        const ExperimentResult* owner = nullptr;
        const compare::Variant* first = nullptr;
        for (const ExperimentResult* r : present)
            for (const auto& v : r->variants)
                if (v.series == s && !first) {
                    first = &v;
                    owner = r;
                }
        Q_UNUSED(owner);
        const QString name = CompareTexts::variantName(*first).section(QStringLiteral(" · "), 0, 0);
        lines << name + QStringLiteral(" (") + tr("median, %1").arg(CompareTexts::unitName(first->unit))
                + QStringLiteral("): ") + seriesLines[s].join(QStringLiteral(" · "));
    }
    row.numbers->setText(lines.join(QLatin1Char('\n')));
    row.numbers->setVisible(!lines.isEmpty());
    row.method->setText(tr("How: %1").arg(methods.join(QLatin1Char(' '))));
    row.method->setVisible(!methods.isEmpty());
    row.verdict->setText(CompareTexts::verdict(row.id, m_results, locale));
    row.chartHeight = drawCompareChart(row.plot, present, locale, zoom());
    row.plot->setFixedHeight(static_cast<int>(row.chartHeight * zoom()));
    updateButtons();
}

void ComparePage::refreshMachine()
{
    const auto& m = m_machine;
    QString where;
    if (m.hypervisorFlag)
        where = tr("a virtual machine (the CPU reports a hypervisor)");
    else
        where = tr("no hypervisor reported by the CPU");
    if (!m.virtualization.empty())
        where += QStringLiteral("; ") + tr("systemd-detect-virt: %1").arg(QString::fromStdString(m.virtualization));
    m_machineLabel->setText(tr("Measured on this machine: %1, %2 logical CPUs, Linux %3; %4. Virtual machines make "
                               "every switch and fork dearer: compare with a classmate's laptop.")
                                .arg(QString::fromStdString(m.cpuModel))
                                .arg(m.logicalCpus)
                                .arg(QString::fromStdString(m.kernel), where));
}

void ComparePage::retranslate()
{
    m_heading->setText(tr("Process vs thread: each row of the course's table, measured now"));
    m_measureAll->setText(tr("Measure all"));
    m_cancel->setText(tr("Cancel"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportJson->setText(tr("Export JSON…"));
    if (!m_runner->busy())
        m_progressText->setText(m_results.empty() ? tr("Nothing measured yet.") : tr("Done."));
    refreshMachine();
    for (Row& row : m_rows) {
        row.title->setText(CompareTexts::criterion(row.id));
        row.claim->setText(CompareTexts::claim(row.id));
        row.measure->setText(tr("Measure"));
        row.save->setText(tr("Save chart…"));
        if (!row.running)
            refreshRow(row);
    }
}

void ComparePage::zoomChanged(double z)
{
    Q_UNUSED(z);
    // The heading's font was set explicitly, so it does not follow the zoomed application font by itself.
    QFont big = QApplication::font(); // already zoomed; this page's own font may not be updated yet
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    for (Row& row : m_rows)
        refreshRow(row);
}

void ComparePage::selectRow(const QString& id)
{
    m_selected = id;
    for (Row& row : m_rows) {
        QPalette pal = row.frame->palette();
        pal.setColor(QPalette::Window, row.id == id ? QColor(0xff, 0xf4, 0xd6) : palette().color(QPalette::Window));
        row.frame->setPalette(pal);
    }
    if (Row* row = findRow(id)) {
        QFrame* frame = row->frame;
        // After layout: the row's position is known only once the list is laid out.
        QTimer::singleShot(0, this, [this, frame] {
            m_scroll->widget()->adjustSize();
            m_scroll->verticalScrollBar()->setValue(frame->y() - 4);
        });
    }
}

void ComparePage::applyPreset(const QString& preset)
{
    const Preset p = parsePreset(preset.toStdString());
    if (auto it = p.find("row"); it != p.end()) {
        const QString row = compareRowForPreset(QString::fromStdString(it->second));
        if (row.isEmpty())
            showError(tr("The preset names no row of this table: “%1”.").arg(QString::fromStdString(it->second)));
        else
            selectRow(row);
    }
    if (auto it = p.find("measure"); it != p.end() && it->second == "1" && !m_selected.isEmpty())
        measureRow(m_selected);
}

void ComparePage::startShowcase()
{
    // A quick, real measurement of two rows so a render shows plots (small runs: it must finish quickly).
    setRunsOverride({ { "thread-create", 40 }, { "process-create", 15 }, { "sharing", 3 } });
    startJobs({ "thread-create", "process-create", "sharing" });
}

void ComparePage::showError(const QString& text)
{
    m_lastError = text;
    m_error->setText(text);
    m_error->show();
}

std::vector<ExperimentResult> ComparePage::results() const
{
    std::vector<ExperimentResult> out;
    for (const auto& def : compareRows())
        for (const auto& e : def.experiments)
            if (auto it = m_results.find(e); it != m_results.end())
                out.push_back(it->second);
    return out;
}

bool ComparePage::exportCsv(const QString& path)
{
    std::string error;
    if (!writeFileAtomically(path.toStdString(), compare::exportCsv(results()), error)) {
        showError(tr("Could not write %1: %2").arg(path, QString::fromStdString(error)));
        return false;
    }
    emit statusMessage(tr("Results saved to %1").arg(path));
    return true;
}

bool ComparePage::exportJson(const QString& path)
{
    std::string error;
    if (!writeFileAtomically(path.toStdString(), compare::exportJson(results(), m_machine), error)) {
        showError(tr("Could not write %1: %2").arg(path, QString::fromStdString(error)));
        return false;
    }
    emit statusMessage(tr("Results saved to %1").arg(path));
    return true;
}

bool ComparePage::saveChart(const QString& rowId, const QString& path)
{
    Row* row = findRow(rowId);
    if (!row)
        return false;
    const int w = std::max(row->plot->width(), 640);
    const int h = std::max(row->plot->height(), 240);
    const bool pdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const bool ok = saveViaTemporaryFile(path, [&](const QString& temporary) {
        return pdf ? row->plot->savePdf(temporary, w, h) : row->plot->savePng(temporary, w, h, 2.0);
    });
    if (!ok)
        showError(tr("Could not save the chart to %1.").arg(path));
    else
        emit statusMessage(tr("Chart saved to %1").arg(path));
    return ok;
}

void ComparePage::askExport(bool json)
{
    const QString path
        = QFileDialog::getSaveFileName(this, json ? tr("Export results as JSON") : tr("Export results as CSV"),
            json ? QStringLiteral("ptlab-compare.json") : QStringLiteral("ptlab-compare.csv"),
            json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (json)
        exportJson(path);
    else
        exportCsv(path);
}

void ComparePage::askSaveChart(const QString& rowId)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"),
        QStringLiteral("ptlab-") + rowId + QStringLiteral(".png"), tr("PNG images (*.png);;PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveChart(rowId, path);
}

QString ComparePage::statusText(const QString& rowId) const
{
    const Row* row = findRow(rowId);
    return row ? row->status->text() : QString();
}

QString ComparePage::verdictText(const QString& rowId) const
{
    const Row* row = findRow(rowId);
    return row ? row->verdict->text() : QString();
}

QCustomPlot* ComparePage::chart(const QString& rowId) const
{
    const Row* row = findRow(rowId);
    return row ? row->plot : nullptr;
}

} // namespace ptlab::ui
