// A web server in miniature: HTTP/1.1 on 127.0.0.1, each request a dynamic page (the primes in a range,
// computed per request), served by a thread pool (threads) or by one forked process per connection
// (processes, the classic pre-thread Apache/inetd model), driven by a built-in load generator.
#include "core/util/thread_group.h"
#include "core/workloads/loopback.h"
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"
#include "core/workloads/pool.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <poll.h>
#include <string_view>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace ptlab::workloads {

namespace {

constexpr int Clients = 8; // concurrent connections from the load generator

// The page for request k, written into out[capacity] without allocating (a forked child renders it, see
// serve). Returns its length; a page that would not fit is cut at the capacity.
std::size_t renderPrimesPage(std::uint64_t k, char* out, std::size_t capacity)
{
    std::size_t size = 0;
    auto put = [&](std::string_view text) {
        const std::size_t n = std::min(text.size(), capacity - size);
        std::memcpy(out + size, text.data(), n);
        size += n;
    };
    auto putNumber = [&](std::uint64_t value) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        put(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    };
    const std::uint64_t lo = 1000000 + k * 8000, hi = lo + 8000;
    put("<html><body><h1>Primes in [");
    putNumber(lo);
    put(", ");
    putNumber(hi);
    put(")</h1><p>");
    int count = 0;
    for (std::uint64_t n = lo | 1; n < hi; n += 2) {
        bool prime = true;
        for (std::uint64_t d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                prime = false;
                break;
            }
        }
        if (prime) {
            putNumber(n);
            put(" ");
            ++count;
        }
    }
    put("</p><p>");
    putNumber(static_cast<std::uint64_t>(count));
    put(" primes</p></body></html>\n");
    return size;
}

constexpr std::size_t PageCapacity = 32768; // about 600 primes of 8 digits: a page is under 6 KB

std::string primesPage(std::uint64_t k)
{
    std::string page(PageCapacity, '\0');
    page.resize(renderPrimesPage(k, page.data(), page.size()));
    return page;
}

// Serves one connection. It allocates nothing: in process mode it runs in a child forked from a
// threaded parent, where only the forking thread survives and a lock another thread held (the
// allocator's, in some builds) stays locked for ever.
void serve(int fd)
{
    setTimeouts(fd, 5000);
    char path[64];
    if (readHttpRequest(fd, path, sizeof path) && std::string_view(path).substr(0, 8) == "/primes/") {
        const std::uint64_t k = std::strtoull(path + 8, nullptr, 10);
        char page[PageCapacity];
        const std::size_t length = renderPrimesPage(k, page, sizeof page);
        char head[128];
        const std::string_view before = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ";
        const std::string_view after = "\r\nConnection: close\r\n\r\n";
        std::memcpy(head, before.data(), before.size());
        char* end = std::to_chars(head + before.size(), head + sizeof head - after.size(), length).ptr;
        std::memcpy(end, after.data(), after.size());
        end += after.size();
        if (sendAll(fd, head, static_cast<std::size_t>(end - head)))
            (void)sendAll(fd, page, length);
    }
    ::close(fd);
}

