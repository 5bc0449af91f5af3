#include "core/wordproc/browser_work.h"

#include <algorithm>
#include <cmath>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace ptlab::wordproc {

std::vector<std::string> pickResourceFiles(const std::string& root, std::uint64_t maxBytes, int maxFiles)
{
    namespace fs = std::filesystem;
    std::vector<std::pair<std::string, std::uint64_t>> found;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && !ec && access(it->path().c_str(), R_OK) == 0)
            found.emplace_back(it->path().string(), it->file_size(ec));
        if (found.size() > 20000)
            break;
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> files;
    std::uint64_t total = 0;
    for (const auto& [path, size] : found) {
        if (static_cast<int>(files.size()) >= maxFiles || total >= maxBytes)
            break;
        files.push_back(path);
        total += size;
    }
    return files;
}

LoadResult loadResources(
    const std::vector<std::string>& files, const std::atomic<bool>& cancel, const WorkProgress& progress)
{
    LoadResult r;
    std::uint64_t hash = 1469598103934665603ull;
    std::vector<unsigned char> block(64 * 1024);
    const int total = static_cast<int>(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancel.load(std::memory_order_relaxed)) {
            r.cancelled = true;
            break;
        }
        const int fd = open(files[static_cast<size_t>(i)].c_str(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ssize_t n;
            while ((n = read(fd, block.data(), block.size())) > 0) {
                for (ssize_t k = 0; k < n; ++k)
                    hash = (hash ^ block[static_cast<size_t>(k)]) * 1099511628211ull;
                r.bytes += static_cast<std::uint64_t>(n);
            }
            close(fd);
            ++r.files;
        }
        if (progress)
            progress(i + 1, total);
    }
    r.checksum = hash;
    return r;
}

ScriptResult runScript(std::uint64_t limit, const std::atomic<bool>& cancel, const WorkProgress& progress)
{
    ScriptResult r;
    if (limit < 3)
        return r;
    const std::uint64_t root = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(limit))) + 1;
    std::vector<char> small(root + 1, 1);
    std::vector<std::uint64_t> basePrimes;
    for (std::uint64_t i = 2; i <= root; ++i) {
        if (!small[i])
            continue;
        basePrimes.push_back(i);
        for (std::uint64_t j = i * i; j <= root; j += i)
            small[j] = 0;
    }
    constexpr std::uint64_t Segment = 1 << 16;
    const int segments = static_cast<int>((limit + Segment - 1) / Segment);
    std::vector<char> sieve(Segment);
    for (int s = 0; s < segments; ++s) {
        if (cancel.load(std::memory_order_relaxed)) {
            r.cancelled = true;
            break;
        }
        const std::uint64_t low = static_cast<std::uint64_t>(s) * Segment;
        const std::uint64_t high = std::min(low + Segment, limit);
        std::fill(sieve.begin(), sieve.end(), 1);
        for (std::uint64_t p : basePrimes) {
            std::uint64_t start = std::max(p * p, (low + p - 1) / p * p);
            for (std::uint64_t j = start; j < high; j += p)
                sieve[j - low] = 0;
        }
        for (std::uint64_t n = std::max<std::uint64_t>(low, 2); n < high; ++n)
            r.primes += sieve[n - low];
        if (progress && (s % 16 == 15 || s + 1 == segments))
            progress(s + 1, segments);
    }
    return r;
}

} // namespace ptlab::wordproc
