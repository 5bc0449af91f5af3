#include "core/lessons/front_matter.h"

#include <algorithm>

namespace ptlab::lessons {

std::string_view trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::vector<TextLine> splitLines(std::string_view text)
{
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, bom.size()) == bom)
        text.remove_prefix(bom.size());
    std::vector<TextLine> lines;
    int number = 1;
    while (!text.empty()) {
        const auto end = text.find('\n');
        auto line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back({ line, number++ });
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

Error parseError(std::string_view fileName, int line, const std::string& sentence)
{
    Error e;
    e.code = Error::Code::Parse;
    e.message = std::string(fileName) + ":" + std::to_string(line) + ": " + sentence;
    return e;
}

const FrontMatterField* FrontMatter::find(std::string_view key) const
{
    const auto it = std::find_if(fields.begin(), fields.end(), [key](const auto& f) { return f.key == key; });
    return it == fields.end() ? nullptr : &*it;
}

Result<FrontMatter> parseFrontMatter(
    std::string_view text, std::string_view fileName, const std::vector<std::string_view>& allowedKeys)
{
    const auto lines = splitLines(text);
    if (lines.empty() || trim(lines.front().text) != "---")
        return parseError(fileName, 1, "The file must start with a front matter block opened by a '---' line.");

    FrontMatter fm;
    std::size_t i = 1;
    for (; i < lines.size(); ++i) {
        const auto& line = lines[i];
        const auto content = trim(line.text);
        if (content == "---")
            break;
        if (content.empty() || content.front() == '#')
            continue;
        const auto colon = content.find(':');
        if (colon == std::string_view::npos || colon == 0)
            return parseError(fileName, line.number,
                "A front matter line must have the form 'key: value', but this one is '" + std::string(content) + "'.");
        std::string key(trim(content.substr(0, colon)));
        auto value = trim(content.substr(colon + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        if (std::find(allowedKeys.begin(), allowedKeys.end(), key) == allowedKeys.end()) {
            std::string known;
            for (const auto k : allowedKeys)
                known += (known.empty() ? "" : ", ") + std::string(k);
            return parseError(fileName, line.number,
                "The front matter key '" + key + "' is not known (expected one of: " + known + ").");
        }
        if (fm.find(key))
            return parseError(fileName, line.number, "The front matter key '" + key + "' appears twice.");
        fm.fields.push_back({ std::move(key), std::string(value), line.number });
    }
    if (i >= lines.size())
        return parseError(
            fileName, lines.back().number, "The front matter opened on line 1 is never closed by a '---' line.");
    fm.closingLine = lines[i].number;
    fm.rest.assign(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines.end());
    return fm;
}

} // namespace ptlab::lessons
