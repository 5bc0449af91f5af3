// The engine's fault paths (issue 9, item 4): each of these failed (or crashed) before its fix.
#include "states_test_helpers.h"

#include "core/states/engine.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <limits>
#include <string>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace ptlab::states;
using ptlab::test::findTask;
using ptlab::test::request;
using ptlab::test::testEngineConfig;
using ptlab::test::waitUntil;

namespace {

std::vector<std::string> fdTargets(pid_t pid)
{
    std::vector<std::string> targets;
    const std::string dir = "/proc/" + std::to_string(pid) + "/fd";
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            if (e->d_name[0] == '.')
                continue;
            char buf[512];
            const ssize_t n = readlink((dir + "/" + e->d_name).c_str(), buf, sizeof buf - 1);
            if (n > 0)
                targets.emplace_back(buf, static_cast<size_t>(n));
        }
        closedir(d);
    }
    return targets;
}

// A demo thread lives in the task host, not necessarily in this process.
bool procTaskExists(pid_t pid, pid_t tid)
{
    return access(("/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid)).c_str(), F_OK) == 0;
}

} // namespace

TEST_CASE("admitting a held worker that already died does not raise SIGPIPE", "[states][faults]")
{
    auto config = testEngineConfig();
    config.holdNewTasks = true;
    config.deferReaping = true;
    Engine engine(config);
    auto spawned = engine.spawn(request(TaskKind::Process, Workload::Cpu));
    REQUIRE(spawned.spawned.size() == 1);
    const TaskId id = spawned.spawned[0];
    REQUIRE(engine.kill(id));
    REQUIRE(waitUntil(engine, [id](const EngineSnapshot& s) {
        auto* t = findTask(s, id);
        return t && t->zombie;
    }));
    // Before the fix this wrote to a pipe whose reader was gone, and SIGPIPE ended the test process.
    (void)engine.admit(id);
    engine.setHoldNewTasks(false);
    SUCCEED("still alive");
}

TEST_CASE(
    "forgetting a terminated thread while the sampler joins it never destroys a joinable thread", "[states][faults]")
{
    // forget() races the sampler: the pass marks the task final (its /proc entry is gone) and only
    // then does the sampler join its std::thread. The hook runs forget() in exactly that window.
    // Before the fix the erased Task destroyed a joinable std::thread: std::terminate.
    std::atomic<Engine*> self { nullptr };
    std::atomic<TaskId> target { 0 };
    std::atomic<bool> forgotten { false };
    auto config = testEngineConfig();
    config.betweenPassAndReap = [&] {
        Engine* e = self.load();
        const TaskId id = target.load();
        if (!e || id == 0 || forgotten)
            return;
        e->forget(id); // erases the task only once it is final
        forgotten = !findTask(e->snapshot(std::numeric_limits<std::int64_t>::max()), id);
    };
    Engine engine(config);
    self = &engine;
    auto spawned = engine.spawn(request(TaskKind::Thread, Workload::Sleep));
    REQUIRE(spawned.spawned.size() == 1);
    target = spawned.spawned[0];
    REQUIRE(engine.stop(spawned.spawned[0]));
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot&) { return forgotten.load(); }));
    self = nullptr;
}

TEST_CASE("a thread that cannot get its event descriptor gives its slot back", "[states][faults]")
{
    Engine engine(testEngineConfig());
    // One spawn that succeeds first: UBSan (asan preset) checks each new dynamic type by reading memory
    // through a pipe, which it cannot open once the limit is down. Types seen here are in its cache.
    REQUIRE_FALSE(engine.spawn(request(TaskKind::Thread, Workload::Sleep, 1)).error);
    const std::size_t before = engine.freeSlotCount();
    rlimit saved {};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &saved) == 0);
    const int probe = open("/dev/null", O_RDONLY | O_CLOEXEC);
    REQUIRE(probe >= 0);
    close(probe);
    rlimit tight = saved;
    tight.rlim_cur = static_cast<rlim_t>(probe); // the next descriptor (the eventfd) is refused
    REQUIRE(setrlimit(RLIMIT_NOFILE, &tight) == 0);
    SpawnResult r = engine.spawn(request(TaskKind::Thread, Workload::Sleep, 3));
    REQUIRE(setrlimit(RLIMIT_NOFILE, &saved) == 0);
    CHECK(r.spawned.empty());
    CHECK(r.error.has_value());
    CHECK(engine.freeSlotCount() == before); // before the fix: one slot fewer
}

