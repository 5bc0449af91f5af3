#include "core/lessons/search.h"

#include "core/lessons/front_matter.h"
#include "core/lessons/text_fold.h"

#include <algorithm>

namespace ptlab::lessons {

namespace {

constexpr std::size_t kSnippetBefore = 60;
constexpr std::size_t kSnippetAfter = 140;

// Removes emphasis and code markers and keeps the text of links and images.
std::string inlinePlain(std::string_view line)
{
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '*' || c == '`')
            continue;
        if (c == '!' && i + 1 < line.size() && line[i + 1] == '[')
            continue;
        if (c == ']' && i + 1 < line.size() && line[i + 1] == '(') {
            const auto close = line.find(')', i);
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        if (c == '[')
            continue;
        out += c;
    }
    return out;
}

std::string_view stripBlockMarkers(std::string_view line)
{
    line = trim(line);
    while (!line.empty() && (line.front() == '#' || line.front() == '>'))
        line = trim(line.substr(1));
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '+') && line[1] == ' ')
        return trim(line.substr(2));
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9')
        ++digits;
    if (digits > 0 && digits + 1 < line.size() && line[digits] == '.' && line[digits + 1] == ' ')
        return trim(line.substr(digits + 2));
    return line;
}

bool isTableSeparator(std::string_view line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == '|' || c == '-' || c == ':' || c == ' '; });
}

std::vector<std::string> splitWords(std::string_view s)
{
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
            ++i;
        const auto start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
            ++i;
        if (i > start)
            words.emplace_back(s.substr(start, i - start));
    }
    return words;
}

int countOccurrences(std::string_view hay, std::string_view needle)
{
    int count = 0;
    for (auto pos = hay.find(needle); pos != std::string_view::npos; pos = hay.find(needle, pos + needle.size()))
        ++count;
    return count;
}

// A whitespace-collapsed excerpt of text around [begin, end), cut on UTF-8 boundaries and at spaces.
std::string makeSnippet(std::string_view text, std::size_t begin, std::size_t end)
{
    auto from = begin > kSnippetBefore ? utf8Boundary(text, begin - kSnippetBefore) : 0;
    auto to = utf8Boundary(text, std::min(text.size(), end + kSnippetAfter));
    if (from > 0) {
        const auto space = text.find_first_of(" \n", from);
        if (space != std::string_view::npos && space < begin)
            from = space + 1;
    }
    if (to < text.size()) {
        const auto space = text.find_last_of(" \n", to);
        if (space != std::string_view::npos && space > end)
            to = space;
    }
    std::string out = from > 0 ? "\xE2\x80\xA6" : "";
    bool lastSpace = true;
    for (auto i = from; i < to; ++i) {
        const bool space = text[i] == ' ' || text[i] == '\n' || text[i] == '\t';
        if (space && lastSpace)
            continue;
        out += space ? ' ' : text[i];
        lastSpace = space;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (to < text.size())
        out += "\xE2\x80\xA6";
    return out;
}

} // namespace

std::string plainText(std::string_view markdown)
{
    std::string out;
    bool inFence = false;
    for (const auto& line : splitLines(markdown)) {
        const auto content = trim(line.text);
        if (content.substr(0, 3) == "```" || content.substr(0, 3) == "~~~") {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            out += line.text;
            out += '\n';
            continue;
        }
        if (!content.empty() && content.front() == '|') {
            if (isTableSeparator(content))
                continue;
            auto row = inlinePlain(content);
            std::replace(row.begin(), row.end(), '|', ' ');
            out += trim(row);
            out += '\n';
            continue;
        }
        out += inlinePlain(stripBlockMarkers(content));
        out += '\n';
    }
    return out;
}

std::vector<SearchHit> search(const Catalog& catalog, std::string_view query)
{
    const auto stripMarks = isAscii(query);
    std::vector<std::string> words;
    for (const auto& word : splitWords(query))
        words.push_back(foldText(word, stripMarks).text);
    if (words.empty())
        return {};

    std::vector<SearchHit> hits;
    for (const auto& entry : catalog.entries) {
        const auto& lesson = entry.lesson;
        const auto title = foldText(lesson.title, stripMarks);
        const auto body = plainText(lesson.body);
        const auto foldedBody = foldText(body, stripMarks);

        SearchHit hit;
        bool all = true;
        std::size_t first = std::string::npos;
        std::size_t firstLength = 0;
        for (const auto& word : words) {
            const auto inTitle = countOccurrences(title.text, word);
            const auto inBody = countOccurrences(foldedBody.text, word);
            if (inTitle + inBody == 0) {
                all = false;
                break;
            }
            hit.inTitle = hit.inTitle || inTitle > 0;
            hit.matches += inTitle + inBody;
            const auto pos = foldedBody.text.find(word);
            if (pos != std::string::npos && pos < first) {
                first = pos;
                firstLength = word.size();
            }
        }
        if (!all)
            continue;
        hit.lessonId = lesson.id;
        hit.title = lesson.title;
        if (first != std::string::npos)
            hit.snippet = makeSnippet(body, foldedBody.origin[first], foldedBody.origin[first + firstLength]);
        else
            hit.snippet = lesson.summary;
        hits.push_back(std::move(hit));
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.inTitle != b.inTitle)
            return a.inTitle;
        return a.matches > b.matches;
    });
    return hits;
}

} // namespace ptlab::lessons
