// Video rendering in miniature: frames of a Mandelbrot zoom cut into 32x32 tiles, each tile rendered
// by whichever worker takes it (how Blender splits a frame into buckets).
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"
#include "core/workloads/pool.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ptlab::workloads {

namespace {

constexpr int Width = 480;
constexpr int Height = 320;
constexpr int Tile = 32;
constexpr int TilesX = Width / Tile;
constexpr int TilesY = Height / Tile;
constexpr int MaxIter = 400;

std::uint64_t renderTile(int frame, int tile, std::uint64_t& iterations)
{
    // Each frame zooms towards a point on the boundary, where the work is uneven from tile to tile.
    const double scale = 3.0 / Width * std::pow(0.8, frame);
    const double cx0 = -0.743643887 - scale * Width / 2;
    const double cy0 = 0.131825904 - scale * Height / 2;
    const int tx = tile % TilesX, ty = tile / TilesX;
    std::uint16_t pixels[Tile * Tile];
    for (int y = 0; y < Tile; ++y) {
        for (int x = 0; x < Tile; ++x) {
            const double cx = cx0 + (tx * Tile + x) * scale;
            const double cy = cy0 + (ty * Tile + y) * scale;
            double zx = 0, zy = 0;
            int n = 0;
            while (n < MaxIter && zx * zx + zy * zy < 4.0) {
                const double t = zx * zx - zy * zy + cx;
                zy = 2 * zx * zy + cy;
                zx = t;
                ++n;
            }
            pixels[y * Tile + x] = static_cast<std::uint16_t>(n);
            iterations += static_cast<std::uint64_t>(n);
        }
    }
    return fnv1a(pixels, sizeof pixels, 1469598103934665603ull + static_cast<std::uint64_t>(frame * 1000 + tile));
}

} // namespace

Result<RunResult> runMandelbrot(const RunOptions& options)
{
    const int frames = std::max(1, static_cast<int>(std::lround(6 * options.size)));
    const std::size_t tilesPerFrame = TilesX * TilesY;
    auto outcome = runItems(options, frames * tilesPerFrame, [&](std::size_t item, Partial& acc) {
        std::uint64_t iterations = 0;
        acc.sum
            += renderTile(static_cast<int>(item / tilesPerFrame), static_cast<int>(item % tilesPerFrame), iterations);
        acc.count += Tile * Tile;
        acc.keys["iterations"] += iterations;
    });
    if (!outcome)
        return outcome.error();
    RunResult r;
    r.workload = "mandelbrot";
    fillFromPool(r, outcome->report, options);
    r.throughputUnit = "pixels/s";
    if (outcome->report.wholeProcessLost)
        return r;
    r.items = outcome->merged.count;
    r.checksum = outcome->merged.sum;
    r.throughput = r.wallS > 0 ? static_cast<double>(r.items) / r.wallS : 0;
    const std::uint64_t expected = static_cast<std::uint64_t>(frames) * Width * Height;
    r.verified = r.items == expected;
    r.verification = std::to_string(frames) + " frame(s) of " + std::to_string(Width) + "x" + std::to_string(Height)
        + (r.verified ? ", every pixel rendered once" : ", PIXELS MISSING");
    r.extra.push_back({ "iterations", static_cast<double>(outcome->merged.key("iterations")) });
    if (outcome->redone)
        r.crashReport += "; the supervisor re-rendered " + std::to_string(outcome->redone) + " tile(s) it had taken";
    return r;
}

} // namespace ptlab::workloads
