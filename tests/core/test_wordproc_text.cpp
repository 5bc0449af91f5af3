#include "core/lessons/text_fold.h"
#include "core/util/utf8.h"
#include "core/util/vietnamese_letters.h"
#include "core/wordproc/font_metrics.h"
#include "core/wordproc/hyphenation.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ptlab;
using namespace ptlab::wordproc;

namespace {

std::vector<char32_t> decodeAll(std::string_view text)
{
    std::vector<char32_t> out;
    for (std::size_t pos = 0; pos < text.size();)
        out.push_back(decodeUtf8(text, pos));
    return out;
}

std::string hyphenated(std::string_view word)
{
    std::vector<std::size_t> points;
    englishHyphenationPoints(word, points);
    std::string out;
    std::size_t last = 0;
    for (std::size_t p : points) {
        out.append(word.substr(last, p - last));
        out += '-';
        last = p;
    }
    out.append(word.substr(last));
    return out;
}

} // namespace

TEST_CASE("UTF-8 decoding yields one code point per character", "[wordproc][utf8]")
{
    CHECK(decodeAll("a") == std::vector<char32_t> { U'a' });
    CHECK(decodeAll("đế") == std::vector<char32_t> { U'đ', U'ế' });
    CHECK(decodeAll("€𝄞") == std::vector<char32_t> { 0x20AC, 0x1D11E });
    // Malformed input: a lone continuation byte, a truncated sequence, an overlong '/'.
    CHECK(decodeAll("\x80") == std::vector<char32_t> { 0xFFFD });
    CHECK(decodeAll("\xE1\xBA") == std::vector<char32_t> { 0xFFFD, 0xFFFD });
    CHECK(decodeAll("\xC0\xAF") == std::vector<char32_t> { 0xFFFD, 0xFFFD });
    CHECK(isValidUtf8("Tiếng Việt"));
    CHECK_FALSE(isValidUtf8("Ti\xE1\xBA"));
    CHECK(isValidUtf8("\xEF\xBF\xBD")); // U+FFFD itself is a character

    std::string encoded;
    for (char32_t c : { U'T', U'ư', U'ờ', char32_t(0x1D11E) })
        appendUtf8(encoded, c);
    CHECK(encoded == "Tườ𝄞");
}

TEST_CASE("Vietnamese text is measured per code point, not per byte", "[wordproc][utf8]")
{
    const std::string text = "Tiếng Việt có dấu";
    CHECK(text.size() == 24);
    CHECK(codePointCount(text) == 17);
    CHECK(isCodePointBoundary(text, 2)); // before "ế"
    CHECK_FALSE(isCodePointBoundary(text, 3)); // inside it
    CHECK(isCodePointBoundary(text, text.size()));

    FontMetrics metrics = FontMetrics::monospace(1.0);
    CHECK(metrics.textWidth(text) == 17.0);

    // A table entry for one precomposed letter changes exactly the places where it occurs.
    metrics.setAdvance(U'ế', 3.0);
    metrics.setAdvance(U'ệ', 5.0);
    CHECK(metrics.textWidth("ế") == 3.0);
    CHECK(metrics.textWidth(text) == 17.0 + 2.0 + 4.0);
    // Code points beyond the dense table and combining marks.
    metrics.setAdvance(U'€', 7.5);
    CHECK(metrics.advance(U'€') == 7.5);
    CHECK(metrics.advance(U'→') == metrics.defaultAdvance);
    CHECK(metrics.textWidth("e\xCC\x82") == 1.0); // 'e' + combining circumflex: one letter wide

    const FontMetrics serif = FontMetrics::approximateSerif(10);
    CHECK(serif.advance(U'ố') == serif.advance(U'o'));
    CHECK(serif.advance(U'Đ') == serif.advance(U'D'));
    CHECK(serif.advance(U'm') > serif.advance(U'i'));
}

TEST_CASE("Vietnamese letters change case with their diacritics", "[wordproc][utf8]")
{
    CHECK(toUpperLetter(U'ư') == U'Ư');
    CHECK(toUpperLetter(U'ế') == U'Ế');
    CHECK(toUpperLetter(U'đ') == U'Đ');
    CHECK(toUpperLetter(U'ỵ') == U'Ỵ');
    CHECK(toUpperLetter(U'5') == U'5');
    CHECK(baseLetter(U'ợ') == U'o');
    std::string word = "ứng dụng";
    capitalizeFirst(word);
    CHECK(word == "Ứng dụng");
    word = "đồng hồ";
    capitalizeFirst(word);
    CHECK(word == "Đồng hồ");
}

TEST_CASE("The lessons' search folds Vietnamese with the same table", "[wordproc][utf8]")
{
    // Every lower-case letter of the table, folded by the lessons' search, gives its base letter.
    const std::string letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    std::string expected;
    for (std::size_t pos = 0; pos < letters.size();)
        expected += static_cast<char>(baseLetter(decodeUtf8(letters, pos)));
    CHECK(expected == "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd");
    CHECK(lessons::foldText(letters, true).text == expected);
    CHECK(lessons::foldText("TIẾNG VIỆT Đà Nẵng", true).text == "tieng viet da nang");
}

TEST_CASE("English hyphenation follows the hyphen-en-us dictionary", "[wordproc][hyphenation]")
{
    const Hyphenator& english = Hyphenator::english();
    if (!english.available()) {
        WARN("skipped: " << english.unavailableReason());
        return;
    }
    // What Debian's hyph_en_US.dic (TeX's patterns) gives; a heuristic would say "eve-ry-thing",
    // "com-pu-ter" or "syn-chro-ni-za-tion".
    CHECK(hyphenated("computer") == "com-puter");
    CHECK(hyphenated("processing") == "pro-cess-ing");
    CHECK(hyphenated("running") == "run-ning");
    CHECK(hyphenated("synchronization") == "syn-chro-niza-tion");
    CHECK(hyphenated("multiprogramming") == "mul-ti-pro-gram-ming");
    CHECK(hyphenated("heartbeat") == "heart-beat");
    CHECK(hyphenated("everything") == "ev-ery-thing");
    CHECK(hyphenated("scheduler") == "sched-uler");
    CHECK(hyphenated("Operating") == "Op-er-at-ing"); // a capital first letter is looked up in lower case
    // Punctuation around the word stays in place; short words, names with inner capitals and
    // non-English letters get no points.
    CHECK(hyphenated("\"Hyperthreading,\"") == "\"Hy-per-thread-ing,\"");
    CHECK(hyphenated("thread") == "thread");
    CHECK(hyphenated("McKay") == "McKay");
    CHECK(hyphenated("nghiêng") == "nghiêng");
    CHECK(hyphenated("x86-64") == "x86-64");

    // Never fewer than 2 letters before a break or 3 after it.
    std::vector<std::size_t> points;
    for (std::string_view word : { "memory", "notices", "scheduler", "paragraphs", "operating", "everything" }) {
        englishHyphenationPoints(word, points);
        for (std::size_t p : points) {
            CHECK(p >= 2);
            CHECK(p + 3 <= word.size());
        }
    }
}

TEST_CASE("Without its dictionary the hyphenator says why and finds no points", "[wordproc][hyphenation]")
{
    const Hyphenator missing("/nonexistent/hyph_en_US.dic");
    CHECK_FALSE(missing.available());
    CHECK(missing.unavailableReason().find("/nonexistent/hyph_en_US.dic") != std::string::npos);
    std::vector<std::size_t> points { 1, 2, 3 };
    missing.points("everything", points);
    CHECK(points.empty());
}
