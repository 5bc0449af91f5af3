#include "core/lessons/catalog.h"

#include "core/lessons/front_matter.h"
#include "core/lessons/lesson_parser.h"
#include "core/util/bounded_read.h"

#include <algorithm>
#include <filesystem>

namespace ptlab::lessons {

namespace {

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The length of the "NN-" prefix of a file name, or 0 when it has none.
std::size_t numberPrefixLength(std::string_view name)
{
    std::size_t i = 0;
    while (i < name.size() && name[i] >= '0' && name[i] <= '9')
        ++i;
    return (i > 0 && i < name.size() && name[i] == '-') ? i + 1 : 0;
}

// The NN of an "NN-" prefix, capped so that absurd numbers cannot overflow.
int prefixNumber(std::string_view name, std::size_t prefixLength)
{
    int number = 0;
    for (std::size_t i = 0; i + 1 < prefixLength; ++i)
        number = std::min(number * 10 + (name[i] - '0'), 1000000);
    return number;
}

// True for "NN-<lessonId>.quiz.md" (with or without a folder in front).
bool isMainQuiz(std::string_view fileName, const std::string& lessonId)
{
    const auto slash = fileName.find_last_of('/');
    const auto base = slash == std::string_view::npos ? fileName : fileName.substr(slash + 1);
    return base.substr(numberPrefixLength(base)) == lessonId + ".quiz.md";
}

Error fileError(const std::string& fileName, const std::string& sentence)
{
    return parseError(fileName, 1, sentence);
}

} // namespace

const CatalogEntry* Catalog::find(std::string_view lessonId) const
{
    const auto it
        = std::find_if(entries.begin(), entries.end(), [lessonId](const auto& e) { return e.lesson.id == lessonId; });
    return it == entries.end() ? nullptr : &*it;
}

std::optional<LessonFileName> parseLessonFileName(std::string_view fileName)
{
    const auto slash = fileName.find_last_of('/');
    const auto base = slash == std::string_view::npos ? fileName : fileName.substr(slash + 1);
    const auto prefix = numberPrefixLength(base);
    if (prefix == 0 || !endsWith(base, ".md"))
        return std::nullopt;
    LessonFileName name;
    name.number = prefixNumber(base, prefix);
    name.quiz = endsWith(base, ".quiz.md");
    const auto rest = base.substr(prefix, base.size() - prefix - 3);
    name.lessonId = std::string(name.quiz ? rest.substr(0, rest.find('.')) : rest);
    if (name.lessonId.empty())
        return std::nullopt;
    return name;
}

Result<Catalog> buildCatalog(const std::string& lang, const std::vector<SourceFile>& input)
{
    auto files = input;
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });

    Catalog catalog;
    catalog.lang = lang;
    std::vector<std::pair<const SourceFile*, std::string>> quizFiles; // file, display name
    for (const auto& file : files) {
        const auto slash = file.name.find_last_of('/');
        const std::string base = slash == std::string::npos ? file.name : file.name.substr(slash + 1);
        const std::string display = lang + "/" + base;
        const auto prefix = numberPrefixLength(base);
        if (!endsWith(base, ".md") || prefix == 0)
            continue;
        if (endsWith(base, ".quiz.md")) {
            quizFiles.emplace_back(&file, display);
            continue;
        }
        auto lesson = parseLesson(file.text, display);
        if (!lesson)
            return lesson.error();
        const auto nameId = base.substr(prefix, base.size() - prefix - 3);
        if (nameId != lesson->id)
            return fileError(display,
                "The file name says the lesson id is '" + nameId + "' but its front matter says '" + lesson->id + "'.");
        for (const auto& e : catalog.entries) {
            if (e.lesson.number == lesson->number)
                return fileError(display,
                    "The lesson number " + std::to_string(lesson->number) + " is also used by " + e.lesson.fileName
                        + ".");
            if (e.lesson.id == lesson->id)
                return fileError(
                    display, "The lesson id '" + lesson->id + "' is also used by " + e.lesson.fileName + ".");
        }
        catalog.entries.push_back({ std::move(lesson).value(), {} });
    }
    if (catalog.entries.empty()) {
        Error e;
        e.code = Error::Code::NotFound;
        e.message = "No lessons were found for the language '" + lang + "'.";
        return e;
    }
    std::stable_sort(catalog.entries.begin(), catalog.entries.end(),
        [](const auto& a, const auto& b) { return a.lesson.number < b.lesson.number; });

    for (const auto& [file, display] : quizFiles) {
        auto quiz = parseQuiz(file->text, display);
        if (!quiz)
            return quiz.error();
        auto it = std::find_if(catalog.entries.begin(), catalog.entries.end(),
            [&](const auto& e) { return e.lesson.id == quiz->lessonId; });
        if (it == catalog.entries.end())
            return fileError(display, "The quiz belongs to the lesson '" + quiz->lessonId + "', which does not exist.");
        const auto base = display.substr(lang.size() + 1);
        const auto prefix = numberPrefixLength(base);
        const auto stem = base.substr(prefix, base.size() - prefix - std::string_view(".quiz.md").size());
        if (prefixNumber(base, prefix) != it->lesson.number
            || (stem != quiz->lessonId && stem.rfind(quiz->lessonId + ".", 0) != 0))
            return fileError(display,
                "A quiz of the lesson '" + quiz->lessonId + "' must be named " + base.substr(0, prefix) + quiz->lessonId
                    + "[.<name>].quiz.md with the number " + std::to_string(it->lesson.number) + ".");
        for (const auto& other : it->quizzes)
            if (other.id == quiz->id)
                return fileError(display, "The quiz id '" + quiz->id + "' is also used by " + other.fileName + ".");
        it->quizzes.push_back(std::move(quiz).value());
    }
    // The lesson's own quiz (NN-<id>.quiz.md) comes first, extra drills after it in file-name order.
    for (auto& entry : catalog.entries)
        std::stable_partition(entry.quizzes.begin(), entry.quizzes.end(),
            [&](const Quiz& q) { return isMainQuiz(q.fileName, entry.lesson.id); });
    return catalog;
}

