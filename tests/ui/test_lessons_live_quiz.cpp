// Quiz questions that quote this machine's figures (issue 16): a "{live:GENERATOR:KEY}" placeholder
// reads "…" at first and the measured number once the exercise's run (off the GUI thread) has ended.
#include "core/lessons/lesson_parser.h"
#include "ui/lessons/live_figures.h"
#include "ui/lessons/quiz_widget.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLocale>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

TEST_CASE("a quiz question quotes a figure measured on this machine", "[ui][lessons][quiz]")
{
    const char* text = "---\nlesson: compare\ntitle: \"Live\"\n---\n\n"
                       "## Q: fork took {live:fork-spawn:measured} times as long as posix_spawn from "
                       "{live:fork-spawn:mib} MiB. Why?\n"
                       "- [x] Page tables are copied — right\n"
                       "- [ ] Memory is copied — no\n"
                       "- [ ] It waits for the child — no\n";
    auto quiz = lessons::parseQuiz(text, "live.quiz.md");
    REQUIRE(quiz.ok());
    QuizWidget widget(quiz.value());
    widget.show(); // the measurement starts when the quiz is first shown
    auto* question = widget.findChild<QLabel*>(QStringLiteral("question0"));
    REQUIRE(question != nullptr);
    if (!LiveFigures::instance().known(QStringLiteral("fork-spawn")))
        CHECK(question->text().contains(QStringLiteral("…")));
    REQUIRE(waitUntil([&] { return !question->text().contains(QStringLiteral("…")); }, 120000));
    const QString shown = question->text();
    INFO(shown.toStdString());
    CHECK_FALSE(shown.contains(QStringLiteral("{live:")));
    // Both numbers are filled: a ratio and the MiB the generator's seed chose.
    const QString ratio = shown.section(QStringLiteral("took "), 1).section(QLatin1Char(' '), 0, 0);
    bool ok = false;
    const double value = QLocale().toDouble(ratio, &ok);
    CHECK(ok);
    CHECK(value > 0);
    CHECK(shown.contains(QStringLiteral(" MiB")));
}

TEST_CASE("the live figures leave text without placeholders alone", "[ui][lessons][quiz]")
{
    CHECK_FALSE(LiveFigures::hasPlaceholders(QStringLiteral("No {figure} here")));
    CHECK(LiveFigures::instance().fill(QStringLiteral("plain"), QLocale()) == QStringLiteral("plain"));
    CHECK(LiveFigures::instance().fill(QStringLiteral("{live:no-such:measured}"), QLocale()) == QStringLiteral("…"));
}
