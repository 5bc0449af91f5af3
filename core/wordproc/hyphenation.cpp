#include "core/wordproc/hyphenation.h"

#include <cstdlib>
#include <hyphen.h>
#include <sys/stat.h>

namespace ptlab::wordproc {

namespace {

constexpr std::size_t kLeftMin = 2;
constexpr std::size_t kRightMin = 3;
constexpr std::size_t kMinWord = kLeftMin + kRightMin;
// libhyphen's buffers are sized by the word; a "word" longer than this is not English.
constexpr std::size_t kMaxWord = 64;

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

} // namespace

Hyphenator::Hyphenator(const std::string& dictionaryPath) : m_path(dictionaryPath)
{
    struct stat st
    { };
    if (::stat(m_path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        m_reason = "the hyphenation dictionary " + m_path + " is missing (Debian package hyphen-en-us)";
        return;
    }
    m_dict = hnj_hyphen_load(m_path.c_str());
    if (!m_dict)
        m_reason = "the hyphenation dictionary " + m_path + " could not be read";
}

Hyphenator::~Hyphenator()
{
    if (m_dict)
        hnj_hyphen_free(m_dict);
}

const Hyphenator& Hyphenator::english()
{
    static const Hyphenator instance(kEnglishDictionary);
    return instance;
}

void Hyphenator::points(std::string_view word, std::vector<std::size_t>& points) const
{
    points.clear();
    if (!m_dict)
        return;
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
    const std::size_t n = end - begin;
    if (n < kMinWord || n > kMaxWord)
        return;

    // The patterns are lower case; libhyphen wants a NUL-terminated word and n + 5 bytes of marks.
    char letters[kMaxWord + 1];
    for (std::size_t i = 0; i < n; ++i)
        letters[i] = static_cast<char>(word[begin + i] | 0x20);
    letters[n] = '\0';
    char marks[kMaxWord + 5];
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int size = static_cast<int>(n);
    hnj_hyphen_hyphenate3(m_dict, letters, size, marks, nullptr, &rep, &pos, &cut, int(kLeftMin), int(kRightMin),
        int(kLeftMin), int(kRightMin));
    if (rep) {
        // Non-standard breaks ("Schiff-fahrt") do not occur in English patterns; free them all the same.
        for (int i = 0; i < size; ++i)
            std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    // An odd mark after letter i allows a break between letters i and i + 1.
    for (std::size_t i = kLeftMin - 1; i + kRightMin < n; ++i) {
        if (marks[i] & 1)
            points.push_back(begin + i + 1);
    }
}

void englishHyphenationPoints(std::string_view word, std::vector<std::size_t>& points)
{
    Hyphenator::english().points(word, points);
}

} // namespace ptlab::wordproc
