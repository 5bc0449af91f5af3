#include "ui/wordproc/word_processor_page.h"

#include "core/states/engine.h"
#include "core/util/preset.h"
#include "core/wordproc/book_generator.h"
#include "core/wordproc/calibration.h"
#include "core/wordproc/formatter.h"
#include "core/wordproc/hyphenation.h"
#include "ui/shell/app_context.h"
#include "ui/states/state_names.h"
#include "ui/widgets/error_text.h"
#include "ui/widgets/latency_probe.h"
#include "ui/widgets/palette.h"
#include "ui/wordproc/browser_demo.h"
#include "ui/wordproc/heartbeat_widget.h"
#include "ui/wordproc/latency_plot.h"
#include "ui/wordproc/reformat_worker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>
#include <unistd.h>

namespace ptlab::ui {

using namespace ptlab::wordproc;

namespace {

// Bytes of UTF-8 that `units` UTF-16 code units span in the document, starting at byte `start`
// (a paragraph break is one unit and one byte).
std::size_t utf8Span(const Document& doc, std::size_t start, int units)
{
    auto pos = doc.positionOf(start);
    std::size_t bytes = 0;
    while (units > 0 && pos.paragraph < doc.paragraphCount()) {
        const std::string& text = doc.paragraph(pos.paragraph).text;
        if (pos.offset >= text.size()) {
            // the '\n' after this paragraph
            ++bytes;
            --units;
            ++pos.paragraph;
            pos.offset = 0;
            continue;
        }
        const unsigned char lead = static_cast<unsigned char>(text[pos.offset]);
        const int len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        pos.offset += len;
        bytes += len;
        units -= len == 4 ? 2 : 1;
    }
    return bytes;
}

constexpr qint64 FreezeWindowMs = 10000;
// The page only needs the last few seconds of ticks: its labels look back ten seconds.
constexpr std::size_t ProbeWindowTicks = 1024;
// The calibration formats this many pages, a few times: a few hundred milliseconds of real work.
constexpr int CalibrationSamplePages = 200;
// Bump the version when the formatting work changes, so old measurements are not reused.
QString calibrationGroup()
{
    return QStringLiteral("wordproc/calibration-v2");
}

QString calibrationKey(const QString& language, const char* field)
{
    return calibrationGroup() + QLatin1Char('/') + language + QLatin1Char('/') + QLatin1String(field);
}

} // namespace

WordProcessorPage::WordProcessorPage(AppContext& context, QWidget* parent)
    : Page(context, parent), m_probe(std::make_unique<LatencyProbe>(nullptr, ProbeWindowTicks))
{
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    // Left: the book and its controls, and the browser variant in a second tab.
    m_tabs = new QTabWidget(splitter);
    auto* left = new QWidget(m_tabs);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_bookGroup = new QGroupBox(left);
    auto* bookRow = new QGridLayout(m_bookGroup);
    m_pagesLabel = new QLabel(m_bookGroup);
    m_pages = new QSpinBox(m_bookGroup);
    m_pages->setObjectName(QStringLiteral("bookPages"));
    m_pages->setRange(MinBookPages, MaxBookPages);
    m_pages->setSingleStep(50);
    m_pages->setValue(1000); // until the calibration (or a preset) says otherwise
    m_reload = new QPushButton(m_bookGroup);
    m_single = new QCheckBox(m_bookGroup);
    m_single->setObjectName(QStringLiteral("singleThread"));
    m_deleteSentence = new QPushButton(m_bookGroup);
    m_deleteSentence->setObjectName(QStringLiteral("deleteSentence"));
    m_progress = new QProgressBar(m_bookGroup);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status = new QLabel(m_bookGroup);
    m_status->setWordWrap(true);
    m_cursorPage = new QLabel(m_bookGroup);
    m_cursorPage->setWordWrap(true);
    m_hyphenation = new QLabel(m_bookGroup);
    m_hyphenation->setObjectName(QStringLiteral("hyphenationNote"));
    m_hyphenation->setWordWrap(true);
    m_hyphenation->setVisible(!Hyphenator::english().available());
    bookRow->addWidget(m_pagesLabel, 0, 0);
    bookRow->addWidget(m_pages, 0, 1);
    bookRow->addWidget(m_reload, 0, 2);
    bookRow->addWidget(m_deleteSentence, 1, 0, 1, 3);
    bookRow->addWidget(m_single, 2, 0, 1, 3);
    bookRow->addWidget(m_progress, 3, 0, 1, 3);
    bookRow->addWidget(m_status, 4, 0, 1, 3);
    bookRow->addWidget(m_cursorPage, 5, 0, 1, 3);
    bookRow->addWidget(m_hyphenation, 6, 0, 1, 3);
    leftLayout->addWidget(m_bookGroup);
    m_editor = new QPlainTextEdit(left);
    m_editor->setObjectName(QStringLiteral("bookEditor"));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    leftLayout->addWidget(m_editor, 1);

    // Right: what the room watches.
    auto* right = new QSplitter(Qt::Vertical, splitter);
    auto* liveScroll = new QScrollArea(right);
    liveScroll->setWidgetResizable(true);
    liveScroll->setFrameShape(QFrame::NoFrame);
    liveScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // labels wrap to the column instead
    m_liveGroup = new QGroupBox;
    auto* liveLayout = new QVBoxLayout(m_liveGroup);
    auto* beatRow = new QHBoxLayout;
    m_heartbeat = new HeartbeatWidget(m_liveGroup);
    m_heartbeatLabel = new QLabel(m_liveGroup);
    m_heartbeatLabel->setWordWrap(true);
    beatRow->addWidget(m_heartbeat);
    beatRow->addWidget(m_heartbeatLabel, 1);
    liveLayout->addLayout(beatRow);
    m_freezeCaption = new QLabel(m_liveGroup);
    m_freezeCaption->setWordWrap(true);
    liveLayout->addWidget(m_freezeCaption);
    m_freeze = new QLabel(m_liveGroup);
    m_freeze->setObjectName(QStringLiteral("longestFreeze"));
    m_freeze->setWordWrap(true);
    liveLayout->addWidget(m_freeze);
    m_editFreeze = new QLabel(m_liveGroup);
    m_editFreeze->setObjectName(QStringLiteral("editFreeze"));
    m_editFreeze->setWordWrap(true);
    liveLayout->addWidget(m_editFreeze);
    m_plot = new LatencyPlot(m_liveGroup);
    liveLayout->addWidget(m_plot, 1);
    m_threads = new QLabel(m_liveGroup);
    m_threads->setObjectName(QStringLiteral("threadRoles"));
    m_threads->setTextFormat(Qt::RichText);
    m_threads->setWordWrap(true);
    liveLayout->addWidget(m_threads);
    liveScroll->setWidget(m_liveGroup);
    right->addWidget(liveScroll);
    m_tocGroup = new QGroupBox(right);
    auto* tocLayout = new QVBoxLayout(m_tocGroup);
    m_toc = new QListWidget(m_tocGroup);
    m_toc->setObjectName(QStringLiteral("toc"));
    tocLayout->addWidget(m_toc);
    right->addWidget(m_tocGroup);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    m_browser = new BrowserDemo(context.engine(), m_tabs);
    m_tabs->addTab(left, QString());
    m_tabs->addTab(m_browser, QString());
    splitter->addWidget(m_tabs);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 440 });

    m_worker = std::make_unique<ReformatWorker>(
        measureFont(m_document), standardPageLayout(measureFont(m_document)), [this](FormattedBook book) {
            // From the reformat thread to the GUI thread, as a value.
            QMetaObject::invokeMethod(
                this, [this, book = std::move(book)]() mutable { applyLayout(std::move(book)); }, Qt::QueuedConnection);
        });
    auto& engine = context.engine();
    if (auto id = engine.watch(gettid(), "UI thread"))
        m_uiTask = id.value();
    if (auto id = engine.watch(m_worker->threadId(), "reformat thread"))
        m_workerTask = id.value();

    connect(m_editor->document(), &QTextDocument::contentsChange, this, &WordProcessorPage::onContentsChange);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &WordProcessorPage::updateCursorPage);
    connect(m_reload, &QPushButton::clicked, this, [this] { loadBook(m_pages->value()); });
    connect(m_deleteSentence, &QPushButton::clicked, this, &WordProcessorPage::deleteFirstSentence);
    connect(m_single, &QCheckBox::toggled, this, [this] { retranslate(); });
    connect(m_toc, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int paragraph = item->data(Qt::UserRole).toInt();
        QTextCursor c(m_editor->document()->findBlockByNumber(paragraph));
        m_editor->setTextCursor(c);
        m_editor->centerCursor();
        m_editor->setFocus();
    });
    connect(m_probe.get(), &LatencyProbe::measured, this, &WordProcessorPage::onLatency);
    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this,
        [this] { m_progress->setValue(m_worker->busy() ? m_worker->progressPermille() : m_progress->maximum()); });
    m_rolesTimer.setInterval(250);
    connect(&m_rolesTimer, &QTimer::timeout, this, &WordProcessorPage::updateThreadRoles);
    retranslate();
    zoomChanged(zoom());
}

