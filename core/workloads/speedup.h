#pragma once

#include "core/workloads/workload.h"

#include <vector>

namespace ptlab::workloads {

// Speed-up at one worker count, from several runs: the median, and the spread (slowest, fastest run).
struct SpeedupPoint
{
    int workers = 1;
    std::vector<double> wallS; // every run
    double medianWallS = 0;
    double speedup = 0; // median wall at 1 worker / median wall here
    double speedupLow = 0; // from this count's slowest run
    double speedupHigh = 0; // from its fastest run
};

struct AmdahlFit
{
    double serialFraction = 0; // f in S(n) = 1 / (f + (1 - f) / n)
    double rms = 0; // root-mean-square residual of the speed-ups
    bool ok = false; // needs a point with n > 1
};

[[nodiscard]] double median(std::vector<double> values);
[[nodiscard]] double amdahlSpeedup(double serialFraction, double workers);
// Least squares over f in [0, 1] on the speed-ups themselves (golden-section search on the residual,
// which is unimodal in f for these curves).
[[nodiscard]] AmdahlFit fitAmdahl(const std::vector<SpeedupPoint>& points);
// Fills medians and speed-ups, relative to the point with workers == 1 (or the smallest count).
void computeSpeedups(std::vector<SpeedupPoint>& points);

} // namespace ptlab::workloads
