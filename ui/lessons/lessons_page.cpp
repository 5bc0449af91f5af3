#include "ui/lessons/lessons_page.h"

#include "core/lessons/search.h"
#include "ui/lessons/quiz_widget.h"
#include "ui/shell/app_context.h"
#include "ui/shell/page_registry.h"
#include "ui/widgets/error_text.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <map>

// The lessons live in ptlab.qrc, compiled into the static ui library: referencing its initialiser
// keeps the linker from dropping it (Q_INIT_RESOURCE cannot be used inside a namespace).
static void initLessonResources()
{
    Q_INIT_RESOURCE(ptlab);
}

namespace ptlab::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

LessonsPage::LessonsPage(AppContext& context, QWidget* parent) : Page(context, parent)
{
    initLessonResources();
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_splitter);

    // Left: search, the lesson list (or the search hits), overall progress.
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("lessonSearch"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_searchStatus = new QLabel(left);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    m_searchStatus->setWordWrap(true);
    m_searchStatus->hide();
    leftLayout->addWidget(m_searchStatus);
    m_leftStack = new QStackedWidget(left);
    m_list = new QListWidget(m_leftStack);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results = new QListWidget(m_leftStack);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideNone);
    m_results->setSpacing(2);
    m_results->setAlternatingRowColors(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_leftStack->addWidget(m_list);
    m_leftStack->addWidget(m_results);
    leftLayout->addWidget(m_leftStack, 1);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    leftLayout->addWidget(m_summary);
    m_reset = new QPushButton(left);
    m_reset->setObjectName(QStringLiteral("resetProgress"));
    leftLayout->addWidget(m_reset);

    // Right: previous / position / next, the lesson and its quizzes in tabs, the demo link.
    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* nav = new QHBoxLayout;
    m_previous = new QPushButton(right);
    m_previous->setObjectName(QStringLiteral("previousLesson"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next = new QPushButton(right);
    m_next->setObjectName(QStringLiteral("nextLesson"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setLayoutDirection(Qt::RightToLeft); // the arrow after the text
    m_position = new QLabel(right);
    m_position->setObjectName(QStringLiteral("lessonPosition"));
    m_position->setAlignment(Qt::AlignCenter);
    nav->addWidget(m_previous);
    nav->addWidget(m_position, 1);
    nav->addWidget(m_next);
    rightLayout->addLayout(nav);

    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("lessonTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_view = new QTextBrowser(m_tabs);
    m_view->setObjectName(QStringLiteral("lessonView"));
    m_view->setOpenLinks(false);
    m_view->document()->setDocumentMargin(12);
    m_view->installEventFilter(this);
    m_tabs->addTab(m_view, QString());
    rightLayout->addWidget(m_tabs, 1);

    auto* demoRow = new QHBoxLayout;
    m_demoButton = new QPushButton(right);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_demoLater = new QLabel(right);
    m_demoLater->setObjectName(QStringLiteral("demoLaterLabel"));
    m_demoLater->setWordWrap(true);
    m_demoButton->hide();
    m_demoLater->hide();
    demoRow->addWidget(m_demoButton);
    demoRow->addWidget(m_demoLater, 1);
    demoRow->addStretch(0);
    rightLayout->addLayout(demoRow);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setCollapsible(0, true); // a presenter can drag the list away to give the lesson the room
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 300, 900 });

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updatingList || row < 0)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (id != m_currentId)
            openLesson(id);
    });
    connect(m_results, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { openSearchResult(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { openSearchResult(m_results->row(item)); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { runSearch(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { openSearchResult(0); });
    connect(m_reset, &QPushButton::clicked, this, [this] { resetProgress(true); });
    connect(m_previous, &QPushButton::clicked, this, [this] { previousLesson(); });
    connect(m_next, &QPushButton::clicked, this, [this] { nextLesson(); });
    connect(m_demoButton, &QPushButton::clicked, this, [this] {
        if (!demoPageId().isEmpty())
            emit openPageRequested(demoPageId(), demoPreset());
    });
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        else if (!url.fragment().isEmpty())
            m_view->scrollToAnchor(url.fragment());
    });
    auto* bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this] { applyPendingScroll(); });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (m_settingScroll)
            return;
        m_pendingScroll = -1; // the reader scrolled: stop restoring
        if (bar->maximum() > 0 && value >= bar->maximum())
            markCurrentRead();
    });
    connect(&context, &AppContext::languageChanged, this, [this](const QString& lang) { reload(lang); });

    auto* next = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { nextLesson(); });
    auto* previous = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { previousLesson(); });
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    reload(context.language());
    retranslate();
    updateIconSizes();
}