WordProcessorPage::~WordProcessorPage()
{
    m_calibrationCancel = true;
    if (m_calibration.joinable())
        m_calibration.join();
}

QString WordProcessorPage::title() const
{
    return tr("Word processor & browser");
}

FontMetrics WordProcessorPage::measureFont(const Document& document) const
{
    // The reformat lays text out with the editor's real font: widths measured once per character.
    const QFontMetricsF fm(m_editor ? m_editor->font() : font());
    FontMetrics metrics;
    metrics.defaultAdvance = fm.averageCharWidth();
    metrics.spaceWidth = fm.horizontalAdvance(QLatin1Char(' '));
    metrics.spaceStretch = metrics.spaceWidth * 0.5;
    metrics.spaceShrink = metrics.spaceWidth * 0.33;
    metrics.hyphenWidth = fm.horizontalAdvance(QLatin1Char('-'));
    metrics.lineHeight = fm.lineSpacing();
    for (char32_t cp : document.usedCodePoints())
        metrics.setAdvance(cp, fm.horizontalAdvance(QString::fromUcs4(&cp, 1)));
    return metrics;
}

void WordProcessorPage::updateMetrics()
{
    // Measured once per book and zoom, not per edit: both reformat modes use the same widths.
    m_metrics = measureFont(m_document);
    m_worker->setMetrics(m_metrics, standardPageLayout(m_metrics));
}

