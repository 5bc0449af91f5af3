#include "core/wordproc/paginator.h"

#include <algorithm>

namespace ptlab::wordproc {

namespace {

class PageFiller
{
public:
    explicit PageFiller(int linesPerPage)
        : m_linesPerPage(std::max(1, linesPerPage))
    {
    }

    int room() const { return m_pages.empty() ? 0 : m_linesPerPage - m_pages.back().lineCount; }
    bool pageIsEmpty() const { return m_pages.empty() || m_pages.back().lineCount == 0; }

    void newPage()
    {
        m_pages.push_back(PageRange { m_nextLine, 0 });
    }
    // Places `count` lines, opening pages as they fill.
    void place(int count)
    {
        while (count > 0) {
            if (room() == 0)
                newPage();
            const int now = std::min(count, room());
            m_pages.back().lineCount += now;
            m_nextLine += now;
            count -= now;
        }
    }
    std::vector<PageRange> take() { return std::move(m_pages); }

private:
    int m_linesPerPage;
    int m_nextLine = 0;
    std::vector<PageRange> m_pages;
};

} // namespace

std::vector<PageRange> paginate(const std::vector<FormattedLine>& lines, const PaginationOptions& options)
{
    PageFiller filler(options.linesPerPage);
    const int total = static_cast<int>(lines.size());
    bool afterHeading = false; // the previous paragraph was a heading on the current page

    for (int start = 0; start < total;) {
        int end = start + 1;
        while (end < total && lines[static_cast<std::size_t>(end)].paragraph == lines[static_cast<std::size_t>(start)].paragraph)
            ++end;
        const int count = end - start;

        if (lines[static_cast<std::size_t>(start)].heading) {
            if (options.chapterStartsNewPage && !filler.pageIsEmpty())
                filler.newPage();
            // Keep with next: the heading and at least one following line share a page.
            const int needed = count + (end < total ? 1 : 0);
            if (needed > filler.room() && !filler.pageIsEmpty())
                filler.newPage();
            filler.place(count);
            afterHeading = true;
            start = end;
            continue;
        }

        int remaining = count;
        bool firstChunk = true;
        while (remaining > 0) {
            if (filler.room() == 0) {
                filler.newPage();
                afterHeading = false;
            }
            const int room = filler.room();
            if (remaining <= room) {
                filler.place(remaining);
                break;
            }
            int now = room;
            if (options.widowOrphanControl) {
                if (remaining - now == 1 && now >= 2)
                    --now; // widow: carry a second line over so the last one is not alone on its page
                if (firstChunk && now == 1 && !afterHeading && !filler.pageIsEmpty())
                    now = 0; // orphan: the paragraph's first line alone at the bottom goes over too
            }
            filler.place(now);
            filler.newPage();
            afterHeading = false;
            remaining -= now;
            firstChunk = false;
        }
        afterHeading = false;
        start = end;
    }
    return filler.take();
}

} // namespace ptlab::wordproc
