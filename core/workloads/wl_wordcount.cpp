// Big-data analysis in miniature: a map-reduce word count. The map runs in the workers (each counts
// the words of the chunks it takes), the reduce merges their tables in the caller.
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"
#include "core/workloads/pool.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <unordered_map>

namespace ptlab::workloads {

namespace {

constexpr std::size_t Chunks = 64;

std::vector<std::string> vocabulary(std::size_t words)
{
    static const char* syllables[]
        = { "ba", "ko", "mi", "tu", "ren", "sa", "lo", "vi", "den", "qua", "ngu", "phi", "tre", "xo", "ham", "lu" };
    std::vector<std::string> out;
    std::uint64_t state = 42;
    while (out.size() < words) {
        std::string w;
        const int n = 1 + static_cast<int>(splitmix(state) % 3);
        for (int i = 0; i < n; ++i)
            w += syllables[splitmix(state) % 16];
        w += std::to_string(out.size()); // keeps words distinct
        out.push_back(std::move(w));
    }
    return out;
}

} // namespace

WordCountInput makeWordCountInput(double size)
{
    WordCountInput in;
    const auto vocab = vocabulary(2000);
    const auto words = static_cast<std::uint64_t>(std::max(1000.0, 1500000.0 * size));
    std::vector<std::uint64_t> counts(vocab.size(), 0);
    std::uint64_t state = 7;
    in.text.reserve(words * 9);
    for (std::uint64_t i = 0; i < words; ++i) {
        // Skewed like real text: a few words are very common.
        const double u = static_cast<double>(splitmix(state) >> 11) / 9007199254740992.0;
        const auto index = static_cast<std::size_t>(std::pow(u, 3.0) * static_cast<double>(vocab.size()));
        ++counts[index];
        in.text += vocab[index];
        in.text += (i % 13 == 12) ? '\n' : ' ';
    }
    in.totalWords = words;
    for (std::size_t c = 0; c < Chunks; ++c) {
        std::size_t start = in.text.size() * c / Chunks;
        while (start > 0 && start < in.text.size() && in.text[start - 1] != ' ' && in.text[start - 1] != '\n')
            ++start;
        in.chunkStarts.push_back(start);
    }
    in.chunkStarts.push_back(in.text.size());
    for (std::size_t i = 0; i < vocab.size(); ++i)
        if (counts[i])
            in.expected.emplace_back(vocab[i], counts[i]);
    std::sort(in.expected.begin(), in.expected.end());
    return in;
}

std::uint64_t wordCountChecksum(const std::vector<std::pair<std::string, std::uint64_t>>& sortedCounts)
{
    std::uint64_t h = 1469598103934665603ull;
    for (const auto& [word, count] : sortedCounts) {
        h = fnv1a(word, h);
        h = fnv1a(&count, sizeof count, h);
    }
    return h;
}

Result<RunResult> runWordCount(const RunOptions& options)
{
    const WordCountInput in = makeWordCountInput(options.size);
    auto outcome = runItems(options, in.chunkStarts.size() - 1, [&in](std::size_t chunk, Partial& acc) {
        std::string_view text(in.text);
        std::unordered_map<std::string_view, std::uint64_t> local;
        std::size_t i = in.chunkStarts[chunk];
        const std::size_t end = in.chunkStarts[chunk + 1];
        while (i < end) {
            while (i < end && (text[i] == ' ' || text[i] == '\n'))
                ++i;
            const std::size_t start = i;
            while (i < end && text[i] != ' ' && text[i] != '\n')
                ++i;
            if (i > start)
                ++local[text.substr(start, i - start)];
        }
        for (const auto& [word, n] : local) {
            acc.keys[std::string(word)] += n;
            acc.count += n;
        }
    });
    if (!outcome)
        return outcome.error();
    RunResult r;
    r.workload = "word-count";
    fillFromPool(r, outcome->report, options);
    r.throughputUnit = "words/s";
    if (outcome->report.wholeProcessLost)
        return r;
    // The reduce step: one sorted table.
    std::vector<std::pair<std::string, std::uint64_t>> counts(outcome->merged.keys.begin(), outcome->merged.keys.end());
    std::sort(counts.begin(), counts.end());
    r.items = outcome->merged.count;
    r.checksum = wordCountChecksum(counts);
    r.throughput = r.wallS > 0 ? static_cast<double>(r.items) / r.wallS : 0;
    r.verified = counts == in.expected && r.items == in.totalWords;
    r.verification = std::to_string(counts.size()) + " distinct words, " + std::to_string(r.items) + " words counted"
        + (r.verified ? ", every count equals the generator's" : ", COUNTS DIFFER from the generator's");
    r.extra.push_back({ "distinct_words", static_cast<double>(counts.size()) });
    if (outcome->redone)
        r.crashReport += "; the supervisor recounted " + std::to_string(outcome->redone) + " chunk(s) it had taken";
    return r;
}

} // namespace ptlab::workloads
