// Antivirus scan in miniature: a generated file tree searched for a set of byte signatures, one file
// per task, by worker processes (a scanner that chokes on a hostile file loses one worker, not the
// scan).
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"
#include "core/workloads/pool.h"
#include "core/workloads/temp_tree.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

namespace ptlab::workloads {

namespace {

constexpr int Signatures = 12;

std::string signature(int i)
{
    return "PTLAB-TEST-SIGNATURE-" + std::to_string(i) + "-NOT-A-VIRUS";
}

std::string filePath(const std::string& root, std::size_t i)
{
    return root + "/d" + std::to_string(i % 16) + "/f" + std::to_string(i) + ".bin";
}

// Whether file i carries a signature, and which (deterministic, about one file in twelve).
int plantedSignature(std::size_t i)
{
    std::uint64_t s = i * 7919 + 3;
    const std::uint64_t v = splitmix(s);
    return v % 12 == 0 ? static_cast<int>((v >> 8) % Signatures) : -1;
}

std::uint64_t findingHash(std::size_t file, int sig)
{
    const std::uint64_t key[2] = { file, static_cast<std::uint64_t>(sig) };
    return fnv1a(key, sizeof key);
}

} // namespace

Result<RunResult> runScan(const RunOptions& options)
{
    TempTree tree;
    if (auto made = tree.create("ptlab-scan"); !made)
        return made.error();
    const auto files = static_cast<std::size_t>(std::max(8.0, std::round(240 * options.size)));
    std::uint64_t expectedSum = 0, expectedInfected = 0;
    for (int d = 0; d < 16; ++d)
        std::filesystem::create_directories(tree.path() + "/d" + std::to_string(d));
    for (std::size_t i = 0; i < files; ++i) {
        std::uint64_t s = i + 1;
        std::string bytes(48 * 1024 + splitmix(s) % (32 * 1024), '\0');
        for (auto& c : bytes)
            c = static_cast<char>(' ' + splitmix(s) % 90); // printable noise, like documents
        const int sig = plantedSignature(i);
        if (sig >= 0) {
            const std::string text = signature(sig);
            const std::size_t at = splitmix(s) % (bytes.size() - text.size());
            std::memcpy(bytes.data() + at, text.data(), text.size());
            expectedSum += findingHash(i, sig);
            ++expectedInfected;
        }
        if (auto w = writeWholeFile(filePath(tree.path(), i), bytes); !w)
            return w.error();
    }
    std::vector<std::string> sigs;
    for (int k = 0; k < Signatures; ++k)
        sigs.push_back(signature(k));
    const std::string root = tree.path();
    auto outcome = runItems(options, files, [&](std::size_t i, Partial& acc) {
        std::string bytes;
        if (!readWholeFile(filePath(root, i), bytes)) {
            acc.keys["unreadable"] += 1;
            return;
        }
        for (int k = 0; k < Signatures; ++k) {
            if (::memmem(bytes.data(), bytes.size(), sigs[static_cast<std::size_t>(k)].data(),
                    sigs[static_cast<std::size_t>(k)].size())) {
                acc.sum += findingHash(i, k);
                acc.keys["infected"] += 1;
            }
        }
        acc.count += 1;
        acc.keys["bytes"] += bytes.size();
    });
    if (!outcome)
        return outcome.error();
    RunResult r;
    r.workload = "virus-scan";
    fillFromPool(r, outcome->report, options);
    r.throughputUnit = "files/s";
    if (outcome->report.wholeProcessLost)
        return r;
    const Partial& merged = outcome->merged;
    r.items = outcome->merged.count;
    r.checksum = outcome->merged.sum;
    r.throughput = r.wallS > 0 ? static_cast<double>(r.items) / r.wallS : 0;
    r.verified = r.items == files && merged.key("infected") == expectedInfected && r.checksum == expectedSum;
    r.verification = std::to_string(r.items) + " files scanned, " + std::to_string(merged.key("infected"))
        + " infected of " + std::to_string(expectedInfected) + " planted" + (r.verified ? "" : ": FINDINGS DIFFER");
    r.extra.push_back({ "infected", static_cast<double>(merged.key("infected")) });
    r.extra.push_back({ "mb_scanned", static_cast<double>(merged.key("bytes")) / (1024.0 * 1024.0) });
    if (outcome->redone)
        r.crashReport += "; the supervisor rescanned " + std::to_string(outcome->redone) + " file(s) it had taken";
    return r;
}

} // namespace ptlab::workloads
