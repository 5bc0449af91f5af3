#include "core/wordproc/hyphenation.h"

#include <algorithm>
#include <array>
#include <string>

namespace ptlab::wordproc {

namespace {

constexpr std::size_t kLeftMin = 2;
constexpr std::size_t kRightMin = 3;
constexpr std::size_t kMinWord = kLeftMin + kRightMin + 1;

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isVowelAt(const std::string& w, std::size_t i)
{
    switch (w[i]) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
        return true;
    case 'y':
        return i > 0; // "system", "rhythm", but the y of "yes" is a consonant
    default:
        return false;
    }
}

bool isDigraph(char a, char b)
{
    static constexpr std::array<std::array<char, 2>, 10> kDigraphs = { { { 'c', 'h' }, { 's', 'h' }, { 't', 'h' },
        { 'p', 'h' }, { 'w', 'h' }, { 'g', 'h' }, { 'c', 'k' }, { 'q', 'u' }, { 'n', 'g' }, { 'w', 'r' } } };
    return std::any_of(kDigraphs.begin(), kDigraphs.end(), [a, b](const auto& d) { return d[0] == a && d[1] == b; });
}

// Consonant pairs that begin syllables ("pro-gram", "ad-dress" aside): break before them.
bool isOnsetBlend(char a, char b)
{
    if (b == 'r')
        return a == 'b' || a == 'c' || a == 'd' || a == 'f' || a == 'g' || a == 'p' || a == 't';
    if (b == 'l')
        return a == 'b' || a == 'c' || a == 'f' || a == 'g' || a == 'p' || a == 's';
    return false;
}

constexpr std::array<std::string_view, 12> kPrefixes
    = { "inter", "multi", "under", "over", "hyper", "micro", "super", "trans", "counter", "semi", "anti", "auto" };
// Checked in order, so "thing" ("every-thing") is tried before "ing".
constexpr std::array<std::string_view, 12> kSuffixes
    = { "tion", "sion", "ment", "ness", "less", "able", "ible", "ful", "ship", "thing", "ing", "ous" };

bool allowed(std::size_t point, std::size_t length)
{
    return point >= kLeftMin && point + kRightMin <= length;
}

} // namespace

void englishHyphenationPoints(std::string_view word, std::vector<std::size_t>& points)
{
    points.clear();
    // The letters proper: skip leading quotes/brackets and trailing punctuation.
    std::size_t begin = 0;
    while (begin < word.size() && !isLower(word[begin]) && !isUpper(word[begin]))
        ++begin;
    std::size_t end = begin;
    while (end < word.size() && (isLower(word[end]) || (end == begin && isUpper(word[end]))))
        ++end;
    for (std::size_t i = end; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c >= 0x80 || isLower(word[i]) || isUpper(word[i]) || (c >= '0' && c <= '9'))
            return; // not a plain English word
    }
    if (end - begin < kMinWord)
        return;

    std::string w(word.substr(begin, end - begin));
    w[0] = static_cast<char>(w[0] | 0x20);
    const std::size_t n = w.size();
    std::vector<char> mark(n + 1, 0);
    std::size_t coreBegin = 0;
    std::size_t coreEnd = n;

    for (std::string_view prefix : kPrefixes) {
        if (n > prefix.size() + kRightMin && w.compare(0, prefix.size(), prefix) == 0) {
            mark[prefix.size()] = 1;
            coreBegin = prefix.size();
            break;
        }
    }
    for (std::string_view suffix : kSuffixes) {
        if (n <= suffix.size() + coreBegin + kLeftMin || w.compare(n - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        std::size_t cut = n - suffix.size();
        // "running" -> "run-ning": a consonant doubled for the suffix goes with it; a double s, l, f or z
        // belongs to the stem ("pass-ing", "call-ing").
        const char last = cut >= 2 ? w[cut - 1] : 'a';
        if (suffix == "ing" && last == w[cut - 2] && !isVowelAt(w, cut - 1) && last != 's' && last != 'l' && last != 'f'
            && last != 'z')
            --cut;
        mark[cut] = 1;
        coreEnd = cut;
        break;
    }

    // Vowel-consonant patterns inside the core: find each consonant run between two vowels.
    std::size_t i = coreBegin;
    while (i < coreEnd && !isVowelAt(w, i))
        ++i;
    while (i < coreEnd) {
        while (i < coreEnd && isVowelAt(w, i))
            ++i;
        const std::size_t consonants = i;
        std::size_t j = i;
        while (j < coreEnd && !isVowelAt(w, j))
            ++j;
        if (j >= coreEnd)
            break;
        const std::size_t run = j - consonants;
        std::size_t cut = consonants; // V-CV: "me-mo-ry"
        if (run >= 2) {
            // VC-CV ("sys-tem"), and the last consonant of a longer run opens the next syllable
            // ("heart-beat"), unless the run ends in a digraph or an onset blend that stays with
            // the vowel after it ("fa-ther", "con-trol", "pro-gram", "chil-dren").
            cut = run == 2 ? consonants + 1 : j - 1;
            if (isDigraph(w[j - 2], w[j - 1]) || isOnsetBlend(w[j - 2], w[j - 1]))
                cut = j - 2;
            if (run >= 3 && isDigraph(w[j - 3], w[j - 2]) && (w[j - 1] == 'r' || w[j - 1] == 'l'))
                cut = j - 3; // "syn-chro", "ca-thro"
            if (run >= 3 && w.compare(j - 3, 3, "tch") == 0)
                cut = 0; // "switch-es" needs a dictionary; better no point than "swit-ches"
        }
        if (cut > 0)
            mark[cut] = 1;
        i = j;
    }

    for (std::size_t p = 1; p < n; ++p) {
        if (mark[p] && allowed(p, n))
            points.push_back(begin + p);
    }
}

} // namespace ptlab::wordproc