void WordProcessorPage::loadBook(int pages)
{
    const Language lang = context().language() == QLatin1String("vi") ? Language::Vietnamese : Language::English;
    m_document = Document(generateBook(pages, lang));
    m_loading = true;
    m_editor->setPlainText(QString::fromStdString(m_document.text()));
    m_loading = false;
    m_loaded = true;
    m_toc->clear();
    updateMetrics();
    requestReformat();
}

void WordProcessorPage::onContentsChange(int position, int removed, int added)
{
    if (m_loading || (removed == 0 && added == 0))
        return;
    const QTextBlock block = m_editor->document()->findBlock(position);
    if (!block.isValid() || block.blockNumber() >= m_document.paragraphCount())
        return;
    // The text before `position` in its block did not change, so it locates the edit in the old text.
    const std::size_t start = m_document.paragraphOffset(block.blockNumber())
        + static_cast<std::size_t>(block.text().left(position - block.position()).toUtf8().size());
    const std::size_t length = utf8Span(m_document, start, removed);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(position);
    cursor.setPosition(position + added, QTextCursor::KeepAnchor);
    QString inserted = cursor.selectedText();
    inserted.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    // The editor already holds this text, so an edit core rejects cannot happen unless the two
    // disagree; then the page says so rather than reformat a different text.
    if (length > 0) {
        if (auto erased = m_document.erase(start, length); !erased) {
            m_status->setText(ErrorText::describe(erased.error()));
            return;
        }
    }
    if (!inserted.isEmpty()) {
        if (auto added = m_document.insert(start, inserted.toStdString()); !added) {
            m_status->setText(ErrorText::describe(added.error()));
            return;
        }
    }
    noteEdit();
    requestReformat();
}

