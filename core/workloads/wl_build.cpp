// A compiler building many files in miniature: generated sources compiled one file per task, each
// object written to disk, like `make -j N` (processes) or a build server's thread pool (threads).
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"
#include "core/workloads/pool.h"
#include "core/workloads/temp_tree.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace ptlab::workloads {

namespace {
constexpr int Statements = 700;

std::uint64_t objectHash(std::size_t file, const std::string& object)
{
    return fnv1a(object, 1469598103934665603ull ^ (file * 0x9e3779b97f4a7c15ull));
}
} // namespace

Result<RunResult> runBuild(const RunOptions& options)
{
    TempTree tree;
    if (auto made = tree.create("ptlab-build"); !made)
        return made.error();
    const auto files = static_cast<std::size_t>(std::max(4.0, std::round(80 * options.size)));
    const std::string src = tree.path() + "/src", obj = tree.path() + "/obj";
    std::filesystem::create_directories(src);
    std::filesystem::create_directories(obj);
    for (std::size_t i = 0; i < files; ++i)
        if (auto w = writeWholeFile(src + "/unit" + std::to_string(i) + ".toy", generateSource(i, Statements)); !w)
            return w.error();
    auto outcome = runItems(options, files, [&](std::size_t i, Partial& acc) {
        std::string source;
        if (!readWholeFile(src + "/unit" + std::to_string(i) + ".toy", source)) {
            acc.keys["failed"] += 1;
            return;
        }
        const CompileOutput out = compileSource(source);
        if (!out.ok || !writeWholeFile(obj + "/unit" + std::to_string(i) + ".o", out.object)) {
            acc.keys["failed"] += 1;
            return;
        }
        acc.sum += objectHash(i, out.object);
        acc.count += 1;
        acc.keys["object_bytes"] += out.object.size();
    });
    if (!outcome)
        return outcome.error();
    RunResult r;
    r.workload = "build";
    fillFromPool(r, outcome->report, options);
    r.throughputUnit = "files/s";
    if (outcome->report.wholeProcessLost)
        return r;
    r.items = outcome->merged.count;
    r.checksum = outcome->merged.sum;
    r.throughput = r.wallS > 0 ? static_cast<double>(r.items) / r.wallS : 0;
    // Every source must have its object on disk, with the bytes the workers reported.
    std::uint64_t onDisk = 0;
    std::size_t built = 0;
    for (std::size_t i = 0; i < files; ++i) {
        std::string object;
        if (readWholeFile(obj + "/unit" + std::to_string(i) + ".o", object)) {
            onDisk += objectHash(i, object);
            ++built;
        }
    }
    r.verified = built == files && r.items == files && onDisk == r.checksum;
    r.verification = std::to_string(built) + " of " + std::to_string(files) + " objects on disk"
        + (r.verified ? ", each matching what its worker compiled" : ": BUILD INCOMPLETE");
    r.extra.push_back({ "object_kb", static_cast<double>(outcome->merged.key("object_bytes")) / 1024.0 });
    if (outcome->redone)
        r.crashReport += "; the supervisor recompiled " + std::to_string(outcome->redone) + " file(s) it had taken";
    return r;
}

} // namespace ptlab::workloads
