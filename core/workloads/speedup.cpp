#include "core/workloads/speedup.h"

#include <algorithm>
#include <cmath>

namespace ptlab::workloads {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double amdahlSpeedup(double f, double n)
{
    return 1.0 / (f + (1.0 - f) / n);
}

AmdahlFit fitAmdahl(const std::vector<SpeedupPoint>& points)
{
    AmdahlFit fit;
    auto residual = [&points](double f) {
        double s = 0;
        for (const auto& p : points) {
            const double d = p.speedup - amdahlSpeedup(f, p.workers);
            s += d * d;
        }
        return s;
    };
    int informative = 0;
    for (const auto& p : points)
        if (p.workers > 1 && p.speedup > 0)
            ++informative;
    if (informative == 0)
        return fit;
    double lo = 0, hi = 1;
    const double g = (std::sqrt(5.0) - 1) / 2;
    double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
    double fa = residual(a), fb = residual(b);
    for (int i = 0; i < 100 && hi - lo > 1e-10; ++i) {
        if (fa < fb) {
            hi = b;
            b = a;
            fb = fa;
            a = hi - g * (hi - lo);
            fa = residual(a);
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + g * (hi - lo);
            fb = residual(b);
        }
    }
    double f = (lo + hi) / 2;
    // The ends of [0, 1] are candidates too (a perfectly parallel or a serial workload).
    for (double edge : { 0.0, 1.0 })
        if (residual(edge) < residual(f))
            f = edge;
    fit.serialFraction = f;
    fit.rms = std::sqrt(residual(f) / static_cast<double>(points.size()));
    fit.ok = true;
    return fit;
}

void computeSpeedups(std::vector<SpeedupPoint>& points)
{
    if (points.empty())
        return;
    for (auto& p : points)
        p.medianWallS = median(p.wallS);
    const auto base = std::min_element(points.begin(), points.end(),
        [](const SpeedupPoint& a, const SpeedupPoint& b) { return a.workers < b.workers; });
    const double t1 = base->medianWallS;
    for (auto& p : points) {
        if (p.wallS.empty() || p.medianWallS <= 0)
            continue;
        p.speedup = t1 / p.medianWallS;
        p.speedupLow = t1 / *std::max_element(p.wallS.begin(), p.wallS.end());
        p.speedupHigh = t1 / *std::min_element(p.wallS.begin(), p.wallS.end());
    }
}

} // namespace ptlab::workloads
