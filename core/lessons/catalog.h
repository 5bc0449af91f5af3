#pragma once

#include "core/lessons/lesson.h"
#include "core/util/error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptlab::lessons {

// A file's name (relative, e.g. "01-pc-spec.md") and its UTF-8 text, as read from disk or from Qt resources.
struct SourceFile
{
    std::string name;
    std::string text;
};

// What a file's name says, by the lessons' naming rules: "04-process.md" is lesson 4, id "process";
// "04-process.quiz.md" and "04-process.drill.quiz.md" are its quizzes. Nothing for other files
// (README.md, notes, non-.md files). The one place these rules live; the ui asks here.
struct LessonFileName
{
    int number = 0;
    std::string lessonId; // for a quiz, the part before the first '.' after the number
    bool quiz = false;
};
std::optional<LessonFileName> parseLessonFileName(std::string_view fileName);

// Builds the catalog of one language from its files: "NN-<id>.md" lessons and "NN-<id>[.<name>].quiz.md"
// quizzes. Other .md files (and non-.md files) are ignored. Lessons are ordered by NN; a lesson's own
// quiz "NN-<id>.quiz.md" comes first among its quizzes.
Result<Catalog> buildCatalog(const std::string& lang, const std::vector<SourceFile>& files);

// The largest lesson or quiz file read from disk; a larger one is refused with a clear error.
inline constexpr std::size_t MaxLessonBytes = 1u << 20;

// Reads dir/lang/*.md (dir is resources/lessons, holding en/ and vi/; resources/ itself is accepted too)
// and builds its catalog.
Result<Catalog> loadCatalog(const std::string& dir, const std::string& lang);

// Checks that two languages hold the same lessons in the same order, each with the same demo and
// preset, the same quizzes, the same number of questions and options and the same correct answers.
Result<void> checkTranslationsMatch(const Catalog& a, const Catalog& b);

} // namespace ptlab::lessons
