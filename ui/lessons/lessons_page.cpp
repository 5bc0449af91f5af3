#include "ui/lessons/lessons_page.h"

#include "core/util/preset.h"
#include "ui/exercises/exercise_panel.h"

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

QString LessonsPage::lessonNameOf(const QString& preset)
{
    QString name = preset.section(QLatin1Char(';'), 0, 0).trimmed();
    if (name.startsWith(QLatin1String("lesson=")))
        name = name.mid(7);
    return name;
}

void LessonsPage::applyPreset(const QString& preset)
{
    // "LESSON[;tab=exercises;exercise=NAME;seed=N;run=1]": the lesson, then optionally its Exercises tab.
    const qsizetype split = preset.indexOf(QLatin1Char(';'));
    const Preset options = split < 0 ? Preset {} : parsePreset(preset.mid(split + 1).toStdString());
    const int index = m_library.find(lessonNameOf(preset));
    if (index < 0 || !openLesson(m_library.items[static_cast<std::size_t>(index)].id)) {
        emit statusMessage(tr("There is no lesson “%1”.").arg(preset));
        return;
    }
    if (!m_exercises || options.empty())
        return;
    const auto option = [&options](const char* key) {
        const auto it = options.find(key);
        return it == options.end() ? QString() : QString::fromStdString(it->second);
    };
    if (option("tab") == QLatin1String("exercises") || options.count("run")) {
        for (int i = 1; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(m_exercises))
                m_tabs->setCurrentIndex(i);
    }
    if (!option("exercise").isEmpty())
        m_exercises->selectGenerator(option("exercise"));
    if (const int seed = option("seed").toInt(); seed > 0)
        m_exercises->setSeed(seed);
    if (!option("predict").isEmpty())
        m_exercises->setPrediction(option("predict").toDouble());
    if (option("run") == QLatin1String("1"))
        m_exercises->runAndReveal();
}

bool LessonsPage::triggerPrimaryAction()
{
    if (!m_demoButton->isVisibleTo(this))
        return false;
    m_demoButton->click();
    return true;
}

// ---- the lesson view ----

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

bool LessonsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, [this] { relayoutLesson(); }); // after QTextEdit took the new font
    if (watched == m_view && event->type() == QEvent::Resize) {
        m_settingScroll = true; // a figure that changes size moves the scroll bar; the reader did not
        fitFigures();
        m_settingScroll = false;
    }
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
