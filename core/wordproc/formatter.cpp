#include "core/wordproc/formatter.h"

#include "core/wordproc/line_breaker.h"
#include "core/wordproc/paginator.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace ptlab::wordproc {

namespace {

// Ordinary running text, to estimate the average advance of a character.
constexpr std::string_view kSampleText = "When the scheduler hands the processor to another thread, "
                                         "the word processor keeps reformatting every page of the book.";

void appendParagraphLines(const std::vector<BrokenLine>& broken, int paragraph, bool heading, FormattedBook& book)
{
    for (std::size_t i = 0; i < broken.size(); ++i) {
        const BrokenLine& b = broken[i];
        FormattedLine line;
        line.paragraph = paragraph;
        line.begin = b.begin;
        line.end = b.end;
        line.ratio = b.ratio;
        line.hyphenated = b.hyphenated;
        line.overfull = b.overfull;
        line.heading = heading;
        line.lastOfParagraph = i + 1 == broken.size();
        book.lines.push_back(line);
        book.stats.hyphenatedLines += b.hyphenated ? 1 : 0;
        book.stats.overfullLines += b.overfull ? 1 : 0;
        if (!line.lastOfParagraph && !heading)
            book.stats.maxRatio = std::max(book.stats.maxRatio, b.ratio);
    }
}

} // namespace

PageLayout standardPageLayout(const FontMetrics& metrics, int charsPerLine, int linesPerPage)
{
    PageLayout layout;
    const double average = metrics.textWidth(kSampleText) / static_cast<double>(kSampleText.size());
    layout.textWidth = average * charsPerLine;
    layout.textHeight = metrics.lineHeight * linesPerPage;
    return layout;
}

FormattedBook formatBook(const Document& document, const FontMetrics& metrics, const PageLayout& layout,
                         const std::atomic<bool>& cancel, FormatProgress* progress, const ParagraphDone& onParagraph)
{
    const auto started = std::chrono::steady_clock::now();
    FormattedBook book;
    book.revision = document.revision();
    book.paragraphCount = document.paragraphCount();
    book.lineWidth = layout.textWidth;
    book.linesPerPage = std::max(1, static_cast<int>(std::floor(layout.textHeight / metrics.lineHeight + 1e-9)));
    if (progress) {
        progress->paragraphsTotal.store(book.paragraphCount);
        progress->paragraphsDone.store(0);
    }

    BreakerSettings settings;
    settings.lineWidth = layout.textWidth;
    settings.hyphenateEnglish = layout.hyphenate && document.language() == Language::English;
    LineBreaker breaker(metrics, settings);
    std::vector<BrokenLine> broken;

    book.paragraphOffsets.reserve(static_cast<std::size_t>(book.paragraphCount));
    book.paragraphFirstLine.reserve(static_cast<std::size_t>(book.paragraphCount));
    for (int i = 0; i < book.paragraphCount; ++i) {
        if (cancel.load()) {
            book.cancelled = true;
            break;
        }
        const Paragraph& paragraph = document.paragraph(i);
        const bool heading = paragraph.kind == ParagraphKind::Heading;
        if (heading)
            breaker.breakRagged(paragraph.text, broken);
        else
            breaker.breakJustified(paragraph.text, broken);
        book.paragraphOffsets.push_back(document.paragraphOffset(i));
        book.paragraphFirstLine.push_back(book.lineCount());
        appendParagraphLines(broken, i, heading, book);
        book.paragraphsDone = i + 1;
        if (progress)
            progress->paragraphsDone.store(i + 1);
        if (onParagraph)
            onParagraph(i + 1, book.paragraphCount);
    }
    const BreakerStats& breakerStats = breaker.stats();
    std::copy(std::begin(breakerStats.paragraphsByPass), std::end(breakerStats.paragraphsByPass),
              std::begin(book.stats.paragraphsByPass));
    book.stats.breakpointsTried = breakerStats.breakpointsTried;

    if (!book.cancelled) {
        PaginationOptions pagination;
        pagination.linesPerPage = book.linesPerPage;
        pagination.chapterStartsNewPage = layout.chapterStartsNewPage;
        pagination.widowOrphanControl = layout.widowOrphanControl;
        book.pages = paginate(book.lines, pagination);
        for (int i = 0; i < book.paragraphCount; ++i) {
            const Paragraph& paragraph = document.paragraph(i);
            if (paragraph.kind == ParagraphKind::Heading)
                book.toc.push_back({ paragraph.text, i, book.pageNumberOfLine(book.paragraphFirstLine[static_cast<std::size_t>(i)]) });
        }
    }
    book.elapsedNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count();
    return book;
}

FormattedBook formatBook(const Document& document, const FontMetrics& metrics, const PageLayout& layout)
{
    const std::atomic<bool> never { false };
    return formatBook(document, metrics, layout, never);
}

} // namespace ptlab::wordproc