// The thread-pool server: one acceptor, `workers` threads taking connections from a queue. Runs until
// quitFd becomes readable (its writer closed). Returns the CPU seconds its threads used.
// When its worker threads cannot all start it still accepts, and closes each connection at once, so
// that clients fail fast instead of waiting; `startError` (when given) says why.
double threadPoolServer(int listenFd, int quitFd, const RunOptions& o, bool inChild, std::optional<Error>* startError)
{
    std::mutex mutex;
    std::condition_variable cv;
    std::deque<int> queue;
    bool closed = false;
    double cpu = 0;
    ThreadGroup pool;
    for (int w = 0; w < o.workers; ++w) {
        pool.add([&, w] {
            if (!inChild && o.onThreadStarted)
                o.onThreadStarted(w, gettid());
            bool first = true;
            for (;;) {
                std::unique_lock lock(mutex);
                cv.wait(lock, [&] { return closed || !queue.empty(); });
                if (queue.empty())
                    break;
                const int fd = queue.front();
                queue.pop_front();
                lock.unlock();
                if (o.crashOne && w == 0 && first)
                    crashNow(); // one request handler crashes: in a thread, it takes the server down
                first = false;
                serve(fd);
            }
            const double used = threadCpuSeconds();
            std::lock_guard lock(mutex);
            cpu += used;
        });
    }
    const auto started = pool.start("server worker threads");
    if (!started && startError)
        *startError = started.error();
    for (;;) {
        pollfd fds[2] = { { listenFd, POLLIN, 0 }, { quitFd, POLLIN, 0 } };
        if (::poll(fds, 2, 100) < 0 && errno != EINTR)
            break;
        if (fds[1].revents)
            break;
        if (fds[0].revents & POLLIN) {
            const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0 && !started) {
                ::close(fd); // nobody to serve it
            } else if (fd >= 0) {
                std::lock_guard lock(mutex);
                queue.push_back(fd);
                cv.notify_one();
            }
        }
    }
    {
        std::lock_guard lock(mutex);
        closed = true;
        cv.notify_all();
    }
    pool.join();
    return cpu + threadCpuSeconds();
}

struct ForkStats
{
    double cpu = 0;
    int crashes = 0;
    int crashSignal = 0;
    int forkFailures = 0;
    std::vector<pid_t> pids;
};

// Process per connection, at most `workers` alive at once; children are reaped through pidfds so
// nothing else's children are touched.
ForkStats forkingServer(int listenFd, int quitFd, const RunOptions& o, RssSampler& rss)
{
    ForkStats stats;
    struct Live
    {
        pid_t pid;
        int pidfd;
    };
    std::vector<Live> live;
    const pid_t parent = getpid();
    bool first = true;
    auto reap = [&](const Live& l) {
        int status = 0;
        rusage ru {};
        while (::wait4(l.pid, &status, 0, &ru) < 0 && errno == EINTR) { }
        stats.cpu += static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
            + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
        if (WIFSIGNALED(status)) {
            ++stats.crashes;
            stats.crashSignal = WTERMSIG(status);
        }
        if (l.pidfd >= 0)
            ::close(l.pidfd);
        rss.removeChild(l.pid);
    };
    for (;;) {
        std::vector<pollfd> fds { { quitFd, POLLIN, 0 } };
        const bool accepting = static_cast<int>(live.size()) < o.workers;
        fds.push_back({ accepting ? listenFd : -1, POLLIN, 0 });
        for (const auto& l : live)
            fds.push_back({ l.pidfd, POLLIN, 0 });
        if (::poll(fds.data(), fds.size(), 100) < 0 && errno != EINTR)
            break;
        for (std::size_t i = live.size(); i-- > 0;) {
            if (fds[i + 2].revents) {
                reap(live[i]);
                live.erase(live.begin() + static_cast<std::ptrdiff_t>(i));
            }
        }
        if (fds[0].revents)
            break;
        if (!(fds[1].revents & POLLIN))
            continue;
        const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        const bool crashThis = o.crashOne && first;
        first = false;
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(listenFd);
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent)
                _exit(1);
            if (crashThis)
                crashNow(); // only this connection is lost
            serve(fd);
            _exit(0);
        }
        ::close(fd);
        if (pid < 0) {
            ++stats.forkFailures;
            continue;
        }
        stats.pids.push_back(pid);
        rss.addChild(pid);
        if (o.onProcessStarted)
            o.onProcessStarted(static_cast<int>(stats.pids.size()) - 1, pid);
        live.push_back({ pid, openPidfd(pid) });
        if (live.back().pidfd < 0) { // no pidfd: serve this connection synchronously
            reap(live.back());
            live.pop_back();
        }
    }
    // Every client has finished or given up by now, so a child still alive is stuck: it gets a short
    // grace period, then SIGKILL, so the run can never hang on one.
    const double graceEnd = monotonicSeconds() + 2.0;
    for (const auto& l : live) {
        pollfd p { l.pidfd, POLLIN, 0 };
        const int ms = std::max(0, static_cast<int>((graceEnd - monotonicSeconds()) * 1000));
        if (l.pidfd >= 0 && ::poll(&p, 1, ms) == 0)
            ::kill(l.pid, SIGKILL);
        reap(l);
    }
    stats.cpu += threadCpuSeconds();
    return stats;
}

