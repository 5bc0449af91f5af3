// LessonsPage: the open lesson's quizzes and the progress reset.
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

} // namespace ptlab::ui
