#include "core/lessons/lesson_parser.h"

#include "core/lessons/front_matter.h"

#include <algorithm>

namespace ptlab::lessons {

namespace {

// The separator between an option's answer and its explanation: an em dash between spaces.
constexpr std::string_view kExplanationSeparator = " \xE2\x80\x94 ";

bool isSlug(std::string_view s)
{
    if (s.empty() || s.front() == '-' || s.back() == '-')
        return false;
    return std::all_of(
        s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::string_view baseName(std::string_view fileName)
{
    const auto slash = fileName.find_last_of("/\\");
    return slash == std::string_view::npos ? fileName : fileName.substr(slash + 1);
}

// The NN of "NN-name.md", or 0.
int fileNumber(std::string_view fileName)
{
    const auto name = baseName(fileName);
    int number = 0;
    std::size_t i = 0;
    for (; i < name.size() && name[i] >= '0' && name[i] <= '9' && i < 6; ++i)
        number = number * 10 + (name[i] - '0');
    return (i > 0 && i < name.size() && name[i] == '-') ? number : 0;
}

// Joins lines, dropping blank lines at both ends.
std::string joinLines(const std::vector<TextLine>& lines)
{
    std::size_t first = 0;
    std::size_t last = lines.size();
    while (first < last && trim(lines[first].text).empty())
        ++first;
    while (last > first && trim(lines[last - 1].text).empty())
        --last;
    std::string out;
    for (std::size_t i = first; i < last; ++i) {
        out += lines[i].text;
        if (i + 1 < last)
            out += '\n';
    }
    return out;
}

Result<std::string> requiredField(const FrontMatter& fm, std::string_view key, std::string_view fileName)
{
    const auto* field = fm.find(key);
    if (!field)
        return parseError(
            fileName, fm.closingLine, "The front matter has no '" + std::string(key) + "' field, which is required.");
    if (field->value.empty())
        return parseError(fileName, field->line, "The front matter field '" + std::string(key) + "' is empty.");
    return field->value;
}

std::string optionalField(const FrontMatter& fm, std::string_view key)
{
    const auto* field = fm.find(key);
    return field ? field->value : std::string();
}

// "- [x] " or "- [ ] " (also "*" bullets and an upper-case X) at the start of a line.
bool parseOptionMarker(std::string_view line, bool& correct, std::string_view& rest)
{
    if (line.size() < 6 || (line[0] != '-' && line[0] != '*') || line[1] != ' ' || line[2] != '[' || line[4] != ']'
        || line[5] != ' ')
        return false;
    const char mark = line[3];
    if (mark != 'x' && mark != 'X' && mark != ' ')
        return false;
    correct = mark != ' ';
    rest = trim(line.substr(6));
    return true;
}

Result<void> checkQuestion(const Question& q, std::string_view fileName)
{
    if (q.options.size() < 2)
        return parseError(fileName, q.line, "The question '" + q.text + "' needs at least two options.");
    const auto correct = std::count_if(q.options.begin(), q.options.end(), [](const Option& o) { return o.correct; });
    if (correct == 0)
        return parseError(fileName, q.line,
            "The question '" + q.text + "' has no correct answer; mark exactly one option with '- [x]'.");
    if (correct > 1)
        return parseError(fileName, q.line,
            "The question '" + q.text + "' has " + std::to_string(correct)
                + " options marked correct; mark exactly one with '- [x]'.");
    return {};
}

} // namespace

const std::vector<std::string>& knownDemoPages()
{
    static const std::vector<std::string> pages
        = { "states", "wordproc", "hardware", "compare", "apps", "training", "lessons" };
    return pages;
}

bool isKnownDemoPage(std::string_view page)
{
    const auto& pages = knownDemoPages();
    return std::find(pages.begin(), pages.end(), page) != pages.end();
}

int Question::correctIndex() const
{
    for (std::size_t i = 0; i < options.size(); ++i)
        if (options[i].correct)
            return static_cast<int>(i);
    return -1;
}

Result<Lesson> parseLesson(std::string_view text, std::string_view fileName)
{
    auto fm = parseFrontMatter(text, fileName, { "id", "title", "demo", "preset", "summary" });
    if (!fm)
        return fm.error();

    Lesson lesson;
    lesson.fileName = std::string(fileName);
    lesson.number = fileNumber(fileName);
    for (const auto& [key, target] : { std::pair<std::string_view, std::string*> { "id", &lesson.id },
             { "title", &lesson.title }, { "demo", &lesson.demo } }) {
        auto value = requiredField(*fm, key, fileName);
        if (!value)
            return value.error();
        *target = std::move(value).value();
    }
    if (!isSlug(lesson.id))
        return parseError(fileName, fm->find("id")->line,
            "The lesson id '" + lesson.id + "' is not a slug (lower-case letters, digits and inner hyphens only).");
    if (!isKnownDemoPage(lesson.demo)) {
        std::string known;
        for (const auto& page : knownDemoPages())
            known += (known.empty() ? "" : ", ") + page;
        return parseError(fileName, fm->find("demo")->line,
            "The demo page '" + lesson.demo + "' is not known (expected one of: " + known + ").");
    }
    lesson.preset = optionalField(*fm, "preset");
    lesson.summary = optionalField(*fm, "summary");
    lesson.body = joinLines(fm->rest);
    if (lesson.body.empty())
        return parseError(fileName, fm->closingLine, "The lesson has no text after its front matter.");
    return lesson;
}

Result<Quiz> parseQuiz(std::string_view text, std::string_view fileName)
{
    auto fm = parseFrontMatter(text, fileName, { "id", "lesson", "title" });
    if (!fm)
        return fm.error();

    Quiz quiz;
    quiz.fileName = std::string(fileName);
    auto lessonId = requiredField(*fm, "lesson", fileName);
    if (!lessonId)
        return lessonId.error();
    quiz.lessonId = std::move(lessonId).value();
    auto title = requiredField(*fm, "title", fileName);
    if (!title)
        return title.error();
    quiz.title = std::move(title).value();
    quiz.id = optionalField(*fm, "id");
    if (quiz.id.empty())
        quiz.id = quiz.lessonId;
    if (!isSlug(quiz.id))
        return parseError(fileName, fm->closingLine, "The quiz id '" + quiz.id + "' is not a slug.");

    constexpr std::string_view questionPrefix = "## Q:";
    std::vector<TextLine> introLines;
    std::vector<TextLine> questionLines; // Markdown between a question heading and its first option
    Question* current = nullptr;
    const auto finishQuestion = [&]() -> Result<void> {
        if (!current)
            return {};
        for (const auto& l : questionLines)
            if (!trim(l.text).empty()) {
                current->text += "\n\n" + joinLines(questionLines);
                break;
            }
        questionLines.clear();
        return checkQuestion(*current, fileName);
    };

    for (const auto& line : fm->rest) {
        const auto content = trim(line.text);
        if (content.substr(0, questionPrefix.size()) == questionPrefix) {
            if (auto done = finishQuestion(); !done)
                return done.error();
            Question q;
            q.text = std::string(trim(content.substr(questionPrefix.size())));
            q.line = line.number;
            if (q.text.empty())
                return parseError(fileName, line.number, "The question heading has no text after '## Q:'.");
            quiz.questions.push_back(std::move(q));
            current = &quiz.questions.back();
            continue;
        }
        if (!current) {
            introLines.push_back(line);
            continue;
        }
        bool correct = false;
        std::string_view rest;
        if (parseOptionMarker(line.text, correct, rest)) {
            const auto sep = rest.find(kExplanationSeparator);
            if (sep == std::string_view::npos)
                return parseError(fileName, line.number,
                    "The option has no explanation; write '- [ ] answer \xE2\x80\x94 why' with an em dash "
                    "(U+2014) between spaces.");
            Option option;
            option.correct = correct;
            option.text = std::string(trim(rest.substr(0, sep)));
            option.explanation = std::string(trim(rest.substr(sep + kExplanationSeparator.size())));
            if (option.text.empty() || option.explanation.empty())
                return parseError(fileName, line.number, "The option needs both an answer and an explanation.");
            current->options.push_back(std::move(option));
            continue;
        }
        if (content.empty())
            continue;
        if (current->options.empty()) {
            questionLines.push_back(line);
            continue;
        }
        if (line.text.size() >= 2 && line.text.substr(0, 2) == "  ") {
            current->options.back().explanation += " " + std::string(content);
            continue;
        }
        return parseError(fileName, line.number,
            "Unexpected text after the options of a question: '" + std::string(content)
                + "' (indent a continued explanation by two spaces).");
    }
    if (auto done = finishQuestion(); !done)
        return done.error();
    if (quiz.questions.empty())
        return parseError(fileName, fm->closingLine, "The quiz has no questions (each starts with a '## Q:' line).");
    quiz.intro = joinLines(introLines);
    return quiz;
}

} // namespace ptlab::lessons
