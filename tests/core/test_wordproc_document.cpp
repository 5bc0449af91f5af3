#include "core/wordproc/book_generator.h"
#include "core/wordproc/document.h"
#include "core/wordproc/formatter.h"
#include "core/wordproc/page_text.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ptlab::wordproc;

namespace {

Document threeParagraphs()
{
    Book book;
    book.language = Language::Vietnamese;
    book.paragraphs = {
        { ParagraphKind::Heading, "Chương 1. Khởi đầu" },
        { ParagraphKind::Body, "Luồng chạy nền dàn trang. Cửa sổ vẫn mượt!" },
        { ParagraphKind::Body, "Hết." },
    };
    return Document(std::move(book));
}

} // namespace

TEST_CASE("A document addresses its text as paragraphs joined by line breaks", "[wordproc][document]")
{
    const Document document = threeParagraphs();
    const std::string text = document.text();
    CHECK(text == "Chương 1. Khởi đầu\nLuồng chạy nền dàn trang. Cửa sổ vẫn mượt!\nHết.");
    CHECK(document.size() == text.size());
    CHECK(document.paragraphOffset(1) == text.find('\n') + 1);

    const std::size_t second = document.paragraphOffset(1);
    CHECK(document.positionOf(0).paragraph == 0);
    CHECK(document.positionOf(second - 1).paragraph == 0); // the '\n' ends paragraph 0
    CHECK(document.positionOf(second - 1).offset == document.paragraph(0).text.size());
    CHECK(document.positionOf(second).paragraph == 1);
    CHECK(document.positionOf(second).offset == 0);
    CHECK(document.positionOf(document.size()).paragraph == 2);

    const std::vector<char32_t> used = document.usedCodePoints();
    CHECK(std::is_sorted(used.begin(), used.end()));
    CHECK(std::adjacent_find(used.begin(), used.end()) == used.end());
    CHECK(std::binary_search(used.begin(), used.end(), U'ơ'));
    CHECK(std::binary_search(used.begin(), used.end(), U'ợ'));
    CHECK_FALSE(std::binary_search(used.begin(), used.end(), U'\n'));
}

TEST_CASE("Insert and erase edit the text and keep paragraphs consistent", "[wordproc][document]")
{
    Document document = threeParagraphs();
    const std::uint64_t revision = document.revision();
    const std::size_t second = document.paragraphOffset(1);

    REQUIRE(document.insert(second, "Ồ, ").ok());
    CHECK(document.paragraph(1).text.rfind("Ồ, Luồng", 0) == 0);
    CHECK(document.revision() == revision + 1);

    // A line break inside the text splits the paragraph.
    REQUIRE(document.insert(second + std::string_view("Ồ, ").size(), "mới\nthêm ").ok());
    REQUIRE(document.paragraphCount() == 4);
    CHECK(document.paragraph(1).text == "Ồ, mới");
    CHECK(document.paragraph(2).text.rfind("thêm Luồng", 0) == 0);
    CHECK(document.paragraph(2).kind == ParagraphKind::Body);

    // Erasing across the break joins them again.
    const std::string joined = document.text();
    const std::string_view removed = " mới\nthêm ";
    REQUIRE(document.erase(joined.find(removed), removed.size()).ok());
    CHECK(document.paragraphCount() == 3);
    CHECK(document.text() == "Chương 1. Khởi đầu\nỒ,Luồng chạy nền dàn trang. Cửa sổ vẫn mượt!\nHết.");

    const std::string before = document.text();
    CHECK_FALSE(document.insert(document.size() + 1, "x").ok());
    CHECK(document.insert(3, "x").error().code == ptlab::Error::Code::InvalidArgument); // inside "ư"
    CHECK_FALSE(document.insert(0, "bad \xE1\xBA").ok());
    CHECK_FALSE(document.erase(document.size() - 1, 2).ok());
    CHECK_FALSE(document.erase(3, 1).ok());
    CHECK(document.text() == before);
}

