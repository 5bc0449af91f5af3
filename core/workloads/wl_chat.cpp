// A chat server in miniature: every message a client sends is broadcast to every other client. Threads
// mode gives each connection a thread of its own (blocking reads, a lock per socket for writes);
// events mode is one thread with epoll and non-blocking sockets, as Node.js or nginx do it.
#include "core/util/thread_group.h"
#include "core/workloads/loopback.h"
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"
#include "core/workloads/pool.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace ptlab::workloads {

namespace {

constexpr std::size_t MessageBytes = 64;

void makeMessage(char* m, std::uint32_t client, std::uint32_t seq, std::int64_t sentNs)
{
    std::memcpy(m, &client, 4);
    std::memcpy(m + 4, &seq, 4);
    std::memcpy(m + 8, &sentNs, 8);
    std::uint64_t s = (static_cast<std::uint64_t>(client) << 32) | seq;
    for (std::size_t i = 16; i < MessageBytes; ++i)
        m[i] = static_cast<char>('a' + splitmix(s) % 26);
}

std::uint64_t messageHash(const char* m, std::uint32_t receiver)
{
    // The send time is left out: the checksum is about what was delivered to whom.
    std::uint64_t h = fnv1a(m, 8, 1469598103934665603ull + receiver);
    return fnv1a(m + 16, MessageBytes - 16, h);
}

std::int64_t nowNs()
{
    return static_cast<std::int64_t>(monotonicSeconds() * 1e9);
}

bool recvExact(int fd, char* buf, std::size_t n)
{
    std::size_t got = 0;
    while (got < n) {
        const ssize_t r = ::recv(fd, buf + got, n - got, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        got += static_cast<std::size_t>(r);
    }
    return true;
}

std::vector<int> acceptClients(int listenFd, int clients, double deadline)
{
    std::vector<int> fds;
    while (static_cast<int>(fds.size()) < clients && monotonicSeconds() < deadline) {
        pollfd p { listenFd, POLLIN, 0 };
        if (::poll(&p, 1, 100) > 0) {
            const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0)
                fds.push_back(fd);
        }
    }
    return fds;
}

// Thread per client. Returns the CPU seconds of the server's threads, or -1 when they could not all
// start (every connection is then closed, so the clients stop at once).
double threadPerClientServer(int listenFd, int clients, const RunOptions& o, bool inChild, double deadline)
{
    std::vector<int> fds = acceptClients(listenFd, clients, deadline);
    std::vector<std::unique_ptr<std::mutex>> writeLocks;
    for (std::size_t i = 0; i < fds.size(); ++i)
        writeLocks.push_back(std::make_unique<std::mutex>());
    std::mutex cpuMutex;
    double cpu = 0;
    ThreadGroup threads;
    for (std::size_t me = 0; me < fds.size(); ++me) {
        threads.add([&, me] {
            if (!inChild && o.onThreadStarted)
                o.onThreadStarted(static_cast<int>(me), gettid());
            char m[MessageBytes];
            bool first = true;
            while (recvExact(fds[me], m, MessageBytes)) {
                if (o.crashOne && me == 0 && first)
                    crashNow(); // one connection's thread crashes: every client loses the server
                first = false;
                for (std::size_t j = 0; j < fds.size(); ++j) {
                    if (j == me)
                        continue;
                    std::lock_guard lock(*writeLocks[j]);
                    (void)sendAll(fds[j], m, MessageBytes);
                }
            }
            const double used = threadCpuSeconds();
            std::lock_guard lock(cpuMutex);
            cpu += used;
        });
    }
    const bool started = threads.start("connection threads").ok();
    threads.join();
    for (int fd : fds)
        ::close(fd);
    return started ? cpu + threadCpuSeconds() : -1;
}

// One thread, epoll, non-blocking sockets with a user-space queue per client.
double eventLoopServer(int listenFd, int clients, const RunOptions& o, bool inChild, double deadline)
{
    if (!inChild && o.onThreadStarted)
        o.onThreadStarted(0, gettid());
    std::vector<int> fds = acceptClients(listenFd, clients, deadline);
    const int ep = ::epoll_create1(EPOLL_CLOEXEC);
    struct Conn
    {
        std::string in, out;
        bool open = true;
        bool wantOut = false;
    };
    std::vector<Conn> conns(fds.size());
    for (std::size_t i = 0; i < fds.size(); ++i) {
        ::fcntl(fds[i], F_SETFL, ::fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        epoll_event ev { EPOLLIN, {} };
        ev.data.u64 = i;
        ::epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &ev);
    }
    auto flush = [&](std::size_t i) {
        Conn& c = conns[i];
        while (!c.out.empty()) {
            const ssize_t n = ::send(fds[i], c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            c.out.erase(0, static_cast<std::size_t>(n));
        }
        const bool want = !c.out.empty();
        if (want != c.wantOut && c.open) {
            c.wantOut = want;
            epoll_event ev { static_cast<std::uint32_t>(want ? (EPOLLIN | EPOLLOUT) : EPOLLIN), {} };
            ev.data.u64 = i;
            ::epoll_ctl(ep, EPOLL_CTL_MOD, fds[i], &ev);
        }
    };
    std::size_t open = fds.size();
    bool first = true;
    epoll_event events[64];
    while (open > 0 && monotonicSeconds() < deadline) {
        const int n = ::epoll_wait(ep, events, 64, 100);
        for (int e = 0; e < n; ++e) {
            const std::size_t i = events[e].data.u64;
            Conn& c = conns[i];
            if (events[e].events & EPOLLOUT)
                flush(i);
            if (!(events[e].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) || !c.open)
                continue;
            char buf[16384];
            const ssize_t got = ::recv(fds[i], buf, sizeof buf, 0);
            if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                c.open = false;
                ::epoll_ctl(ep, EPOLL_CTL_DEL, fds[i], nullptr);
                --open;
                continue;
            }
            if (got < 0)
                continue;
            c.in.append(buf, static_cast<std::size_t>(got));
            std::size_t used = 0;
            for (; used + MessageBytes <= c.in.size(); used += MessageBytes) {
                if (o.crashOne && first)
                    crashNow(); // the one loop thread crashes: every client loses the server
                first = false;
                for (std::size_t j = 0; j < conns.size(); ++j)
                    if (j != i && conns[j].open)
                        conns[j].out.append(c.in, used, MessageBytes);
            }
            c.in.erase(0, used);
            for (std::size_t j = 0; j < conns.size(); ++j)
                if (j != i && !conns[j].out.empty())
                    flush(j);
        }
    }
    ::close(ep);
    for (int fd : fds)
        ::close(fd);
    return threadCpuSeconds();
}

struct ChatLoad
{
    std::uint64_t delivered = 0;
    std::uint64_t checksum = 0;
    std::vector<double> latenciesMs;
    bool stopped = false;
    bool lostServer = false;
};

// All clients from one thread: each sends `messages` messages (a few in flight at a time) and reads
// everything the others sent.
ChatLoad driveClients(int port, int clients, int messages, const RunOptions& o, double deadline)
{
    ChatLoad load;
    std::vector<int> fds;
    for (int c = 0; c < clients; ++c) {
        auto fd = connectLoopback(port, 5000);
        if (!fd) {
            load.lostServer = true;
            break;
        }
        ::fcntl(fd.value(), F_SETFL, ::fcntl(fd.value(), F_GETFL) | O_NONBLOCK);
        fds.push_back(fd.value());
    }
    const std::uint64_t expected = static_cast<std::uint64_t>(clients) * static_cast<std::uint64_t>(clients - 1)
        * static_cast<std::uint64_t>(messages);
    std::vector<std::string> in(fds.size());
    std::vector<int> sent(fds.size(), 0);
    std::vector<std::uint64_t> received(fds.size(), 0);
    std::vector<pollfd> polls(fds.size());
    while (!load.lostServer && load.delivered < expected) {
        if (isCancelled(o) || monotonicSeconds() > deadline) {
            load.stopped = true;
            break;
        }
        for (std::size_t c = 0; c < fds.size(); ++c) {
            // Paced: a client sends its next line once it has seen most of what was said before it.
            const std::uint64_t othersSent = [&] {
                std::uint64_t n = 0;
                for (std::size_t j = 0; j < fds.size(); ++j)
                    if (j != c)
                        n += static_cast<std::uint64_t>(sent[j]);
                return n;
            }();
            if (sent[c] < messages && received[c] + 8 * fds.size() >= othersSent) {
                char m[MessageBytes];
                makeMessage(m, static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(sent[c]), nowNs());
                if (::send(fds[c], m, MessageBytes, MSG_NOSIGNAL) == static_cast<ssize_t>(MessageBytes))
                    ++sent[c];
            }
            polls[c] = { fds[c], POLLIN, 0 };
        }
        if (::poll(polls.data(), polls.size(), 50) <= 0)
            continue;
        for (std::size_t c = 0; c < fds.size(); ++c) {
            if (!polls[c].revents)
                continue;
            char buf[16384];
            const ssize_t got = ::recv(fds[c], buf, sizeof buf, 0);
            if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                load.lostServer = true;
                break;
            }
            if (got < 0)
                continue;
            in[c].append(buf, static_cast<std::size_t>(got));
            std::size_t used = 0;
            const std::int64_t now = nowNs();
            for (; used + MessageBytes <= in[c].size(); used += MessageBytes) {
                const char* m = in[c].data() + used;
                std::int64_t sentNs = 0;
                std::memcpy(&sentNs, m + 8, 8);
                load.latenciesMs.push_back(static_cast<double>(now - sentNs) / 1e6);
                load.checksum += messageHash(m, static_cast<std::uint32_t>(c));
                ++load.delivered;
                ++received[c];
            }
            in[c].erase(0, used);
        }
    }
    for (int fd : fds)
        ::close(fd);
    return load;
}

} // namespace

