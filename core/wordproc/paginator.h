#pragma once

#include "core/wordproc/formatted_book.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ptlab::wordproc {

struct PaginationOptions
{
    int linesPerPage = 40;
    bool chapterStartsNewPage = true; // a heading opens a fresh page
    // No paragraph leaves its first line alone at the foot of a page (orphan) or its last line
    // alone at the top of one (widow).
    bool widowOrphanControl = true;
};

enum class LayoutChoice : std::uint8_t
{
    Best,
    Shorter, // one line fewer (tighter spacing)
    Longer, // one line more (looser spacing)
};

// What the paginator needs to know of a paragraph: how many lines each of its layouts takes
// (0: that layout does not exist).
struct ParagraphBlock
{
    bool heading = false;
    std::array<int, 3> lines = { 1, 0, 0 }; // indexed by LayoutChoice
};

struct Pagination
{
    std::vector<LayoutChoice> choices; // per paragraph
    std::vector<PageRange> pages; // line indices count the chosen layouts' lines in order
    int tightened = 0; // paragraphs set one line shorter to avoid a widow or an orphan
    int loosened = 0;
    int linesCarried = 0; // lines moved to the next page instead, leaving space at a page's foot
};

// Distributes paragraphs over pages. A heading always shares its page with the line after it.
// Widows and orphans are avoided first by choosing another layout of the paragraph, or of the
// paragraph before it on the page, and only then by carrying lines over.
Pagination paginate(const std::vector<ParagraphBlock>& blocks, const PaginationOptions& options);

} // namespace ptlab::wordproc
