// Word processor page: how a whole-book reformat grows with the book.
#include "core/exercises/exercise.h"

#include "core/wordproc/book_generator.h"
#include "core/wordproc/document.h"
#include "core/wordproc/formatter.h"

#include <algorithm>
#include <vector>

namespace ptlab::exercises {

namespace {

struct Reformats
{
    double smallMs = 0, bigMs = 0; // medians
    int smallPages = 0, bigPages = 0;
    bool cancelled = false;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Whole reformats of both books, taken in turns so that a load that comes and goes on the machine
// slows both alike; the medians of five each, after one unmeasured round that warms caches up.
Reformats reformatBoth(int pages, int bigger, const RunContext& context)
{
    const wordproc::Document small(wordproc::generateBook(pages, wordproc::Language::English));
    const wordproc::Document big(wordproc::generateBook(bigger, wordproc::Language::English));
    const wordproc::FontMetrics metrics = wordproc::FontMetrics::approximateSerif();
    const wordproc::PageLayout layout = wordproc::standardPageLayout(metrics);
    static const std::atomic<bool> never { false };
    const std::atomic<bool>& cancel = context.cancel ? *context.cancel : never;
    constexpr int Rounds = 5;
    Reformats r;
    std::vector<double> smallMs, bigMs;
    for (int i = -1; i < Rounds; ++i) {
        const wordproc::FormattedBook a = wordproc::formatBook(small, metrics, layout, cancel);
        const wordproc::FormattedBook b = a.cancelled ? a : wordproc::formatBook(big, metrics, layout, cancel);
        if (a.cancelled || b.cancelled) {
            r.cancelled = true;
            return r;
        }
        if (i >= 0) {
            smallMs.push_back(static_cast<double>(a.elapsedNs) / 1e6);
            bigMs.push_back(static_cast<double>(b.elapsedNs) / 1e6);
        }
        r.smallPages = a.pageCount();
        r.bigPages = b.pageCount();
        context.report(static_cast<double>(i + 2) / (Rounds + 1) * 0.99);
    }
    r.smallMs = median(smallMs);
    r.bigMs = median(bigMs);
    return r;
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
        const int pages = pick(rng, { 60, 80, 100 });
        const int factor = pick(rng, { 2, 3, 4 });
        return { { "pages", static_cast<double>(pages) }, { "bigger", static_cast<double>(pages * factor) } };
    };
    g.measure = [](const Values& p, const RunContext& context) -> Result<Values> {
        const int pages = static_cast<int>(valueOf(p, "pages", 20));
        const int bigger = static_cast<int>(valueOf(p, "bigger", 40));
        const Reformats r = reformatBoth(pages, bigger, context);
        if (r.cancelled)
            return Values {};
        const double small = r.smallMs, big = r.bigMs;
        return Values {
            { "measured", small > 0 ? big / small : 0 },
            { "small_ms", small },
            { "big_ms", big },
            { "small_pages", static_cast<double>(r.smallPages) },
            { "big_pages", static_cast<double>(r.bigPages) },
            { "size_ratio", static_cast<double>(bigger) / pages },
        };
    };
    return g;
}

} // namespace ptlab::exercises
