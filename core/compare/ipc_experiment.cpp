// Communication: the same messages through a pipe, a Unix socket and a shared-memory ring, between two
// processes and between two threads. Bandwidth: a stream of messages then one acknowledgement;
// latency: half the round trip of a message sent there and back.
#include "core/compare/experiment_support.h"
#include "core/compare/shm_ring.h"
#include "core/util/thread_group.h"

#include <algorithm>
#include <atomic>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace ptlab::compare {

namespace {

enum class Transport
{
    Pipe,
    Socket,
    Shm
};

constexpr std::int64_t PeerTimeoutNs = 5'000'000'000;
constexpr std::size_t RingCapacity = 256 * 1024;

// Both directions of one transport. The peer side uses only read/write/memcpy: safe after fork.
struct Channel
{
    Transport transport;
    Pipe toPeer, toMain; // pipes
    int socketMain = -1, socketPeer = -1;
    SharedRings rings { RingCapacity };

    explicit Channel(Transport t) : transport(t)
    {
        if (t == Transport::Socket) {
            int sv[2];
            if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0) {
                socketMain = sv[0];
                socketPeer = sv[1];
            }
        }
    }
    ~Channel()
    {
        closePeerEnds();
        if (socketMain >= 0)
            close(socketMain);
    }
    bool ok() const
    {
        switch (transport) {
        case Transport::Pipe:
            return toPeer.ok() && toMain.ok();
        case Transport::Socket:
            return socketMain >= 0;
        case Transport::Shm:
            return rings.ok();
        }
        return false;
    }
    void closePeerEnds()
    {
        toPeer.closeRead();
        toMain.closeWrite();
        if (socketPeer >= 0)
            close(socketPeer);
        socketPeer = -1;
    }
    bool send(bool fromMain, const void* p, std::size_t n)
    {
        switch (transport) {
        case Transport::Pipe:
            return writeAll(fromMain ? toPeer.write : toMain.write, p, n);
        case Transport::Socket:
            return writeAll(fromMain ? socketMain : socketPeer, p, n);
        case Transport::Shm:
            return (fromMain ? rings.toPeer() : rings.toMain()).write(p, n, PeerTimeoutNs);
        }
        return false;
    }
    bool recv(bool atMain, void* p, std::size_t n)
    {
        switch (transport) {
        case Transport::Pipe:
            return readAll(atMain ? toMain.read : toPeer.read, p, n);
        case Transport::Socket:
            return readAll(atMain ? socketMain : socketPeer, p, n);
        case Transport::Shm:
            return (atMain ? rings.toMain() : rings.toPeer()).read(p, n, PeerTimeoutNs);
        }
        return false;
    }
};

struct Plan
{
    std::size_t size;
    int count; // messages in the bandwidth stream
    int roundTrips; // for latency
};

bool peerSide(Channel& c, const Plan& plan, char* buf)
{
    for (int i = 0; i < plan.count; ++i)
        if (!c.recv(false, buf, plan.size))
            return false;
    char ack = 1;
    if (!c.send(false, &ack, 1))
        return false;
    for (int i = 0; i < plan.roundTrips; ++i)
        if (!c.recv(false, buf, plan.size) || !c.send(false, buf, plan.size))
            return false;
    return true;
}

struct Timing
{
    double megabytesPerSecond = 0;
    double latencyUs = 0;
};

bool mainSide(Channel& c, const Plan& plan, char* buf, Timing& t)
{
    const std::int64_t t0 = monotonicNs();
    for (int i = 0; i < plan.count; ++i)
        if (!c.send(true, buf, plan.size))
            return false;
    char ack = 0;
    if (!c.recv(true, &ack, 1))
        return false;
    const std::int64_t t1 = monotonicNs();
    for (int i = 0; i < plan.roundTrips; ++i)
        if (!c.send(true, buf, plan.size) || !c.recv(true, buf, plan.size))
            return false;
    const std::int64_t t2 = monotonicNs();
    const double bytes = static_cast<double>(plan.size) * plan.count;
    t.megabytesPerSecond = bytes / (static_cast<double>(t1 - t0) / 1e9) / 1e6;
    t.latencyUs = static_cast<double>(t2 - t1) / 1000.0 / plan.roundTrips / 2.0;
    return true;
}

