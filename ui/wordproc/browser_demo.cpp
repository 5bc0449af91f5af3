#include "ui/wordproc/browser_demo.h"

#include "core/states/engine.h"
#include "core/util/thread_priority.h"
#include "core/wordproc/browser_work.h"
#include "ui/widgets/palette.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>
#include <unistd.h>

namespace ptlab::ui {

JobThread::JobThread()
{
    std::promise<void> started;
    auto ready = started.get_future();
    m_thread = std::thread([this, &started] {
        setCurrentThreadNice(0); // an ordinary thread, like a browser's
        m_tid = gettid();
        started.set_value();
        while (true) {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_quit || m_job; });
                if (m_quit)
                    return;
                job = std::move(m_job);
                m_job = nullptr;
            }
            job();
            m_busy = false;
        }
    });
    ready.wait();
}

JobThread::~JobThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void JobThread::run(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_job = std::move(job);
        m_busy = true;
    }
    m_wake.notify_one();
}

BrowserDemo::BrowserDemo(states::Engine& engine, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("browserDemo"));
    m_clock.start();
    auto* layout = new QVBoxLayout(this);
    m_controls = new QWidget(this);
    auto* row = new QHBoxLayout(m_controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_loadButton = new QPushButton(m_controls);
    m_loadButton->setObjectName(QStringLiteral("browserLoad"));
    m_single = new QCheckBox(m_controls);
    m_status = new QLabel(m_controls);
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(0);
    row->addWidget(m_loadButton);
    row->addWidget(m_single);
    row->addWidget(m_status, 1);
    layout->addWidget(m_controls);
    layout->addStretch(1);
    connect(m_loadButton, &QPushButton::clicked, this, &BrowserDemo::load);
    // The page is redrawn by the UI thread 60 times a second: when it is blocked, the marquee stops.
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    if (auto id = engine.watch(m_loader.threadId(), "browser loader thread"))
        m_loaderTask = id.value();
    if (auto id = engine.watch(m_script.threadId(), "browser script thread"))
        m_scriptTask = id.value();
    retranslate();
}

void BrowserDemo::setAnimating(bool animating)
{
    if (animating)
        m_frame.start();
    else
        m_frame.stop();
}

BrowserDemo::~BrowserDemo()
{
    m_cancel = true;
}

void BrowserDemo::setWorkSize(const std::string& root, std::uint64_t maxBytes, int maxFiles, std::uint64_t scriptLimit)
{
    m_root = root;
    m_maxBytes = maxBytes;
    m_maxFiles = maxFiles;
    m_scriptLimit = scriptLimit;
    m_files.clear();
}

void BrowserDemo::setSingleThread(bool single)
{
    m_single->setChecked(single);
}

bool BrowserDemo::singleThread() const
{
    return m_single->isChecked();
}

void BrowserDemo::retranslate()
{
    m_loadButton->setText(tr("Load the page"));
    m_single->setText(tr("Single-thread browser"));
    m_single->setToolTip(tr("Loading and the script run on the UI thread, one after the other"));
    if (!loading())
        m_status->setText(tr("A loader thread reads the page's files from disk, a script thread computes, the UI "
                             "thread draws."));
}

void BrowserDemo::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BrowserDemo::finishOne()
{
    if (--m_running == 0) {
        const double ms = static_cast<double>(m_started.elapsed());
        m_loadButton->setEnabled(true);
        m_status->setText(tr("Done in %2 ms (files loaded: %1)")
                              .arg(locale().toString(m_filesDone.load()), locale().toString(ms, 'f', 0)));
        emit finished(ms);
    }
}