TEST_CASE("The demo's edit deletes the first sentence of the first body paragraph", "[wordproc][document]")
{
    SECTION("a small document")
    {
        Document document = threeParagraphs();
        const auto offset = document.eraseFirstSentence();
        REQUIRE(offset.ok());
        CHECK(*offset == document.paragraphOffset(1));
        CHECK(document.paragraph(1).text == "Cửa sổ vẫn mượt!");
        REQUIRE(document.eraseFirstSentence().ok());
        // A paragraph that was one sentence disappears with its line break.
        CHECK(document.paragraphCount() == 2);
        CHECK(document.paragraph(1).text == "Hết.");
        REQUIRE(document.eraseFirstSentence().ok());
        CHECK(document.text() == "Chương 1. Khởi đầu");
        CHECK(document.eraseFirstSentence().error().code == ptlab::Error::Code::NotFound);
    }
    SECTION("dialogue tags stay with their quotation")
    {
        Book book;
        book.paragraphs = { { ParagraphKind::Body, "\u201CWhy is it frozen?\u201D asks Lan. It is not." } };
        Document document(std::move(book));
        REQUIRE(document.eraseFirstSentence().ok());
        CHECK(document.text() == "It is not.");
    }
    SECTION("a generated book, reformatted after the edit")
    {
        Document document(generateBook(40, Language::English));
        const FontMetrics metrics = FontMetrics::approximateSerif(16);
        const PageLayout layout = standardPageLayout(metrics);
        const FormattedBook before = formatBook(document, metrics, layout);
        const std::string oldText = document.paragraph(1).text;
        const auto [begin, end] = document.firstSentence(1);
        REQUIRE(end > begin);
        REQUIRE(document.eraseFirstSentence().ok());
        CHECK(document.paragraph(1).text == oldText.substr(end));

        const FormattedBook after = formatBook(document, metrics, layout);
        CHECK(after.revision == document.revision());
        CHECK(after.revision != before.revision);
        CHECK(std::abs(after.pageCount() - before.pageCount()) <= 1);
        const FormattedLine& firstBodyLine = after.lines[static_cast<std::size_t>(after.paragraphFirstLine[1])];
        CHECK(lineText(document, firstBodyLine).rfind(oldText.substr(end, 10), 0) == 0);
    }
}

TEST_CASE("A copy shares the paragraphs an edit does not touch", "[wordproc][document]")
{
    const Document original = threeParagraphs();
    Document edited = original; // what the page hands the reformat thread on every keystroke
    CHECK(&edited.paragraph(0) == &original.paragraph(0)); // shared, not copied
    CHECK(&edited.paragraph(1) == &original.paragraph(1));

    REQUIRE(edited.insert(edited.paragraphOffset(1), "Mới: "));
    CHECK(edited.paragraph(1).text == "Mới: Luồng chạy nền dàn trang. Cửa sổ vẫn mượt!");
    CHECK(original.paragraph(1).text == "Luồng chạy nền dàn trang. Cửa sổ vẫn mượt!"); // the snapshot is unchanged
    CHECK(&edited.paragraph(1) != &original.paragraph(1));
    CHECK(&edited.paragraph(0) == &original.paragraph(0));
    CHECK(&edited.paragraph(2) == &original.paragraph(2));

    // Erasing across a line break joins two paragraphs into a new one; the snapshot keeps both.
    Document joined = original;
    REQUIRE(joined.erase(joined.paragraphOffset(2) - 1, 1));
    CHECK(joined.paragraphCount() == 2);
    CHECK(joined.paragraph(1).text == "Luồng chạy nền dàn trang. Cửa sổ vẫn mượt!Hết.");
    CHECK(original.paragraphCount() == 3);
    CHECK(original.text() == "Chương 1. Khởi đầu\nLuồng chạy nền dàn trang. Cửa sổ vẫn mượt!\nHết.");
    CHECK(&joined.paragraph(0) == &original.paragraph(0));
}
