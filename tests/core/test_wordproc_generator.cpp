#include "core/wordproc/book_generator.h"
#include "core/wordproc/formatter.h"
#include "core/util/utf8.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>

using namespace ptlab;
using namespace ptlab::wordproc;

namespace {

std::size_t totalBytes(const Book& book)
{
    std::size_t bytes = 0;
    for (const Paragraph& p : book.paragraphs)
        bytes += p.text.size();
    return bytes;
}

} // namespace

TEST_CASE("Generated books are deterministic chapters of paragraphs", "[wordproc][generator]")
{
    const Book a = generateBook(50, Language::English);
    const Book b = generateBook(50, Language::English);
    REQUIRE(a.paragraphs.size() == b.paragraphs.size());
    for (std::size_t i = 0; i < a.paragraphs.size(); ++i)
        REQUIRE(a.paragraphs[i].text == b.paragraphs[i].text);

    CHECK(a.paragraphs.front().kind == ParagraphKind::Heading);
    CHECK(a.paragraphs.front().text.rfind("Chapter 1. ", 0) == 0);
    int headings = 0;
    for (const Paragraph& p : a.paragraphs) {
        headings += p.kind == ParagraphKind::Heading ? 1 : 0;
        CHECK(p.text.find('\n') == std::string::npos);
        if (p.kind == ParagraphKind::Body) {
            const char last = p.text.back();
            const bool closesQuote = p.text.size() >= 3 && p.text.compare(p.text.size() - 3, 3, "\u201D") == 0;
            CHECK((last == '.' || last == '?' || last == '!' || closesQuote));
        }
    }
    CHECK(headings >= 4); // chapters of 4 to 12 pages
    CHECK(headings <= 13);

    // A longer book starts like a shorter one.
    const Book longer = generateBook(500, Language::English);
    for (std::size_t i = 0; i < 10; ++i)
        CHECK(longer.paragraphs[i].text == a.paragraphs[i].text);
}

TEST_CASE("Vietnamese books are real UTF-8 with diacritics", "[wordproc][generator]")
{
    const Book book = generateBook(20, Language::Vietnamese);
    CHECK(book.language == Language::Vietnamese);
    CHECK(book.paragraphs.front().text.rfind("Chương 1. ", 0) == 0);
    std::size_t codePoints = 0;
    std::size_t accented = 0;
    for (const Paragraph& p : book.paragraphs) {
        REQUIRE(isValidUtf8(p.text));
        for (std::size_t pos = 0; pos < p.text.size();) {
            const char32_t c = decodeUtf8(p.text, pos);
            ++codePoints;
            accented += c > 0x7F ? 1 : 0;
            CHECK(c != 0xFFFD);
        }
    }
    CHECK(accented * 10 > codePoints); // more than one letter in ten carries a mark
    const std::string all = [&] {
        std::string s;
        for (const Paragraph& p : book.paragraphs)
            s += p.text;
        return s;
    }();
    for (const char* word : { "tiến trình", "luồng", "bộ xử lý" })
        CHECK(all.find(word) != std::string::npos);
}

TEST_CASE("Generated books have about the requested number of pages", "[wordproc][generator]")
{
    const Language language = GENERATE(Language::English, Language::Vietnamese);
    const FontMetrics metrics = FontMetrics::approximateSerif(16);
    const PageLayout layout = standardPageLayout(metrics);
    const Book small = generateBook(50, language);
    const Book large = generateBook(500, language);
    const double ratio = static_cast<double>(totalBytes(large)) / static_cast<double>(totalBytes(small));
    CHECK(ratio > 8.5);
    CHECK(ratio < 11.5);

    for (int pages : { 50, 500 }) {
        const FormattedBook book = formatBook(Document(generateBook(pages, language)), metrics, layout);
        INFO(pages << " pages requested, " << book.pageCount() << " formatted");
        CHECK(book.pageCount() >= pages * 85 / 100);
        CHECK(book.pageCount() <= pages * 115 / 100);
    }
    CHECK(generateBook(1, language).paragraphs.size() >= 2);
    CHECK(generateBook(0, language).paragraphs.size() >= 2);
}

// Not run by default: `core_tests "[.wordproc-bench]"` prints reformat times.
TEST_CASE("Reformat time for 50, 500 and 2000 pages", "[.wordproc-bench]")
{
    const FontMetrics metrics = FontMetrics::approximateSerif(16);
    const PageLayout layout = standardPageLayout(metrics);
    for (Language language : { Language::English, Language::Vietnamese }) {
        for (int pages : { 50, 500, 2000 }) {
            const Document document(generateBook(pages, language));
            std::int64_t best = INT64_MAX;
            FormattedBook book;
            for (int run = 0; run < 3; ++run) {
                book = formatBook(document, metrics, layout);
                best = std::min(best, book.elapsedNs);
            }
            std::printf("%s %4d pages requested: %4d pages, %6d lines, %5d paragraphs, %.1f MB, best of 3: %7.1f ms\n",
                language == Language::English ? "en" : "vi", pages, book.pageCount(), book.lineCount(),
                book.paragraphCount, static_cast<double>(document.size()) / 1e6, static_cast<double>(best) / 1e6);
        }
    }
}
