// The lesson quizzes must test understanding, not luck: enough questions, four options where possible,
// correct answers spread over the positions, and no blind strategy ("always the longest", "always the
// second") that passes. Checked on the real catalogue in both languages.
#include "core/lessons/catalog.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

using namespace ptlab::lessons;

namespace {

const std::string kLessonsDir = std::string(PTLAB_RESOURCES_DIR) + "/lessons";

// Length as a reader sees it: code points, so that Vietnamese letters (2-3 UTF-8 bytes) count once.
std::size_t visibleLength(const std::string& text)
{
    std::size_t n = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

// The lesson's own quiz (id = lesson id), not an extra drill such as "thread-or-process".
const Quiz* lessonQuiz(const CatalogEntry& entry)
{
    for (const auto& quiz : entry.quizzes)
        if (quiz.id == entry.lesson.id)
            return &quiz;
    return nullptr;
}

// How a student who never reads the questions would score.
struct BlindScores
{
    int questions = 0;
    int longest = 0; // picks the longest answer (the first one on a tie)
    int shortest = 0; // picks the shortest answer (the first one on a tie)
    std::array<int, 4> fixed {}; // always picks option k
    int fourOptions = 0;
    std::array<int, 4> correctAt {}; // among four-option questions: where the right answer is

    void add(const Question& q)
    {
        const int correct = q.correctIndex();
        std::size_t longestAt = 0, shortestAt = 0;
        for (std::size_t i = 1; i < q.options.size(); ++i) {
            const auto len = visibleLength(q.options[i].text);
            if (len > visibleLength(q.options[longestAt].text))
                longestAt = i;
            if (len < visibleLength(q.options[shortestAt].text))
                shortestAt = i;
        }
        ++questions;
        longest += static_cast<int>(longestAt) == correct ? 1 : 0;
        shortest += static_cast<int>(shortestAt) == correct ? 1 : 0;
        if (correct >= 0 && correct < 4)
            ++fixed[static_cast<std::size_t>(correct)];
        if (q.options.size() == 4) {
            ++fourOptions;
            ++correctAt[static_cast<std::size_t>(correct)];
        }
    }
};

double share(int part, int whole)
{
    return whole > 0 ? static_cast<double>(part) / whole : 0.0;
}

} // namespace

TEST_CASE("every lesson quiz has at least 8 questions of 3 or more options, most with 4", "[lessons][quiz]")
{
    for (const std::string lang : { "en", "vi" }) {
        INFO("language " << lang);
        auto catalog = loadCatalog(kLessonsDir, lang);
        INFO((catalog.ok() ? std::string() : catalog.error().message));
        REQUIRE(catalog.ok());
        REQUIRE(catalog->entries.size() >= 14);
        for (const auto& entry : catalog->entries) {
            INFO(entry.lesson.fileName);
            const Quiz* quiz = lessonQuiz(entry);
            REQUIRE(quiz);
            CHECK(quiz->questions.size() >= 8);
            int four = 0;
            for (const auto& q : quiz->questions) {
                INFO("question: " << q.text);
                CHECK(q.options.size() >= 3);
                CHECK(q.options.size() <= 4);
                four += q.options.size() == 4 ? 1 : 0;
            }
            CHECK(four * 2 > static_cast<int>(quiz->questions.size()));
        }
    }
}

TEST_CASE("lesson quizzes cannot be passed by a blind strategy", "[lessons][quiz]")
{
    for (const std::string lang : { "en", "vi" }) {
        INFO("language " << lang);
        auto catalog = loadCatalog(kLessonsDir, lang);
        REQUIRE(catalog.ok());
        BlindScores all;
        for (const auto& entry : catalog->entries) {
            INFO(entry.lesson.fileName);
            const Quiz* quiz = lessonQuiz(entry);
            REQUIRE(quiz);
            BlindScores one;
            for (const auto& q : quiz->questions) {
                one.add(q);
                all.add(q);
            }
            // Within one lesson a blind guess may get lucky, but never pass half of the quiz.
            CHECK(share(one.longest, one.questions) <= 0.5);
            for (const int hits : one.fixed)
                CHECK(share(hits, one.questions) <= 0.5);
        }
        REQUIRE(all.questions > 0);
        INFO("questions " << all.questions << ", longest " << all.longest << ", shortest " << all.shortest);
        CHECK(share(all.longest, all.questions) < 0.40);
        CHECK(share(all.shortest, all.questions) < 0.40);
        for (std::size_t k = 0; k < all.fixed.size(); ++k) {
            INFO("always option " << k + 1 << ": " << all.fixed[k]);
            CHECK(share(all.fixed[k], all.questions) < 0.40);
        }
        REQUIRE(all.fourOptions > 0);
        for (std::size_t k = 0; k < all.correctAt.size(); ++k) {
            INFO("right answer at position " << k + 1 << " in " << all.correctAt[k] << " of " << all.fourOptions
                                             << " four-option questions");
            CHECK(share(all.correctAt[k], all.fourOptions) >= 0.15);
        }
    }
}