LessonsPage::~LessonsPage() = default;

QString LessonsPage::title() const
{
    return tr("Lessons");
}

void LessonsPage::setLessonRoot(const QString& root)
{
    m_root = root;
    reload(m_library.lang);
}

QStringList LessonsPage::lessonIds() const
{
    QStringList ids;
    for (const auto& item : m_library.items)
        ids << item.id;
    return ids;
}

const LessonItem* LessonsPage::currentItem() const
{
    const int index = m_library.indexOf(m_currentId);
    return index < 0 ? nullptr : &m_library.items[static_cast<std::size_t>(index)];
}

void LessonsPage::reload(const QString& language)
{
    const QString lang = language == QLatin1String("vi") ? QStringLiteral("vi") : QStringLiteral("en");
    const double ratio = m_currentId.isEmpty() ? 0.0 : scrollRatio();
    const int tab = m_tabs->currentIndex();
    std::map<QString, std::pair<std::vector<int>, bool>> answers; // quiz id -> answers, checked
    for (auto* quiz : m_quizWidgets)
        answers[qs(quiz->quiz().id)] = { quiz->answers(), quiz->isChecked() };

    m_library = loadLessonLibrary(m_root, lang);
    if (m_currentId.isEmpty()) {
        const QString last = m_progress.lastLesson();
        m_currentId = m_library.indexOf(last) >= 0 ? last
            : m_library.items.empty()              ? QString()
                                                   : m_library.items.front().id;
    }
    refreshList();
    refreshSummary();
    runSearch();
    showCurrent(ratio);
    for (auto* quiz : m_quizWidgets) {
        const auto it = answers.find(qs(quiz->quiz().id));
        if (it == answers.end())
            continue;
        quiz->setAnswers(it->second.first);
        if (it->second.second)
            quiz->check(false);
    }
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

bool LessonsPage::openLesson(const QString& lessonId, double scrollRatio)
{
    if (m_library.indexOf(lessonId) < 0)
        return false;
    m_currentId = lessonId;
    showCurrent(scrollRatio);
    m_tabs->setCurrentIndex(0);
    return true;
}

bool LessonsPage::nextLesson()
{
    const int index = m_library.indexOf(m_currentId);
    if (index < 0 || index + 1 >= static_cast<int>(m_library.items.size()))
        return false;
    markCurrentRead(); // going on counts as having read it
    return openLesson(m_library.items[static_cast<std::size_t>(index) + 1].id);
}

bool LessonsPage::previousLesson()
{
    const int index = m_library.indexOf(m_currentId);
    if (index <= 0)
        return false;
    return openLesson(m_library.items[static_cast<std::size_t>(index) - 1].id);
}

void LessonsPage::applyPreset(const QString& preset)
{
    QString id = preset.trimmed();
    if (id.startsWith(QLatin1String("lesson=")))
        id = id.mid(7);
    if (m_library.indexOf(id) < 0) {
        // "04-process" (the file name form) or "4".
        int digits = 0;
        while (digits < id.size() && id.at(digits).isDigit())
            ++digits;
        const int number = id.left(digits).toInt();
        if (digits > 0 && digits < id.size() && id.at(digits) == QLatin1Char('-'))
            id = id.mid(digits + 1);
        else if (digits > 0 && digits == id.size()) {
            for (const auto& item : m_library.items) {
                if (item.number == number)
                    id = item.id;
            }
        }
    }
    if (!openLesson(id))
        emit statusMessage(tr("There is no lesson “%1”.").arg(preset));
}

bool LessonsPage::triggerPrimaryAction()
{
    if (!m_demoButton->isVisibleTo(this))
        return false;
    m_demoButton->click();
    return true;
}

// ---- the lesson view ----

void LessonsPage::showCurrent(double scrollRatio)
{
    const LessonItem* item = currentItem();
    m_errorText = messageFor(item);
    m_pendingScroll = -1;
    m_settingScroll = true; // replacing the text moves the scroll bar; that is not the reader scrolling
    m_view->verticalScrollBar()->setValue(0);
    if (!m_errorText.isEmpty()) {
        const QString heading = item ? tr("This lesson cannot be shown") : tr("No lesson to show");
        m_view->setHtml(QStringLiteral("<h2>") + heading.toHtmlEscaped() + QStringLiteral("</h2><p>")
            + m_errorText.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("</p><p>"))
            + QStringLiteral("</p>"));
    } else {
        m_view->setSearchPaths({ m_root + QLatin1Char('/') + m_library.lang });
        m_view->document()->setDefaultFont(m_view->font());
        m_view->setMarkdown(qs(item->entry->lesson.body));
        styleDocument();
    }
    m_settingScroll = false;
    if (item && item->entry)
        m_progress.setLastLesson(item->id);

    rebuildQuizzes(item);
    m_updatingList = true;
    const int index = m_library.indexOf(m_currentId);
    m_list->setCurrentRow(index);
    if (QListWidgetItem* row = m_list->currentItem())
        m_list->scrollToItem(row);
    m_updatingList = false;
    refreshNavigation();
    refreshDemoLink();
    setScrollRatio(scrollRatio);
}