void BrowserDemo::load()
{
    if (loading())
        return;
    if (m_files.empty())
        m_files = wordproc::pickResourceFiles(m_root, m_maxBytes, m_maxFiles);
    m_filesDone = 0;
    m_filesTotal = static_cast<int>(m_files.size());
    m_scriptDone = 0;
    m_scriptTotal = 1;
    m_cancel = false;
    m_started.start();
    m_loadButton->setEnabled(false);
    m_status->setText(tr("Loading…"));
    auto loadFiles
        = [this] { wordproc::loadResources(m_files, m_cancel, [this](int done, int) { m_filesDone = done; }); };
    auto runScript = [this] {
        wordproc::runScript(m_scriptLimit, m_cancel, [this](int done, int total) {
            m_scriptTotal = total;
            m_scriptDone = done;
        });
    };
    m_running = 2;
    if (m_single->isChecked()) {
        // Everything on this thread, one after the other: the frame timer cannot fire meanwhile.
        repaint();
        loadFiles();
        finishOne();
        runScript();
        finishOne();
        return;
    }
    m_loader.run([this, loadFiles] {
        loadFiles();
        QMetaObject::invokeMethod(
            this, [this] { finishOne(); }, Qt::QueuedConnection);
    });
    m_script.run([this, runScript] {
        runScript();
        QMetaObject::invokeMethod(
            this, [this] { finishOne(); }, Qt::QueuedConnection);
    });
}

QRectF BrowserDemo::canvasRect() const
{
    const QRect controls = m_controls->geometry();
    return QRectF(8, controls.bottom() + 8, width() - 16, height() - controls.bottom() - 16);
}

void BrowserDemo::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = canvasRect();
    if (r.height() < 40)
        return;
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(palette().base());
    p.drawRoundedRect(r, 6, 6);
    const double line = fontMetrics().height();
    // Address bar with a marquee that only moves while the UI thread runs.
    QRectF bar(r.x() + 8, r.y() + 8, r.width() - 16, line * 1.4);
    p.setBrush(palette().window());
    p.drawRoundedRect(bar, 4, 4);
    const double phase = std::fmod(m_clock.elapsed() / 1200.0, 1.0);
    p.setPen(Qt::NoPen);
    p.setBrush(okabeIto::SkyBlue);
    p.drawRoundedRect(
        QRectF(bar.x() + phase * (bar.width() - bar.width() / 5), bar.y() + 2, bar.width() / 5, bar.height() - 4), 3,
        3);

    // The page's resources: a grid of boxes filled in as the loader reads them.
    const int total = std::max(1, m_filesTotal.load());
    const int done = m_filesDone.load();
    const QRectF grid(r.x() + 8, bar.bottom() + 8, r.width() - 16, (r.height() - bar.height() - 24) * 0.6);
    const int cols = std::max(1, static_cast<int>(std::sqrt(total * grid.width() / std::max(1.0, grid.height()))));
    const int rows = (total + cols - 1) / cols;
    const double cw = grid.width() / static_cast<double>(cols), ch = grid.height() / std::max(1, rows);
    for (int i = 0; i < total && m_filesTotal.load() > 0; ++i) {
        const int row = i / cols, column = i % cols;
        const QRectF cell(grid.x() + column * cw + 1, grid.y() + row * ch + 1, cw - 2, ch - 2);
        p.setBrush(i < done ? okabeIto::BluishGreen : palette().color(QPalette::Midlight));
        p.drawRect(cell);
    }
    // Loader and script progress.
    const QRectF bars(r.x() + 8, grid.bottom() + 12, r.width() - 16, r.bottom() - grid.bottom() - 20);
    const double h = std::min(line * 1.3, bars.height() / 2 - 4);
    struct Bar
    {
        QString label;
        double fraction;
        QColor color;
    };
    const Bar items[] = {
        { tr("loader thread: files %1 / %2").arg(done).arg(m_filesTotal.load()), static_cast<double>(done) / total,
            okabeIto::BluishGreen },
        { tr("script thread: %1 %").arg(100 * m_scriptDone.load() / std::max(1, m_scriptTotal.load())),
            static_cast<double>(m_scriptDone.load()) / std::max(1, m_scriptTotal.load()), okabeIto::Orange },
    };
    for (int i = 0; i < 2; ++i) {
        const QRectF b(bars.x(), bars.y() + i * (h + 6), bars.width(), h);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRoundedRect(b, 3, 3);
        p.setBrush(items[i].color);
        p.drawRoundedRect(QRectF(b.x(), b.y(), b.width() * items[i].fraction, b.height()), 3, 3);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(b.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, items[i].label);
    }
}

} // namespace ptlab::ui
