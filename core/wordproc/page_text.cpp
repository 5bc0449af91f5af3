#include "core/wordproc/page_text.h"

#include <cmath>

namespace ptlab::wordproc {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view lineSource(const Document& document, const FormattedLine& line)
{
    const std::string_view text = document.paragraph(line.paragraph).text;
    return text.substr(line.begin, line.end - line.begin);
}

// Calls word(text) for each word and returns the number of gaps between them.
template <typename WordFunction> int forEachWord(std::string_view text, WordFunction&& word)
{
    int words = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && isSpace(text[pos]))
            ++pos;
        if (pos == text.size())
            break;
        std::size_t end = pos;
        while (end < text.size() && !isSpace(text[end]))
            ++end;
        word(text.substr(pos, end - pos));
        ++words;
        pos = end;
    }
    return words > 0 ? words - 1 : 0;
}

} // namespace

double spaceWidthOnLine(const FormattedLine& line, const FontMetrics& metrics)
{
    const double ratio = line.ratio;
    return metrics.spaceWidth + (ratio >= 0 ? ratio * metrics.spaceStretch : ratio * metrics.spaceShrink);
}

double setLineWidth(const Document& document, const FormattedLine& line, const FontMetrics& metrics)
{
    double letters = 0;
    const int gaps
        = forEachWord(lineSource(document, line), [&](std::string_view w) { letters += metrics.textWidth(w); });
    return letters + gaps * spaceWidthOnLine(line, metrics) + (line.hyphenated ? metrics.hyphenWidth : 0);
}

std::vector<PlacedWord> placeWords(const Document& document, const FormattedLine& line, const FontMetrics& metrics)
{
    std::vector<PlacedWord> words;
    const std::string_view source = lineSource(document, line);
    const double space = spaceWidthOnLine(line, metrics);
    double x = 0;
    forEachWord(source, [&](std::string_view w) {
        if (!words.empty())
            x += space;
        const auto begin = static_cast<std::uint32_t>(w.data() - source.data()) + line.begin;
        const double width = metrics.textWidth(w);
        words.push_back({ begin, begin + static_cast<std::uint32_t>(w.size()), x, width });
        x += width;
    });
    return words;
}

std::string lineText(const Document& document, const FormattedLine& line)
{
    std::string out;
    forEachWord(lineSource(document, line), [&](std::string_view w) {
        if (!out.empty())
            out += ' ';
        out += w;
    });
    if (line.hyphenated)
        out += '-';
    return out;
}

std::vector<std::string> renderPage(
    const Document& document, const FormattedBook& book, int pageIndex, const FontMetrics& metrics)
{
    std::vector<std::string> out;
    const double gap = metrics.spaceWidth > 0 ? metrics.spaceWidth : 1;
    for (const FormattedLine& line : book.pageLines(pageIndex)) {
        const double space = spaceWidthOnLine(line, metrics);
        std::string text;
        double wanted = 0; // total justified space so far, in widths of one plain space
        long emitted = 0;
        forEachWord(lineSource(document, line), [&](std::string_view w) {
            if (!text.empty()) {
                wanted += space / gap;
                const long spaces = std::max(1L, std::lround(wanted) - emitted);
                text.append(static_cast<std::size_t>(spaces), ' ');
                emitted += spaces;
            }
            text += w;
        });
        if (line.hyphenated)
            text += '-';
        out.push_back(std::move(text));
    }
    return out;
}

} // namespace ptlab::wordproc
