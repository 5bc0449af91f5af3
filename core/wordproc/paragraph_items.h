#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace ptlab::wordproc {

class FontMetrics;

// Knuth and Plass's model of a paragraph: boxes (unbreakable pieces of text), glue (inter-word
// space that may stretch or shrink) and penalties (places to break inside a word, at a cost).
enum class ItemType : std::uint8_t
{
    Box,
    Glue,
    Penalty,
};

inline constexpr double kInfinitePenalty = 10000; // never break here; its negation forces a break

struct Item
{
    ItemType type = ItemType::Box;
    bool flagged = false; // a break here ends the line with a hyphen (inserted or typed)
    double width = 0; // for a penalty: the width added when the line breaks there (the hyphen)
    double stretch = 0;
    double shrink = 0;
    double penalty = 0;
    std::uint32_t begin = 0; // byte range of a box's text in the paragraph
    std::uint32_t end = 0;
};

struct ItemOptions
{
    double lineWidth = 0; // words wider than this are split between any two letters
    bool hyphenateEnglish = false; // add the dictionary's hyphenation points (see hyphenation.h)
    bool justified = true; // false: no stretch in the spaces (headings are set ragged)
    double hyphenPenalty = 50; // TeX's \hyphenpenalty and \exhyphenpenalty
    double longWordPenalty = 100; // splitting an over-long word where no syllable says so
};

// Splits `text` into items; ends with the finishing glue and the forced break of the last line.
void buildParagraphItems(
    std::string_view text, const FontMetrics& metrics, const ItemOptions& options, std::vector<Item>& items);

} // namespace ptlab::wordproc
