#include "core/lessons/catalog.h"
#include "core/lessons/search.h"
#include "core/lessons/text_fold.h"

#include <catch2/catch.hpp>

using namespace ptlab::lessons;

namespace {

Catalog smallCatalog()
{
    auto catalog = buildCatalog("vi",
        { { "01-process.md",
              "---\nid: process\ntitle: Tiến trình\ndemo: states\nsummary: S\n---\n"
              "# Khái niệm\n\nMỗi **tiến trình** có một *Khối Điều Khiển* riêng (PCB).\n\n"
              "| Cột | Giá trị |\n|---|---|\n| ĐỊA CHỈ | riêng |\n" },
            { "02-thread.md",
                "---\nid: thread\ntitle: Luồng\ndemo: states\nsummary: S\n---\n"
                "Các luồng của một tiến trình dùng chung bộ nhớ. Xem [trang](http://x.y/z).\n" } });
    REQUIRE(catalog.ok());
    return catalog.value();
}

} // namespace

TEST_CASE("folding lower-cases Vietnamese and can drop diacritics", "[lessons]")
{
    CHECK(foldText("TIẾN TRÌNH Đây Ơ Ư", false).text == "tiến trình đây ơ ư");
    CHECK(foldText("TIẾN TRÌNH Đây Ơ Ư", true).text == "tien trinh day o u");
    CHECK(foldText("Ăn Ổi ỸÝ", true).text == "an oi yy");
    CHECK(foldText("ÀÉÎÕÜ Çà", false).text == "àéîõü çà");
    // Decomposed text: the combining acute accent is dropped when diacritics are ignored.
    CHECK(foldText("e\xCC\x81", true).text == "e");
    // Invalid UTF-8 is kept byte for byte.
    CHECK(foldText("a\xFF"
                   "B",
              false)
              .text
        == "a\xFF"
           "b");
    const auto folded = foldText("xĐy", true);
    CHECK(folded.text == "xdy");
    CHECK(folded.origin == std::vector<std::size_t> { 0, 1, 3, 4 });
}

TEST_CASE("search ignores case, and diacritics when the query has none", "[lessons]")
{
    const auto catalog = smallCatalog();

    auto hits = search(catalog, "khối điều khiển");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].lessonId == "process");
    CHECK(hits[0].snippet.find("Khối Điều Khiển") != std::string::npos);
    CHECK(hits[0].snippet.find('*') == std::string::npos);

    hits = search(catalog, "TIẾN TRÌNH");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].lessonId == "process"); // title match first
    CHECK(hits[0].inTitle);
    CHECK_FALSE(hits[1].inTitle);

    CHECK(search(catalog, "dia chi").size() == 1);
    CHECK(search(catalog, "địa chỉ").size() == 1);
    CHECK(search(catalog, "dịa chỉ").empty()); // a query with diacritics matches them exactly
    CHECK(search(catalog, "luong").size() == 1);
    CHECK(search(catalog, "luồng bộ").size() == 1); // every word must occur
    CHECK(search(catalog, "luồng PCB").empty());
    CHECK(search(catalog, "x.y").empty()); // link targets are not searched
}

TEST_CASE("plain text drops Markdown markers", "[lessons]")
{
    const auto text = plainText("# Title\n\n- **bold** item\n1. `code`\n> quote\n|a|b|\n|-|-|\n![alt](img.svg)\n"
                                "```\nint x;\n```\n");
    CHECK(text == "Title\n\nbold item\ncode\nquote\na b\nalt\nint x;\n");
}

TEST_CASE("snippets are cut on character boundaries", "[lessons]")
{
    std::string body;
    for (int i = 0; i < 60; ++i)
        body += "ướt ";
    body += "mục tiêu ";
    for (int i = 0; i < 80; ++i)
        body += "ấm ";
    auto catalog = buildCatalog("vi", { { "01-a.md", "---\nid: a\ntitle: T\ndemo: states\n---\n" + body } });
    REQUIRE(catalog.ok());
    const auto hits = search(*catalog, "MỤC TIÊU");
    REQUIRE(hits.size() == 1);
    const auto& snippet = hits[0].snippet;
    CHECK(snippet.find("mục tiêu") != std::string::npos);
    CHECK(snippet.rfind("\xE2\x80\xA6", 0) == 0);
    CHECK(snippet.size() < body.size());
    CHECK(foldText(snippet, false).text.size() == snippet.size()); // still valid UTF-8 of the same letters
}
