#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ptlab::wordproc {

// The real work behind the browser variant of the demo: a loader that reads files from disk (the
// page's "resources") and a script that computes. Plain functions, so the ui can run them on their
// own threads or, in single-thread mode, on the GUI thread.
using WorkProgress = std::function<void(int done, int total)>;

// Up to `maxBytes` of regular, readable files under `root` (sorted, so runs are comparable).
std::vector<std::string> pickResourceFiles(const std::string& root, std::uint64_t maxBytes, int maxFiles);

struct LoadResult
{
    int files = 0;
    std::uint64_t bytes = 0;
    std::uint64_t checksum = 0; // FNV-1a of every byte read: proof the bytes were really read
    bool cancelled = false;
};
// Reads every file in 64 KiB blocks with O_DIRECT-free plain reads, dropping each from the page
// cache first (posix_fadvise DONTNEED) so it comes from the disk when the kernel allows.
LoadResult loadResources(
    const std::vector<std::string>& files, const std::atomic<bool>& cancel, const WorkProgress& progress = {});

struct ScriptResult
{
    std::uint64_t primes = 0;
    bool cancelled = false;
};
// Counts the primes below `limit` with a segmented sieve, reporting progress per segment.
ScriptResult runScript(std::uint64_t limit, const std::atomic<bool>& cancel, const WorkProgress& progress = {});

} // namespace ptlab::wordproc
