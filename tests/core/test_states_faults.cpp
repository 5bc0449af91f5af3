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

bool procTaskExists(pid_t tid)
{
    return access(("/proc/self/task/" + std::to_string(tid)).c_str(), F_OK) == 0;
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
    REQUIRE(engine.stop(id));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (procTaskExists(oldTid) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::yield();
    REQUIRE_FALSE(procTaskExists(oldTid));

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
