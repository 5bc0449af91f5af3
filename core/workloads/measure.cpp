#include "core/workloads/measure.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace ptlab::workloads {

std::uint64_t fnv1a(const void* data, std::size_t size, std::uint64_t seed)
{
    auto p = static_cast<const unsigned char*>(data);
    std::uint64_t h = seed;
    for (std::size_t i = 0; i < size; ++i) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
    return h;
}

std::uint64_t fnv1a(std::string_view data, std::uint64_t seed)
{
    return fnv1a(data.data(), data.size(), seed);
}

std::uint64_t splitmix(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

namespace {

// Resident pages from /proc/PID/statm (second field); 0 when the process is gone.
std::uint64_t residentPages(pid_t pid)
{
    char path[64];
    if (pid == 0)
        std::snprintf(path, sizeof path, "/proc/self/statm");
    else
        std::snprintf(path, sizeof path, "/proc/%d/statm", static_cast<int>(pid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    char buf[128];
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return 0;
    buf[n] = 0;
    // "size resident shared ...": the second field.
    const char* space = static_cast<const char*>(std::memchr(buf, ' ', static_cast<std::size_t>(n)));
    std::uint64_t resident = 0;
    if (!space || std::from_chars(space + 1, buf + n, resident).ec != std::errc {})
        return 0;
    return resident;
}

} // namespace

RssSampler::RssSampler()
{
    sampleOnce();
    try {
        m_thread = std::thread([this] {
            m_started = true;
            m_started.notify_one();
            while (!m_quit.load()) {
                sampleOnce();
                std::this_thread::sleep_for(std::chrono::milliseconds(10)); // the sampling period
            }
        });
    } catch (const std::system_error&) {
        // No thread to spare (a process limit): the peak comes from the samples at start and end only,
        // and the run itself reports the limit when its workers cannot start.
        return;
    }
    // The caller forks next. A thread still starting up may hold the allocator's lock (ASan's does), and
    // a child forked then would wait on it for ever: return only once the thread runs its loop.
    m_started.wait(false);
}

RssSampler::~RssSampler()
{
    m_quit = true;
    if (m_thread.joinable())
        m_thread.join();
}

void RssSampler::addChild(pid_t pid)
{
    std::lock_guard lock(m_mutex);
    m_children.insert(pid);
}

void RssSampler::removeChild(pid_t pid)
{
    std::lock_guard lock(m_mutex);
    m_children.erase(pid);
}

void RssSampler::sampleOnce()
{
    // Nothing here allocates (the children are read under the lock, not copied): the workloads fork
    // while this thread runs, and a child must not inherit an allocator lock this thread held.
    std::lock_guard lock(m_mutex);
    std::uint64_t pages = residentPages(0);
    for (pid_t c : m_children)
        pages += residentPages(c);
    m_peakPages = std::max(m_peakPages, pages);
}

double RssSampler::peakMb()
{
    sampleOnce();
    std::lock_guard lock(m_mutex);
    return static_cast<double>(m_peakPages) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(p / 100.0 * static_cast<double>(values.size()));
    const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, static_cast<double>(values.size()))) - 1;
    return values[index];
}

} // namespace ptlab::workloads