QString LessonsPage::messageFor(const LessonItem* item) const
{
    if (m_library.folderError)
        return tr("No lessons were found for this language (%1). The installation may be incomplete.")
                   .arg(m_library.lang)
            + QLatin1Char('\n') + ErrorText::describe(*m_library.folderError);
    if (!item) {
        if (m_currentId.isEmpty())
            return tr("Choose a lesson from the list.");
        return tr("The lesson “%1” has no file in this language (%2). Choose another lesson from the list, or "
                  "switch the language back.")
            .arg(m_currentId, m_library.lang);
    }
    if (!item->entry)
        return tr("The lesson file %1 is damaged, so this lesson cannot be shown. The other lessons are not "
                  "affected.")
                   .arg(item->fileName)
            + QLatin1Char('\n') + ErrorText::describe(item->lessonError.value_or(Error {}));
    return {};
}

void LessonsPage::styleDocument()
{
    QTextDocument* doc = m_view->document();
    const QColor border = palette().color(QPalette::Mid);
    const QColor codeBackground = palette().color(QPalette::AlternateBase);
    for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(border);
            format.setBorderCollapse(true);
            format.setCellSpacing(0);
            format.setCellPadding(4);
            table->setFormat(format);
        }
    }
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage)) {
            format.setBackground(codeBackground);
            // Wrap long code lines at the view's width rather than scroll sideways (large zoom, narrow window).
            format.setNonBreakableLines(false);
            format.setLeftMargin(std::max(format.leftMargin(), 8.0));
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

double LessonsPage::scrollRatio() const
{
    if (m_pendingScroll >= 0)
        return m_pendingScroll;
    const auto* bar = m_view->verticalScrollBar();
    return bar->maximum() > 0 ? static_cast<double>(bar->value()) / bar->maximum() : 0.0;
}

void LessonsPage::setScrollRatio(double ratio)
{
    m_pendingScroll = std::clamp(ratio, 0.0, 1.0);
    applyPendingScroll();
}

void LessonsPage::applyPendingScroll()
{
    if (m_pendingScroll < 0)
        return;
    auto* bar = m_view->verticalScrollBar();
    m_settingScroll = true;
    bar->setValue(qRound(m_pendingScroll * bar->maximum()));
    m_settingScroll = false;
}

void LessonsPage::markCurrentRead()
{
    const LessonItem* item = currentItem();
    if (!item || !item->entry || m_progress.isRead(item->id))
        return;
    m_progress.markRead(item->id);
    refreshList();
    refreshSummary();
}

// ---- quizzes ----

void LessonsPage::rebuildQuizzes(const LessonItem* item)
{
    while (m_tabs->count() > 1) {
        QWidget* w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete w;
    }
    m_quizWidgets.clear();
    m_quizError = nullptr;
    if (!item || !item->entry)
        return;
    const QString lessonId = item->id;
    for (const auto& quiz : item->entry->quizzes) {
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto* widget = new QuizWidget(quiz, scroll);
        scroll->setWidget(widget);
        m_tabs->addTab(scroll, QString());
        m_quizWidgets << widget;
        const QString quizId = qs(quiz.id);
        connect(widget, &QuizWidget::checked, this, [this, lessonId, quizId](int correct, int total) {
            const bool best = m_progress.recordScore(lessonId, quizId, correct, total);
            if (lessonId == m_currentId)
                markCurrentRead();
            refreshList();
            refreshSummary();
            refreshQuizTabs();
            emit statusMessage(best ? tr("Quiz score %1 of %2: your best so far.").arg(correct).arg(total)
                                    : tr("Quiz score %1 of %2.").arg(correct).arg(total));
        });
    }
    if (item->quizError) {
        m_quizError = new QLabel(m_tabs);
        m_quizError->setObjectName(QStringLiteral("quizError"));
        m_quizError->setWordWrap(true);
        m_quizError->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_quizError->setMargin(12);
        m_tabs->addTab(m_quizError, QString());
    }
    refreshQuizTabs();
}

void LessonsPage::refreshQuizTabs()
{
    m_tabs->setTabText(0, tr("Lesson"));
    const LessonItem* item = currentItem();
    for (int i = 0; i < m_quizWidgets.size(); ++i) {
        const auto& quiz = m_quizWidgets[i]->quiz();
        QString text = i == 0 ? tr("Quiz") : qs(quiz.title);
        if (item) {
            if (const auto best = m_progress.bestScore(item->id, qs(quiz.id)))
                text += QStringLiteral(" (%1/%2)").arg(best->correct).arg(best->total);
        }
        m_tabs->setTabText(i + 1, text);
        m_tabs->setTabToolTip(i + 1, qs(quiz.title));
    }
    if (m_quizError && item && item->quizError) {
        m_tabs->setTabText(m_tabs->indexOf(m_quizError), tr("Quiz"));
        m_quizError->setText(tr("A quiz of this lesson is damaged and cannot be shown. The lesson itself is fine.")
            + QLatin1Char('\n') + ErrorText::describe(*item->quizError));
    }
}

// ---- list, progress, navigation, demo ----

void LessonsPage::refreshList()
{
    const bool rebuild = m_list->count() != static_cast<int>(m_library.items.size());
    m_updatingList = true;
    if (rebuild)
        m_list->clear();
    for (std::size_t i = 0; i < m_library.items.size(); ++i) {
        const auto& item = m_library.items[i];
        QString head = QStringLiteral("%1. ").arg(item.number);
        QStringList status;
        if (item.entry) {
            head += qs(item.entry->lesson.title);
            status << (m_progress.isRead(item.id) ? tr("✓ read") : tr("not read yet"));
            for (const auto& quiz : item.entry->quizzes) {
                if (const auto best = m_progress.bestScore(item.id, qs(quiz.id)))
                    status << tr("quiz %1/%2").arg(best->correct).arg(best->total);
            }
        } else {
            head += item.fileName;
            status << tr("⚠ cannot be shown");
        }
        QListWidgetItem* row = rebuild ? new QListWidgetItem(m_list) : m_list->item(static_cast<int>(i));
        row->setText(head + QLatin1Char('\n') + status.join(QStringLiteral(" · ")));
        row->setData(Qt::UserRole, item.id);
        row->setToolTip(item.entry ? qs(item.entry->lesson.summary) : item.fileName);
    }
    m_list->setCurrentRow(m_library.indexOf(m_currentId));
    m_updatingList = false;
}

void LessonsPage::refreshSummary()
{
    QStringList ids;
    int quizzes = 0, taken = 0;
    for (const auto& item : m_library.items) {
        if (!item.entry)
            continue;
        ids << item.id;
        for (const auto& quiz : item.entry->quizzes) {
            ++quizzes;
            taken += m_progress.bestScore(item.id, qs(quiz.id)) ? 1 : 0;
        }
    }
    m_summary->setText(tr("Lessons read: %1 of %2\nQuizzes taken: %3 of %4")
                           .arg(m_progress.readCount(ids))
                           .arg(ids.size())
                           .arg(taken)
                           .arg(quizzes));
}

void LessonsPage::refreshNavigation()
{
    const int index = m_library.indexOf(m_currentId);
    const int count = static_cast<int>(m_library.items.size());
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index >= 0 && index + 1 < count);
    m_position->setText(index >= 0 ? tr("Lesson %1 of %2").arg(index + 1).arg(count) : QString());
}

