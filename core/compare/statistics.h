#pragma once

#include <cstddef>
#include <vector>

namespace ptlab::compare {

// What the page and the command line report for one variant's samples.
struct Summary
{
    std::size_t count = 0;
    double min = 0;
    double q1 = 0; // 25th percentile (box plot)
    double median = 0;
    double q3 = 0; // 75th percentile
    double p95 = 0;
    double max = 0;
    double mean = 0;
};

// The p-th percentile (0..100) of sorted samples, interpolated linearly between closest ranks
// (the "R-7" rule that numpy and spreadsheets use). 0 for no samples.
[[nodiscard]] double percentile(const std::vector<double>& sorted, double p);

// Summary of samples in any order (copied and sorted).
[[nodiscard]] Summary summarize(std::vector<double> samples);

} // namespace ptlab::compare
