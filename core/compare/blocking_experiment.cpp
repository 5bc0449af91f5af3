// The course's "when one blocks" row: a blocked process does not stop its siblings; a blocked kernel
// thread (Linux threads are 1:1) does not stop its siblings either; a blocked user-level thread (the
// many-to-one model) stops every user-level thread of its kernel thread.
//
// Each variant runs a counting task beside a blocker that first computes, then makes a blocking read()
// on a pipe (the "device", which answers after the hold time). The result is the counter's pace while
// the blocker is blocked, in percent of its pace while the blocker computed.
#include "core/compare/experiment_support.h"
#include "core/util/thread_group.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <coroutine>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace ptlab::compare {
namespace {

using namespace std::chrono_literals;

// What the tasks share. Lock-free atomics, so the same block works in memory shared by processes.
struct Shared
{
    std::atomic<std::uint64_t> count { 0 };
    std::atomic<bool> blockNow { false };
    std::atomic<bool> blocked { false };
    std::atomic<bool> stop { false };
};
static_assert(std::atomic<std::uint64_t>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);

void crunchChunk()
{
    // About 20 µs of integer work: short enough that the cooperative scheduler switches often.
    static std::atomic<std::uint64_t> sink { 1 };
    std::uint64_t x = sink.load(std::memory_order_relaxed) | 1;
    for (int i = 0; i < 4000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    sink.store(x, std::memory_order_relaxed);
}

void countLoop(Shared& s)
{
    while (!s.stop.load(std::memory_order_relaxed)) {
        crunchChunk();
        s.count.fetch_add(1, std::memory_order_relaxed);
    }
}

// Once asked, makes one blocking read() on the device: in a kernel thread or process only that task
// waits; in a green thread the whole kernel thread does, so no other green thread can run meanwhile
// (the scheduler is that very thread).
void blockOnceWhenAsked(Shared& s, int deviceFd, bool& done)
{
    if (done || !s.blockNow.load(std::memory_order_acquire))
        return;
    s.blocked.store(true, std::memory_order_release);
    char c;
    while (::read(deviceFd, &c, 1) < 0 && errno == EINTR) { }
    done = true;
}

void blockerLoop(Shared& s, int deviceFd)
{
    bool done = false;
    while (!s.stop.load(std::memory_order_relaxed)) {
        blockOnceWhenAsked(s, deviceFd, done);
        crunchChunk();
    }
}

// A user-level thread: a C++20 coroutine resumed by a round-robin scheduler on one kernel thread (the
// many-to-one model). Stackless, so nothing switches stacks behind the sanitizers' back.
struct GreenThread
{
    struct promise_type
    {
        GreenThread get_return_object()
        {
            return GreenThread { std::coroutine_handle<promise_type>::from_promise(*this) };
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() { }
        void unhandled_exception() { std::terminate(); }
    };
    explicit GreenThread(std::coroutine_handle<promise_type> h) : handle(h) { }
    GreenThread(GreenThread&& other) noexcept : handle(std::exchange(other.handle, {})) { }
    GreenThread(const GreenThread&) = delete;
    ~GreenThread()
    {
        if (handle)
            handle.destroy();
    }
    std::coroutine_handle<promise_type> handle;
};

GreenThread greenCounter(Shared& s)
{
    while (!s.stop.load(std::memory_order_relaxed)) {
        crunchChunk();
        s.count.fetch_add(1, std::memory_order_relaxed);
        co_await std::suspend_always {}; // yield to the scheduler
    }
}

GreenThread greenBlocker(Shared& s, int deviceFd)
{
    bool done = false;
    while (!s.stop.load(std::memory_order_relaxed)) {
        blockOnceWhenAsked(s, deviceFd, done);
        crunchChunk();
        co_await std::suspend_always {};
    }
}

void runGreenScheduler(Shared& s, int deviceFd)
{
    std::vector<GreenThread> threads;
    threads.push_back(greenCounter(s));
    threads.push_back(greenBlocker(s, deviceFd));
    for (bool any = true; any;) {
        any = false;
        for (auto& t : threads) {
            if (!t.handle.done()) {
                t.handle.resume();
                any = true;
            }
        }
    }
}

enum class Kind
{
    Processes,
    KernelThreads,
    UserThreads
};

// One repetition: the counter's pace while the blocker is blocked, in percent of its pace before.
std::string blockingOnce(Kind kind, std::chrono::milliseconds window, const RunOptions& o, double& percent)
{
    void* mem = ::mmap(nullptr, sizeof(Shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        return errnoText("mmap");
    auto* s = new (mem) Shared;
    Pipe device;
    if (!device.ok()) {
        ::munmap(mem, sizeof(Shared));
        return errnoText("pipe");
    }
    std::vector<ChildProcess> children;
    ThreadGroup threads;
    std::string error;
    if (kind == Kind::Processes) {
        const pid_t parent = ::getpid();
        for (int role = 0; role < 2 && error.empty(); ++role) {
            const pid_t pid = fork();
            if (pid < 0) {
                error = errnoText("fork");
            } else if (pid == 0) {
                // Both children compute until told to stop: if ptlab dies, even of SIGKILL, they must too.
                ::prctl(PR_SET_PDEATHSIG, SIGKILL);
                if (::getppid() != parent)
                    _exit(1);
                if (role == 0)
                    countLoop(*s);
                else
                    blockerLoop(*s, device.read);
                _exit(0);
            } else {
                children.emplace_back(pid);
                if (o.processStarted)
                    o.processStarted(pid, role == 0 ? "blocking: counting process" : "blocking: blocking process");
            }
        }
    } else if (kind == Kind::KernelThreads) {
        threads.add([s, &o] {
            if (o.threadStarted)
                o.threadStarted(static_cast<pid_t>(syscall(SYS_gettid)), "blocking: counting thread");
            countLoop(*s);
        });
        threads.add([s, &device, &o] {
            if (o.threadStarted)
                o.threadStarted(static_cast<pid_t>(syscall(SYS_gettid)), "blocking: blocking thread");
            blockerLoop(*s, device.read);
        });
    } else {
        threads.add([s, &device, &o] {
            if (o.threadStarted)
                o.threadStarted(
                    static_cast<pid_t>(syscall(SYS_gettid)), "blocking: kernel thread of two green threads");
            runGreenScheduler(*s, device.read);
        });
    }
    if (threads.size() > 0) {
        if (auto started = threads.start("blocking-experiment threads"); !started)
            error = started.error().message;
    }
    if (error.empty()) {
        // The pace is counted over wall-clock windows: these waits are the measurement, not work.
        std::this_thread::sleep_for(window / 2); // everyone started
        const std::uint64_t c0 = s->count.load();
        std::this_thread::sleep_for(window);
        const std::uint64_t c1 = s->count.load();
        s->blockNow.store(true, std::memory_order_release);
        const auto deadline = std::chrono::steady_clock::now() + 5s;
        while (!s->blocked.load(std::memory_order_acquire) && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(1ms);
        const std::uint64_t c2 = s->count.load();
        std::this_thread::sleep_for(window); // the device answers after this long
        const std::uint64_t c3 = s->count.load();
        const char c = 1;
        if (::write(device.write, &c, 1) != 1)
            error = errnoText("write");
        if (!s->blocked.load())
            error = "the blocking task never reached its read";
        else if (c1 == c0)
            error = "the counting task made no progress at all";
        else
            percent = 100.0 * static_cast<double>(c3 - c2) / static_cast<double>(c1 - c0);
    }
    s->stop.store(true);
    threads.join();
    for (auto& child : children)
        child.waitFor(2000);
    children.clear();
    s->~Shared();
    ::munmap(mem, sizeof(Shared));
    return error;
}

} // namespace

ExperimentResult runBlocking(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "%";
    r.method = "A counting task runs beside a task that computes, then blocks in read() on a pipe until the "
               "hold time has passed. The counter's pace while the other is blocked, in percent of its pace "
               "before: for two processes, two kernel threads, and two user-level threads (C++ coroutines "
               "on one kernel thread, the many-to-one model).";
    const auto window = std::chrono::milliseconds(static_cast<int>(o.param("hold-ms", 150)));
    Variant p = makeVariant("blocked-process", "a process blocks: its sibling process keeps", "%");
    Variant k = makeVariant("blocked-kernel-thread", "a kernel thread blocks: its sibling thread keeps", "%");
    Variant u = makeVariant("blocked-user-thread", "a user-level thread blocks: its sibling keeps", "%");
    Progress progress(o, 3.0 * o.runs);
    for (auto [kind, v] : { std::pair { Kind::Processes, &p }, std::pair { Kind::KernelThreads, &k },
             std::pair { Kind::UserThreads, &u } }) {
        for (int i = 0; i < o.runs && !o.cancelled(); ++i) {
            double percent = 0;
            if (auto e = blockingOnce(kind, window, o, percent); !e.empty()) {
                v->error = e;
                break;
            }
            v->samples.push_back(percent);
            progress.step();
        }
    }
    r.variants = { std::move(p), std::move(k), std::move(u) };
    return r;
}

} // namespace ptlab::compare
