#include "core/util/vietnamese_letters.h"

#include "core/util/utf8.h"

#include <string_view>
#include <unordered_map>

namespace ptlab {

namespace {

// Each group starts with its base letter; lower and upper rows line up letter for letter.
constexpr std::string_view kLowerGroups[] = {
    "aàáảãạăằắẳẵặâầấẩẫậ",
    "eèéẻẽẹêềếểễệ",
    "iìíỉĩị",
    "oòóỏõọôồốổỗộơờớởỡợ",
    "uùúủũụưừứửữự",
    "yỳýỷỹỵ",
    "dđ",
};
constexpr std::string_view kUpperGroups[] = {
    "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ",
    "EÈÉẺẼẸÊỀẾỂỄỆ",
    "IÌÍỈĨỊ",
    "OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ",
    "UÙÚỦŨỤƯỪỨỬỮỰ",
    "YỲÝỶỸỴ",
    "DĐ",
};

struct LetterTables
{
    std::unordered_map<char32_t, char32_t> upper;
    std::unordered_map<char32_t, char32_t> base;

    LetterTables()
    {
        for (std::size_t g = 0; g < std::size(kLowerGroups); ++g) {
            std::size_t lp = 0;
            std::size_t up = 0;
            const std::string_view lower = kLowerGroups[g];
            const std::string_view upperRow = kUpperGroups[g];
            const char32_t lowerBase = decodeUtf8(lower, lp);
            const char32_t upperBase = decodeUtf8(upperRow, up);
            upper[lowerBase] = upperBase;
            while (lp < lower.size() && up < upperRow.size()) {
                const char32_t l = decodeUtf8(lower, lp);
                const char32_t u = decodeUtf8(upperRow, up);
                upper[l] = u;
                base[l] = lowerBase;
                base[u] = upperBase;
            }
        }
    }
};

const LetterTables& tables()
{
    static const LetterTables instance;
    return instance;
}

} // namespace

char32_t toUpperLetter(char32_t c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 'A';
    if (c < 0x80)
        return c;
    const auto& upper = tables().upper;
    const auto it = upper.find(c);
    return it == upper.end() ? c : it->second;
}

char32_t baseLetter(char32_t c)
{
    if (c < 0x80)
        return c;
    const auto& base = tables().base;
    const auto it = base.find(c);
    return it == base.end() ? c : it->second;
}

void capitalizeFirst(std::string& text)
{
    if (text.empty())
        return;
    std::size_t end = 0;
    const char32_t first = decodeUtf8(text, end);
    const char32_t upper = toUpperLetter(first);
    if (upper == first)
        return;
    std::string replacement;
    appendUtf8(replacement, upper);
    text.replace(0, end, replacement);
}

} // namespace ptlab