void WordProcessorPage::requestReformat()
{
    if (!m_single->isChecked()) {
        m_worker->submit(m_document);
        return;
    }
    // Single-thread mode: the same work, on this (the GUI) thread. Edits that arrive before it
    // starts share one reformat; while it runs, nothing else on this thread can.
    if (m_singlePending)
        return;
    m_singlePending = true;
    QTimer::singleShot(0, this, [this] {
        m_singlePending = false;
        const std::atomic<bool> never { false };
        FormatProgress progress;
        QElapsedTimer blocked;
        blocked.start();
        FormattedBook book = formatBook(m_document, m_metrics, standardPageLayout(m_metrics), never, &progress);
        if (m_editMeasuring)
            m_editFreezeMs = std::max(m_editFreezeMs, static_cast<double>(blocked.nsecsElapsed()) / 1e6);
        applyLayout(std::move(book));
    });
}

void WordProcessorPage::applyLayout(FormattedBook book)
{
    if (book.revision != m_document.revision())
        return; // an older text: a newer reformat is on its way
    m_formatted = std::move(book);
    ++m_layoutsApplied;
    const double ms = m_formatted.elapsedNs / 1e6;
    m_status->setText(tr("Pages: %1 · reformatted in %2 ms")
                          .arg(locale().toString(m_formatted.pageCount()), locale().toString(ms, 'f', 0)));
    m_progress->setValue(m_progress->maximum());
    m_toc->clear();
    for (const auto& entry : m_formatted.toc) {
        auto* item = new QListWidgetItem(
            QString::fromStdString(entry.title) + QStringLiteral(" … ") + locale().toString(entry.page), m_toc);
        item->setData(Qt::UserRole, entry.paragraph);
    }
    updateCursorPage();
    if (m_editMeasuring) {
        // The freeze is over once the event loop ticks again: that tick says how late it is.
        m_editLayoutDone = true;
        if (!m_probe->running())
            finishEditFreeze();
    }
    emit layoutApplied(m_formatted.pageCount(), ms);
}

void WordProcessorPage::noteEdit()
{
    if (!m_editMeasuring) {
        m_editMeasuring = true;
        m_editFreezeMs = 0;
    }
    m_editLayoutDone = false; // edits typed during a freeze belong to the same measurement
}

void WordProcessorPage::onLatency(double ms)
{
    m_plot->add(ms);
    if (m_editMeasuring) {
        m_editFreezeMs = std::max(m_editFreezeMs, ms);
        if (m_editLayoutDone)
            finishEditFreeze();
    }
    updateFreezeLabel();
}

void WordProcessorPage::finishEditFreeze()
{
    m_editMeasuring = false;
    m_editLayoutDone = false;
    m_lastEditFreezeMs = m_editFreezeMs;
    updateEditFreezeLabel();
}

void WordProcessorPage::updateEditFreezeLabel()
{
    const double ms = m_lastEditFreezeMs;
    if (ms < 0)
        m_editFreeze->setText(tr("Make an edit: the page measures how long it froze the window."));
    else if (ms >= 100)
        m_editFreeze->setText(tr("This edit froze the window for %1 s").arg(locale().toString(ms / 1000, 'f', 1)));
    else
        m_editFreeze->setText(tr("This edit froze the window for %1 ms").arg(locale().toString(ms, 'f', 0)));
}

