#include "core/wordproc/book_generator.h"

#include "core/util/vietnamese_letters.h"
#include "core/wordproc/phrase_book.h"
#include "core/util/utf8.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace ptlab::wordproc {

namespace {

// SplitMix64: tiny, and its sequence is the same on every platform (unlike std distributions).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    std::string_view pick(std::span<const std::string_view> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::uint64_t m_state;
};

class SentenceMaker
{
public:
    SentenceMaker(Language language, Random& random)
        : m_language(language)
        , m_phrases(language == Language::English ? englishPhrases() : vietnamesePhrases())
        , m_random(random)
    { }

    std::string paragraph()
    {
        std::string text;
        m_used.clear();
        const int sentences = 3 + m_random.below(5);
        for (int i = 0; i < sentences; ++i) {
            if (i > 0)
                text += ' ';
            text += sentence();
        }
        return text;
    }

    std::string heading(int chapter)
    {
        std::string text(m_phrases.chapterWord);
        text += ' ';
        text += std::to_string(chapter);
        text += ". ";
        text += m_random.pick(m_phrases.chapterTitles);
        return text;
    }

private:
    // A phrase not yet used in this paragraph, if a few draws find one.
    std::string_view fresh(std::span<const std::string_view> items)
    {
        std::string_view choice;
        for (int attempt = 0; attempt < 4; ++attempt) {
            choice = m_random.pick(items);
            if (std::find(m_used.begin(), m_used.end(), choice.data()) == m_used.end())
                break;
        }
        m_used.push_back(choice.data());
        return choice;
    }

    std::string clause()
    {
        std::string text;
        if (m_random.chance(60)) {
            text += fresh(m_phrases.systemSubjects);
            text += ' ';
            text += fresh(m_phrases.systemPredicates);
        } else {
            text += fresh(m_phrases.personSubjects);
            text += ' ';
            text += fresh(m_phrases.personPredicates);
        }
        return text;
    }

    void maybeTail(std::string& text)
    {
        if (m_random.chance(35))
            text += fresh(m_phrases.tails);
    }

    std::string dialogue()
    {
        const std::string_view quote = fresh(m_phrases.quotes);
        std::string speaker(m_random.pick(m_phrases.speakers));
        const bool question = quote.back() == '?';
        std::string text;
        if (m_language == Language::English) {
            text = "\u201C" + std::string(quote) + (question ? "\u201D asks " : ",\u201D says ") + speaker + ".";
        } else {
            capitalizeFirst(speaker);
            text = speaker + (question ? " hỏi: \u201C" : " nói: \u201C") + std::string(quote)
                + (question ? "\u201D" : ".\u201D");
        }
        return text;
    }

    std::string sentence()
    {
        const int roll = m_random.below(100);
        std::string text;
        if (roll < 30) {
            text = clause();
            maybeTail(text);
            text += '.';
        } else if (roll < 45) {
            text = fresh(m_phrases.openers);
            text += clause();
            maybeTail(text);
            text += '.';
        } else if (roll < 65) {
            const auto& join
                = m_phrases.joins[static_cast<std::size_t>(m_random.below(static_cast<int>(m_phrases.joins.size())))];
            text = join.first;
            text += clause();
            text += join.second;
            text += clause();
            maybeTail(text);
            text += '.';
        } else if (roll < 85) {
            return std::string(fresh(m_phrases.facts));
        } else {
            return dialogue();
        }
        capitalizeFirst(text);
        return text;
    }

    Language m_language;
    const PhraseBook& m_phrases;
    Random& m_random;
    std::vector<const char*> m_used; // phrases of the current paragraph, by address
};

long estimatedLines(const std::string& paragraph)
{
    // Calibrated on approximateSerif() with standardPageLayout(): justified lines hold a few
    // characters more than the nominal 70, because spaces may shrink.
    constexpr double kCharsPerFilledLine = kGeneratorCharsPerLine + 3;
    const auto chars = static_cast<double>(codePointCount(paragraph));
    return std::max(1L, static_cast<long>((chars + kCharsPerFilledLine - 1) / kCharsPerFilledLine));
}

} // namespace

Book generateBook(int pages, Language language)
{
    Random random(language == Language::English ? 0x70746C6162656EULL : 0x70746C61627669ULL);
    SentenceMaker maker(language, random);
    Book book;
    book.language = language;

    const long perPage = kGeneratorLinesPerPage;
    const long targetLines = std::max(1, pages) * perPage;
    long linesUsed = 0; // chapters start on a fresh page, so each one counts in whole pages
    for (int chapter = 1; linesUsed < targetLines; ++chapter) {
        book.paragraphs.push_back({ ParagraphKind::Heading, maker.heading(chapter) });
        const long chapterTarget = std::min<long>((4 + random.below(9)) * perPage, targetLines - linesUsed);
        long chapterLines = 1;
        while (chapterLines < chapterTarget) {
            std::string text = maker.paragraph();
            chapterLines += estimatedLines(text);
            book.paragraphs.push_back({ ParagraphKind::Body, std::move(text) });
        }
        linesUsed += (chapterLines + perPage - 1) / perPage * perPage;
    }
    return book;
}

} // namespace ptlab::wordproc
