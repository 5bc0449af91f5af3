#include "ui/lessons/lesson_progress.h"
#include "ui/lessons/lessons_page.h"
#include "ui/lessons/quiz_widget.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page_registry.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <functional>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

namespace {

states::EngineConfig lessonTestConfig()
{
    states::EngineConfig c;
    c.workerPath = PTLAB_WORKER_PATH;
    return c;
}

bool hasHeading(const QTextDocument* doc, int level)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == level)
            return true;
    }
    return false;
}

// Presses `button` in the next message box that appears (the reset confirmation).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->button(button))
            box->button(button)->click();
        else if (QWidget* modal = QApplication::activeModalWidget())
            modal->close();
    });
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("lessons: every lesson and quiz loads from the resources in both languages", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(lessonTestConfig());
    QStringList idsEn;
    for (const char* lang : { "en", "vi" }) {
        context.setLanguage(QString::fromLatin1(lang));
        LessonsPage page(context);
        INFO("language " << lang);
        CHECK(page.language() == QString::fromLatin1(lang));
        const QStringList ids = page.lessonIds();
        REQUIRE(ids.size() >= 14);
        if (idsEn.isEmpty())
            idsEn = ids;
        else
            CHECK(ids == idsEn);
        for (const QString& id : ids) {
            INFO("lesson " << id.toStdString());
            REQUIRE(page.openLesson(id));
            CHECK(page.currentLessonId() == id);
            CHECK(page.lessonError().isEmpty());
            CHECK(page.lessonView()->toPlainText().size() > 500);
            CHECK(hasHeading(page.lessonView()->document(), 1));
            CHECK_FALSE(page.quizWidgets().isEmpty());
            // The lesson, its quizzes, and an Exercises tab when its demo page has exercises.
            CHECK(page.tabs()->count() == page.quizWidgets().size() + 1 + (page.exercisePanel() ? 1 : 0));
            for (auto* quiz : page.quizWidgets())
                CHECK(quiz->questionCount() >= 3);
        }
        // Tables and code blocks of the Markdown come through as rich text.
        REQUIRE(page.openLesson(QStringLiteral("compare")));
        CHECK(page.lessonView()->document()->rootFrame()->childFrames().size() > 0);
    }
    context.setLanguage(QStringLiteral("en"));
}

TEST_CASE("lessons: the page is first in the window and every demo link names a page or says later", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(lessonTestConfig());
    context.setLanguage(QStringLiteral("en"));
    REQUIRE(pageIds().value(0) == QStringLiteral("lessons"));

    LessonsPage page(context);
    QSignalSpy spy(&page, &Page::openPageRequested);
    const QStringList known = { QStringLiteral("states"), QStringLiteral("wordproc"), QStringLiteral("hardware"),
        QStringLiteral("compare"), QStringLiteral("apps"), QStringLiteral("training") };
    int buttons = 0;
    for (const QString& id : page.lessonIds()) {
        INFO("lesson " << id.toStdString());
        REQUIRE(page.openLesson(id));
        const QString demo = page.demoPageId();
        CHECK(known.contains(demo));
        if (pageIds().contains(demo)) {
            ++buttons;
            CHECK(page.demoButton()->isVisibleTo(&page));
            CHECK_FALSE(page.demoLaterLabel()->isVisibleTo(&page));
            CHECK(page.demoButton()->text().startsWith(QStringLiteral("Open the live demo: ")));
            spy.clear();
            page.demoButton()->click();
            REQUIRE(spy.size() == 1);
            CHECK(spy.at(0).at(0).toString() == demo);
            CHECK(spy.at(0).at(1).toString() == page.demoPreset());
        } else {
            CHECK_FALSE(page.demoButton()->isVisibleTo(&page));
            CHECK(page.demoLaterLabel()->isVisibleTo(&page));
            CHECK_FALSE(page.demoLaterLabel()->text().isEmpty());
        }
    }
    CHECK(buttons > 0); // the States page exists, and four lessons use it

    // In the window, the button carries the demo page's own title.
    MainWindow window(context);
    auto* inWindow = qobject_cast<LessonsPage*>(window.page(QStringLiteral("lessons")));
    REQUIRE(inWindow);
    REQUIRE(inWindow->openLesson(QStringLiteral("process")));
    CHECK(inWindow->demoButton()
              ->text()
              .replace(QStringLiteral("&&"), QStringLiteral("&"))
              .endsWith(window.page(QStringLiteral("states"))->title()));
}