void WordProcessorPage::updateCursorPage()
{
    if (m_formatted.pageCount() == 0)
        return;
    const QTextCursor c = m_editor->textCursor();
    const QTextBlock block = c.block();
    if (block.blockNumber() >= m_document.paragraphCount())
        return;
    const std::size_t offset = m_document.paragraphOffset(block.blockNumber())
        + static_cast<std::size_t>(block.text().left(c.positionInBlock()).toUtf8().size());
    m_cursorPage->setText(
        tr("Cursor on page %1 of %2")
            .arg(locale().toString(m_formatted.pageNumberAt(offset)), locale().toString(m_formatted.pageCount())));
}

void WordProcessorPage::updateFreezeLabel(bool force)
{
    // Called on every latency tick: only what changed is set (no font or style work per tick).
    const double longest = m_probe->longestInLastMs(FreezeWindowMs);
    m_longestFreezeMs = longest;
    const int shown = static_cast<int>(std::lround(longest));
    if (shown == m_shownFreezeMs && !force)
        return;
    m_shownFreezeMs = shown;
    const int cls = longest > 100 ? 2 : longest > 16 ? 1 : 0;
    if (cls != m_freezeClass || force) {
        m_freezeClass = cls;
        const QColor c = cls == 2 ? okabeIto::Vermillion : cls == 1 ? okabeIto::Orange : okabeIto::BluishGreen;
        QPalette palette = m_freeze->palette();
        palette.setColor(QPalette::WindowText, c.darker(120));
        m_freeze->setPalette(palette);
    }
    m_freeze->setText(tr("%1 ms").arg(locale().toString(longest, 'f', 0)));
}

void WordProcessorPage::applyFonts()
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.4);
    big.setBold(true);
    m_freeze->setFont(big);
    QFont medium = font();
    medium.setPointSizeF(font().pointSizeF() * 1.4);
    medium.setBold(true);
    m_editFreeze->setFont(medium);
}

void WordProcessorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    Page::changeEvent(event);
}

void WordProcessorPage::updateThreadRoles()
{
    const auto snap = context().engine().snapshot(std::numeric_limits<std::int64_t>::max());
    QString html;
    for (const auto& t : snap.tasks) {
        QString role;
        if (t.id == m_uiTask)
            role = tr("UI thread");
        else if (t.id == m_workerTask)
            role = tr("Reformat thread");
        else if (t.id == m_browser->loaderTask())
            role = tr("Browser loader thread");
        else if (t.id == m_browser->scriptTask())
            role = tr("Browser script thread");
        else
            continue;
        const QColor c = stateColor(t.state);
        html += QStringLiteral("<p><b>%1</b> (TID %2): <span style=\"background:%3; color:%4\">&nbsp;%5&nbsp;</span> "
                               "%6</p>")
                    .arg(role.toHtmlEscaped())
                    .arg(t.tid)
                    .arg(c.name(), textOn(c).name(), StateNames::state(t.state).toHtmlEscaped(),
                        tr("on CPU %1 ms").arg(locale().toString(t.latest.onCpuNs / 1e6, 'f', 0)).toHtmlEscaped());
    }
    html
        += QStringLiteral("<p><i>%1</i></p>").arg(tr("States from the kernel, as on the States page.").toHtmlEscaped());
    m_threads->setText(html);
}