std::string session(Transport transport, bool processes, const Plan& plan, Timing& t, const RunOptions& o)
{
    Channel c(transport);
    if (!c.ok())
        return errnoText(transport == Transport::Shm ? "mmap" : transport == Transport::Socket ? "socketpair" : "pipe");
    std::vector<char> mainBuf(plan.size, 'm'), peerBuf(plan.size, 'p');
    if (processes) {
        const pid_t pid = fork();
        if (pid < 0)
            return errnoText("fork");
        if (pid == 0)
            _exit(peerSide(c, plan, peerBuf.data()) ? 0 : 1);
        ChildProcess child(pid);
        if (o.processStarted)
            o.processStarted(pid, "ipc: peer process");
        c.closePeerEnds(); // so a dead peer reads as end of file, not a hang
        if (!mainSide(c, plan, mainBuf.data(), t))
            return "the peer process stopped answering";
        child.wait();
        return {};
    }
    bool peerOk = false;
    ThreadGroup peer;
    std::atomic<pid_t> peerTid { 0 };
    peer.add([&c, &plan, &peerBuf, &peerOk, &peerTid] {
        peerTid = static_cast<pid_t>(syscall(SYS_gettid));
        peerTid.notify_one();
        peerOk = peerSide(c, plan, peerBuf.data());
    });
    if (auto started = peer.start("peer thread"); !started)
        return started.error().message;
    // Watched from here, before the clock starts, not from the peer while the clock runs.
    peerTid.wait(0);
    if (o.threadStarted)
        o.threadStarted(peerTid.load(), "ipc: peer thread");
    const bool ok = mainSide(c, plan, mainBuf.data(), t);
    if (!ok)
        c.closePeerEnds(); // wakes a peer blocked in read or write (rings time out on their own)
    peer.join();
    return ok && peerOk ? std::string() : "the peer thread stopped answering";
}

const char* transportId(Transport t)
{
    return t == Transport::Pipe ? "pipe" : t == Transport::Socket ? "unix-socket" : "shm-ring";
}

const char* transportLabel(Transport t)
{
    return t == Transport::Pipe ? "pipe" : t == Transport::Socket ? "Unix socket" : "shared-memory ring";
}

} // namespace

ExperimentResult runIpc(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "MB/s";
    r.method = "For each size, one task streams messages to the other (16 MiB or at least 16 messages) and waits "
               "for a one-byte acknowledgement: bandwidth in MB/s (10^6 bytes). Then messages go there and back: "
               "latency is half the round trip. The ring is 256 KiB of MAP_SHARED memory with atomic head and tail; "
               "its reader spins briefly, then sleeps on a futex in the shared page.";
    const std::size_t maxSize = static_cast<std::size_t>(std::clamp(o.param("max-bytes", 1 << 20), 64.0, 1048576.0));
    std::vector<std::size_t> sizes;
    for (std::size_t s : { std::size_t(64), std::size_t(4096), std::size_t(65536), std::size_t(1) << 20 })
        if (s <= maxSize)
            sizes.push_back(s);
    SigpipeGuard sigpipe;
    Progress progress(o, 6.0 * sizes.size() * (o.warmup + o.runs));
    for (Transport transport : { Transport::Pipe, Transport::Socket, Transport::Shm }) {
        for (bool processes : { true, false }) {
            const std::string series
                = std::string(transportLabel(transport)) + (processes ? ", processes" : ", threads");
            const std::string idBase = std::string(transportId(transport)) + (processes ? "-processes" : "-threads");
            for (std::size_t size : sizes) {
                const std::string sz = std::to_string(size);
                Variant bw = makeVariant(
                    idBase + "-bw-" + sz, series + ", " + sz + " B", "MB/s", series, static_cast<double>(size));
                Variant lat = makeVariant(idBase + "-lat-" + sz, series + ", " + sz + " B latency", "us",
                    series + " latency", static_cast<double>(size));
                const Plan plan { size, static_cast<int>(std::clamp<std::size_t>((16u << 20) / size, 16, 8192)),
                    static_cast<int>(std::clamp<std::size_t>((2u << 20) / size, 4, 200)) };
                for (int i = 0; i < o.warmup + o.runs && !o.cancelled(); ++i) {
                    Timing t;
                    if (std::string e = session(transport, processes, plan, t, o); !e.empty()) {
                        bw.error = lat.error = e;
                        break;
                    }
                    if (i >= o.warmup) {
                        bw.samples.push_back(t.megabytesPerSecond);
                        lat.samples.push_back(t.latencyUs);
                    }
                    progress.step();
                }
                r.variants.push_back(std::move(bw));
                r.variants.push_back(std::move(lat));
            }
        }
    }
    return r;
}

} // namespace ptlab::compare
