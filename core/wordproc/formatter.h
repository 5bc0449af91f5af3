#pragma once

#include "core/wordproc/document.h"
#include "core/wordproc/font_metrics.h"
#include "core/wordproc/formatted_book.h"

#include <atomic>
#include <functional>

namespace ptlab::wordproc {

struct PageLayout
{
    double textWidth = 480; // the measure, in FontMetrics units
    double textHeight = 720; // lines per page = floor(textHeight / lineHeight)
    bool hyphenate = true; // English only; long words are split in any language
    bool chapterStartsNewPage = true;
    bool widowOrphanControl = true;
};

// A page about `charsPerLine` characters of ordinary text wide and `linesPerPage` lines high.
PageLayout standardPageLayout(const FontMetrics& metrics, int charsPerLine = 70, int linesPerPage = 40);

// Shared with the thread that watches a reformat; written by the formatting thread.
struct FormatProgress
{
    std::atomic<int> paragraphsTotal { 0 };
    std::atomic<int> paragraphsDone { 0 };
};

// Called on the formatting thread after each paragraph with (done, total).
using ParagraphDone = std::function<void(int done, int total)>;

// Reformats the whole document: every paragraph broken into justified lines (Knuth-Plass), then
// pages, page numbers and the table of contents. `cancel` is read before every paragraph, so a
// cancel stops the work within one paragraph; the result then says cancelled and holds no pages.
// The document must not change during the call: a background job formats its own copy.
FormattedBook formatBook(const Document& document, const FontMetrics& metrics, const PageLayout& layout,
    const std::atomic<bool>& cancel, FormatProgress* progress = nullptr, const ParagraphDone& onParagraph = {});
FormattedBook formatBook(const Document& document, const FontMetrics& metrics, const PageLayout& layout);

} // namespace ptlab::wordproc
