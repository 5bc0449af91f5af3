// Word processor page: how a whole-book reformat grows with the book.
#include "core/exercises/exercise.h"

#include "core/wordproc/book_generator.h"
#include "core/wordproc/document.h"
#include "core/wordproc/formatter.h"

#include <algorithm>
#include <vector>

namespace ptlab::exercises {

namespace {

// The median of five whole reformats of a book of `pages` pages, in milliseconds; -1 when cancelled.
double reformatMs(int pages, const RunContext& context, int& formattedPages)
{
    const wordproc::Document document(wordproc::generateBook(pages, wordproc::Language::English));
    const wordproc::FontMetrics metrics = wordproc::FontMetrics::approximateSerif();
    const wordproc::PageLayout layout = wordproc::standardPageLayout(metrics);
    static const std::atomic<bool> never { false };
    const std::atomic<bool>& cancel = context.cancel ? *context.cancel : never;
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
        const wordproc::FormattedBook book = wordproc::formatBook(document, metrics, layout, cancel);
        if (book.cancelled)
            return -1;
        ms.push_back(static_cast<double>(book.elapsedNs) / 1e6);
        formattedPages = book.pageCount();
    }
    std::sort(ms.begin(), ms.end());
    return ms[2];
}

} // namespace

Generator wordprocScalingGenerator()
{
    Generator g;
    g.name = "wordproc-scaling";
    g.page = "wordproc";
    g.summary = "a whole-book reformat: how its time grows with the size of the book";
    g.questionText = "The word processor reformats a whole book (line breaking, justification, pagination) after "
                     "every edit. ptlab reformats a book of {pages} pages, then one of {bigger} pages. How many times "
                     "as long does the bigger book take?";
    g.explanationText
        = "The {pages}-page book took {small_ms} ms ({small_pages} pages formatted), the {bigger}-page book "
          "{big_ms} ms ({big_pages} pages): {measured} times as long, for {size_ratio} times the pages. Each "
          "paragraph is broken into lines on its own, so the work grows in proportion to the text: "
          "a book twice as long freezes a single-threaded editor twice as long on every keystroke. That is why the "
          "reformat runs on a background thread that a new edit cancels and restarts.";
    g.prediction = { "x", 0, 100, 1 };
    g.draw = [](Rng& rng) -> Values {
        const int pages = pick(rng, { 50, 80, 100 });
        const int factor = pick(rng, { 2, 3, 4 });
        return { { "pages", static_cast<double>(pages) }, { "bigger", static_cast<double>(pages * factor) } };
    };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        const int pages = static_cast<int>(valueOf(p, "pages", 20));
        const int bigger = static_cast<int>(valueOf(p, "bigger", 40));
        int smallPages = 0, bigPages = 0;
        const double small = reformatMs(pages, context, smallPages);
        context.report(0.25);
        const double big = small < 0 ? -1 : reformatMs(bigger, context, bigPages);
        if (small < 0 || big < 0)
            return Values {}; // cancelled
        return Values {
            { "measured", small > 0 ? big / small : 0 },
            { "small_ms", small },
            { "big_ms", big },
            { "small_pages", static_cast<double>(smallPages) },
            { "big_pages", static_cast<double>(bigPages) },
            { "size_ratio", static_cast<double>(bigger) / pages },
        };
    };
    return g;
}

} // namespace ptlab::exercises
