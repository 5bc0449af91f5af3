#include "core/wordproc/book_generator.h"
#include "core/wordproc/formatter.h"
#include "core/wordproc/line_breaker.h"
#include "core/wordproc/page_text.h"
#include "core/util/utf8.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ptlab;
using namespace ptlab::wordproc;

namespace {

std::string repeatWords(std::string_view word, int count)
{
    std::string text;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            text += ' ';
        text += word;
    }
    return text;
}

Document bodyDocument(std::vector<std::string> texts, Language language = Language::English)
{
    Book book;
    book.language = language;
    for (auto& text : texts)
        book.paragraphs.push_back({ ParagraphKind::Body, std::move(text) });
    return Document(std::move(book));
}

PageLayout columns(double width, double height = 1000)
{
    PageLayout layout;
    layout.textWidth = width;
    layout.textHeight = height;
    return layout;
}

// The words of a text, in order, with the line's inserted hyphens removed and split words rejoined.
std::string wordsOfLines(const Document& document, const FormattedBook& book, int paragraph)
{
    std::string out;
    for (const FormattedLine& line : book.lines) {
        if (line.paragraph != paragraph)
            continue;
        std::string text = lineText(document, line);
        if (line.hyphenated)
            text.pop_back();
        out += text;
        const bool joinsNext = line.hyphenated || (!text.empty() && text.back() == '-' && !line.lastOfParagraph);
        if (!line.lastOfParagraph && !joinsNext)
            out += ' ';
    }
    return out;
}

} // namespace

TEST_CASE("Fixed-width words break where the arithmetic says", "[wordproc][linebreak]")
{
    const FontMetrics mono = FontMetrics::monospace(1.0, 1.0);
    const Document document = bodyDocument({ repeatWords("abcd", 20) });

    SECTION("exactly five words per line")
    {
        // 5 words of 4 columns and 4 spaces: 24 columns; a sixth word would need 29.
        const FormattedBook book = formatBook(document, mono, columns(24));
        REQUIRE(book.lineCount() == 4);
        for (int i = 0; i < 4; ++i) {
            const FormattedLine& line = book.lines[static_cast<std::size_t>(i)];
            CHECK(line.begin == static_cast<std::uint32_t>(25 * i));
            CHECK(line.end == static_cast<std::uint32_t>(25 * i + 24));
            CHECK(line.ratio == 0.0);
            CHECK_FALSE(line.hyphenated);
            CHECK(line.lastOfParagraph == (i == 3));
        }
    }

    SECTION("two columns of slack are shared by the four spaces")
    {
        const FormattedBook book = formatBook(document, mono, columns(26));
        REQUIRE(book.lineCount() == 4);
        for (int i = 0; i < 3; ++i) {
            CHECK(book.lines[static_cast<std::size_t>(i)].ratio == Approx(0.5));
            CHECK(setLineWidth(document, book.lines[static_cast<std::size_t>(i)], mono) == Approx(26.0));
        }
        CHECK(book.lines[3].ratio == 0.0); // the last line is ragged
        const std::vector<std::string> page = renderPage(document, book, 0, mono);
        REQUIRE(page.size() == 4);
        CHECK(page[0] == "abcd  abcd abcd  abcd abcd");
        CHECK(page[3] == "abcd abcd abcd abcd abcd");

        // Painting positions: each space is 1.5 columns wide, the last word ends at the margin.
        const std::vector<PlacedWord> words = placeWords(document, book.lines[1], mono);
        REQUIRE(words.size() == 5);
        for (std::size_t i = 0; i < words.size(); ++i) {
            CHECK(words[i].x == Approx(5.5 * static_cast<double>(i)));
            CHECK(words[i].width == 4.0);
            CHECK(words[i].begin == 25 + 5 * i);
            CHECK(words[i].end == words[i].begin + 4);
        }
        CHECK(words.back().x + words.back().width == Approx(26.0));
    }

    SECTION("a line that must shrink")
    {
        FontMetrics shrinking = mono;
        shrinking.spaceShrink = 0.5;
        // 24 columns of text squeezed into 22: each of the 4 spaces gives up half a column.
        const FormattedBook book = formatBook(document, shrinking, columns(22));
        REQUIRE(book.lineCount() == 4);
        CHECK(book.lines[0].end == 24u);
        CHECK(book.lines[0].ratio == Approx(-1.0));
        CHECK(setLineWidth(document, book.lines[0], shrinking) == Approx(22.0));
    }
}

