#include "core/workloads/pool.h"

#include "core/workloads/measure.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <new>
#include <optional>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace ptlab::workloads {

void Partial::merge(const Partial& other)
{
    sum += other.sum;
    count += other.count;
    for (const auto& [k, v] : other.keys)
        keys[k] += v;
}

std::uint64_t Partial::key(const std::string& name) const
{
    auto it = keys.find(name);
    return it == keys.end() ? 0 : it->second;
}

namespace {

void putU64(std::string& out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

bool getU64(std::string_view& in, std::uint64_t& v)
{
    if (in.size() < 8)
        return false;
    v = 0;
    for (int i = 0; i < 8; ++i)
        v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[i])) << (8 * i);
    in.remove_prefix(8);
    return true;
}

double rusageSeconds(const rusage& ru)
{
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
        + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

bool writeAll(int fd, const std::string& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// A framed message: 8-byte length, then the bytes.
std::string frame(const std::string& payload)
{
    std::string out;
    putU64(out, payload.size());
    out += payload;
    return out;
}

bool unframe(const std::string& buffer, std::string& payload)
{
    std::string_view in(buffer);
    std::uint64_t size = 0;
    if (!getU64(in, size) || in.size() != size)
        return false;
    payload.assign(in);
    return true;
}

bool pastDeadline(double deadline)
{
    return monotonicSeconds() > deadline;
}

double deadlineOf(const RunOptions& o)
{
    return monotonicSeconds() + static_cast<double>(o.timeout.count()) / 1000.0;
}

// In a freshly forked worker: die with the parent thread, never return into the parent's stack.
void becomeChild(pid_t parent)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(1);
}

[[noreturn]] void childRun(const std::function<Partial()>& work, int fd)
{
    try {
        const Partial p = work();
        _exit(writeAll(fd, frame(serialize(p))) ? 0 : 4);
    } catch (...) {
        _exit(3);
    }
}

Result<PoolReport> runThreads(const RunOptions& o, const PoolOptions& pool, const WorkerFunction& fn, bool inChild)
{
    PoolReport report;
    std::optional<RssSampler> rss;
    if (!inChild)
        rss.emplace();
    const int n = o.workers;
    std::vector<Partial> parts(static_cast<std::size_t>(n));
    std::vector<double> cpu(static_cast<std::size_t>(n), 0.0);
    std::mutex mutex;
    std::condition_variable cv;
    int done = 0;
    std::vector<std::thread> threads;
    const double t0 = monotonicSeconds();
    const double deadline = deadlineOf(o);
    bool stopped = false;
    std::optional<Error> startError;
    try {
        for (int w = 0; w < n; ++w) {
            threads.emplace_back([&, w] {
                if (!inChild && o.onThreadStarted)
                    o.onThreadStarted(w, gettid());
                const WorkerContext c { w, n, o.crashOne && w == 0 };
                Partial p = fn(c);
                const double used = threadCpuSeconds();
                std::lock_guard lock(mutex);
                parts[static_cast<std::size_t>(w)] = std::move(p);
                cpu[static_cast<std::size_t>(w)] = used;
                ++done;
                cv.notify_all();
            });
        }
    } catch (const std::system_error& e) {
        startError = Error { Error::Code::ResourceLimit, e.code().value(),
            "worker thread " + std::to_string(threads.size() + 1) + " failed to start: " + e.what() };
        std::lock_guard lock(mutex);
        done += n - static_cast<int>(threads.size());
        if (pool.stop)
            pool.stop->store(1);
    }
    {
        std::unique_lock lock(mutex);
        while (done < n) {
            cv.wait_for(lock, std::chrono::milliseconds(50));
            if (!stopped && (isCancelled(o) || pastDeadline(deadline))) {
                stopped = true;
                if (pool.stop)
                    pool.stop->store(1);
            }
        }
    }
    for (auto& t : threads)
        t.join();
    if (startError)
        return *startError;
    if (stopped)
        return cancelledOrTimedOut(o);
    report.wallS = monotonicSeconds() - t0;
    for (double c : cpu)
        report.cpuS += c;
    report.partials = std::move(parts);
    if (rss)
        report.peakRssMb = rss->peakMb();
    return report;
}

struct Child
{
    pid_t pid = -1;
    int fd = -1;
    int worker = 0;
    std::string buffer;
    bool complete = false;
    bool killedByUs = false;
};

// Reads every child's pipe to EOF; kills them all on cancel or timeout, or the rest when a coupled
// worker dies. Returns whether the run was stopped.
bool collect(std::vector<Child>& children, const RunOptions& o, const PoolOptions& pool, double deadline)
{
    bool stopped = false;
    auto killAll = [&children] {
        for (auto& c : children) {
            if (c.fd >= 0 || !c.complete) {
                ::kill(c.pid, SIGKILL);
                c.killedByUs = true;
            }
        }
    };
    for (;;) {
        std::vector<pollfd> fds;
        std::vector<Child*> owners;
        for (auto& c : children) {
            if (c.fd >= 0) {
                fds.push_back({ c.fd, POLLIN, 0 });
                owners.push_back(&c);
            }
        }
        if (fds.empty())
            break;
        const int r = ::poll(fds.data(), fds.size(), 50);
        if (!stopped && (isCancelled(o) || pastDeadline(deadline))) {
            stopped = true;
            if (pool.stop)
                pool.stop->store(1);
            killAll();
        }
        if (r <= 0)
            continue;
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            Child& c = *owners[i];
            char buf[65536];
            const ssize_t n = ::read(c.fd, buf, sizeof buf);
            if (n > 0) {
                c.buffer.append(buf, static_cast<std::size_t>(n));
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            ::close(c.fd);
            c.fd = -1;
            std::string payload;
            c.complete = unframe(c.buffer, payload);
            c.buffer = std::move(payload);
            if (!c.complete && !c.killedByUs && pool.coupled && !stopped) {
                if (pool.stop)
                    pool.stop->store(1);
                for (auto& other : children) {
                    if (&other != &c && other.fd >= 0) { // still running: it waits for the dead one
                        ::kill(other.pid, SIGKILL);
                        other.killedByUs = true;
                    }
                }
            }
        }
    }
    return stopped;
}

// Forks `count` children running work(i) and collects them. `whole`: one child holds every worker.
Result<PoolReport> runChildren(
    const RunOptions& o, const PoolOptions& pool, int count, const std::function<Partial(int)>& work, bool whole)
{
    PoolReport report;
    RssSampler rss;
    std::vector<Child> children;
    const pid_t parent = getpid();
    const double t0 = monotonicSeconds();
    const double deadline = deadlineOf(o);
    std::optional<Error> startError;
    for (int w = 0; w < count; ++w) {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            startError = errorFromErrno(errno, "cannot create a pipe for worker " + std::to_string(w + 1));
            break;
        }
        const pid_t pid = ::fork();
        if (pid < 0) {
            startError = errorFromErrno(errno, "worker process " + std::to_string(w + 1) + " failed to start");
            startError->code = Error::Code::ResourceLimit;
            ::close(fds[0]);
            ::close(fds[1]);
            break;
        }
        if (pid == 0) {
            ::close(fds[0]);
            for (auto& c : children)
                if (c.fd >= 0)
                    ::close(c.fd);
            becomeChild(parent);
            childRun([&work, w] { return work(w); }, fds[1]);
        }
        ::close(fds[1]);
        Child c;
        c.pid = pid;
        c.fd = fds[0];
        c.worker = w;
        children.push_back(std::move(c));
        rss.addChild(pid);
        report.pids.push_back(pid);
        if (o.onProcessStarted)
            o.onProcessStarted(w, pid);
    }
    if (startError) {
        if (pool.stop)
            pool.stop->store(1);
        for (auto& c : children) {
            ::kill(c.pid, SIGKILL);
            c.killedByUs = true;
        }
    }
    const bool stopped = collect(children, o, pool, deadline);
    report.peakRssMb = rss.peakMb();
    for (auto& c : children) {
        int status = 0;
        rusage ru {};
        while (::wait4(c.pid, &status, 0, &ru) < 0 && errno == EINTR) { }
        rss.removeChild(c.pid);
        report.cpuS += rusageSeconds(ru);
        if (c.complete && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            Partial p;
            if (deserialize(c.buffer, p))
                report.partials.push_back(std::move(p));
        } else if (WIFSIGNALED(status) && !c.killedByUs) {
            report.crashSignal = WTERMSIG(status);
            if (whole) {
                report.wholeProcessLost = true;
                for (int w = 0; w < o.workers; ++w)
                    report.crashedWorkers.push_back(w);
            } else {
                report.crashedWorkers.push_back(c.worker);
            }
        }
    }
    report.wallS = monotonicSeconds() - t0;
    if (startError)
        return *startError;
    if (stopped)
        return cancelledOrTimedOut(o);
    return report;
}

} // namespace

