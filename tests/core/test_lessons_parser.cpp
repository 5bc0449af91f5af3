#include "core/lessons/catalog.h"
#include "core/lessons/lesson_parser.h"
#include "core/util/preset.h"
#include "core/lessons/quiz_score.h"

#include <catch2/catch.hpp>

using namespace ptlab::lessons;

namespace {

const char* const kLesson = R"(---
id: demo-lesson
title: A lesson
demo: states
preset: workload=cpu;threads=4
summary: One line.
---

# Heading

Some *text*.
)";

const char* const kQuiz = R"(---
lesson: demo-lesson
title: Check yourself
---

Intro text.

## Q: Which is right?
- [ ] Wrong one — because it is wrong.
- [x] Right one — because — it is right.
  And a second line.

## Q: Second question
```
code
```
- [x] A — yes.
- [ ] B — no.
)";

void requireErrorMentions(const ptlab::Error& e, const std::string& fileAndLine)
{
    INFO(e.message);
    CHECK(e.code == ptlab::Error::Code::Parse);
    CHECK(e.message.find(fileAndLine) != std::string::npos);
}

} // namespace

TEST_CASE("a lesson's front matter and body are parsed", "[lessons]")
{
    auto lesson = parseLesson(kLesson, "en/07-demo-lesson.md");
    REQUIRE(lesson.ok());
    CHECK(lesson->id == "demo-lesson");
    CHECK(lesson->title == "A lesson");
    CHECK(lesson->demo == "states");
    CHECK(lesson->preset == "workload=cpu;threads=4");
    CHECK(lesson->summary == "One line.");
    CHECK(lesson->number == 7);
    CHECK(lesson->body == "# Heading\n\nSome *text*.");

    const auto preset = ptlab::parsePreset(lesson->preset);
    CHECK(preset.at("workload") == "cpu");
    CHECK(preset.at("threads") == "4");
    CHECK(ptlab::parsePreset(" a ; b = 2 ;;").at("a").empty());
}

TEST_CASE("CRLF line ends, a BOM and quoted values are accepted", "[lessons]")
{
    const std::string text = "\xEF\xBB\xBF---\r\nid: x\r\ntitle: \"Quoted: yes\"\r\ndemo: lessons\r\n---\r\nBody\r\n";
    auto lesson = parseLesson(text, "x.md");
    REQUIRE(lesson.ok());
    CHECK(lesson->title == "Quoted: yes");
    CHECK(lesson->body == "Body");
    CHECK(lesson->number == 0);
}