TEST_CASE("Total fit balances a paragraph that first fit would leave ragged", "[wordproc][linebreak]")
{
    // First fit fills line one exactly ("aaa bbbbbb cc dd", 16 columns) and leaves "eee fffffff"
    // with 5 columns of slack on one space (ratio 5). Total fit moves "dd" down: ratios 1.5 and 1.
    const FontMetrics mono = FontMetrics::monospace(1.0, 1.0);
    const std::string text = "aaa bbbbbb cc dd eee fffffff gggggg hhh";
    BreakerSettings settings;
    settings.lineWidth = 16;
    LineBreaker breaker(mono, settings);

    std::vector<BrokenLine> firstFit;
    breaker.breakRagged(text, firstFit);
    REQUIRE(firstFit.size() == 3);
    CHECK(firstFit[0].end == 16u);

    std::vector<BrokenLine> lines;
    breaker.breakJustified(text, lines);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].end == 13u);
    CHECK(lines[0].ratio == Approx(1.5));
    CHECK(lines[1].begin == 14u);
    CHECK(lines[1].end == 28u);
    CHECK(lines[1].ratio == Approx(1.0));
    CHECK(lines[2].begin == 29u);
    CHECK(lines[2].ratio == 0.0);
}

TEST_CASE("Looser and tighter layouts are offered when they exist", "[wordproc][linebreak]")
{
    // Ten 4-letter words at 14 columns: three per line (ratio 0), four lines, the last one short.
    // Spread over five lines, two words a line need ratio 5: beyond the tolerance. With stretch 3,
    // the looser layout is feasible.
    FontMetrics mono = FontMetrics::monospace(1.0, 3.0);
    mono.spaceShrink = 0.5;
    BreakerSettings settings;
    settings.lineWidth = 14;
    LineBreaker breaker(mono, settings);
    ParagraphLayouts layouts;
    breaker.breakJustified(repeatWords("word", 10), layouts);
    CHECK(layouts.best.size() == 4);
    CHECK(layouts.longer.size() == 5);
    CHECK(layouts.shorter.empty()); // three lines would need 4 words in 14 columns: 19 > 14 - 1.5
    for (const BrokenLine& line : layouts.longer)
        CHECK(line.ratio <= settings.tolerance);
}

TEST_CASE("A word longer than the line is split and never overflows", "[wordproc][linebreak]")
{
    const FontMetrics mono = FontMetrics::monospace(1.0, 1.0);

    SECTION("ASCII")
    {
        const std::string word = "abcdefghijklmnopqrstuvwxyzabcdefghij"; // 36 letters
        const Document document = bodyDocument({ "go " + word + " now" });
        const FormattedBook book = formatBook(document, mono, columns(10));
        REQUIRE(book.stats.overfullLines == 0);
        for (const FormattedLine& line : book.lines)
            CHECK(setLineWidth(document, line, mono) <= 10.0);
        CHECK(wordsOfLines(document, book, 0) == "go " + word + " now");
        int split = 0;
        for (const FormattedLine& line : book.lines)
            split += line.hyphenated ? 1 : 0;
        CHECK(split >= 3); // 36 letters need at least four pieces of at most nine letters and a hyphen
    }

    SECTION("Vietnamese letters are split between code points")
    {
        const std::string word = "Nghiêngnghiêngnghiêngnghiêngnghiêng"; // 35 letters, 40 bytes
        const Document document = bodyDocument({ word }, Language::Vietnamese);
        const FormattedBook book = formatBook(document, mono, columns(8));
        REQUIRE(book.lineCount() >= 5);
        const std::string& text = document.paragraph(0).text;
        for (const FormattedLine& line : book.lines) {
            CHECK(isCodePointBoundary(text, line.begin));
            CHECK(isCodePointBoundary(text, line.end));
            CHECK(setLineWidth(document, line, mono) <= 8.0);
        }
        CHECK(wordsOfLines(document, book, 0) == word);
    }

    SECTION("a measure narrower than one letter still ends, with overfull lines")
    {
        FontMetrics wide = mono;
        wide.setAdvance(U'W', 5.0);
        const Document document = bodyDocument({ "aW Wa" });
        const FormattedBook book = formatBook(document, wide, columns(3));
        CHECK(book.stats.overfullLines >= 1);
        CHECK(wordsOfLines(document, book, 0) == "aW Wa");
    }
}

