// LessonsPage: the lesson list, the summary, navigation, the demo link and search.
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

namespace ptlab::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

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

} // namespace ptlab::ui
