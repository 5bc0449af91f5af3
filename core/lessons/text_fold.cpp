#include "core/lessons/text_fold.h"

#include "core/util/utf8.h"
#include "core/util/vietnamese_letters.h"

#include <array>

namespace ptlab::lessons {

namespace {

// Base letters of U+00C0..U+00FF; '.' keeps the character.
constexpr std::string_view kLatin1Base = "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y";
// Base letters of U+0100..U+017F.
constexpr std::string_view kLatinExtABase = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnn"
                                            "NnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kLatin1Base.size() == 0x40);
static_assert(kLatinExtABase.size() == 0x80);

char32_t lowerCodePoint(char32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c < 0x80)
        return c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c == 0x130)
        return 'i';
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return (c % 2 == 0) ? c + 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return (c % 2 == 1) ? c + 1 : c;
    if (c == 0x178)
        return 0xFF;
    if (c == 0x1A0 || c == 0x1AF)
        return c + 1;
    if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))
        return (c % 2 == 0) ? c + 1 : c;
    if (c == 0x1E9E)
        return 0xDF;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
        return c + 32;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

// The base Latin letter of a lower-case code point, 0 to drop it (a combining mark), or c itself.
// Vietnamese letters come from the shared table; Latin-1 and Latin Extended-A cover the others.
char32_t unaccented(char32_t c)
{
    if (c >= 0x300 && c <= 0x36F)
        return 0;
    if (const char32_t vietnamese = ptlab::baseLetter(c); vietnamese != c)
        return vietnamese;
    char base = '.';
    if (c >= 0xC0 && c <= 0xFF)
        base = kLatin1Base[c - 0xC0];
    else if (c >= 0x100 && c <= 0x17F)
        base = kLatinExtABase[c - 0x100];
    if (base == '.')
        return c;
    return (base >= 'A' && base <= 'Z') ? base + 32 : base;
}

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is invalid.
} // namespace

FoldedText foldText(std::string_view source, bool stripMarks)
{
    FoldedText folded;
    folded.text.reserve(source.size());
    folded.origin.reserve(source.size() + 1);
    std::size_t i = 0;
    while (i < source.size()) {
        std::size_t next = i;
        char32_t c = decodeUtf8(source, next);
        const std::size_t len = c == 0xFFFD && next == i + 1 ? 0 : next - i; // 0: a stray byte, kept as is
        const auto before = folded.text.size();
        if (len == 0) {
            folded.text += source[i];
        } else {
            c = lowerCodePoint(c);
            if (stripMarks)
                c = unaccented(c);
            if (c != 0)
                appendUtf8(folded.text, c);
        }
        for (auto k = before; k < folded.text.size(); ++k)
            folded.origin.push_back(i);
        i += len == 0 ? 1 : len;
    }
    folded.origin.push_back(source.size());
    return folded;
}

bool isAscii(std::string_view s)
{
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

std::size_t utf8Boundary(std::string_view s, std::size_t offset)
{
    if (offset >= s.size())
        return s.size();
    while (offset > 0 && (static_cast<unsigned char>(s[offset]) & 0xC0) == 0x80)
        --offset;
    return offset;
}

} // namespace ptlab::lessons
