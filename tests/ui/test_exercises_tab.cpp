#include "core/exercises/exercise.h"
#include "ui/exercises/exercise_panel.h"
#include "ui/exercises/exercise_texts.h"
#include "ui/lessons/lessons_page.h"
#include "ui/shell/app_context.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

namespace {

// The ui's English may write µs and → where the command line writes us and ->.
QString plain(QString text)
{
    return text.replace(QStringLiteral("µs"), QStringLiteral("us")).replace(QStringLiteral("→"), QStringLiteral("->"));
}

int exercisesTab(const LessonsPage& page)
{
    for (int i = 0; i < page.tabs()->count(); ++i)
        if (page.tabs()->tabText(i) == ExerciseTexts::tabTitle())
            return i;
    return -1;
}

} // namespace

TEST_CASE("exercises tab: the ui's English says what core says, for every generator", "[ui][exercises]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    const QLocale c(QLocale::English);
    for (const auto& g : exercises::generators()) {
        INFO(g.name);
        const auto q = exercises::generate(g, 11);
        CHECK(plain(ExerciseTexts::question(q, c)).toStdString() == q.text);
        exercises::Answer a;
        a.generator = g.name;
        for (const char* key : { "measured", "wall_s", "fork_us", "threads_us" })
            a.values.push_back({ key, 1.5 });
        CHECK(ExerciseTexts::explanation(q, a, c).size() > 100);
        CHECK(ExerciseTexts::title(g.name) != QString::fromStdString(g.name));
    }
}

TEST_CASE("exercises tab: Vietnamese texts keep their placeholders and numbers use a decimal comma", "[ui][exercises]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("vi"));
    const QLocale vi(QLocale::Vietnamese);
    CHECK(ExerciseTexts::number(1.5, vi) == QStringLiteral("1,5"));
    CHECK(ExerciseTexts::tabTitle() != QStringLiteral("Exercises"));
    for (const auto& g : exercises::generators()) {
        INFO(g.name);
        const auto q = exercises::generate(g, 5);
        const QString text = ExerciseTexts::question(q, vi);
        CHECK_FALSE(text.contains(QLatin1Char('{')));
        CHECK(plain(text).toStdString() != q.text);
    }
    context.setLanguage(QStringLiteral("en"));
}

TEST_CASE(
    "exercises tab: a lesson offers it, runs an exercise off the GUI thread and shows the answer", "[ui][exercises]")
{
    ptlab::test::clearSettings();
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    LessonsPage page(context);
    REQUIRE(page.openLesson(QStringLiteral("word-processor")));
    ExercisePanel* panel = page.exercisePanel();
    REQUIRE(panel);
    const int tab = exercisesTab(page);
    REQUIRE(tab > 0);
    page.tabs()->setCurrentIndex(tab);
    CHECK(panel->generatorNames().contains(QStringLiteral("wordproc-scaling")));

    panel->setSeed(4);
    const QString question = panel->questionLabel()->text();
    CHECK_FALSE(question.isEmpty());
    panel->setSeed(5);
    panel->setSeed(4);
    CHECK(panel->questionLabel()->text() == question); // the same seed, the same question

    panel->setPrediction(2.0);
    panel->runButton()->click();
    CHECK(panel->isRunning());
    CHECK_FALSE(panel->runButton()->isEnabled());
    CHECK(panel->cancelButton()->isEnabled());
    REQUIRE(waitUntil([&] { return !panel->isRunning(); }, 60000));
    REQUIRE(panel->hasAnswer());
    CHECK(panel->answer()->measured > 0);
    CHECK(panel->measuredLabel()->isVisibleTo(panel));
    CHECK(panel->measuredLabel()->text().endsWith(QStringLiteral("×")));
    CHECK(panel->explanationLabel()->text().size() > 100);
    CHECK(panel->runButton()->isEnabled());

    // A language switch keeps the tab, its question and its answer, now in Vietnamese.
    context.setLanguage(QStringLiteral("vi"));
    REQUIRE(page.exercisePanel() == panel);
    CHECK(panel->hasAnswer());
    CHECK(waitUntil([&] { return panel->questionLabel()->text() != question; })); // LanguageChange is posted
    context.setLanguage(QStringLiteral("en"));
}

TEST_CASE("exercises tab: a running exercise can be cancelled", "[ui][exercises]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    ExercisePanel panel(QStringLiteral("states"));
    REQUIRE(panel.generatorNames() == QStringList { QStringLiteral("states-pinned") });
    // Enter in the prediction field starts the run, as the button does.
    auto* prediction = panel.findChild<QDoubleSpinBox*>(QStringLiteral("predictionInput"));
    REQUIRE(prediction);
    QTest::keyClick(prediction, Qt::Key_Return);
    REQUIRE(panel.isRunning());
    CHECK_FALSE(panel.runAndReveal()); // one run at a time
    panel.cancel();
    REQUIRE(waitUntil([&] { return !panel.isRunning(); }, 30000));
    CHECK_FALSE(panel.hasAnswer());
    CHECK(panel.runButton()->isEnabled());
}

TEST_CASE("exercises tab: lessons without exercises for their page have no such tab", "[ui][exercises]")
{
    ptlab::test::clearSettings();
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    LessonsPage page(context);
    int withTab = 0;
    for (const QString& id : page.lessonIds()) {
        REQUIRE(page.openLesson(id));
        const bool expected = !exercises::generatorsForPage(page.demoPageId().toStdString()).empty();
        CHECK((page.exercisePanel() != nullptr) == expected);
        CHECK((exercisesTab(page) > 0) == expected);
        withTab += expected ? 1 : 0;
    }
    CHECK(withTab >= 6);
}