Result<Catalog> loadCatalog(const std::string& dir, const std::string& lang)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path folder = fs::path(dir) / lang;
    if (!fs::is_directory(folder, ec) && fs::is_directory(fs::path(dir) / "lessons" / lang, ec))
        folder = fs::path(dir) / "lessons" / lang; // given the resources folder instead of resources/lessons
    if (!fs::is_directory(folder, ec)) {
        Error e;
        e.code = Error::Code::NotFound;
        e.message = "The lesson folder " + folder.string() + " does not exist.";
        return e;
    }
    std::vector<SourceFile> files;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".md")
            continue;
        // A lesson is a few tens of kilobytes; anything past a megabyte is not one.
        auto text = readFileBounded(entry.path().string(), MaxLessonBytes, "The lesson file");
        if (!text)
            return text.error();
        files.push_back({ entry.path().filename().string(), std::move(text).value() });
    }
    if (ec) {
        Error e;
        e.code = Error::Code::Io;
        e.errnum = ec.value();
        e.message = "The lesson folder " + folder.string() + " could not be listed: " + ec.message() + ".";
        return e;
    }
    return buildCatalog(lang, files);
}

Result<void> checkTranslationsMatch(const Catalog& a, const Catalog& b)
{
    const auto mismatch = [&](const std::string& sentence) {
        Error e;
        e.code = Error::Code::Parse;
        e.message = "The '" + a.lang + "' and '" + b.lang + "' lessons differ: " + sentence;
        return e;
    };
    if (a.entries.size() != b.entries.size())
        return mismatch(
            std::to_string(a.entries.size()) + " lessons against " + std::to_string(b.entries.size()) + ".");
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        const auto& la = a.entries[i];
        const auto& lb = b.entries[i];
        const auto where
            = "lesson " + std::to_string(i + 1) + " (" + la.lesson.fileName + " vs " + lb.lesson.fileName + ")";
        if (la.lesson.id != lb.lesson.id || la.lesson.number != lb.lesson.number)
            return mismatch(where + " has a different id or number.");
        if (la.lesson.demo != lb.lesson.demo || la.lesson.preset != lb.lesson.preset)
            return mismatch(where + " has a different demo or preset.");
        if (la.quizzes.size() != lb.quizzes.size())
            return mismatch(where + " has a different number of quizzes.");
        for (std::size_t q = 0; q < la.quizzes.size(); ++q) {
            const auto& qa = la.quizzes[q];
            const auto& qb = lb.quizzes[q];
            const auto quizWhere = qa.fileName + " vs " + qb.fileName;
            if (qa.id != qb.id)
                return mismatch(quizWhere + " have different quiz ids.");
            if (qa.questions.size() != qb.questions.size())
                return mismatch(quizWhere + " have different numbers of questions.");
            for (std::size_t k = 0; k < qa.questions.size(); ++k) {
                const auto& x = qa.questions[k];
                const auto& y = qb.questions[k];
                if (x.options.size() != y.options.size() || x.correctIndex() != y.correctIndex())
                    return mismatch(quizWhere + ": question " + std::to_string(k + 1)
                        + " has a different number of options or a different correct answer.");
            }
        }
    }
    return {};
}

} // namespace ptlab::lessons
