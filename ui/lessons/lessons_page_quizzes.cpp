// LessonsPage: the open lesson's quizzes and the progress reset.
#include "ui/lessons/lessons_page.h"

#include "core/exercises/exercise.h"
#include "core/lessons/search.h"
#include "ui/exercises/exercise_panel.h"
#include "ui/exercises/exercise_texts.h"
#include "ui/lessons/quiz_widget.h"
#include "ui/shell/app_context.h"
#include "ui/shell/page_registry.h"
#include "ui/widgets/error_text.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
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
#include <algorithm>
#include <map>
#include <numeric>

namespace ptlab::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// Moves the rows of one question so that its options appear in `order` (order[k] = the original index of
// the option shown k-th). Only the rows move: the radio buttons keep their original ids, so answers(),
// optionButton(q, o) and scoreQuiz() keep working with the file's indices and need no mapping back.
void showOptionsInOrder(QuizWidget* quiz, int question, const std::vector<int>& order)
{
    QRadioButton* first = quiz->optionButton(question, 0);
    auto* grid = first && first->parentWidget() ? qobject_cast<QGridLayout*>(first->parentWidget()->layout()) : nullptr;
    if (!grid)
        return;
    struct Row
    {
        QRadioButton* radio = nullptr;
        QWidget* label = nullptr;
        Qt::Alignment radioAlignment;
        Qt::Alignment labelAlignment;
    };
    std::vector<Row> rows(order.size());
    std::vector<int> rowNumbers;
    for (std::size_t o = 0; o < order.size(); ++o) {
        Row& row = rows[o];
        row.radio = quiz->optionButton(question, static_cast<int>(o));
        const int index = row.radio ? grid->indexOf(row.radio) : -1;
        if (index < 0)
            return;
        int r = 0, c = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(index, &r, &c, &rowSpan, &columnSpan);
        row.radioAlignment = grid->itemAt(index)->alignment();
        if (QLayoutItem* labelItem = grid->itemAtPosition(r, c + 1)) {
            row.label = labelItem->widget();
            row.labelAlignment = labelItem->alignment();
        }
        rowNumbers.push_back(r);
    }
    std::sort(rowNumbers.begin(), rowNumbers.end());
    for (const Row& row : rows) {
        grid->removeWidget(row.radio);
        if (row.label)
            grid->removeWidget(row.label);
    }
    QWidget* previous = nullptr;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Row& row = rows[static_cast<std::size_t>(order[k])];
        grid->addWidget(row.radio, rowNumbers[k], 0, row.radioAlignment);
        if (row.label)
            grid->addWidget(row.label, rowNumbers[k], 1, row.labelAlignment);
        if (previous)
            QWidget::setTabOrder(previous, row.radio); // Tab and the arrow keys follow what is seen
        previous = row.radio;
    }
}

} // namespace

// A new random order for every question, unless `keepOrder` and an order for this quiz is known (the quiz
// is only being rebuilt in another language, mid-attempt).
void LessonsPage::shuffleQuiz(QuizWidget* quiz, bool keepOrder)
{
    auto& orders = m_optionOrders[qs(quiz->quiz().id)];
    const auto& questions = quiz->quiz().questions;
    bool known = keepOrder && orders.size() == questions.size();
    for (std::size_t q = 0; known && q < questions.size(); ++q)
        known = orders[q].size() == questions[q].options.size();
    if (!known) {
        orders.assign(questions.size(), {});
        for (std::size_t q = 0; q < questions.size(); ++q) {
            orders[q].resize(questions[q].options.size());
            std::iota(orders[q].begin(), orders[q].end(), 0);
            std::shuffle(orders[q].begin(), orders[q].end(), *QRandomGenerator::global());
        }
    }
    for (std::size_t q = 0; q < orders.size(); ++q)
        showOptionsInOrder(quiz, static_cast<int>(q), orders[q]);
}

void LessonsPage::rebuildQuizzes(const LessonItem* item)
{
    // The same lesson again (a language switch) keeps its Exercises tab, with its question and any run.
    QWidget* keptExercises = nullptr;
    if (m_exercises && item && item->id == m_exercisesLesson) {
        keptExercises = m_exercises->parentWidget() ? m_exercises->parentWidget()->parentWidget() : nullptr;
        if (const int index = keptExercises ? m_tabs->indexOf(keptExercises) : -1; index > 0)
            m_tabs->removeTab(index);
        else
            keptExercises = nullptr;
    }
    if (!keptExercises) {
        m_exercises = nullptr;
        m_exercisesLesson.clear();
    }
    while (m_tabs->count() > 1) {
        QWidget* w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete w;
    }
    m_quizWidgets.clear();
    m_quizError = nullptr;
    if (!item || !item->entry) {
        delete keptExercises;
        m_exercises = nullptr;
        m_exercisesLesson.clear();
        return;
    }
    const QString lessonId = item->id;
    // Opening a lesson starts its quizzes afresh; rebuilding the same lesson (a language switch) keeps
    // the order the student is looking at.
    const bool sameLesson = lessonId == m_optionOrderLesson;
    if (!sameLesson) {
        m_optionOrders.clear();
        m_optionOrderLesson = lessonId;
    }
    for (const auto& quiz : item->entry->quizzes) {
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto* widget = new QuizWidget(quiz, scroll);
        scroll->setWidget(widget);
        m_tabs->addTab(scroll, QString());
        m_quizWidgets << widget;
        shuffleQuiz(widget, sameLesson);
        // Runs after the widget's own handler has cleared the answers: every new attempt, a new order.
        connect(widget->retryButton(), &QPushButton::clicked, this, [this, widget] {
            shuffleQuiz(widget, false);
            const auto& orders = m_optionOrders[qs(widget->quiz().id)];
            if (!orders.empty() && !orders.front().empty())
                if (QRadioButton* first = widget->optionButton(0, orders.front().front()))
                    first->setFocus(); // the first answer on screen, as the widget's own retry intends
        });
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
    const std::string demo = item->entry->lesson.demo;
    if (keptExercises) {
        m_tabs->addTab(keptExercises, QString());
    } else if (!demo.empty() && !exercises::generatorsForPage(demo).empty()) {
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_exercises = new ExercisePanel(qs(demo), scroll);
        scroll->setWidget(m_exercises);
        m_exercisesLesson = lessonId;
        m_tabs->addTab(scroll, QString());
        connect(m_exercises, &ExercisePanel::answered, this,
            [this] { emit statusMessage(ExerciseTexts::answeredStatus()); });
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
    if (m_exercises) {
        QWidget* tab = m_exercises->parentWidget() ? m_exercises->parentWidget()->parentWidget() : nullptr;
        if (const int index = tab ? m_tabs->indexOf(tab) : -1; index > 0) {
            m_tabs->setTabText(index, ExerciseTexts::tabTitle());
            m_tabs->setTabToolTip(index, ExerciseTexts::tabToolTip());
        }
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