TEST_CASE("the shared block is anonymous: nothing is left in /dev/shm", "[states][faults]")
{
    Engine engine(testEngineConfig());
    const std::string prefix = "ptlab-" + std::to_string(getpid()) + "-";
    bool found = false;
    if (DIR* d = opendir("/dev/shm")) {
        while (dirent* e = readdir(d))
            found = found || std::string(e->d_name).rfind(prefix, 0) == 0;
        closedir(d);
    }
    CHECK_FALSE(found); // before the fix: /dev/shm/ptlab-<pid>-<n>, which a SIGKILL left behind
    // The workers still share the lock and their slots through the inherited descriptor.
    REQUIRE_FALSE(engine.spawn(request(TaskKind::Process, Workload::Lock, 2)).error);
    REQUIRE(waitUntil(engine, [](const EngineSnapshot& s) {
        std::uint64_t work = 0;
        for (const auto& t : s.tasks)
            work += t.work;
        return work >= 10;
    }));
}

TEST_CASE("workers inherit no descriptor of ours that is not close-on-exec", "[states][faults]")
{
    // Deliberately not close-on-exec, and above the numbers the worker's own descriptors take.
    const int probe = memfd_create("ptlab-leak-probe", 0);
    REQUIRE(probe >= 0);
    const int leak = fcntl(probe, F_DUPFD, 20);
    close(probe);
    REQUIRE(leak >= 20);
    auto config = testEngineConfig();
    config.holdNewTasks = true; // the worker waits at the gate, so its descriptors can be listed
    Engine engine(config);
    auto spawned = engine.spawn(request(TaskKind::Process, Workload::Sleep));
    REQUIRE(spawned.spawned.size() == 1);
    const pid_t pid = findTask(engine.snapshot(), spawned.spawned[0])->pid;
    bool leaked = false;
    for (const auto& target : fdTargets(pid))
        leaked = leaked || target.find("ptlab-leak-probe") != std::string::npos;
    close(leak);
    CHECK_FALSE(leaked); // before the fix: the worker held /memfd:ptlab-leak-probe
}

