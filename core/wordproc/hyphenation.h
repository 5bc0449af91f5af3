#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using HyphenDict = struct _HyphenDict; // libhyphen's (hyphen.h), kept out of this header

namespace ptlab::wordproc {

// English hyphenation from Debian's hyphen-en-us patterns (TeX's Liang patterns, read by libhyphen,
// the library LibreOffice uses). The dictionary is read once and never changed afterwards, so
// points() may be called from any number of threads at once (libhyphen keeps its scratch per call).
class Hyphenator
{
public:
    static constexpr const char* kEnglishDictionary = "/usr/share/hyphen/hyph_en_US.dic";

    // A dictionary that cannot be read leaves an unavailable hyphenator: text is still set, without
    // syllable breaks, and unavailableReason() says why.
    explicit Hyphenator(const std::string& dictionaryPath);
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    // The English dictionary, loaded on first use (thread-safe) and kept for the process.
    static const Hyphenator& english();

    [[nodiscard]] bool available() const { return m_dict != nullptr; }
    [[nodiscard]] const std::string& unavailableReason() const { return m_reason; }
    [[nodiscard]] const std::string& dictionaryPath() const { return m_path; }

    // Where `word` may take a hyphen at a line end: byte offsets into `word`, ascending, at least 2
    // letters before and 3 after. Leading quotes/brackets and trailing punctuation are skipped;
    // words with non-ASCII letters, digits, or capitals after the first letter (acronyms, names like
    // "McKay") get no points. Nothing when the dictionary is unavailable.
    void points(std::string_view word, std::vector<std::size_t>& points) const;

private:
    HyphenDict* m_dict = nullptr;
    std::string m_path;
    std::string m_reason;
};

// Hyphenator::english().points(word, points).
void englishHyphenationPoints(std::string_view word, std::vector<std::size_t>& points);

} // namespace ptlab::wordproc
