#include "core/workloads/speedup.h"

#include <catch2/catch.hpp>

using namespace ptlab::workloads;

namespace {
std::vector<SpeedupPoint> exactPoints(double f, int top)
{
    std::vector<SpeedupPoint> points;
    for (int n = 1; n <= top; ++n) {
        SpeedupPoint p;
        p.workers = n;
        const double t = 10.0 * (f + (1 - f) / n); // Amdahl's wall time for 10 s of serial work
        p.wallS = { t * 1.01, t, t * 0.99 };
        points.push_back(p);
    }
    computeSpeedups(points);
    return points;
}
} // namespace

TEST_CASE("Amdahl's serial fraction is recovered from exact points", "[workloads][speedup]")
{
    for (double f : { 0.0, 0.05, 0.2, 0.5, 1.0 }) {
        const auto points = exactPoints(f, 8);
        const AmdahlFit fit = fitAmdahl(points);
        REQUIRE(fit.ok);
        CHECK(fit.serialFraction == Approx(f).margin(1e-6));
        CHECK(fit.rms < 1e-6);
    }
}

TEST_CASE("speed-ups are medians relative to one worker, with the spread", "[workloads][speedup]")
{
    const auto points = exactPoints(0.25, 4);
    REQUIRE(points.size() == 4);
    CHECK(points[0].speedup == Approx(1.0));
    CHECK(points[3].speedup == Approx(amdahlSpeedup(0.25, 4)));
    CHECK(points[3].speedupLow < points[3].speedup);
    CHECK(points[3].speedupHigh > points[3].speedup);
    CHECK(median({ 3, 1, 2 }) == 2);
    CHECK(median({ 4, 1, 2, 3 }) == 2.5);
}

TEST_CASE("a noisy curve gives a fraction near the truth, one point gives no fit", "[workloads][speedup]")
{
    auto points = exactPoints(0.1, 6);
    const double noise[] = { 0, 0.03, -0.04, 0.02, -0.03, 0.04 };
    for (std::size_t i = 0; i < points.size(); ++i)
        points[i].speedup *= 1 + noise[i];
    const AmdahlFit fit = fitAmdahl(points);
    CHECK(fit.serialFraction == Approx(0.1).margin(0.03));
    std::vector<SpeedupPoint> one(1);
    one[0].workers = 1;
    one[0].speedup = 1;
    CHECK_FALSE(fitAmdahl(one).ok);
}
