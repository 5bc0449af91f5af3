// Lesson and quiz files, through the parsers the catalogue uses, and the catalogue of them.
// An input is one file, or several: each "=== NAME" line starts the file NAME (e.g. "=== 04-process.quiz.md").
// The first file alone is also parsed as a lesson and as a quiz, whatever its name; a lesson's preset goes
// through parsePreset, its body through search's plainText, and a built catalogue is searched with every
// "?? QUERY" line of the input (what a student types into the search box).
#include "core/lessons/catalog.h"
#include "core/lessons/front_matter.h"
#include "core/lessons/lesson_parser.h"
#include "core/lessons/search.h"
#include "core/lessons/text_fold.h"
#include "core/util/preset.h"
#include "tests/fuzz/fuzz_support.h"

#include <string>
#include <vector>

using namespace ptlab;
using namespace ptlab::lessons;

namespace {

constexpr std::string_view FileMarker = "=== ";
constexpr std::string_view QueryMarker = "?? ";

struct Input
{
    std::vector<SourceFile> files;
    std::vector<std::string> queries;
};

Input split(std::string_view text)
{
    Input input;
    SourceFile current { "01-lesson.md", {} };
    bool any = false;
    for (const auto& line : splitLines(text)) {
        if (line.text.starts_with(FileMarker)) {
            if (any || !current.text.empty())
                input.files.push_back(std::move(current));
            current = { std::string(line.text.substr(FileMarker.size())), {} };
            any = true;
            continue;
        }
        if (line.text.starts_with(QueryMarker))
            input.queries.emplace_back(line.text.substr(QueryMarker.size()));
        current.text.append(line.text);
        current.text.push_back('\n');
    }
    input.files.push_back(std::move(current));
    return input;
}

void useLesson(const Lesson& lesson)
{
    const Preset preset = parsePreset(lesson.preset);
    for (const auto& [key, value] : preset)
        (void)presetInt(preset, key);
    (void)plainText(lesson.body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = fuzz::asText(data, size);
    if (auto lesson = parseLesson(text, "01-lesson.md"))
        useLesson(*lesson);
    (void)parseQuiz(text, "01-lesson.quiz.md");
    for (const bool strip : { false, true }) {
        const FoldedText folded = foldText(text, strip);
        PTLAB_FUZZ_CHECK(folded.origin.size() == folded.text.size() + 1 && folded.origin.back() == text.size());
    }

    const Input input = split(text);
    for (const auto& file : input.files) {
        (void)parseLessonFileName(file.name);
        if (auto lesson = parseLesson(file.text, file.name))
            useLesson(*lesson);
        (void)parseQuiz(file.text, file.name);
    }
    auto catalog = buildCatalog("en", input.files);
    if (!catalog)
        return 0;
    PTLAB_FUZZ_CHECK(checkTranslationsMatch(*catalog, *catalog).ok());
    for (const auto& query : input.queries)
        for (const auto& hit : search(*catalog, query))
            PTLAB_FUZZ_CHECK(catalog->find(hit.lessonId) != nullptr);
    return 0;
}
