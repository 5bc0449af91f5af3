#include "core/wordproc/formatted_book.h"

#include <algorithm>

namespace ptlab::wordproc {

std::span<const FormattedLine> FormattedBook::pageLines(int pageIndex) const
{
    if (pageIndex < 0 || pageIndex >= pageCount())
        return {};
    const PageRange& page = pages[static_cast<std::size_t>(pageIndex)];
    return std::span<const FormattedLine>(lines).subspan(
        static_cast<std::size_t>(page.firstLine), static_cast<std::size_t>(page.lineCount));
}

int FormattedBook::pageNumberOfLine(int lineIndex) const
{
    if (pages.empty() || lineIndex < 0 || lineIndex >= lineCount())
        return 0;
    const auto it = std::upper_bound(
        pages.begin(), pages.end(), lineIndex, [](int line, const PageRange& page) { return line < page.firstLine; });
    return static_cast<int>(it - pages.begin());
}

int FormattedBook::pageNumberAt(std::size_t offset) const
{
    if (pages.empty() || lines.empty() || paragraphOffsets.empty())
        return 0;
    const auto it = std::upper_bound(paragraphOffsets.begin(), paragraphOffsets.end(), offset);
    const auto paragraph = static_cast<std::size_t>(std::max<std::ptrdiff_t>(it - paragraphOffsets.begin() - 1, 0));
    const std::size_t within = offset - std::min(offset, paragraphOffsets[paragraph]);
    const int first = paragraphFirstLine[paragraph];
    const int last = paragraph + 1 < paragraphFirstLine.size() ? paragraphFirstLine[paragraph + 1] : lineCount();
    if (first >= last)
        return pageNumberOfLine(std::min(first, lineCount() - 1));
    const auto begin = lines.begin() + first;
    const auto found = std::upper_bound(begin + 1, lines.begin() + last, within,
        [](std::size_t w, const FormattedLine& line) { return w < line.begin; });
    return pageNumberOfLine(static_cast<int>(found - lines.begin()) - 1);
}

} // namespace ptlab::wordproc
