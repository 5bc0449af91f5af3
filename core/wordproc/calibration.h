#pragma once

#include "core/wordproc/document.h"
#include "core/wordproc/font_metrics.h"
#include "core/wordproc/formatter.h"

#include <atomic>

namespace ptlab::wordproc {

// How long this machine takes to reformat a page, measured by formatting a real sample book.
struct FormatSpeed
{
    double msPerPage = 0; // median over the runs
    int samplePages = 0; // pages the sample set
    int runs = 0;
};

// Formats `sample` (a whole reformat, on the calling thread) at least three times and for at
// least `minTotalMs` in all, at most ten times, and returns the median time per formatted page.
// Real work, no sleeps: it is what the word-processor page uses to size its book. A set `cancel`
// stops it within a paragraph; the result then has no runs.
[[nodiscard]] FormatSpeed measureFormatSpeed(const Document& sample, const FontMetrics& metrics,
    const PageLayout& layout, double minTotalMs = 250, const std::atomic<bool>* cancel = nullptr);

// The book size whose reformat takes about `targetMs` at `msPerPage`, a multiple of `step` pages
// within [minPages, maxPages].
[[nodiscard]] int pagesForReformatTime(double msPerPage, double targetMs, int minPages, int maxPages, int step = 50);

} // namespace ptlab::wordproc
