#pragma once

#include "core/wordproc/formatted_book.h"

#include <vector>

namespace ptlab::wordproc {

struct PaginationOptions
{
    int linesPerPage = 40;
    bool chapterStartsNewPage = true; // a heading opens a fresh page
    bool widowOrphanControl = true; // no paragraph leaves a single line alone at a page's bottom or top
};

// Distributes lines (in reading order, paragraphs contiguous) over pages. A heading always stays
// on the page of the line that follows it.
std::vector<PageRange> paginate(const std::vector<FormattedLine>& lines, const PaginationOptions& options);

} // namespace ptlab::wordproc
