#include "core/wordproc/paginator.h"

#include <algorithm>

namespace ptlab::wordproc {

namespace {

class Paginator
{
public:
    Paginator(const std::vector<ParagraphBlock>& blocks, const PaginationOptions& options)
        : m_blocks(blocks), m_options(options), m_perPage(std::max(1, options.linesPerPage))
    {
        m_result.choices.assign(blocks.size(), LayoutChoice::Best);
    }

    Pagination run()
    {
        for (std::size_t i = 0; i < m_blocks.size(); ++i) {
            if (m_blocks[i].heading)
                placeHeading(i);
            else
                placeBody(i);
        }
        return std::move(m_result);
    }

private:
    int room() const { return pages().empty() ? 0 : m_perPage - pages().back().lineCount; }
    bool pageIsEmpty() const { return pages().empty() || pages().back().lineCount == 0; }
    std::vector<PageRange>& pages() { return m_result.pages; }
    const std::vector<PageRange>& pages() const { return m_result.pages; }

    void newPage() { pages().push_back(PageRange { m_nextLine, 0 }); }

    // Places lines, opening pages as they fill.
    void place(int count)
    {
        while (count > 0) {
            if (room() == 0)
                newPage();
            const int now = std::min(count, room());
            pages().back().lineCount += now;
            m_nextLine += now;
            count -= now;
        }
    }

    int linesOf(std::size_t i, LayoutChoice choice) const
    {
        return m_blocks[i].lines[static_cast<std::size_t>(choice)];
    }

    // Would `count` lines starting with `space` lines left on the page leave a widow or an orphan?
    bool clean(int count, int space, bool afterHeading) const
    {
        if (space == 0)
            space = m_perPage;
        if (count <= space || m_perPage < 2)
            return true;
        if (space == 1 && !afterHeading)
            return false; // orphan
        const int rest = (count - space) % m_perPage;
        return rest != 1; // a widow
    }

    void placeHeading(std::size_t i)
    {
        const int count = linesOf(i, LayoutChoice::Best);
        if (m_options.chapterStartsNewPage && !pageIsEmpty())
            newPage();
        const int needed = count + (i + 1 < m_blocks.size() ? 1 : 0); // keep with the next line
        if (needed > room() && !pageIsEmpty())
            newPage();
        place(count);
        m_afterHeading = true;
        m_previous = -1;
    }

    // Changes the layout of the paragraph placed just before, which ends on this page, by `delta`
    // lines (+1 or -1), if that layout exists and the change stays on this page.
    bool adjustPrevious(int delta)
    {
        if (m_previous < 0)
            return false;
        const auto p = static_cast<std::size_t>(m_previous);
        const LayoutChoice choice = delta > 0 ? LayoutChoice::Longer : LayoutChoice::Shorter;
        if (m_result.choices[p] != LayoutChoice::Best || linesOf(p, choice) == 0)
            return false;
        // A paragraph that started on an earlier page must keep at least two lines here.
        if (!m_previousStartedHere && m_previousLinesHere + delta < 2)
            return false;
        if (delta > 0 && room() < delta)
            return false;
        m_result.choices[p] = choice;
        pages().back().lineCount += delta;
        m_nextLine += delta;
        m_previousLinesHere += delta;
        ++(delta > 0 ? m_result.loosened : m_result.tightened);
        return true;
    }

    void placeBody(std::size_t i)
    {
        if (room() == 0) {
            newPage();
            m_afterHeading = false;
            m_previous = -1;
        }
        LayoutChoice choice = LayoutChoice::Best;
        bool resolved = !m_options.widowOrphanControl || clean(linesOf(i, choice), room(), m_afterHeading);
        if (!resolved) {
            for (LayoutChoice other : { LayoutChoice::Shorter, LayoutChoice::Longer }) {
                const int count = linesOf(i, other);
                if (count > 0 && clean(count, room(), m_afterHeading)) {
                    choice = other;
                    ++(other == LayoutChoice::Shorter ? m_result.tightened : m_result.loosened);
                    resolved = true;
                    break;
                }
            }
        }
        if (!resolved) {
            // Give this page one line more or one line less by resetting the paragraph before.
            const int count = linesOf(i, choice);
            if (clean(count, room() - 1, m_afterHeading))
                resolved = adjustPrevious(+1);
            if (!resolved && clean(count, room() + 1, m_afterHeading))
                resolved = adjustPrevious(-1);
        }
        m_result.choices[i] = choice;
        if (room() == 0) {
            newPage();
            m_afterHeading = false;
        }
        const int count = linesOf(i, choice);
        const int startPage = static_cast<int>(pages().size());
        if (resolved)
            place(count);
        else
            placeCarrying(count);
        m_previous = static_cast<int>(i);
        m_previousStartedHere = static_cast<int>(pages().size()) == startPage;
        // A paragraph that started on an earlier page owns every line of this one.
        m_previousLinesHere = m_previousStartedHere ? count : pages().back().lineCount;
        m_afterHeading = false;
    }

    // The fallback: move lines to the next page so that no line is left alone.
    void placeCarrying(int count)
    {
        int remaining = count;
        bool firstChunk = true;
        while (remaining > 0) {
            if (room() == 0) {
                newPage();
                m_afterHeading = false;
            }
            const int space = room();
            if (remaining <= space) {
                place(remaining);
                return;
            }
            int now = space;
            if (remaining - now == 1 && now >= 2)
                --now; // widow: carry a second line over so the last one is not alone on its page
            if (firstChunk && now == 1 && !m_afterHeading && !pageIsEmpty())
                now = 0; // orphan: the first line alone at the foot goes over too
            m_result.linesCarried += space - now;
            place(now);
            newPage();
            m_afterHeading = false;
            remaining -= now;
            firstChunk = false;
        }
    }

    const std::vector<ParagraphBlock>& m_blocks;
    PaginationOptions m_options;
    int m_perPage;
    Pagination m_result;
    int m_nextLine = 0;
    bool m_afterHeading = false; // the last lines placed on this page are a heading's
    int m_previous = -1; // the body paragraph placed last, while it ends on the current page
    bool m_previousStartedHere = false;
    int m_previousLinesHere = 0;
};

} // namespace

Pagination paginate(const std::vector<ParagraphBlock>& blocks, const PaginationOptions& options)
{
    return Paginator(blocks, options).run();
}

} // namespace ptlab::wordproc