TEST_CASE("lessons: a quiz is scored through the widget and the best score is kept", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(lessonTestConfig());
    context.setLanguage(QStringLiteral("en"));
    LessonsPage page(context);
    page.resize(1000, 1400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.openLesson(QStringLiteral("process")));
    REQUIRE_FALSE(page.quizWidgets().isEmpty());
    page.tabs()->setCurrentIndex(1); // the quiz tab, so that the clicks land on visible buttons
    QuizWidget* quiz = page.quizWidgets().front();
    const int n = quiz->questionCount();
    REQUIRE(n >= 3);
    QSignalSpy spy(quiz, &QuizWidget::checked);

    // All right but the last; the last is left unanswered first.
    for (int q = 0; q + 1 < n; ++q) {
        const int correct = quiz->quiz().questions[static_cast<std::size_t>(q)].correctIndex();
        QTest::mouseClick(quiz->optionButton(q, correct), Qt::LeftButton);
    }
    CHECK(quiz->answers().back() == -1);
    quiz->checkButton()->click();
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toInt() == n - 1);
    CHECK(spy.at(0).at(1).toInt() == n);
    CHECK(quiz->isChecked());
    CHECK(quiz->scoreLabel()->text().toStdString()
        == QStringLiteral("Score: %1 of %2 correct").arg(n - 1).arg(n).toStdString());
    for (int q = 0; q < n; ++q)
        CHECK(quiz->feedbackLabel(q)->isVisibleTo(quiz));
    CHECK(quiz->feedbackLabel(n - 1)->text().contains(QStringLiteral("Correct answer:")));
    CHECK_FALSE(quiz->optionButton(0, 0)->isEnabled());
    auto best = page.progress().bestScore(QStringLiteral("process"), QStringLiteral("process"));
    REQUIRE(best);
    CHECK(best->correct == n - 1);
    CHECK(best->total == n);
    CHECK(page.progress().isRead(QStringLiteral("process")));
    CHECK(page.lessonList()->currentItem()->text().contains(QStringLiteral("quiz %1/%2").arg(n - 1).arg(n)));

    // Try again with a wrong first answer: worse, so the best score stays.
    quiz->retryButton()->click();
    CHECK_FALSE(quiz->isChecked());
    CHECK(quiz->answers() == std::vector<int>(static_cast<std::size_t>(n), -1));
    const auto& first = quiz->quiz().questions.front();
    const int wrong = first.correctIndex() == 0 ? 1 : 0;
    quiz->optionButton(0, wrong)->click();
    quiz->checkButton()->click();
    REQUIRE(spy.size() == 2);
    CHECK(spy.at(1).at(0).toInt() == 0);
    CHECK(quiz->feedbackLabel(0)->text().contains(QStringLiteral("Not quite")));
    best = page.progress().bestScore(QStringLiteral("process"), QStringLiteral("process"));
    REQUIRE(best);
    CHECK(best->correct == n - 1);

    // The core's scoring agrees with the widget's.
    CHECK(quiz->score().correct == lessons::scoreQuiz(quiz->quiz(), quiz->answers()).correct);
}

TEST_CASE("lessons: progress persists across page instances and reset clears it", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(lessonTestConfig());
    context.setLanguage(QStringLiteral("en"));
    {
        LessonsPage page(context);
        REQUIRE(page.openLesson(QStringLiteral("thread")));
        REQUIRE(page.nextLesson()); // going on marks "thread" read
        QuizWidget* quiz = page.quizWidgets().front();
        for (int q = 0; q < quiz->questionCount(); ++q)
            quiz->optionButton(q, quiz->quiz().questions[static_cast<std::size_t>(q)].correctIndex())->click();
        quiz->checkButton()->click();
    }
    LessonsPage page(context);
    const QString second = page.lessonIds().value(page.lessonIds().indexOf(QStringLiteral("thread")) + 1);
    CHECK(page.currentLessonId() == second); // the last lesson opened
    CHECK(page.progress().isRead(QStringLiteral("thread")));
    CHECK(page.progress().isRead(second));
    CHECK_FALSE(page.progress().isRead(QStringLiteral("process")));
    const auto best = page.progress().bestScore(second, second);
    REQUIRE(best);
    CHECK(best->correct == best->total);
    CHECK(page.progressSummary()->text().contains(QStringLiteral("Lessons read: 2 of")));
    CHECK(page.progressSummary()->text().contains(QStringLiteral("Quizzes taken: 1 of")));

    auto* reset = page.findChild<QPushButton*>(QStringLiteral("resetProgress"));
    REQUIRE(reset);
    answerNextMessageBox(QMessageBox::No);
    reset->click();
    CHECK(page.progress().isRead(QStringLiteral("thread")));
    answerNextMessageBox(QMessageBox::Yes);
    reset->click();
    CHECK_FALSE(page.progress().isRead(QStringLiteral("thread")));
    CHECK_FALSE(page.progress().bestScore(second, second));
    CHECK(page.progressSummary()->text().contains(QStringLiteral("Lessons read: 0 of")));
    LessonsPage fresh(context);
    CHECK_FALSE(fresh.progress().isRead(second));
}