QString LessonsPage::demoPageId() const
{
    const LessonItem* item = currentItem();
    return item && item->entry ? qs(item->entry->lesson.demo) : QString();
}

QString LessonsPage::demoPreset() const
{
    const LessonItem* item = currentItem();
    return item && item->entry ? qs(item->entry->lesson.preset) : QString();
}

QString LessonsPage::demoTitle(const QString& id) const
{
    // The page's own title when it is in this window, so the link reads exactly like the sidebar.
    if (QWidget* top = window(); top && top != this) {
        for (Page* page : top->findChildren<Page*>()) {
            if (page != this && page->pageId() == id)
                return page->title();
        }
    }
    if (id == QLatin1String("states"))
        return tr("Process & thread states");
    if (id == QLatin1String("wordproc"))
        return tr("Word processor");
    if (id == QLatin1String("hardware"))
        return tr("Hardware");
    if (id == QLatin1String("compare"))
        return tr("Process vs thread");
    if (id == QLatin1String("apps"))
        return tr("Twelve workloads");
    if (id == QLatin1String("training"))
        return tr("Distributed training");
    if (id == QLatin1String("lessons"))
        return title();
    return id;
}

void LessonsPage::refreshDemoLink()
{
    const QString demo = demoPageId();
    if (demo.isEmpty() || demo == pageId()) {
        m_demoButton->hide();
        m_demoLater->hide();
        return;
    }
    const QString name = demoTitle(demo);
    if (pageIds().contains(demo)) {
        QString label = tr("Open the live demo: %1").arg(name);
        m_demoButton->setText(label.replace(QLatin1Char('&'), QStringLiteral("&&"))); // "&" is not a mnemonic
        m_demoButton->setToolTip(tr("Opens the page “%1” set up for this lesson (Ctrl+Enter)").arg(name));
        m_demoButton->show();
        m_demoLater->hide();
    } else {
        m_demoLater->setText(
            tr("Live demo: the page “%1” will show this lesson; it is not in this version of ptlab yet.").arg(name));
        m_demoLater->show();
        m_demoButton->hide();
    }
}