Result<RunResult> runChat(const RunOptions& options)
{
    if (options.mode == Mode::Processes)
        return Error { Error::Code::InvalidArgument, EINVAL,
            "chat-server runs in threads (one per client) or events (one epoll loop) mode" };
    auto listening = listenLoopback(options.port);
    if (!listening)
        return listening.error();
    const int listenFd = listening.value();
    const int port = localPort(listenFd);
    const int clients = std::max(2, options.workers);
    const int messages = std::max(10, static_cast<int>(std::lround(300 * options.size)));
    const double deadline = monotonicSeconds() + static_cast<double>(options.timeout.count()) / 1000.0;
    RssSampler rss;
    double cpu = 0;
    const bool events = options.mode == Mode::Events;
    auto serve = [&](bool inChild) {
        return events ? eventLoopServer(listenFd, clients, options, inChild, deadline)
                      : threadPerClientServer(listenFd, clients, options, inChild, deadline);
    };
    const double t0 = monotonicSeconds();
    pid_t child = -1;
    std::thread server;
    if (options.crashOne) {
        const pid_t parent = getpid();
        child = ::fork();
        if (child == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent)
                _exit(1);
            (void)serve(true);
            _exit(0);
        }
        if (child < 0) {
            ::close(listenFd);
            return errorFromErrno(errno, "the server process failed to start");
        }
        rss.addChild(child);
    } else {
        try {
            server = std::thread([&] { cpu = serve(false); });
        } catch (const std::system_error& e) {
            ::close(listenFd);
            return errorFromErrno(e.code().value(), "the server thread failed to start");
        }
    }
    ChatLoad load = driveClients(port, clients, messages, options, deadline);
    const double wall = monotonicSeconds() - t0;
    int status = 0;
    if (server.joinable())
        server.join();
    if (child > 0) {
        ::kill(child, SIGKILL); // its clients are gone; nothing more to serve
        rusage ru {};
        while (::wait4(child, &status, 0, &ru) < 0 && errno == EINTR) { }
        cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
            + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    }
    ::close(listenFd);
    if (cpu < 0)
        return Error { Error::Code::ResourceLimit, EAGAIN,
            "the server's connection threads could not start (RLIMIT_NPROC or threads-max)" };
    if (load.stopped && !load.lostServer)
        return cancelledOrTimedOut(options);
    RunResult r;
    r.workload = "chat-server";
    r.mode = options.mode;
    r.workers = options.workers;
    r.wallS = wall;
    r.cpuPercent = wall > 0 ? 100.0 * cpu / wall : 0;
    r.peakRssMb = rss.peakMb();
    r.throughputUnit = "messages/s";
    r.items = load.delivered;
    r.checksum = load.checksum;
    r.throughput = wall > 0 ? static_cast<double>(load.delivered) / wall : 0;
    const std::uint64_t expected = static_cast<std::uint64_t>(clients) * static_cast<std::uint64_t>(clients - 1)
        * static_cast<std::uint64_t>(messages);
    r.extra.push_back({ "clients", static_cast<double>(clients) });
    r.extra.push_back({ "server_threads", events ? 1.0 : static_cast<double>(clients) });
    r.extra.push_back({ "latency_p50_ms", percentile(load.latenciesMs, 50) });
    r.extra.push_back({ "latency_p99_ms", percentile(load.latenciesMs, 99) });
    r.verified = load.delivered == expected;
    r.resultComplete = r.verified;
    r.verification = std::to_string(load.delivered) + " of " + std::to_string(expected) + " deliveries ("
        + std::to_string(clients) + " clients x " + std::to_string(messages) + " messages to each other)";
    if (load.lostServer) {
        r.crashed = child > 0 && WIFSIGNALED(status);
        r.workersLost = events ? 1 : clients;
        r.crashReport = r.crashed
            ? "the server died of signal " + std::to_string(WTERMSIG(status)) + ": every client was disconnected"
            : "the server closed the connections";
    }
    return r;
}

} // namespace ptlab::workloads