TEST_CASE("lessons: switching the language keeps the lesson and its scroll position", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(lessonTestConfig());
    context.setLanguage(QStringLiteral("en"));
    LessonsPage page(context);
    page.resize(1000, 600);
    page.show();
    REQUIRE(page.openLesson(QStringLiteral("process")));
    const QString english = page.lessonView()->toPlainText();
    auto* bar = page.lessonView()->verticalScrollBar();
    REQUIRE(waitUntil([bar] { return bar->maximum() > 0; }));
    page.setScrollRatio(0.5);
    REQUIRE(waitUntil([bar] { return std::abs(bar->value() - bar->maximum() / 2) <= 2; }));

    context.setLanguage(QStringLiteral("vi"));
    CHECK(page.language() == QStringLiteral("vi"));
    CHECK(page.currentLessonId() == QStringLiteral("process"));
    CHECK(page.lessonView()->toPlainText() != english);
    CHECK(page.lessonError().isEmpty());
    CHECK(waitUntil([bar] { return bar->maximum() > 0 && std::abs(bar->value() - bar->maximum() / 2) <= 2; }));
    CHECK(std::abs(page.scrollRatio() - 0.5) < 0.02);

    // The user scrolls; the position of the other language follows the new one.
    bar->setValue(bar->maximum() / 4);
    context.setLanguage(QStringLiteral("en"));
    CHECK(page.currentLessonId() == QStringLiteral("process"));
    CHECK(page.lessonView()->toPlainText() == english);
    CHECK(waitUntil([bar] { return bar->maximum() > 0 && std::abs(bar->value() - bar->maximum() / 4) <= 2; }));
}

TEST_CASE("lessons: next, previous, keys, presets and search", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(lessonTestConfig());
    context.setLanguage(QStringLiteral("en"));
    LessonsPage page(context);
    page.resize(1000, 600);
    page.show();
    const QStringList ids = page.lessonIds();
    REQUIRE(page.openLesson(ids.at(0)));
    auto* next = page.findChild<QPushButton*>(QStringLiteral("nextLesson"));
    auto* previous = page.findChild<QPushButton*>(QStringLiteral("previousLesson"));
    REQUIRE(next);
    REQUIRE(previous);
    CHECK_FALSE(previous->isEnabled());
    next->click();
    CHECK(page.currentLessonId() == ids.at(1));
    QTest::keyClick(page.lessonView(), Qt::Key_Right, Qt::AltModifier);
    CHECK(page.currentLessonId() == ids.at(2));
    QTest::keyClick(page.lessonView(), Qt::Key_Left, Qt::AltModifier);
    CHECK(page.currentLessonId() == ids.at(1));
    // Page Down at the end of a lesson goes on to the next one.
    auto* bar = page.lessonView()->verticalScrollBar();
    REQUIRE(waitUntil([bar] { return bar->maximum() > 0; }));
    bar->setValue(bar->maximum());
    QTest::keyClick(page.lessonView(), Qt::Key_PageDown);
    CHECK(page.currentLessonId() == ids.at(2));
    REQUIRE(page.openLesson(ids.last()));
    CHECK_FALSE(next->isEnabled());
    CHECK_FALSE(page.nextLesson());

    page.applyPreset(QStringLiteral("04-process"));
    CHECK(page.currentLessonId() == QStringLiteral("process"));
    page.applyPreset(QStringLiteral("thread"));
    CHECK(page.currentLessonId() == QStringLiteral("thread"));
    page.applyPreset(QStringLiteral("no-such-lesson"));
    CHECK(page.currentLessonId() == QStringLiteral("thread"));

    page.setSearchText(QStringLiteral("zombie"));
    const QStringList hits = page.searchResultIds();
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.contains(QStringLiteral("process")));
    REQUIRE(page.openSearchResult(0));
    CHECK(page.currentLessonId() == hits.at(0));
    page.setSearchText(QStringLiteral("qqzzxxnothing"));
    CHECK(page.searchResultIds().isEmpty());
    CHECK(page.findChild<QLabel*>(QStringLiteral("searchStatus"))->isVisibleTo(&page));

    // Search follows the language, and a query without diacritics finds Vietnamese text.
    context.setLanguage(QStringLiteral("vi"));
    page.setSearchText(QStringLiteral("tien trinh"));
    CHECK_FALSE(page.searchResultIds().isEmpty());
    page.setSearchText(QString());
    CHECK(page.searchResultIds().isEmpty());
    context.setLanguage(QStringLiteral("en"));
}