// ---- search ----

void LessonsPage::runSearch()
{
    const QString query = m_search->text().trimmed();
    m_results->clear();
    if (query.isEmpty()) {
        m_leftStack->setCurrentWidget(m_list);
        m_searchStatus->hide();
        return;
    }
    const auto hits = lessons::search(m_library.catalog, query.toStdString());
    for (const auto& hit : hits) {
        auto* row = new QListWidgetItem(m_results);
        const int index = m_library.indexOf(qs(hit.lessonId));
        const QString number = index >= 0
            ? QStringLiteral("%1. ").arg(m_library.items[static_cast<std::size_t>(index)].number)
            : QString();
        row->setText(number + qs(hit.title) + QLatin1Char('\n') + qs(hit.snippet));
        row->setData(Qt::UserRole, qs(hit.lessonId));
        row->setToolTip(qs(hit.snippet));
    }
    m_searchStatus->setText(hits.empty() ? tr("No lesson contains “%1”.").arg(query)
                                         : tr("Lessons that contain “%1”: %2").arg(query).arg(hits.size()));
    m_searchStatus->show();
    m_leftStack->setCurrentWidget(m_results);
}

void LessonsPage::setSearchText(const QString& text)
{
    m_search->setText(text);
}

QStringList LessonsPage::searchResultIds() const
{
    QStringList ids;
    for (int i = 0; i < m_results->count(); ++i)
        ids << m_results->item(i)->data(Qt::UserRole).toString();
    return ids;
}

