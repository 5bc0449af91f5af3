#pragma once

#include "ui/lessons/lesson_library.h"
#include "ui/lessons/lesson_progress.h"
#include "ui/shell/page.h"

#include <QList>
#include <QStringList>

#include <map>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace ptlab::ui {

class ExercisePanel;
class QuizWidget;

// The course: a lesson list with progress, the lesson rendered from Markdown, previous/next, search,
// the link to the lesson's live demo, the lesson's quizzes, and progress kept in QSettings.
class LessonsPage : public Page
{
    Q_OBJECT
public:
    explicit LessonsPage(AppContext& context, QWidget* parent = nullptr);
    ~LessonsPage() override;

    QString pageId() const override { return QStringLiteral("lessons"); }
    QString title() const override;
    // A lesson id: "process", or the file-name form "04-process" (as in `ptlab render lesson:04-process`).
    void applyPreset(const QString& preset) override;
    // The lesson a preset names ("04-process;tab=exercises" -> "04-process"), for LessonLibrary::find().
    static QString lessonNameOf(const QString& preset);
    bool triggerPrimaryAction() override; // opens the live demo of the current lesson

    // Where the lesson folders (en/, vi/) are read from; ":/lessons" unless a test points elsewhere.
    void setLessonRoot(const QString& root);

    QString language() const { return m_library.lang; }
    const LessonLibrary& library() const { return m_library; }
    QStringList lessonIds() const;
    QString currentLessonId() const { return m_currentId; }
    bool openLesson(const QString& lessonId, double scrollRatio = 0.0); // false when the id is unknown
    bool nextLesson();
    bool previousLesson();
    // The message shown instead of the current lesson when it could not be loaded; empty otherwise.
    QString lessonError() const { return m_errorText; }

    double scrollRatio() const; // 0 at the top, 1 at the bottom of the lesson text
    void setScrollRatio(double ratio);

    void setSearchText(const QString& text);
    QStringList searchResultIds() const;
    bool openSearchResult(int row);

    // The demo link of the current lesson: the button when the page exists in this window, otherwise
    // the label saying where the demo will appear later.
    QString demoPageId() const;
    QString demoPreset() const;
    QPushButton* demoButton() const { return m_demoButton; }
    QLabel* demoLaterLabel() const { return m_demoLater; }

    QTextBrowser* lessonView() const { return m_view; }
    QTabWidget* tabs() const { return m_tabs; }
    QList<QuizWidget*> quizWidgets() const { return m_quizWidgets; }
    // The Exercises tab, when the lesson's demo page has exercises; null otherwise.
    ExercisePanel* exercisePanel() const { return m_exercises; }
    QListWidget* lessonList() const { return m_list; }
    QLabel* progressSummary() const { return m_summary; }
    LessonProgress& progress() { return m_progress; }
    // Asks first when `confirm` holds; true when the progress was cleared.
    bool resetProgress(bool confirm = true);

protected:
    void retranslate() override;
    void zoomChanged(double zoom) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload(const QString& lang);
    void showCurrent(double scrollRatio);
    void showMessage(const QString& heading, const QString& text);
    void rebuildQuizzes(const LessonItem* item);
    void shuffleQuiz(QuizWidget* quiz, bool keepOrder);
    void refreshList();
    void refreshSummary();
    void refreshDemoLink();
    void refreshNavigation();
    void refreshQuizTabs();
    void runSearch();
    void applyPendingScroll();
    void styleDocument();
    void fitFigures();
    QString figurePath(const QString& name) const;
    void relayoutLesson();
    void updateIconSizes();
    void markCurrentRead();
    QString demoTitle(const QString& pageId) const;
    QString messageFor(const LessonItem* item) const;
    const LessonItem* currentItem() const;

    LessonLibrary m_library;
    LessonProgress m_progress;
    QString m_root = QStringLiteral(":/lessons");
    QString m_currentId;
    QString m_errorText;
    double m_pendingScroll = -1; // a relative position to restore while the layout settles
    bool m_settingScroll = false;
    bool m_updatingList = false;

    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchStatus = nullptr;
    QStackedWidget* m_leftStack = nullptr;
    QListWidget* m_list = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_position = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_view = nullptr;
    QList<QuizWidget*> m_quizWidgets;
    // Shown order of each question's options (original indices), per quiz id of the lesson named first:
    // new on every attempt, kept when the quizzes are only rebuilt for a language switch.
    QString m_optionOrderLesson;
    std::map<QString, std::vector<std::vector<int>>> m_optionOrders;
    QLabel* m_quizError = nullptr;
    ExercisePanel* m_exercises = nullptr; // inside a scroll area, the last tab
    QString m_exercisesLesson; // the lesson it was made for: a language switch keeps it (and its run)
    QPushButton* m_demoButton = nullptr;
    QLabel* m_demoLater = nullptr;
};

} // namespace ptlab::ui