TEST_CASE("Hyphenation is used when it improves the spacing", "[wordproc][linebreak]")
{
    const FontMetrics mono = FontMetrics::monospace(1.0, 0.5);
    const std::string text = "The scheduler interrupts multiprogramming computers processing "
                             "synchronization requests, and responsiveness improves everywhere.";
    const Document document = bodyDocument({ text });
    const FormattedBook hyphenating = formatBook(document, mono, columns(18));
    PageLayout noHyphens = columns(18);
    noHyphens.hyphenate = false;
    const FormattedBook plain = formatBook(document, mono, noHyphens);

    CHECK(hyphenating.stats.hyphenatedLines > 0);
    CHECK(plain.stats.hyphenatedLines == 0);
    CHECK(wordsOfLines(document, hyphenating, 0) == text);
    CHECK(wordsOfLines(document, plain, 0) == text);
    for (const FormattedLine& line : hyphenating.lines) {
        CHECK(setLineWidth(document, line, mono) <= 18.0 + 1e-9);
        if (line.hyphenated)
            CHECK(lineText(document, line).back() == '-');
    }
    // Vietnamese is never hyphenated, whatever the layout says.
    const Document vietnamese = bodyDocument(
        { "Đồng bộ hóa là cái giá phải trả khi dùng chung dữ liệu giữa các luồng." }, Language::Vietnamese);
    CHECK(formatBook(vietnamese, mono, columns(18)).stats.hyphenatedLines == 0);
}

TEST_CASE("No line of a generated book exceeds the measure, ratios stay in bounds", "[wordproc][linebreak]")
{
    const Language language = GENERATE(Language::English, Language::Vietnamese);
    const Document document(generateBook(60, language));
    const FontMetrics metrics = FontMetrics::approximateSerif(16);
    const PageLayout layout = standardPageLayout(metrics);
    const FormattedBook book = formatBook(document, metrics, layout);
    REQUIRE_FALSE(book.cancelled);
    REQUIRE(book.lineCount() > 1000);
    CHECK(book.stats.overfullLines == 0);

    int justified = 0;
    int veryLoose = 0;
    for (const FormattedLine& line : book.lines) {
        const double width = setLineWidth(document, line, metrics);
        REQUIRE(width <= layout.textWidth + 1e-6);
        REQUIRE(line.ratio >= -1.0);
        if (line.heading)
            CHECK(line.ratio == 0.0);
        if (line.lastOfParagraph)
            CHECK(line.ratio <= 0.0);
        const bool hasSpaces = lineText(document, line).find(' ') != std::string::npos;
        if (!line.heading && !line.lastOfParagraph && hasSpaces) {
            ++justified;
            // A justified line fills the measure exactly.
            CHECK(width == Approx(layout.textWidth).epsilon(1e-9));
            if (line.ratio > 2.0)
                ++veryLoose;
        }
    }
    CHECK(justified > book.lineCount() / 2);
    CHECK(veryLoose * 200 < justified); // beyond the tolerance only in emergencies (< 0.5 %)

    // Every byte of every paragraph is on exactly one line, in order.
    for (int p = 0; p < document.paragraphCount(); ++p) {
        const int first = book.paragraphFirstLine[static_cast<std::size_t>(p)];
        const int last = p + 1 < document.paragraphCount() ? book.paragraphFirstLine[static_cast<std::size_t>(p) + 1]
                                                           : book.lineCount();
        const std::string& text = document.paragraph(p).text;
        std::uint32_t expected = 0;
        for (int i = first; i < last; ++i) {
            const FormattedLine& line = book.lines[static_cast<std::size_t>(i)];
            REQUIRE(line.paragraph == p);
            while (expected < text.size() && text[expected] == ' ')
                ++expected;
            REQUIRE(line.begin == expected);
            expected = line.end;
        }
        REQUIRE(expected == text.size());
    }
}

TEST_CASE("A very long paragraph is set completely", "[wordproc][linebreak]")
{
    // Beyond the size where line-count variants are searched the breaker falls back to one layout.
    const Book source = generateBook(40, Language::English);
    std::string text;
    for (const Paragraph& p : source.paragraphs) {
        if (p.kind == ParagraphKind::Body && text.size() < 30000)
            text += (text.empty() ? "" : " ") + p.text;
    }
    const Document document = bodyDocument({ text });
    const FontMetrics metrics = FontMetrics::approximateSerif(16);
    const PageLayout layout = standardPageLayout(metrics);
    const FormattedBook book = formatBook(document, metrics, layout);
    REQUIRE(book.lineCount() > 300);
    CHECK(book.stats.overfullLines == 0);
    CHECK(wordsOfLines(document, book, 0) == text);
    for (const FormattedLine& line : book.lines)
        REQUIRE(setLineWidth(document, line, metrics) <= layout.textWidth + 1e-6);
}
