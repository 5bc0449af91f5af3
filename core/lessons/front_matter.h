#pragma once

#include "core/util/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace ptlab::lessons {

// Text split into lines with their 1-based numbers; "\r\n" and a leading UTF-8 BOM are tolerated.
struct TextLine
{
    std::string_view text;
    int number = 0;
};
std::vector<TextLine> splitLines(std::string_view text);

struct FrontMatterField
{
    std::string key;
    std::string value;
    int line = 0;
};

// The "---" block at the top of a lesson or quiz file and the lines after it.
struct FrontMatter
{
    std::vector<FrontMatterField> fields;
    int closingLine = 0; // line of the closing "---"
    std::vector<TextLine> rest; // the lines after the closing "---"

    const FrontMatterField* find(std::string_view key) const;
};

// allowedKeys guards against typos: any other key is an error naming the file and line.
Result<FrontMatter> parseFrontMatter(
    std::string_view text, std::string_view fileName, const std::vector<std::string_view>& allowedKeys);

// "file:line: sentence" as a Parse error.
Error parseError(std::string_view fileName, int line, const std::string& sentence);

std::string_view trim(std::string_view s);

} // namespace ptlab::lessons
