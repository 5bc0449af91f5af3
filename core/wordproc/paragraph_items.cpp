#include "core/wordproc/paragraph_items.h"

#include "core/wordproc/font_metrics.h"
#include "core/wordproc/hyphenation.h"
#include "core/util/utf8.h"

#include <algorithm>

namespace ptlab::wordproc {

namespace {

// Stretch of the glue that fills the last line: large enough to make its badness zero.
constexpr double kFillStretch = 1e9;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

enum class PointKind : std::uint8_t
{
    Syllable,
    AfterHyphen,
    Forced, // inside a word wider than the line
};

struct BreakPoint
{
    std::size_t offset; // bytes into the word
    PointKind kind;
};

// Per-word scratch space, reused for every word of every paragraph.
struct WordScratch
{
    std::vector<std::size_t> codePointStarts; // byte offsets, plus the word's length at the end
    std::vector<double> widthBefore; // advance of the word up to each entry of codePointStarts
    std::vector<std::size_t> syllables;
    std::vector<BreakPoint> points;
};

void addBox(std::vector<Item>& items, double width, std::size_t begin, std::size_t end)
{
    Item box;
    box.type = ItemType::Box;
    box.width = width;
    box.begin = static_cast<std::uint32_t>(begin);
    box.end = static_cast<std::uint32_t>(end);
    items.push_back(box);
}

void addPenalty(std::vector<Item>& items, double width, double penalty, bool flagged)
{
    Item item;
    item.type = ItemType::Penalty;
    item.width = width;
    item.penalty = penalty;
    item.flagged = flagged;
    items.push_back(item);
}

void addWord(std::string_view text, std::size_t begin, std::size_t end, const FontMetrics& metrics,
    const ItemOptions& options, WordScratch& scratch, std::vector<Item>& items)
{
    const std::string_view word = text.substr(begin, end - begin);
    auto& starts = scratch.codePointStarts;
    auto& before = scratch.widthBefore;
    starts.clear();
    before.clear();
    double width = 0;
    bool hasHyphen = false;
    for (std::size_t pos = 0; pos < word.size();) {
        starts.push_back(pos);
        before.push_back(width);
        const char32_t c = decodeUtf8(word, pos);
        width += metrics.advance(c);
        hasHyphen |= c == '-';
    }
    starts.push_back(word.size());
    before.push_back(width);

    const bool tooLong = width > options.lineWidth;
    if (!tooLong && !hasHyphen && !options.hyphenateEnglish) {
        addBox(items, width, begin, end);
        return;
    }

    auto& points = scratch.points;
    points.clear();
    if (options.hyphenateEnglish) {
        englishHyphenationPoints(word, scratch.syllables);
        for (std::size_t offset : scratch.syllables)
            points.push_back({ offset, PointKind::Syllable });
    }
    if (hasHyphen) {
        for (std::size_t i = 1; i + 1 < word.size(); ++i) {
            if (word[i - 1] == '-' && word[i] != '-')
                points.push_back({ i, PointKind::AfterHyphen });
        }
    }
    if (tooLong) {
        for (std::size_t k = 1; k + 1 < starts.size(); ++k) {
            std::size_t pos = starts[k];
            const char32_t c = decodeUtf8(word, pos);
            if (!isCombiningMark(c))
                points.push_back({ starts[k], PointKind::Forced });
        }
    }
    // One point per offset; a syllable or typed hyphen beats a forced split at the same place.
    std::stable_sort(
        points.begin(), points.end(), [](const BreakPoint& a, const BreakPoint& b) { return a.offset < b.offset; });
    points.erase(std::unique(points.begin(), points.end(),
                     [](const BreakPoint& a, const BreakPoint& b) { return a.offset == b.offset; }),
        points.end());

    auto widthAt = [&](std::size_t offset) {
        const auto it = std::lower_bound(starts.begin(), starts.end(), offset);
        return before[static_cast<std::size_t>(it - starts.begin())];
    };
    std::size_t pieceStart = 0;
    double pieceStartWidth = 0;
    for (const BreakPoint& point : points) {
        const double w = widthAt(point.offset);
        addBox(items, w - pieceStartWidth, begin + pieceStart, begin + point.offset);
        switch (point.kind) {
        case PointKind::Syllable:
            addPenalty(items, metrics.hyphenWidth, options.hyphenPenalty, true);
            break;
        case PointKind::AfterHyphen:
            addPenalty(items, 0, options.hyphenPenalty, true);
            break;
        case PointKind::Forced:
            addPenalty(items, metrics.hyphenWidth, options.longWordPenalty, true);
            break;
        }
        pieceStart = point.offset;
        pieceStartWidth = w;
    }
    addBox(items, width - pieceStartWidth, begin + pieceStart, end);
}

} // namespace

void buildParagraphItems(
    std::string_view text, const FontMetrics& metrics, const ItemOptions& options, std::vector<Item>& items)
{
    thread_local WordScratch scratch;
    items.clear();
    Item glue;
    glue.type = ItemType::Glue;
    glue.width = metrics.spaceWidth;
    glue.stretch = options.justified ? metrics.spaceStretch : 0;
    glue.shrink = options.justified ? metrics.spaceShrink : 0;

    std::size_t pos = 0;
    bool first = true;
    while (pos < text.size()) {
        while (pos < text.size() && isSpace(text[pos]))
            ++pos;
        if (pos == text.size())
            break;
        std::size_t end = pos;
        while (end < text.size() && !isSpace(text[end]))
            ++end;
        if (!first)
            items.push_back(glue);
        addWord(text, pos, end, metrics, options, scratch, items);
        first = false;
        pos = end;
    }

    // The last line: no break before the fill, which absorbs its slack; then the forced break.
    addPenalty(items, 0, kInfinitePenalty, false);
    Item fill;
    fill.type = ItemType::Glue;
    fill.stretch = kFillStretch;
    items.push_back(fill);
    addPenalty(items, 0, -kInfinitePenalty, false);
}

} // namespace ptlab::wordproc