struct LoadResult
{
    std::vector<double> latenciesMs;
    std::vector<std::uint64_t> hashes; // per request, 0 if it failed
    int failed = 0;
    bool stopped = false;
    std::optional<Error> startError; // the client threads could not start
};

LoadResult generateLoad(int port, std::size_t requests, const RunOptions& o, double deadline)
{
    LoadResult result;
    result.hashes.assign(requests, 0);
    std::atomic<std::size_t> next { 0 };
    std::mutex mutex;
    ThreadGroup clients;
    for (int c = 0; c < Clients; ++c) {
        clients.add([&] {
            std::vector<double> latencies;
            int failed = 0;
            bool stopped = false;
            for (std::size_t k; (k = next.fetch_add(1)) < requests;) {
                if (isCancelled(o) || monotonicSeconds() > deadline) {
                    stopped = true;
                    break;
                }
                const double t0 = monotonicSeconds();
                auto fd = connectLoopback(port, 5000);
                std::string body;
                bool ok = false;
                if (fd) {
                    ok = sendAll(
                             fd.value(), "GET /primes/" + std::to_string(k) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        && readHttpResponse(fd.value(), body);
                    ::close(fd.value());
                }
                if (ok) {
                    latencies.push_back((monotonicSeconds() - t0) * 1000.0);
                    result.hashes[k] = fnv1a(body); // each client writes only its own k
                } else {
                    ++failed;
                }
            }
            std::lock_guard lock(mutex);
            result.latenciesMs.insert(result.latenciesMs.end(), latencies.begin(), latencies.end());
            result.failed += failed;
            result.stopped = result.stopped || stopped;
        });
    }
    if (auto started = clients.start("load-generator threads"); !started)
        result.startError = started.error();
    clients.join();
    return result;
}

} // namespace