TEST_CASE("renice and pin refuse a thread id that was reused by another thread", "[states][faults]")
{
    // To reuse a thread id on purpose, ns_last_pid (root in the pid namespace) picks the next id.
    const int probe = open("/proc/sys/kernel/ns_last_pid", O_WRONLY | O_CLOEXEC);
    if (probe < 0) {
        WARN("cannot write /proc/sys/kernel/ns_last_pid (needs root): skipped");
        return;
    }
    close(probe);
    auto config = testEngineConfig();
    config.rateHz = 5; // a slow sampler: the engine has not yet noticed the exit when we act
    Engine engine(config);
    auto spawned = engine.spawn(request(TaskKind::Thread, Workload::Sleep));
    REQUIRE(spawned.spawned.size() == 1);
    const TaskId id = spawned.spawned[0];
    const pid_t oldTid = findTask(engine.snapshot(), id)->tid;
    const pid_t oldPid = findTask(engine.snapshot(), id)->pid;
    REQUIRE(engine.stop(id));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (procTaskExists(oldPid, oldTid) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::yield();
    REQUIRE_FALSE(procTaskExists(oldPid, oldTid));

    // A stranger thread takes the old id (retry: another process may take it first).
    std::atomic<pid_t> strangerTid { 0 };
    std::atomic<bool> release { false };
    std::thread stranger;
    for (int attempt = 0; attempt < 20 && strangerTid.load() != oldTid; ++attempt) {
        if (stranger.joinable()) {
            release = true;
            stranger.join();
            release = false;
        }
        strangerTid = 0;
        {
            std::ofstream last("/proc/sys/kernel/ns_last_pid");
            last << (oldTid - 1);
        }
        stranger = std::thread([&] {
            strangerTid = gettid();
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        while (strangerTid.load() == 0)
            std::this_thread::yield();
    }
    const bool reused = strangerTid.load() == oldTid;
    const int niceBefore = getpriority(PRIO_PROCESS, static_cast<id_t>(oldTid));
    auto reniced = engine.renice(id, 19);
    auto pinned = engine.pin(id, 0);
    const int niceAfter = getpriority(PRIO_PROCESS, static_cast<id_t>(oldTid));
    release = true;
    stranger.join();
    if (!reused) {
        WARN("the old thread id was taken by someone else: skipped");
        return;
    }
    CHECK_FALSE(reniced.ok()); // before the fix: it reniced the stranger
    CHECK_FALSE(pinned.ok());
    CHECK(niceAfter == niceBefore);
}

namespace {

std::size_t openDescriptors()
{
    std::size_t n = 0;
    if (DIR* d = opendir("/proc/self/fd")) {
        while (dirent* e = readdir(d))
            n += e->d_name[0] != '.';
        closedir(d);
    }
    return n;
}

std::uint64_t workOf(const Engine& engine, TaskId id)
{
    const auto snap = engine.snapshot();
    const TaskView* t = findTask(snap, id);
    return t ? t->work : 0;
}

} // namespace

TEST_CASE("a worker program that is missing, not executable, not a program or dying at once keeps the engine whole",
    "[states][faults][limits]")
{
    char garbage[] = "/tmp/ptlab-test-not-a-program-XXXXXX";
    const int fd = mkstemp(garbage);
    REQUIRE(fd >= 0);
    REQUIRE(write(fd, "\x01\x02 not an ELF file\n", 19) == 19);
    REQUIRE(fchmod(fd, 0755) == 0);
    close(fd);
    char plain[] = "/tmp/ptlab-test-not-executable-XXXXXX";
    const int plainFd = mkstemp(plain);
    REQUIRE(plainFd >= 0);
    close(plainFd); // mode 0600: no execute bit for anyone, root included
    struct Unlink
    {
        const char* a;
        const char* b;
        ~Unlink()
        {
            unlink(a);
            unlink(b);
        }
    } unlinkThem { garbage, plain };

    for (const std::string& path :
        { std::string("/nonexistent/ptlab-worker"), std::string("/tmp"), std::string(plain), std::string(garbage) }) {
        INFO("worker program " << path);
        auto config = testEngineConfig();
        config.workerPath = path;
        Engine engine(config);
        // A thread already running keeps running and being sampled through the failures.
        auto thread = engine.spawn(request(TaskKind::Thread, Workload::Cpu));
        REQUIRE(thread.spawned.size() == 1);
        const std::size_t slots = engine.freeSlotCount();
        const std::size_t descriptors = openDescriptors();
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto r = engine.spawn(request(TaskKind::Process, Workload::Cpu, 2));
            CHECK(r.spawned.empty());
            REQUIRE(r.error);
            CHECK(r.error->message.find(path) != std::string::npos); // says which program could not be run
            CHECK(r.error->errnum != 0);
        }
        CHECK(engine.freeSlotCount() == slots); // no slot, descriptor or task kept by a failed spawn
        CHECK(openDescriptors() == descriptors);
        CHECK(engine.snapshot().tasks.size() == 1);
        const std::uint64_t passes = engine.samplerStats().passes;
        const std::uint64_t work = workOf(engine, thread.spawned[0]);
        REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
            const TaskView* t = findTask(s, thread.spawned[0]);
            return s.passes >= passes + 3 && t && t->work > work && !t->samples.empty();
        }));
        auto more = engine.spawn(request(TaskKind::Thread, Workload::Sleep, 2)); // threads still spawn
        CHECK(more.spawned.size() == 2);
        CHECK_FALSE(more.error);
    }

    // A worker that exits at once: a spawn that worked, then a task that ends Terminated with its status.
    auto config = testEngineConfig();
    config.workerPath = "/bin/false";
    if (access(config.workerPath.c_str(), X_OK) != 0) {
        WARN("no /bin/false here: the dying worker is not tested");
        return;
    }
    Engine engine(config);
    auto r = engine.spawn(request(TaskKind::Process, Workload::Sleep, 3));
    REQUIRE_FALSE(r.error);
    REQUIRE(r.spawned.size() == 3);
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        for (TaskId id : r.spawned) {
            const TaskView* t = findTask(s, id);
            if (!t || t->state != TaskState::Terminated || !t->reaped)
                return false;
        }
        return true;
    }));
    for (TaskId id : r.spawned)
        CHECK(findTask(engine.snapshot(), id)->exitCode == 1);
    auto thread = engine.spawn(request(TaskKind::Thread, Workload::Sleep));
    CHECK(thread.spawned.size() == 1);
}

