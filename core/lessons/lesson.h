#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ptlab::lessons {

// One lesson file: the front matter fields and the Markdown body (see resources/lessons/README.md).
struct Lesson
{
    std::string id; // stable slug, e.g. "pc-spec"; the same in every language
    std::string title;
    std::string demo; // one of knownDemoPages()
    std::string preset; // opaque to the parser; parsePreset() splits "key=value;key=value"
    std::string summary; // one line
    std::string body; // Markdown after the front matter
    int number = 0; // the NN of an "NN-<id>.md" file name, 0 when the name has none
    std::string fileName; // as given to the parser, used in messages
};

struct Option
{
    std::string text;
    std::string explanation; // why this option is right or wrong
    bool correct = false;
};

struct Question
{
    std::string text; // the heading text, plus any Markdown lines before the first option
    std::vector<Option> options;
    int line = 0; // 1-based line of the "## Q:" heading
    int correctIndex() const; // exactly one option is correct in a parsed quiz
};

struct Quiz
{
    std::string id; // defaults to the lesson id
    std::string lessonId;
    std::string title;
    std::string intro; // Markdown between the front matter and the first question
    std::vector<Question> questions;
    std::string fileName;
};

struct CatalogEntry
{
    Lesson lesson;
    std::vector<Quiz> quizzes; // ordered by file name
};

// The lessons of one language, ordered by their number.
struct Catalog
{
    std::string lang;
    std::vector<CatalogEntry> entries;

    const CatalogEntry* find(std::string_view lessonId) const; // nullptr when absent
};

} // namespace ptlab::lessons