TEST_CASE("malformed lessons give errors naming the file and line", "[lessons]")
{
    SECTION("no front matter")
    {
        auto r = parseLesson("# Just a heading\n", "en/01-a.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "en/01-a.md:1:");
    }
    SECTION("empty text")
    {
        auto r = parseLesson("", "empty.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "empty.md:1:");
    }
    SECTION("unclosed front matter")
    {
        auto r = parseLesson("---\nid: a\ntitle: b\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:3:");
    }
    SECTION("missing id")
    {
        auto r = parseLesson("---\ntitle: T\ndemo: states\n---\nbody\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:4:");
        CHECK(r.error().message.find("'id'") != std::string::npos);
    }
    SECTION("missing title")
    {
        auto r = parseLesson("---\nid: a\ndemo: states\n---\nbody\n", "f.md");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("'title'") != std::string::npos);
    }
    SECTION("empty title")
    {
        auto r = parseLesson("---\nid: a\ntitle:\ndemo: states\n---\nbody\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:3:");
    }
    SECTION("unknown demo")
    {
        auto r = parseLesson("---\nid: a\ntitle: T\ndemo: nowhere\n---\nbody\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:4:");
        CHECK(r.error().message.find("nowhere") != std::string::npos);
    }
    SECTION("unknown key")
    {
        auto r = parseLesson("---\nid: a\ntitel: T\n---\nbody\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:3:");
    }
    SECTION("duplicate key")
    {
        auto r = parseLesson("---\nid: a\nid: b\n---\nbody\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:3:");
    }
    SECTION("line without a colon")
    {
        auto r = parseLesson("---\nid a\n---\nbody\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:2:");
    }
    SECTION("id that is not a slug")
    {
        auto r = parseLesson("---\nid: Not A Slug\ntitle: T\ndemo: states\n---\nbody\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:2:");
    }
    SECTION("no body")
    {
        auto r = parseLesson("---\nid: a\ntitle: T\ndemo: states\n---\n\n\n", "f.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "f.md:5:");
    }
}

TEST_CASE("a quiz's questions, options and explanations are parsed", "[lessons]")
{
    auto quiz = parseQuiz(kQuiz, "en/07-demo-lesson.quiz.md");
    REQUIRE(quiz.ok());
    CHECK(quiz->lessonId == "demo-lesson");
    CHECK(quiz->id == "demo-lesson");
    CHECK(quiz->title == "Check yourself");
    CHECK(quiz->intro == "Intro text.");
    REQUIRE(quiz->questions.size() == 2);

    const auto& q1 = quiz->questions[0];
    CHECK(q1.text == "Which is right?");
    CHECK(q1.line == 8);
    REQUIRE(q1.options.size() == 2);
    CHECK(q1.correctIndex() == 1);
    CHECK(q1.options[0].text == "Wrong one");
    CHECK(q1.options[0].explanation == "because it is wrong.");
    CHECK(q1.options[1].text == "Right one");
    CHECK(q1.options[1].explanation == "because — it is right. And a second line.");

    const auto& q2 = quiz->questions[1];
    CHECK(q2.text == "Second question\n\n```\ncode\n```");
    CHECK(q2.correctIndex() == 0);
}

TEST_CASE("malformed quizzes give errors naming the file and line", "[lessons]")
{
    const std::string head = "---\nlesson: a\ntitle: T\n---\n";
    SECTION("no correct answer")
    {
        auto r = parseQuiz(head + "## Q: Which?\n- [ ] a — no.\n- [ ] b — no.\n", "q.quiz.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "q.quiz.md:5:");
        CHECK(r.error().message.find("no correct answer") != std::string::npos);
    }
    SECTION("two correct answers")
    {
        auto r = parseQuiz(head + "## Q: Which?\n- [x] a — yes.\n- [x] b — yes.\n", "q.quiz.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "q.quiz.md:5:");
    }
    SECTION("a single option")
    {
        auto r = parseQuiz(head + "## Q: Which?\n- [x] a — yes.\n", "q.quiz.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "q.quiz.md:5:");
    }
    SECTION("an option without explanation")
    {
        auto r = parseQuiz(head + "## Q: Which?\n- [x] a - yes.\n- [ ] b — no.\n", "q.quiz.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "q.quiz.md:6:");
    }
    SECTION("stray text after the options")
    {
        auto r = parseQuiz(head + "## Q: Which?\n- [x] a — yes.\n- [ ] b — no.\nstray\n", "q.quiz.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "q.quiz.md:8:");
    }
    SECTION("no questions")
    {
        auto r = parseQuiz(head + "Only an intro.\n", "q.quiz.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "q.quiz.md:4:");
    }
    SECTION("no lesson field")
    {
        auto r = parseQuiz("---\ntitle: T\n---\n## Q: a\n- [x] a — b\n- [ ] c — d\n", "q.quiz.md");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("'lesson'") != std::string::npos);
    }
    SECTION("empty question heading")
    {
        auto r = parseQuiz(head + "## Q:\n- [x] a — yes.\n- [ ] b — no.\n", "q.quiz.md");
        REQUIRE_FALSE(r.ok());
        requireErrorMentions(r.error(), "q.quiz.md:5:");
    }
}

TEST_CASE("garbage input never crashes the parsers", "[lessons]")
{
    const std::vector<std::string> inputs = { "---", "---\n---", "---\n:\n---", std::string(3, '\0'), "\xFF\xFE---\n",
        "---\nlesson: a\ntitle: t\n---\n## Q: x\n- [", "- [x] —" };
    for (const auto& input : inputs) {
        CHECK_FALSE(parseLesson(input, "g.md").ok());
        CHECK_FALSE(parseQuiz(input, "g.quiz.md").ok());
    }
}

TEST_CASE("quizzes are scored", "[lessons]")
{
    auto quiz = parseQuiz(kQuiz, "q.quiz.md");
    REQUIRE(quiz.ok());

    auto all = scoreQuiz(*quiz, { 1, 0 });
    CHECK(all.correct == 2);
    CHECK(all.total == 2);
    CHECK(all.complete());
    CHECK(all.fraction() == Approx(1.0));

    auto half = scoreQuiz(*quiz, { 0, 0 });
    CHECK(half.correct == 1);
    CHECK(half.perQuestion == std::vector<bool> { false, true });

    auto partial = scoreQuiz(*quiz, { 1 });
    CHECK(partial.answered == 1);
    CHECK_FALSE(partial.complete());

    auto odd = scoreQuiz(*quiz, { -1, 7, 3 });
    CHECK(odd.answered == 1);
    CHECK(odd.correct == 0);
}

TEST_CASE("a catalog is built from in-memory files", "[lessons]")
{
    const std::string quiz2
        = "---\nid: extra\nlesson: demo-lesson\ntitle: More\n---\n## Q: a\n- [x] a — b\n- [ ] c — d\n";
    auto catalog = buildCatalog("en",
        { { "07-demo-lesson.quiz.md", kQuiz }, { "07-demo-lesson.md", kLesson },
            { "07-demo-lesson.extra.quiz.md", quiz2 }, { "README.md", "not a lesson" },
            { "02-other.md", "---\nid: other\ntitle: O\ndemo: apps\n---\nx\n" } });
    REQUIRE(catalog.ok());
    REQUIRE(catalog->entries.size() == 2);
    CHECK(catalog->entries[0].lesson.id == "other");
    CHECK(catalog->entries[1].lesson.id == "demo-lesson");
    REQUIRE(catalog->find("demo-lesson"));
    REQUIRE(catalog->find("demo-lesson")->quizzes.size() == 2);
    CHECK(catalog->find("demo-lesson")->quizzes[0].id == "demo-lesson"); // the lesson's own quiz first
    CHECK(catalog->find("demo-lesson")->quizzes[1].id == "extra");
    CHECK(catalog->find("missing") == nullptr);

    SECTION("a file name that disagrees with the id")
    {
        auto r = buildCatalog("en", { { "07-wrong.md", kLesson } });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("en/07-wrong.md") != std::string::npos);
    }
    SECTION("a quiz for a missing lesson")
    {
        auto r = buildCatalog("en",
            { { "02-other.md", "---\nid: other\ntitle: O\ndemo: apps\n---\nx\n" },
                { "07-demo-lesson.quiz.md", kQuiz } });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("does not exist") != std::string::npos);
    }
    SECTION("a broken lesson names its file")
    {
        auto r = buildCatalog("vi", { { "03-x.md", "no front matter" } });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("vi/03-x.md:1:") != std::string::npos);
    }
    SECTION("two lessons with one number")
    {
        auto r = buildCatalog("en",
            { { "02-other.md", "---\nid: other\ntitle: O\ndemo: apps\n---\nx\n" },
                { "02-more.md", "---\nid: more\ntitle: M\ndemo: apps\n---\nx\n" } });
        REQUIRE_FALSE(r.ok());
    }
    SECTION("no lessons at all")
    {
        auto r = buildCatalog("en", {});
        REQUIRE_FALSE(r.ok());
    }
    SECTION("a missing folder")
    {
        auto r = loadCatalog("/nonexistent/ptlab/lessons", "en");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ptlab::Error::Code::NotFound);
    }
}
