#include "core/wordproc/book_generator.h"
#include "core/wordproc/formatter.h"
#include "core/wordproc/paginator.h"

#include <catch2/catch.hpp>

#include <numeric>
#include <vector>

using namespace ptlab::wordproc;

namespace {

ParagraphBlock heading(int lines = 1)
{
    return ParagraphBlock { true, { lines, 0, 0 } };
}

ParagraphBlock body(int lines, int shorter = 0, int longer = 0)
{
    return ParagraphBlock { false, { lines, shorter, longer } };
}

std::vector<int> pageSizes(const Pagination& pagination)
{
    std::vector<int> sizes;
    for (const PageRange& page : pagination.pages)
        sizes.push_back(page.lineCount);
    return sizes;
}

PaginationOptions tenLines(bool control = true)
{
    PaginationOptions options;
    options.linesPerPage = 10;
    options.widowOrphanControl = control;
    return options;
}

} // namespace

TEST_CASE("Pages hold linesPerPage lines and chapters start new pages", "[wordproc][pagination]")
{
    const std::vector<ParagraphBlock> blocks = { heading(), body(4), body(9), heading(2), body(3) };
    const Pagination pagination = paginate(blocks, tenLines(false));
    // 1 + 4 + 5 | 4 | (chapter 2) 2 + 3
    CHECK(pageSizes(pagination) == std::vector<int> { 10, 4, 5 });
    CHECK(pagination.pages[1].firstLine == 10);
    CHECK(pagination.pages[2].firstLine == 14);

    PaginationOptions continuous = tenLines(false);
    continuous.chapterStartsNewPage = false;
    // The second heading fits after the 4 lines on page 2, with a line of its chapter.
    CHECK(pageSizes(paginate(blocks, continuous)) == std::vector<int> { 10, 9 });
    // A heading with no room for the line after it moves to the next page.
    const std::vector<ParagraphBlock> tight = { body(9), heading(), body(3) };
    CHECK(pageSizes(paginate(tight, continuous)) == std::vector<int> { 9, 4 });
}

TEST_CASE("Widows and orphans are avoided", "[wordproc][pagination]")
{
    SECTION("an orphan is carried over when nothing else helps")
    {
        const std::vector<ParagraphBlock> blocks = { heading(), body(8), body(3) };
        CHECK(pageSizes(paginate(blocks, tenLines(false))) == std::vector<int> { 10, 2 });
        const Pagination pagination = paginate(blocks, tenLines());
        CHECK(pageSizes(pagination) == std::vector<int> { 9, 3 });
        CHECK(pagination.linesCarried == 1);
    }
    SECTION("an orphan disappears when the paragraph before it can take one line more")
    {
        const std::vector<ParagraphBlock> blocks = { heading(), body(8, 0, 9), body(3) };
        const Pagination pagination = paginate(blocks, tenLines());
        CHECK(pageSizes(pagination) == std::vector<int> { 10, 3 });
        CHECK(pagination.choices[1] == LayoutChoice::Longer);
        CHECK(pagination.loosened == 1);
        CHECK(pagination.linesCarried == 0);
    }
    SECTION("a widow is avoided by carrying a second line")
    {
        const std::vector<ParagraphBlock> blocks = { heading(), body(10) };
        CHECK(pageSizes(paginate(blocks, tenLines(false))) == std::vector<int> { 10, 1 });
        CHECK(pageSizes(paginate(blocks, tenLines())) == std::vector<int> { 9, 2 });
    }
    SECTION("a widow disappears when the paragraph can be set a line shorter")
    {
        const std::vector<ParagraphBlock> blocks = { heading(), body(10, 9, 11) };
        const Pagination pagination = paginate(blocks, tenLines());
        CHECK(pageSizes(pagination) == std::vector<int> { 10 });
        CHECK(pagination.choices[1] == LayoutChoice::Shorter);
        CHECK(pagination.tightened == 1);
    }
    SECTION("a paragraph spanning three pages keeps two lines on the last one")
    {
        const std::vector<ParagraphBlock> blocks = { body(5), body(26) };
        // 5 + 5 | 10 | 10 | 1 would leave a widow.
        CHECK(pageSizes(paginate(blocks, tenLines(false))) == std::vector<int> { 10, 10, 10, 1 });
        CHECK(pageSizes(paginate(blocks, tenLines())) == std::vector<int> { 10, 10, 9, 2 });
    }
}

