#include "core/wordproc/formatter.h"

#include "core/wordproc/line_breaker.h"
#include "core/wordproc/paginator.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>

namespace ptlab::wordproc {

namespace {

// Ordinary running text, to estimate the average advance of a character.
constexpr std::string_view kSampleText = "When the scheduler hands the processor to another thread, "
                                         "the word processor keeps reformatting every page of the book.";

// Every layout of every paragraph, in one pool; the paginator picks one layout per paragraph.
struct LayoutStore
{
    struct Entry
    {
        std::array<std::uint32_t, 3> offset {};
    };
    std::vector<BrokenLine> pool;
    std::vector<Entry> entries;
    std::vector<ParagraphBlock> blocks;

    void add(const ParagraphLayouts& layouts, bool heading)
    {
        Entry entry;
        ParagraphBlock block;
        block.heading = heading;
        const std::vector<BrokenLine>* variants[3] = { &layouts.best, &layouts.shorter, &layouts.longer };
        for (std::size_t v = 0; v < 3; ++v) {
            entry.offset[v] = static_cast<std::uint32_t>(pool.size());
            block.lines[v] = static_cast<int>(variants[v]->size());
            pool.insert(pool.end(), variants[v]->begin(), variants[v]->end());
        }
        entries.push_back(entry);
        blocks.push_back(block);
    }
};

void appendLines(const LayoutStore& store, int paragraph, LayoutChoice choice, FormattedBook& book)
{
    const auto p = static_cast<std::size_t>(paragraph);
    const auto v = static_cast<std::size_t>(choice);
    const bool heading = store.blocks[p].heading;
    const int count = store.blocks[p].lines[v];
    const std::uint32_t offset = store.entries[p].offset[v];
    book.paragraphFirstLine.push_back(book.lineCount());
    for (int i = 0; i < count; ++i) {
        const BrokenLine& b = store.pool[offset + static_cast<std::uint32_t>(i)];
        FormattedLine line;
        line.paragraph = paragraph;
        line.begin = b.begin;
        line.end = b.end;
        line.ratio = b.ratio;
        line.hyphenated = b.hyphenated;
        line.overfull = b.overfull;
        line.heading = heading;
        line.lastOfParagraph = i + 1 == count;
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
    const double lines = metrics.lineHeight > 0 ? std::floor(layout.textHeight / metrics.lineHeight + 1e-9) : 1.0;
    book.linesPerPage = static_cast<int>(std::clamp(lines, 1.0, 1e6));
    if (progress) {
        progress->paragraphsTotal.store(book.paragraphCount);
        progress->paragraphsDone.store(0);
    }

    BreakerSettings settings;
    settings.lineWidth = layout.textWidth;
    settings.hyphenateEnglish = layout.hyphenate && document.language() == Language::English;
    settings.lineCountVariants = layout.widowOrphanControl;
    LineBreaker breaker(metrics, settings);
    ParagraphLayouts layouts;
    LayoutStore store;
    store.entries.reserve(static_cast<std::size_t>(book.paragraphCount));
    store.blocks.reserve(static_cast<std::size_t>(book.paragraphCount));

    for (int i = 0; i < book.paragraphCount; ++i) {
        if (cancel.load()) {
            book.cancelled = true;
            break;
        }
        const Paragraph& paragraph = document.paragraph(i);
        const bool heading = paragraph.kind == ParagraphKind::Heading;
        if (heading) {
            breaker.breakRagged(paragraph.text, layouts.best);
            layouts.shorter.clear();
            layouts.longer.clear();
        } else {
            breaker.breakJustified(paragraph.text, layouts);
        }
        store.add(layouts, heading);
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

    std::vector<LayoutChoice> choices(static_cast<std::size_t>(book.paragraphsDone), LayoutChoice::Best);
    if (!book.cancelled) {
        PaginationOptions options;
        options.linesPerPage = book.linesPerPage;
        options.chapterStartsNewPage = layout.chapterStartsNewPage;
        options.widowOrphanControl = layout.widowOrphanControl;
        Pagination pagination = paginate(store.blocks, options);
        choices = std::move(pagination.choices);
        book.pages = std::move(pagination.pages);
        book.stats.paragraphsTightened = pagination.tightened;
        book.stats.paragraphsLoosened = pagination.loosened;
        book.stats.linesCarried = pagination.linesCarried;
    }

    book.lines.reserve(store.pool.size() / 2);
    book.paragraphOffsets.reserve(static_cast<std::size_t>(book.paragraphsDone));
    book.paragraphFirstLine.reserve(static_cast<std::size_t>(book.paragraphsDone));
    for (int i = 0; i < book.paragraphsDone; ++i) {
        book.paragraphOffsets.push_back(document.paragraphOffset(i));
        appendLines(store, i, choices[static_cast<std::size_t>(i)], book);
    }
    if (!book.cancelled) {
        for (int i = 0; i < book.paragraphCount; ++i) {
            const Paragraph& paragraph = document.paragraph(i);
            if (paragraph.kind == ParagraphKind::Heading) {
                const int line = book.paragraphFirstLine[static_cast<std::size_t>(i)];
                book.toc.push_back({ paragraph.text, i, book.pageNumberOfLine(line) });
            }
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
