#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ptlab::lessons {

// Text prepared for matching, with a map back to the source: origin[i] is the byte offset in the
// source of folded byte i, and origin.back() is the source size.
struct FoldedText
{
    std::string text;
    std::vector<std::size_t> origin;
};

// Lower-cases UTF-8 (ASCII, Latin-1, Latin Extended-A, Vietnamese ơ/ư and Latin Extended Additional,
// basic Greek and Cyrillic). With stripMarks, Latin letters also lose their diacritics ("Tiến" -> "tien",
// "đ" -> "d") and combining marks are dropped. Invalid UTF-8 bytes are kept as they are.
FoldedText foldText(std::string_view source, bool stripMarks);

// True when every byte is ASCII.
bool isAscii(std::string_view s);

// Moves a byte offset back to the start of the UTF-8 sequence it points into.
std::size_t utf8Boundary(std::string_view s, std::size_t offset);

} // namespace ptlab::lessons
