#pragma once

#include "core/workloads/workload.h"

// One function per miniature; workload.cpp lists them.
namespace ptlab::workloads {

[[nodiscard]] Result<RunResult> runWebServer(const RunOptions& options);
[[nodiscard]] Result<RunResult> runNbody(const RunOptions& options);
[[nodiscard]] Result<RunResult> runBuild(const RunOptions& options);
[[nodiscard]] Result<RunResult> runDownloads(const RunOptions& options);
[[nodiscard]] Result<RunResult> runScan(const RunOptions& options);
[[nodiscard]] Result<RunResult> runChat(const RunOptions& options);
[[nodiscard]] Result<RunResult> runWordCount(const RunOptions& options);
[[nodiscard]] Result<RunResult> runMandelbrot(const RunOptions& options);

// Inputs the tests check against (deterministic for a size).
struct WordCountInput
{
    std::string text;
    std::vector<std::size_t> chunkStarts; // chunk i is text[chunkStarts[i], chunkStarts[i+1])
    std::vector<std::pair<std::string, std::uint64_t>> expected; // word, count, sorted by word
    std::uint64_t totalWords = 0;
};
[[nodiscard]] WordCountInput makeWordCountInput(double size);
[[nodiscard]] std::uint64_t wordCountChecksum(const std::vector<std::pair<std::string, std::uint64_t>>& sortedCounts);

// The toy language the "compiler" builds: let statements over integer expressions, compiled to a
// stack bytecode. Exposed for the tests.
struct CompileOutput
{
    bool ok = false;
    std::string error;
    std::string object; // the bytecode
    std::int64_t result = 0; // value of the last statement, evaluated from the bytecode
    std::int64_t folded = 0; // the same value, folded from the syntax tree
};
[[nodiscard]] std::string generateSource(std::size_t fileIndex, int statements);
[[nodiscard]] CompileOutput compileSource(std::string_view source);

} // namespace ptlab::workloads