Result<RunResult> runWebServer(const RunOptions& options)
{
    if (options.mode == Mode::Events)
        return Error { Error::Code::InvalidArgument, EINVAL, "web-server runs in threads or processes mode" };
    auto listening = listenLoopback(options.port);
    if (!listening)
        return listening.error();
    const int listenFd = listening.value();
    const int port = localPort(listenFd);
    int quit[2];
    if (::pipe2(quit, O_CLOEXEC) != 0) {
        ::close(listenFd);
        return errorFromErrno(errno, "cannot create a pipe");
    }
    const auto requests = static_cast<std::size_t>(std::max(16.0, std::round(600 * options.size)));
    const double deadline = monotonicSeconds() + static_cast<double>(options.timeout.count()) / 1000.0;
    RssSampler rss;
    double cpu = 0;
    ForkStats forks;
    pid_t serverChild = -1;
    int serverStatus = 0;
    std::thread server;
    std::optional<Error> serverError; // written by the server thread, read after it is joined
    const double t0 = monotonicSeconds();
    if (options.mode == Mode::Threads && options.crashOne) {
        // The thread-pool server in a sacrificial process: a crashing handler thread kills it, not ptlab.
        const pid_t parent = getpid();
        serverChild = ::fork();
        if (serverChild == 0) {
            ::close(quit[1]);
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent)
                _exit(1);
            (void)threadPoolServer(listenFd, quit[0], options, true, nullptr);
            _exit(0);
        }
        ::close(listenFd); // only the server child may accept; connections fail once it dies
        if (serverChild < 0) {
            ::close(quit[0]);
            ::close(quit[1]);
            return errorFromErrno(errno, "the server process failed to start");
        }
        rss.addChild(serverChild);
    } else {
        try {
            if (options.mode == Mode::Threads)
                server = std::thread([&] { cpu = threadPoolServer(listenFd, quit[0], options, false, &serverError); });
            else
                server = std::thread([&] { forks = forkingServer(listenFd, quit[0], options, rss); });
        } catch (const std::system_error& e) {
            ::close(listenFd);
            ::close(quit[0]);
            ::close(quit[1]);
            return errorFromErrno(e.code().value(), "the server thread failed to start");
        }
    }
    LoadResult load = generateLoad(port, requests, options, deadline);
    const double wall = monotonicSeconds() - t0;
    ::close(quit[1]); // tells the server to stop
    if (server.joinable())
        server.join();
    if (serverChild > 0) {
        rusage ru {};
        while (::wait4(serverChild, &serverStatus, 0, &ru) < 0 && errno == EINTR) { }
        cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
            + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    } else {
        ::close(listenFd);
    }
    ::close(quit[0]);
    if (serverError)
        return *serverError;
    if (load.startError)
        return *load.startError;
    if (load.stopped)
        return cancelledOrTimedOut(options);
    RunResult r;
    r.workload = "web-server";
    r.mode = options.mode;
    r.workers = options.workers;
    r.wallS = wall;
    r.cpuPercent = wall > 0 ? 100.0 * (cpu + forks.cpu) / wall : 0;
    r.peakRssMb = rss.peakMb();
    r.throughputUnit = "requests/s";
    r.workerPids = forks.pids;
    const std::size_t ok = requests - static_cast<std::size_t>(load.failed);
    r.items = ok;
    r.throughput = wall > 0 ? static_cast<double>(ok) / wall : 0;
    for (std::uint64_t h : load.hashes)
        r.checksum += h;
    r.extra.push_back({ "latency_p50_ms", percentile(load.latenciesMs, 50) });
    r.extra.push_back({ "latency_p90_ms", percentile(load.latenciesMs, 90) });
    r.extra.push_back({ "latency_p99_ms", percentile(load.latenciesMs, 99) });
    r.extra.push_back({ "failed_requests", static_cast<double>(load.failed) });
    r.extra.push_back({ "port", static_cast<double>(port) });
    if (serverChild > 0 && WIFSIGNALED(serverStatus)) {
        r.crashed = true;
        r.workersLost = options.workers;
        r.crashReport = "one handler thread raised signal " + std::to_string(WTERMSIG(serverStatus))
            + ": the whole server process died with its " + std::to_string(options.workers) + " threads; "
            + std::to_string(load.failed) + " of " + std::to_string(requests) + " requests failed";
    } else if (forks.crashes > 0) {
        r.crashed = true;
        r.workersLost = forks.crashes;
        r.crashReport = std::to_string(forks.crashes) + " connection process(es) died of signal "
            + std::to_string(forks.crashSignal) + ": " + std::to_string(load.failed) + " of " + std::to_string(requests)
            + " requests failed, the server kept serving the rest";
    }
    r.resultComplete = load.failed == 0;
    // Check a sample of the pages against a fresh rendering (a fast wrong server cannot win).
    bool sampleOk = true;
    for (std::size_t k = 0; k < requests; k += 16)
        if (load.hashes[k] && load.hashes[k] != fnv1a(primesPage(k)))
            sampleOk = false;
    r.verified = load.failed == 0 && sampleOk;
    r.verification = std::to_string(ok) + " of " + std::to_string(requests) + " requests answered"
        + (sampleOk ? ", sampled pages match" : ", A PAGE DIFFERS") + (forks.forkFailures ? ", fork failed" : "");
    return r;
}

} // namespace ptlab::workloads
