#include "core/lessons/catalog.h"
#include "core/lessons/lesson_parser.h"
#include "core/lessons/search.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace ptlab::lessons;

namespace {

const std::string kLessonsDir = std::string(PTLAB_RESOURCES_DIR) + "/lessons";

Catalog requireCatalog(const std::string& lang)
{
    auto catalog = loadCatalog(kLessonsDir, lang);
    INFO((catalog.ok() ? std::string() : catalog.error().message));
    REQUIRE(catalog.ok());
    return catalog.value();
}

int wordCount(const std::string& text)
{
    int words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

// Combining diacritics (U+0300..U+036F) mean decomposed text, which a precomposed query would not find.
bool hasCombiningMarks(const std::string& text)
{
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        if ((b0 == 0xCC && b1 >= 0x80) || (b0 == 0xCD && b1 >= 0x80 && b1 <= 0xAF))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("every lesson and quiz in resources/lessons parses", "[lessons]")
{
    for (const std::string lang : { "en", "vi" }) {
        INFO("language " << lang);
        const auto catalog = requireCatalog(lang);
        CHECK(catalog.entries.size() >= 13);
        for (const auto& entry : catalog.entries) {
            INFO(entry.lesson.fileName);
            CHECK(isKnownDemoPage(entry.lesson.demo));
            CHECK_FALSE(entry.lesson.summary.empty());
            CHECK_FALSE(hasCombiningMarks(entry.lesson.title + entry.lesson.summary + entry.lesson.body));
            CHECK(entry.lesson.body.find("\n#") != std::string::npos); // has headings
            CHECK(entry.lesson.body.find("\n|") != std::string::npos); // has a table
            CHECK(
                entry.lesson.body.find(lang == "en" ? "\n## Try it live" : "\n## Thử trực tiếp") != std::string::npos);
            REQUIRE_FALSE(entry.quizzes.empty());
            for (const auto& quiz : entry.quizzes)
                for (const auto& question : quiz.questions)
                    for (const auto& option : question.options) {
                        CHECK_FALSE(option.explanation.empty());
                        CHECK_FALSE(hasCombiningMarks(question.text + option.text + option.explanation));
                    }
            // Each lesson's main quiz has 8-16 questions (test_lessons_quiz_quality.cpp checks the rest); an extra
            // drill (e.g. the twelve applications) has one question per item.
            CHECK(entry.quizzes.front().questions.size() >= 3);
            CHECK(entry.quizzes.front().questions.size() <= 16);
            const auto words = wordCount(plainText(entry.lesson.body));
            INFO("words: " << words);
            CHECK(words >= 300);
            CHECK(words <= (lang == "en" ? 900 : 1200)); // Vietnamese counts syllables as words
        }
    }
}

TEST_CASE("the catalog can be loaded from the resources folder too", "[lessons]")
{
    auto catalog = loadCatalog(PTLAB_RESOURCES_DIR, "en");
    REQUIRE(catalog.ok());
    CHECK(catalog->lang == "en");
    CHECK_FALSE(loadCatalog(kLessonsDir, "xx").ok());
}

TEST_CASE("a lesson file larger than MaxLessonBytes is refused with its name", "[lessons][errors]")
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("ptlab-lessons-" + std::to_string(::getpid()));
    fs::create_directories(dir / "en");
    struct Cleanup
    {
        fs::path dir;
        ~Cleanup() { fs::remove_all(dir); }
    } cleanup { dir };
    {
        std::ofstream huge(dir / "en" / "01-huge.md", std::ios::binary);
        huge << "---\ntitle: Huge\n---\n" << std::string(MaxLessonBytes, 'x');
    }
    auto catalog = loadCatalog(dir.string(), "en");
    REQUIRE_FALSE(catalog.ok());
    CHECK_THAT(catalog.error().message, Catch::Contains("01-huge.md"));
}

TEST_CASE("the course has the lessons of the seed in order", "[lessons]")
{
    const auto catalog = requireCatalog("en");
    const std::vector<std::string> expected
        = { "pc-spec", "mt-vs-mp", "twelve-apps", "process", "thread", "word-processor", "compare", "pros-cons",
              "when-which", "distributed-intro", "parallelism", "zero", "training-optimisations", "training-tooling" };
    std::vector<std::string> ids;
    for (const auto& entry : catalog.entries)
        ids.push_back(entry.lesson.id);
    CHECK(ids == expected);
    REQUIRE(catalog.find("twelve-apps"));
    CHECK(catalog.find("twelve-apps")->quizzes.size() == 2); // its quiz and the "thread or process?" drill
}

TEST_CASE("both languages have the same lessons, quizzes and correct answers", "[lessons]")
{
    const auto en = requireCatalog("en");
    const auto vi = requireCatalog("vi");
    const auto match = checkTranslationsMatch(en, vi);
    INFO((match.ok() ? std::string() : match.error().message));
    CHECK(match.ok());
}

TEST_CASE("lesson images referenced from the Markdown exist", "[lessons]")
{
    for (const std::string lang : { "en", "vi" }) {
        for (const auto& entry : requireCatalog(lang).entries) {
            const auto& body = entry.lesson.body;
            for (auto pos = body.find("]("); pos != std::string::npos; pos = body.find("](", pos + 2)) {
                const auto end = body.find(')', pos);
                REQUIRE(end != std::string::npos);
                const auto target = body.substr(pos + 2, end - pos - 2);
                if (target.rfind("http", 0) == 0)
                    continue;
                INFO(entry.lesson.fileName << " -> " << target);
                CHECK(std::filesystem::exists(std::filesystem::path(kLessonsDir) / lang / target));
            }
        }
    }
}

TEST_CASE("search finds words in each language", "[lessons]")
{
    const auto en = requireCatalog("en");
    const auto vi = requireCatalog("vi");

    const auto inResults = [](const std::vector<SearchHit>& hits, const std::string& id) {
        return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.lessonId == id; });
    };

    auto zombie = search(en, "ZOMBIE");
    CHECK(inResults(zombie, "process"));
    for (const auto& hit : zombie)
        CHECK_FALSE(hit.snippet.empty());

    auto allReduce = search(en, "ring all-reduce");
    CHECK(inResults(allReduce, "parallelism"));

    auto vietnamese = search(vi, "Tiến Trình");
    REQUIRE_FALSE(vietnamese.empty());
    CHECK(inResults(vietnamese, "process"));

    auto lower = search(vi, "khối điều khiển");
    CHECK(inResults(lower, "process"));

    auto noMarks = search(vi, "luong");
    CHECK(inResults(noMarks, "thread"));

    CHECK(search(en, "xyzzy-not-in-any-lesson").empty());
    CHECK(search(en, "   ").empty());
}