void WordProcessorPage::retranslate()
{
    m_tabs->setTabText(0, tr("Word processor"));
    m_tabs->setTabText(1, tr("Web browser"));
    m_bookGroup->setTitle(tr("The book"));
    m_pagesLabel->setText(tr("Pages"));
    m_pages->setToolTip(tr("Longer books take longer to reformat"));
    m_reload->setText(tr("New book"));
    m_single->setText(tr("Single-thread mode"));
    m_deleteSentence->setText(tr("Delete a sentence on page 1"));
    m_deleteSentence->setToolTip(tr("Every later line may move, so the whole book is reformatted"));
    m_single->setToolTip(
        tr("The same reformat runs on the thread that draws the window: it freezes until the work is done"));
    m_liveGroup->setTitle(tr("Is the window alive?"));
    m_heartbeatLabel->setText(tr("This heart beats on the UI thread: when it stops, so does the window."));
    m_tocGroup->setTitle(tr("Table of contents"));
    if (calibrating())
        m_status->setText(tr("Measuring how fast this computer formats, to size the book…"));
    else if (m_formatted.pageCount() == 0)
        m_status->setText(tr("Not formatted yet"));
    m_hyphenation->setText(tr("Hyphenation is off: the dictionary %1 could not be loaded (Debian package "
                              "hyphen-en-us). Lines are set without hyphens.")
                               .arg(QString::fromStdString(Hyphenator::english().dictionaryPath())));
    m_freezeCaption->setText(tr("Longest freeze in the last 10 seconds:"));
    updateFreezeLabel(true);
    updateEditFreezeLabel();
    updateThreadRoles();
    m_plot->retranslate();
}

void WordProcessorPage::zoomChanged(double z)
{
    m_plot->setZoom(z);
    applyFonts();
    if (m_loaded)
        updateMetrics();
}

void WordProcessorPage::setActive(bool active)
{
    if (active) {
        if (!m_loaded)
            loadDefaultBook();
        m_probe->start();
        m_progressTimer.start();
        m_rolesTimer.start();
    } else {
        m_probe->stop();
        m_progressTimer.stop();
        m_rolesTimer.stop();
        // A freeze being measured when the page goes away has no tick to end it.
        m_editMeasuring = false;
    }
    m_heartbeat->setRunning(active);
    m_browser->setAnimating(active);
}

void WordProcessorPage::setSingleThread(bool single)
{
    m_single->setChecked(single);
}

bool WordProcessorPage::singleThread() const
{
    return m_single->isChecked();
}

void WordProcessorPage::deleteFirstSentence()
{
    if (!m_loaded)
        loadBook(m_pages->value());
    int paragraph = -1;
    for (int i = 0; i < m_document.paragraphCount() && paragraph < 0; ++i) {
        if (m_document.paragraph(i).kind == ParagraphKind::Body && !m_document.paragraph(i).text.empty())
            paragraph = i;
    }
    if (paragraph < 0)
        return;
    const auto [begin, end] = m_document.firstSentence(paragraph); // bytes within the paragraph
    if (end <= begin)
        return;
    // Through the editor, like a user's edit: the change reaches the document via contentsChange.
    const QTextBlock block = m_editor->document()->findBlockByNumber(paragraph);
    const std::string& text = m_document.paragraph(paragraph).text;
    const int from = QString::fromStdString(text.substr(0, begin)).size();
    const int length = QString::fromStdString(text.substr(begin, end - begin)).size();
    QTextCursor c(block);
    c.setPosition(block.position() + from);
    c.setPosition(block.position() + from + length, QTextCursor::KeepAnchor);
    c.removeSelectedText();
    m_editor->setTextCursor(c);
    m_editor->centerCursor();
}

bool WordProcessorPage::triggerPrimaryAction()
{
    deleteFirstSentence();
    return true;
}

QString WordProcessorPage::languageKey() const
{
    return context().language() == QLatin1String("vi") ? QStringLiteral("vi") : QStringLiteral("en");
}

Document WordProcessorPage::sampleBook() const
{
    const Language lang = languageKey() == QLatin1String("vi") ? Language::Vietnamese : Language::English;
    return Document(generateBook(CalibrationSamplePages, lang));
}

void WordProcessorPage::storeCalibration(const Calibration& c)
{
    QSettings settings;
    settings.setValue(calibrationKey(c.language, "pages"), c.pages);
    settings.setValue(calibrationKey(c.language, "msPerPage"), c.msPerPage);
}