TEST_CASE("under a lowered process limit a spawn fails clearly, the sampler goes on, and it recovers",
    "[states][faults][limits]")
{
    // Root ignores RLIMIT_NPROC, so the check runs in a child that drops to an unprivileged user first.
    // Each failed expectation sets one bit of the exit code.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        int code = 0;
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(100);
        {
            Engine engine(testEngineConfig());
            const std::size_t allSlots = engine.freeSlotCount();
            auto thread = engine.spawn(request(TaskKind::Thread, Workload::Cpu)); // warms UBSan's type cache
            auto process = engine.spawn(request(TaskKind::Process, Workload::Sleep));
            if (thread.spawned.size() != 1)
                code |= 1;
            if (process.spawned.size() != 1)
                _exit(102); // this user cannot run the worker at all (e.g. a build tree it cannot read)
            rlimit saved {};
            if (getrlimit(RLIMIT_NPROC, &saved) != 0)
                _exit(101);
            rlimit low = saved;
            low.rlim_cur = 0; // the soft limit only: it can be raised again below
            if (setrlimit(RLIMIT_NPROC, &low) != 0)
                _exit(101);
            const std::size_t slots = engine.freeSlotCount();
            auto refused = engine.spawn(request(TaskKind::Process, Workload::Sleep, 3));
            if (!refused.spawned.empty() || !refused.error || refused.error->errnum != EAGAIN
                || refused.error->code != ptlab::Error::Code::ResourceLimit)
                code |= 2;
            // The message names the program and the limit, for the page and the command line.
            if (refused.error
                && (refused.error->message.find("worker process") == std::string::npos
                    || refused.error->message.find("RLIMIT_NPROC") == std::string::npos))
                code |= 4;
            if (engine.freeSlotCount() != slots)
                code |= 8; // also below: every slot back at the end
            // The sampler goes on: both tasks keep being sampled, the thread keeps working.
            const std::uint64_t passes = engine.samplerStats().passes;
            const std::uint64_t work = workOf(engine, thread.spawned[0]);
            if (!waitUntil(engine, [&](const EngineSnapshot& s) {
                    return s.passes >= passes + 3 && s.tasks.size() == 2 && workOf(engine, thread.spawned[0]) > work;
                }))
                code |= 16;
            // Controls still work while the limit is down: the worker is stopped, reaped, Terminated.
            if (!engine.stop(process.spawned[0]))
                code |= 32;
            if (!waitUntil(engine, [&](const EngineSnapshot& s) {
                    const TaskView* t = findTask(s, process.spawned[0]);
                    return t && t->state == TaskState::Terminated && t->reaped;
                }))
                code |= 32;
            // Lifted again: processes and threads spawn as before.
            if (setrlimit(RLIMIT_NPROC, &saved) != 0)
                _exit(101);
            auto again = engine.spawn(request(TaskKind::Process, Workload::Sleep, 2));
            auto threads = engine.spawn(request(TaskKind::Thread, Workload::Sleep, 2));
            if (again.error || again.spawned.size() != 2 || threads.error || threads.spawned.size() != 2)
                code |= 64;
            engine.stopAll();
            if (!waitUntil(engine, [](const EngineSnapshot& s) {
                    for (const auto& t : s.tasks)
                        if (t.state != TaskState::Terminated || (t.kind == TaskKind::Process && !t.reaped))
                            return false;
                    return true;
                }))
                code |= 128;
            // Terminated shows a pass before the task is final (joined, reaped) and can be forgotten.
            if (!waitUntil(engine, [&engine](const EngineSnapshot&) {
                    engine.forgetTerminated();
                    return engine.snapshot().tasks.empty();
                }))
                code |= 128;
            if (engine.freeSlotCount() != allSlots)
                code |= 8;
        }
        _exit(code);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    const int code = WEXITSTATUS(status);
    if (code == 100 || code == 102) {
        WARN("could not run the worker as an unprivileged user (" << code << "): RLIMIT_NPROC not tested");
        return;
    }
    CHECK(code == 0);
}
