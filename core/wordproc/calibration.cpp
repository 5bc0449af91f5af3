#include "core/wordproc/calibration.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace ptlab::wordproc {

FormatSpeed measureFormatSpeed(const Document& sample, const FontMetrics& metrics, const PageLayout& layout,
    double minTotalMs, const std::atomic<bool>* cancel)
{
    const std::atomic<bool> never { false };
    FormatSpeed speed;
    std::vector<double> perPage;
    double totalMs = 0;
    while (perPage.size() < 10 && (perPage.size() < 3 || totalMs < minTotalMs)) {
        const auto started = std::chrono::steady_clock::now();
        const FormattedBook book = formatBook(sample, metrics, layout, cancel ? *cancel : never);
        if (book.cancelled)
            return FormatSpeed {};
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        totalMs += ms;
        speed.samplePages = book.pageCount();
        perPage.push_back(ms / std::max(1, book.pageCount()));
    }
    std::sort(perPage.begin(), perPage.end());
    speed.msPerPage = perPage[perPage.size() / 2];
    speed.runs = static_cast<int>(perPage.size());
    return speed;
}

int pagesForReformatTime(double msPerPage, double targetMs, int minPages, int maxPages, int step)
{
    if (!(msPerPage > 0))
        return maxPages;
    const double pages = std::round(targetMs / msPerPage / step) * step;
    return static_cast<int>(std::clamp(pages, static_cast<double>(minPages), static_cast<double>(maxPages)));
}

} // namespace ptlab::wordproc