void WordProcessorPage::forgetCalibration()
{
    QSettings().remove(calibrationGroup());
}

int WordProcessorPage::defaultBookPages()
{
    const int stored = QSettings().value(calibrationKey(languageKey(), "pages"), 0).toInt();
    if (stored >= MinBookPages && stored <= MaxBookPages)
        return stored;
    // Not measured yet for this language (a Vietnamese book has no hyphenation, so it formats
    // faster): the same measurement as the page's first show, here on the calling thread.
    const Document sample = sampleBook();
    const FontMetrics metrics = measureFont(sample);
    const FormatSpeed speed = measureFormatSpeed(sample, metrics, standardPageLayout(metrics));
    Calibration c;
    c.language = languageKey();
    c.msPerPage = speed.msPerPage;
    c.pages = pagesForReformatTime(speed.msPerPage, TargetFreezeMs, MinBookPages, MaxBookPages);
    storeCalibration(c);
    return c.pages;
}

void WordProcessorPage::loadDefaultBook()
{
    const int stored = QSettings().value(calibrationKey(languageKey(), "pages"), 0).toInt();
    if (stored >= MinBookPages && stored <= MaxBookPages) {
        m_pages->setValue(stored);
        loadBook(stored);
        return;
    }
    startCalibration();
}

void WordProcessorPage::startCalibration()
{
    if (m_calibration.joinable())
        return; // measured once per page; a finished one already set the default
    // The font is measured here (Qt fonts belong to this thread); the formatting runs elsewhere,
    // so the first show stays live while this machine's speed is measured.
    Document sample = sampleBook();
    FontMetrics metrics = measureFont(sample);
    m_calibration
        = std::thread([this, language = languageKey(), sample = std::move(sample), metrics = std::move(metrics)] {
              const FormatSpeed speed
                  = measureFormatSpeed(sample, metrics, standardPageLayout(metrics), 250, &m_calibrationCancel);
              m_calibrationDone = true;
              if (speed.runs == 0)
                  return; // cancelled: the page is going away
              Calibration c;
              c.language = language;
              c.msPerPage = speed.msPerPage;
              c.pages = pagesForReformatTime(speed.msPerPage, TargetFreezeMs, MinBookPages, MaxBookPages);
              QMetaObject::invokeMethod(
                  this, [this, c] { onCalibrated(c); }, Qt::QueuedConnection);
          });
    m_status->setText(tr("Measuring how fast this computer formats, to size the book…"));
}

void WordProcessorPage::onCalibrated(const Calibration& c)
{
    storeCalibration(c);
    if (m_loaded)
        return; // the user (or a preset) loaded a book meanwhile: the calibration is for next time
    m_pages->setValue(c.pages);
    loadBook(c.pages);
}

void WordProcessorPage::applyPreset(const QString& preset)
{
    const Preset items = parsePreset(preset.toStdString());
    // The book first, so its first reformat runs in the mode the page was in (threaded).
    if (const auto it = items.find("pages"); it != items.end()) {
        bool ok = false;
        const int pages = QString::fromStdString(it->second).toInt(&ok);
        if (ok) {
            m_pages->setValue(pages);
            loadBook(m_pages->value());
        }
    }
    if (const auto it = items.find("mode"); it != items.end()) {
        const bool single = it->second == "single";
        m_single->setChecked(single);
        m_browser->setSingleThread(single);
    }
    if (const auto it = items.find("tab"); it != items.end())
        m_tabs->setCurrentIndex(it->second == "browser" ? 1 : 0);
}

void WordProcessorPage::startShowcase()
{
    if (m_tabs->currentIndex() == 1) {
        m_browser->load();
        return;
    }
    if (!m_loaded)
        loadBook(m_pages->value());
    deleteFirstSentence();
}

} // namespace ptlab::ui