bool LessonsPage::openSearchResult(int row)
{
    if (m_leftStack->currentWidget() != m_results || row < 0 || row >= m_results->count())
        return false;
    if (!openLesson(m_results->item(row)->data(Qt::UserRole).toString()))
        return false;
    // Show the first place the first word occurs (when it is written as typed).
    const QString word = m_search->text().simplified().section(QLatin1Char(' '), 0, 0);
    if (!word.isEmpty())
        m_view->find(word);
    return true;
}

// ---- progress ----

bool LessonsPage::resetProgress(bool confirm)
{
    if (confirm
        && QMessageBox::question(this, tr("Reset progress"),
               tr("Forget which lessons you have read and all your quiz scores? This cannot be undone."),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    m_progress.reset();
    refreshList();
    refreshSummary();
    refreshQuizTabs();
    emit statusMessage(tr("Progress reset: no lesson read, no quiz taken."));
    return true;
}

// ---- language, zoom, keys ----

void LessonsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search the lessons…"));
    m_search->setToolTip(tr("Words to find in the lessons of the current language (Ctrl+F). Typed without "
                            "diacritics, they also match words written with them."));
    m_reset->setText(tr("Reset progress…"));
    m_reset->setToolTip(tr("Forget which lessons were read and the quiz scores"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous lesson (Alt+Left)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next lesson (Alt+Right, or Page Down at the end of a lesson)"));
    m_list->setToolTip(QString());
    refreshList();
    refreshSummary();
    refreshNavigation();
    refreshDemoLink();
    refreshQuizTabs();
    runSearch();
    if (!m_errorText.isEmpty()) {
        const double ratio = scrollRatio();
        const int tab = m_tabs->currentIndex();
        showCurrent(ratio);
        m_tabs->setCurrentIndex(std::min(tab, m_tabs->count() - 1));
    }
}

void LessonsPage::zoomChanged(double zoom)
{
    Q_UNUSED(zoom);
    // AppContext::setZoom scaled the application font; the widgets receive it a moment later (FontChange,
    // handled in eventFilter). Set the document font now so that the text is never a step behind, and keep
    // the reader at the same relative place.
    const double ratio = scrollRatio();
    m_settingScroll = true;
    m_view->document()->setDefaultFont(QApplication::font(m_view));
    m_settingScroll = false;
    setScrollRatio(ratio);
}

void LessonsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refreshDemoLink(); // now in its window: name the demo page exactly as the sidebar does
}

void LessonsPage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateIconSizes();
}

void LessonsPage::updateIconSizes()
{
    // Icons are drawn at a fixed pixel size; keep them as tall as the (zoomed) text beside them.
    const int side = std::max(16, fontMetrics().height());
    for (QPushButton* button : { m_previous, m_next, m_demoButton })
        button->setIconSize(QSize(side, side));
    // A long demo title must not set the page's minimum width at a large zoom (its tooltip has it all).
    m_demoButton->setMinimumWidth(side * 6);
}

void LessonsPage::relayoutLesson()
{
    // Lay the lesson out again in the view's current font, at the same relative position.
    const LessonItem* item = currentItem();
    if (!item || !item->entry)
        return;
    const double ratio = scrollRatio();
    m_settingScroll = true;
    m_view->document()->setDefaultFont(m_view->font());
    m_view->setMarkdown(qs(item->entry->lesson.body));
    styleDocument();
    m_settingScroll = false;
    setScrollRatio(ratio);
}

bool LessonsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, [this] { relayoutLesson(); }); // after QTextEdit took the new font
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        const auto* bar = m_view->verticalScrollBar();
        if (mods == Qt::AltModifier && key->key() == Qt::Key_Right)
            return nextLesson() || true;
        if (mods == Qt::AltModifier && key->key() == Qt::Key_Left)
            return previousLesson() || true;
        // A presenter's clicker sends Page Down / Page Up: go on to the next lesson at the end of this one,
        // back to the end of the previous one at its top.
        if (mods == Qt::NoModifier && key->key() == Qt::Key_PageDown && bar->value() >= bar->maximum()) {
            nextLesson();
            return true;
        }
        if (mods == Qt::NoModifier && key->key() == Qt::Key_PageUp && bar->value() <= bar->minimum()) {
            const int index = m_library.indexOf(m_currentId);
            if (index > 0)
                openLesson(m_library.items[static_cast<std::size_t>(index) - 1].id, 1.0);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace ptlab::ui