TEST_CASE("A formatted book paginates consistently and its contents point at the right pages", "[wordproc][pagination]")
{
    const Language language = GENERATE(Language::English, Language::Vietnamese);
    const Document document(generateBook(80, language));
    FontMetrics metrics = FontMetrics::approximateSerif(16);
    PageLayout layout = standardPageLayout(metrics, 70, 40);
    layout.textHeight += metrics.lineHeight * 0.5; // a partial line does not count
    const FormattedBook book = formatBook(document, metrics, layout);
    REQUIRE(book.linesPerPage == 40);
    REQUIRE(book.pageCount() > 60);

    int next = 0;
    for (int p = 0; p < book.pageCount(); ++p) {
        const PageRange& page = book.pages[static_cast<std::size_t>(p)];
        REQUIRE(page.firstLine == next);
        REQUIRE(page.lineCount >= 1);
        REQUIRE(page.lineCount <= 40);
        next += page.lineCount;
    }
    REQUIRE(next == book.lineCount());

    // Headings open pages; the contents list each one with that page's number.
    int headings = 0;
    for (int i = 0; i < book.lineCount(); ++i) {
        const FormattedLine& line = book.lines[static_cast<std::size_t>(i)];
        if (line.heading && book.paragraphFirstLine[static_cast<std::size_t>(line.paragraph)] == i) {
            const PageRange& page = book.pages[static_cast<std::size_t>(book.pageNumberOfLine(i) - 1)];
            CHECK(page.firstLine == i);
            ++headings;
        }
    }
    REQUIRE(book.toc.size() == static_cast<std::size_t>(headings));
    int previousPage = 0;
    for (const TocEntry& entry : book.toc) {
        CHECK(document.paragraph(entry.paragraph).kind == ParagraphKind::Heading);
        CHECK(entry.title == document.paragraph(entry.paragraph).text);
        CHECK(entry.page > previousPage);
        CHECK(book.pages[static_cast<std::size_t>(entry.page - 1)].firstLine
            == book.paragraphFirstLine[static_cast<std::size_t>(entry.paragraph)]);
        previousPage = entry.page;
    }
    CHECK(book.toc.front().page == 1);

    // No widows and no orphans: a multi-line body paragraph never leaves its first line at the
    // foot of a page or its last line at the top of one.
    for (int p = 0; p + 1 < book.pageCount(); ++p) {
        const PageRange& page = book.pages[static_cast<std::size_t>(p)];
        const FormattedLine& foot = book.lines[static_cast<std::size_t>(page.firstLine + page.lineCount - 1)];
        const FormattedLine& top = book.lines[static_cast<std::size_t>(page.firstLine + page.lineCount)];
        if (foot.paragraph == top.paragraph) {
            const int first = book.paragraphFirstLine[static_cast<std::size_t>(foot.paragraph)];
            CHECK(page.firstLine + page.lineCount - 1 != first); // orphan
            CHECK_FALSE(top.lastOfParagraph); // widow
        }
    }
    CHECK(book.stats.paragraphsTightened + book.stats.paragraphsLoosened > 0);
}

TEST_CASE("A byte offset maps to the page showing it", "[wordproc][pagination]")
{
    const Document document(generateBook(30, Language::Vietnamese));
    const FontMetrics metrics = FontMetrics::approximateSerif(16);
    const FormattedBook book = formatBook(document, metrics, standardPageLayout(metrics));
    REQUIRE(book.pageCount() > 20);

    CHECK(book.pageNumberAt(0) == 1);
    CHECK(book.pageNumberAt(document.size()) == book.pageCount());
    CHECK(book.pageNumberAt(document.size() + 100) == book.pageCount());
    for (int p = 0; p < book.pageCount(); ++p) {
        const PageRange& page = book.pages[static_cast<std::size_t>(p)];
        const FormattedLine& first = book.lines[static_cast<std::size_t>(page.firstLine)];
        const FormattedLine& last = book.lines[static_cast<std::size_t>(page.firstLine + page.lineCount - 1)];
        const std::size_t firstOffset = document.paragraphOffset(first.paragraph) + first.begin;
        const std::size_t lastOffset = document.paragraphOffset(last.paragraph) + last.end - 1;
        INFO("page " << p + 1);
        CHECK(book.pageNumberAt(firstOffset) == p + 1);
        CHECK(book.pageNumberAt(lastOffset) == p + 1);
        if (p > 0)
            CHECK(book.pageNumberAt(firstOffset - 1) == p); // the space or line break before it
    }
    // Not paginated: no page.
    FormattedBook empty;
    CHECK(empty.pageNumberAt(10) == 0);
}
