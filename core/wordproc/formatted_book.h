#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ptlab::wordproc {

struct FormattedLine
{
    int paragraph = 0;
    std::uint32_t begin = 0; // byte range of the line's text within its paragraph
    std::uint32_t end = 0;
    // Spaces are set at spaceWidth + ratio * spaceStretch (ratio >= 0) or + ratio * spaceShrink
    // (ratio < 0); always >= -1. 0 on ragged lines: headings and the last line of a paragraph.
    double ratio = 0;
    bool hyphenated = false; // draw a hyphen after the text
    bool lastOfParagraph = false;
    bool heading = false;
    bool overfull = false; // only when a single letter is wider than the line
};

struct PageRange
{
    int firstLine = 0; // index into FormattedBook::lines
    int lineCount = 0;
};

struct TocEntry
{
    std::string title;
    int paragraph = 0;
    int page = 0; // 1-based page number
};

struct FormatStats
{
    int paragraphsByPass[3] = { 0, 0, 0 }; // pretolerance pass (no hyphens), main pass, emergency pass
    long long breakpointsTried = 0; // lines the breaker evaluated
    int paragraphsTightened = 0; // set a line shorter to avoid a widow or an orphan
    int paragraphsLoosened = 0;
    int linesCarried = 0; // lines moved to the next page for the same reason (leaving a gap)
    int hyphenatedLines = 0;
    int overfullLines = 0;
    double maxRatio = 0; // over justified lines that have spaces
};

// The result of one reformat, a value that can be handed to another thread.
struct FormattedBook
{
    bool cancelled = false; // then only `lines` of the first paragraphsDone paragraphs; no pages, no TOC
    std::uint64_t revision = 0; // Document::revision() that was formatted
    int paragraphCount = 0;
    int paragraphsDone = 0;
    double lineWidth = 0;
    int linesPerPage = 0;
    std::vector<FormattedLine> lines; // reading order
    std::vector<PageRange> pages; // page number = index + 1
    std::vector<TocEntry> toc;
    std::vector<std::size_t> paragraphOffsets; // start of each paragraph in Document::text()
    std::vector<int> paragraphFirstLine; // index into lines
    FormatStats stats;
    std::int64_t elapsedNs = 0; // steady_clock, whole reformat

    int pageCount() const { return static_cast<int>(pages.size()); }
    int lineCount() const { return static_cast<int>(lines.size()); }
    std::span<const FormattedLine> pageLines(int pageIndex) const;
    // 1-based page number of the page showing a line; 0 when not paginated.
    int pageNumberOfLine(int lineIndex) const;
    // 1-based page number holding a byte offset of Document::text() (the cursor): the page of the
    // last line starting at or before it. 0 when not paginated (cancelled or empty).
    int pageNumberAt(std::size_t offset) const;
};

} // namespace ptlab::wordproc
