#pragma once

#include "core/wordproc/document.h"
#include "core/wordproc/font_metrics.h"
#include "core/wordproc/formatted_book.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ptlab::wordproc {

// A word of a line and where it starts, measured from the line's left edge.
struct PlacedWord
{
    std::uint32_t begin = 0; // byte range within the paragraph
    std::uint32_t end = 0;
    double x = 0;
    double width = 0;
};

// Width of one inter-word space on a line, after justification.
double spaceWidthOnLine(const FormattedLine& line, const FontMetrics& metrics);

// The width the line occupies when set: its letters, its justified spaces and a drawn hyphen.
// For a justified line this equals the measure; it never exceeds it unless the line is overfull.
double setLineWidth(const Document& document, const FormattedLine& line, const FontMetrics& metrics);

// The words of a line with their x positions, for painting and hitting the cursor. A hyphenated
// line's hyphen goes at the end of the last word.
std::vector<PlacedWord> placeWords(const Document& document, const FormattedLine& line, const FontMetrics& metrics);

// The line's text as plain UTF-8 (single spaces, plus '-' when hyphenated).
std::string lineText(const Document& document, const FormattedLine& line);

// A page as strings, for tests and the command line: each justified line has its spaces widened
// to approach the measure in whole spaces (with monospace metrics it lands exactly on it).
std::vector<std::string> renderPage(
    const Document& document, const FormattedBook& book, int pageIndex, const FontMetrics& metrics);

} // namespace ptlab::wordproc