TEST_CASE("lessons: a damaged or missing lesson file shows a message, never a crash", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(lessonTestConfig());
    context.setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString src = QStringLiteral(PTLAB_RESOURCES_DIR "/lessons/en/");
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("en"))));
    const QString en = dir.filePath(QStringLiteral("en/"));
    for (const char* name : { "04-process.md", "04-process.quiz.md", "05-thread.md" })
        REQUIRE(writeFile(en + QLatin1String(name), readFile(src + QLatin1String(name))));
    // A lesson without its front matter, and a quiz question with no correct answer.
    REQUIRE(writeFile(en + QStringLiteral("06-broken.md"), "# No front matter here\n\nText.\n"));
    REQUIRE(writeFile(en + QStringLiteral("05-thread.quiz.md"),
        "---\nlesson: thread\ntitle: Broken\n---\n\n## Q: Which?\n- [ ] a — no\n- [ ] b — no\n"));

    LessonsPage page(context);
    page.setLessonRoot(dir.path());
    CHECK(page.lessonIds()
        == QStringList({ QStringLiteral("process"), QStringLiteral("thread"), QStringLiteral("broken") }));
    REQUIRE(page.openLesson(QStringLiteral("process")));
    CHECK(page.lessonError().isEmpty());
    CHECK(page.quizWidgets().size() == 1);

    REQUIRE(page.openLesson(QStringLiteral("broken")));
    CHECK_FALSE(page.lessonError().isEmpty());
    CHECK(page.lessonError().contains(QStringLiteral("en/06-broken.md")));
    CHECK(page.lessonView()->toPlainText().contains(QStringLiteral("cannot be shown")));
    CHECK_FALSE(page.demoButton()->isVisibleTo(&page));
    CHECK_FALSE(page.demoLaterLabel()->isVisibleTo(&page));

    REQUIRE(page.openLesson(QStringLiteral("thread")));
    CHECK(page.lessonError().isEmpty());
    CHECK(page.quizWidgets().isEmpty());
    auto* quizError = page.findChild<QLabel*>(QStringLiteral("quizError"));
    REQUIRE(quizError);
    CHECK(quizError->text().contains(QStringLiteral("05-thread.quiz.md")));

    // The other language has no folder at all here: a message, and the lesson id is kept.
    context.setLanguage(QStringLiteral("vi"));
    CHECK(page.currentLessonId() == QStringLiteral("thread"));
    CHECK_FALSE(page.lessonError().isEmpty());
    CHECK_FALSE(page.lessonView()->toPlainText().trimmed().isEmpty());
    CHECK(page.lessonIds().isEmpty());
    CHECK_FALSE(page.nextLesson());
    context.setLanguage(QStringLiteral("en"));
    CHECK(page.lessonError().isEmpty());
    CHECK(page.currentLessonId() == QStringLiteral("thread"));
}

TEST_CASE("lessons: a lesson renders to a non-empty image, larger type with the zoom", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(lessonTestConfig());
    context.setLanguage(QStringLiteral("en"));
    LessonsPage page(context);
    page.resize(1000, 700);
    page.show();
    REQUIRE(page.openLesson(QStringLiteral("process")));
    QTest::qWait(50);
    const QImage image = page.grab().toImage();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1000);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 10);

    const qreal before = page.lessonView()->document()->defaultFont().pointSizeF();
    auto* bar = page.lessonView()->verticalScrollBar();
    REQUIRE(waitUntil([bar] { return bar->maximum() > 0; }));
    bar->setValue(bar->maximum() / 3);
    context.setZoom(2.0);
    CHECK(page.lessonView()->document()->defaultFont().pointSizeF() == Approx(before * 2).epsilon(0.05));
    QTest::qWait(50); // the widgets receive the application font as a posted event
    CHECK(page.lessonView()->document()->defaultFont().pointSizeF() == Approx(before * 2).epsilon(0.05));
    CHECK(page.lessonView()->font().pointSizeF() == Approx(before * 2).epsilon(0.05));
    CHECK(page.currentLessonId() == QStringLiteral("process"));
    // The reader stays at the same relative place in the larger text.
    CHECK(waitUntil([bar] { return std::abs(bar->value() - bar->maximum() / 3) <= 3; }));
    context.setZoom(1.0);
    QTest::qWait(50);
    CHECK(page.lessonView()->document()->defaultFont().pointSizeF() == Approx(before).epsilon(0.05));
}
