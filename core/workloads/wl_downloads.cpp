// Parallel downloads in miniature: a loopback file server whose every connection is paced to a slow
// link (4 MB/s, as a real network would limit it), and N workers each downloading whole files. The
// workers spend their time Waiting on the socket, so more of them help even beyond the cores.
#include "core/workloads/loopback.h"
#include "core/workloads/measure.h"
#include "core/workloads/miniatures.h"
#include "core/workloads/pool.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <string_view>
#include <sys/socket.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace ptlab::workloads {

namespace {

constexpr std::size_t FileBytes = 256 * 1024;
constexpr double LinkBytesPerSecond = 4.0 * 1024 * 1024;
constexpr std::size_t Chunk = 16 * 1024;

std::string fileContent(std::uint64_t k)
{
    std::string bytes(FileBytes, '\0');
    std::uint64_t s = k * 31 + 5;
    for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8) {
        const std::uint64_t v = splitmix(s);
        for (int b = 0; b < 8; ++b)
            bytes[i + static_cast<std::size_t>(b)] = static_cast<char>((v >> (8 * b)) & 0xff);
    }
    return bytes;
}

void sleepUntil(double t)
{
    const double now = monotonicSeconds();
    if (t <= now)
        return;
    const double d = t - now;
    timespec ts { static_cast<time_t>(d), static_cast<long>((d - std::floor(d)) * 1e9) };
    nanosleep(&ts, nullptr);
}

// Serves one download, paced: the link is the bottleneck being modelled.
void serveFile(int fd)
{
    setTimeouts(fd, 5000);
    char path[256];
    if (readHttpRequest(fd, path, sizeof path) && std::string_view(path).substr(0, 6) == "/file/") {
        const std::string body = fileContent(std::strtoull(path + 6, nullptr, 10));
        const std::string head = "HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
        bool ok = sendAll(fd, head);
        const double start = monotonicSeconds();
        for (std::size_t sent = 0; ok && sent < body.size(); sent += Chunk) {
            ok = sendAll(fd, body.data() + sent, std::min(Chunk, body.size() - sent));
            sleepUntil(start + static_cast<double>(sent + Chunk) / LinkBytesPerSecond);
        }
    }
    ::close(fd);
}

} // namespace

Result<RunResult> runDownloads(const RunOptions& options)
{
    if (options.mode == Mode::Events)
        return Error { Error::Code::InvalidArgument, EINVAL, "downloads run in threads or processes mode" };
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
    // The server is not a worker: one acceptor and a thread per connection. A connection it has no
    // thread for is closed (the download fails and is retried or counted), never std::terminate.
    std::thread server;
    try {
        server = std::thread([listenFd, quitFd = quit[0]] {
            std::vector<std::thread> connections;
            for (;;) {
                pollfd fds[2] = { { listenFd, POLLIN, 0 }, { quitFd, POLLIN, 0 } };
                if (::poll(fds, 2, 100) < 0 && errno != EINTR)
                    break;
                if (fds[1].revents)
                    break;
                if (fds[0].revents & POLLIN) {
                    const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
                    if (fd < 0)
                        continue;
                    try {
                        connections.emplace_back([fd] { serveFile(fd); });
                    } catch (const std::system_error&) {
                        ::close(fd);
                    }
                }
            }
            for (auto& t : connections)
                t.join();
        });
    } catch (const std::system_error& e) {
        ::close(listenFd);
        ::close(quit[0]);
        ::close(quit[1]);
        return errorFromErrno(e.code().value(), "the download server's thread failed to start");
    }
    const auto files = static_cast<std::size_t>(std::max(4.0, std::round(32 * options.size)));
    auto outcome = runItems(options, files, [port](std::size_t k, Partial& acc) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto fd = connectLoopback(port, 5000);
            if (!fd)
                continue;
            std::string body;
            const bool ok = sendAll(fd.value(), "GET /file/" + std::to_string(k) + " HTTP/1.1\r\n\r\n")
                && readHttpResponse(fd.value(), body);
            ::close(fd.value());
            if (ok) {
                acc.sum += fnv1a(body);
                acc.count += 1;
                acc.keys["bytes"] += body.size();
                return;
            }
        }
        acc.keys["failed"] += 1;
    });
    ::close(quit[1]);
    server.join();
    ::close(quit[0]);
    ::close(listenFd);
    if (!outcome)
        return outcome.error();
    RunResult r;
    r.workload = "downloads";
    fillFromPool(r, outcome->report, options);
    r.throughputUnit = "files/s";
    if (outcome->report.wholeProcessLost)
        return r;
    r.items = outcome->merged.count;
    r.checksum = outcome->merged.sum;
    r.throughput = r.wallS > 0 ? static_cast<double>(r.items) / r.wallS : 0;
    std::uint64_t expected = 0;
    for (std::size_t k = 0; k < files; ++k)
        expected += fnv1a(fileContent(k));
    r.verified = r.items == files && r.checksum == expected;
    r.verification = std::to_string(r.items) + " of " + std::to_string(files) + " files downloaded"
        + (r.verified ? ", every byte as served" : ": DOWNLOADS DIFFER");
    r.extra.push_back({ "mb_per_s",
        r.wallS > 0 ? static_cast<double>(outcome->merged.key("bytes")) / (1024.0 * 1024.0) / r.wallS : 0 });
    r.extra.push_back({ "link_mb_per_s", LinkBytesPerSecond / (1024.0 * 1024.0) });
    if (outcome->redone)
        r.crashReport += "; the supervisor downloaded " + std::to_string(outcome->redone) + " file(s) again";
    return r;
}

} // namespace ptlab::workloads
