#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ptlab {

// Decodes the code point starting at byte `pos` and advances `pos` past it. Malformed or truncated
// sequences decode as U+FFFD and advance by one byte, so a loop over any input always terminates.
char32_t decodeUtf8(std::string_view text, std::size_t& pos);

void appendUtf8(std::string& out, char32_t codePoint);

// True when `pos` is the start of a code point (or the end of the text): edits must land there.
bool isCodePointBoundary(std::string_view text, std::size_t pos);

std::size_t codePointCount(std::string_view text);

// True when every byte belongs to a well-formed UTF-8 sequence.
bool isValidUtf8(std::string_view text);

// Combining marks (U+0300..U+036F) carry no advance of their own and never start a line piece.
inline bool isCombiningMark(char32_t c)
{
    return c >= 0x0300 && c <= 0x036F;
}

} // namespace ptlab