std::string serialize(const Partial& partial)
{
    std::string out;
    putU64(out, partial.sum);
    putU64(out, partial.count);
    putU64(out, partial.keys.size());
    for (const auto& [k, v] : partial.keys) {
        putU64(out, k.size());
        out += k;
        putU64(out, v);
    }
    return out;
}

bool deserialize(std::string_view in, Partial& partial)
{
    std::uint64_t keys = 0;
    if (!getU64(in, partial.sum) || !getU64(in, partial.count) || !getU64(in, keys))
        return false;
    for (std::uint64_t i = 0; i < keys; ++i) {
        std::uint64_t size = 0, value = 0;
        if (!getU64(in, size) || in.size() < size)
            return false;
        std::string key(in.substr(0, size));
        in.remove_prefix(size);
        if (!getU64(in, value))
            return false;
        partial.keys[std::move(key)] += value;
    }
    return in.empty();
}

SharedRegion::SharedRegion(std::size_t bytes) : m_size(std::max<std::size_t>(bytes, 1))
{
    void* p = ::mmap(nullptr, m_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    m_data = p == MAP_FAILED ? nullptr : p;
    if (!m_data)
        throw std::bad_alloc();
}

SharedRegion::~SharedRegion()
{
    if (m_data)
        ::munmap(m_data, m_size);
}

void crashNow()
{
    // A sanitizer's SEGV handler would turn the crash into exit(1); the lesson is the signal.
    ::signal(SIGSEGV, SIG_DFL);
    ::raise(SIGSEGV);
    _exit(139);
}

bool isCancelled(const RunOptions& o)
{
    return o.cancel && o.cancel->load();
}

Error cancelledOrTimedOut(const RunOptions& o)
{
    if (isCancelled(o))
        return Error { Error::Code::Internal, ECANCELED, "cancelled" };
    return Error { Error::Code::ResourceLimit, ETIMEDOUT,
        "stopped after the time limit of " + std::to_string(o.timeout.count() / 1000.0) + " s" };
}

Result<PoolReport> runPool(const RunOptions& o, const PoolOptions& pool, const WorkerFunction& fn)
{
    if (o.workers < 1)
        return Error { Error::Code::InvalidArgument, EINVAL, "at least one worker is needed" };
    if (o.mode == Mode::Processes) {
        return runChildren(
            o, pool, o.workers,
            [&](int w) {
                return fn(WorkerContext { w, o.workers, o.crashOne && w == 0 });
            },
            false);
    }
    if (!o.crashOne)
        return runThreads(o, pool, fn, false);
    // A crashing thread takes its whole process down: let that be a sacrificial child, not ptlab.
    return runChildren(
        o, pool, 1,
        [&](int) {
            auto r = runThreads(o, pool, fn, true);
            if (!r)
                _exit(2);
            Partial merged;
            for (const auto& p : r.value().partials)
                merged.merge(p);
            return merged;
        },
        true);
}

struct ItemQueue::Header
{
    std::atomic<std::uint64_t> next { 0 };
    std::atomic<int> stop { 0 };
};

ItemQueue::ItemQueue(std::size_t items)
    : m_items(items), m_region(sizeof(Header) + items * sizeof(std::atomic<std::int32_t>))
{
    static_assert(std::atomic<std::uint64_t>::is_always_lock_free, "shared across processes");
    new (m_region.data()) Header();
    auto owners = reinterpret_cast<std::atomic<std::int32_t>*>(static_cast<char*>(m_region.data()) + sizeof(Header));
    for (std::size_t i = 0; i < items; ++i)
        new (&owners[i]) std::atomic<std::int32_t>(-1);
}

bool ItemQueue::next(int worker, std::size_t& item)
{
    auto* h = static_cast<Header*>(m_region.data());
    if (h->stop.load(std::memory_order_relaxed))
        return false;
    const std::uint64_t i = h->next.fetch_add(1);
    if (i >= m_items)
        return false;
    auto owners = reinterpret_cast<std::atomic<std::int32_t>*>(static_cast<char*>(m_region.data()) + sizeof(Header));
    owners[i].store(worker);
    item = static_cast<std::size_t>(i);
    return true;
}

std::atomic<int>* ItemQueue::stopFlag()
{
    return &static_cast<Header*>(m_region.data())->stop;
}

std::vector<std::size_t> ItemQueue::claimedBy(const std::vector<int>& workers) const
{
    std::vector<std::size_t> out;
    auto owners = reinterpret_cast<const std::atomic<std::int32_t>*>(
        static_cast<const char*>(m_region.data()) + sizeof(Header));
    for (std::size_t i = 0; i < m_items; ++i)
        if (std::find(workers.begin(), workers.end(), owners[i].load()) != workers.end())
            out.push_back(i);
    return out;
}

Result<ItemsOutcome> runItems(const RunOptions& o, std::size_t items, const ItemFunction& fn)
{
    ItemQueue queue(items);
    PoolOptions pool;
    pool.stop = queue.stopFlag();
    auto report = runPool(o, pool, [&](const WorkerContext& c) {
        Partial acc;
        std::size_t item = 0;
        while (queue.next(c.worker, item)) {
            if (c.crash)
                crashNow(); // it took an item and will never hand its result back
            fn(item, acc);
        }
        // On a small input the other workers may have taken every item before this one started: it
        // crashes all the same, since the crash is what the run is for.
        if (c.crash)
            crashNow();
        return acc;
    });
    if (!report)
        return report.error();
    ItemsOutcome out;
    out.report = std::move(report).value();
    for (const auto& p : out.report.partials)
        out.merged.merge(p);
    if (!out.report.crashedWorkers.empty() && !out.report.wholeProcessLost) {
        // The supervisor redoes what the dead worker had taken (make would rebuild that file).
        for (std::size_t item : queue.claimedBy(out.report.crashedWorkers)) {
            fn(item, out.merged);
            ++out.redone;
        }
    }
    return out;
}

void fillFromPool(RunResult& result, const PoolReport& report, const RunOptions& options)
{
    result.mode = options.mode;
    result.workers = options.workers;
    result.wallS = report.wallS;
    result.cpuPercent = report.wallS > 0 ? 100.0 * report.cpuS / report.wallS : 0;
    result.peakRssMb = report.peakRssMb;
    result.workerPids = report.pids;
    result.crashed = !report.crashedWorkers.empty();
    result.workersLost = static_cast<int>(report.crashedWorkers.size());
    if (report.wholeProcessLost) {
        result.resultComplete = false;
        result.crashReport = "one thread raised signal " + std::to_string(report.crashSignal)
            + ": the whole process died with all " + std::to_string(options.workers) + " threads, no result";
    } else if (result.crashed) {
        result.crashReport = "worker process " + std::to_string(report.crashedWorkers.front() + 1) + " died of signal "
            + std::to_string(report.crashSignal) + "; the other processes were not affected";
    }
}

} // namespace ptlab::workloads
