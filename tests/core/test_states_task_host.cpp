// The task host: demo threads and processes in a session of their own (so autogroup keeps them from
// crowding out the window), demo processes still ptlab's children, and every control as before.
#include "core/states/engine.h"
#include "states_test_helpers.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

using namespace ptlab::states;
using namespace ptlab::test;

namespace {

struct ProcStat
{
    pid_t ppid = 0;
    pid_t session = 0;
};

ProcStat procStat(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ProcStat s;
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return s;
    char state = 0;
    int ppid = 0, pgrp = 0, session = 0;
    if (std::sscanf(text.c_str() + close + 1, " %c %d %d %d", &state, &ppid, &pgrp, &session) == 4) {
        s.ppid = ppid;
        s.session = session;
    }
    return s;
}

std::string autogroupOf(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/autogroup");
    std::string line;
    std::getline(in, line);
    return line.substr(0, line.find(' ')); // "/autogroup-12 nice 0" without its nice value
}

} // namespace

TEST_CASE(
    "demo threads and processes run in a session of their own, and processes stay children of ptlab", "[states][host]")
{
    Engine engine(testEngineConfig());
    auto threads = engine.spawn(request(TaskKind::Thread, Workload::Sleep, 2));
    auto procs = engine.spawn(request(TaskKind::Process, Workload::Sleep, 2));
    REQUIRE(threads.spawned.size() == 2);
    REQUIRE(procs.spawned.size() == 2);
    const pid_t host = engine.taskHostPid();
    REQUIRE(host > 0);
    REQUIRE(host != getpid());
    const pid_t mySession = getsid(0);
    const ProcStat hostStat = procStat(host);
    CHECK(hostStat.ppid == getpid());
    CHECK(hostStat.session == host); // it leads its session
    CHECK(hostStat.session != mySession);
    const auto snap = engine.snapshot();
    for (TaskId id : threads.spawned) {
        const TaskView* t = findTask(snap, id);
        REQUIRE(t);
        CHECK(t->pid == host);
        CHECK(t->tid != host);
    }
    for (TaskId id : procs.spawned) {
        const TaskView* t = findTask(snap, id);
        REQUIRE(t);
        const ProcStat s = procStat(t->pid);
        CHECK(s.ppid == getpid()); // ours to reap, and to show as a zombie
        CHECK(s.session == host);
    }
    if (access("/proc/self/autogroup", R_OK) == 0) {
        CHECK(autogroupOf(host) != autogroupOf(getpid()));
        CHECK(autogroupOf(findTask(snap, procs.spawned[0])->pid) == autogroupOf(host));
    } else {
        WARN("this kernel has no autogroup: the sessions are still separate");
    }
}

TEST_CASE("hosted threads are admitted, suspended, resumed, reniced and stopped as before", "[states][host]")
{
    auto config = testEngineConfig();
    config.holdNewTasks = true;
    Engine engine(config);
    auto spawned = engine.spawn(request(TaskKind::Thread, Workload::Cpu));
    REQUIRE(spawned.spawned.size() == 1);
    const TaskId id = spawned.spawned[0];
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, id);
        return t && t->state == TaskState::New && t->waitReason == WaitReason::Gate;
    }));
    REQUIRE(engine.admit(id));
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, id);
        return t && t->work > 0;
    }));
    REQUIRE(engine.suspend(id));
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, id);
        return t && t->parked && t->state == TaskState::Suspended;
    }));
    REQUIRE(engine.resume(id));
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, id);
        return t && !t->parked && t->state != TaskState::Suspended;
    }));
    REQUIRE(engine.renice(id, 15));
    const auto snap = engine.snapshot();
    const TaskView* t = findTask(snap, id);
    REQUIRE(t);
    CHECK(getpriority(PRIO_PROCESS, static_cast<id_t>(t->tid)) == 15);
    REQUIRE(engine.stop(id));
    CHECK(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* v = findTask(s, id);
        return v && v->state == TaskState::Terminated;
    }));
}

TEST_CASE("a task host that dies ends its threads as Terminated, and the next spawn starts a new one",
    "[states][host][faults]")
{
    Engine engine(testEngineConfig());
    auto first = engine.spawn(request(TaskKind::Thread, Workload::Cpu, 3));
    REQUIRE(first.spawned.size() == 3);
    const pid_t host = engine.taskHostPid();
    REQUIRE(host > 0);
    REQUIRE(::kill(host, SIGKILL) == 0);
    CHECK(waitUntil(engine, [&](const EngineSnapshot& s) {
        for (TaskId id : first.spawned) {
            const TaskView* t = findTask(s, id);
            if (!t || t->state != TaskState::Terminated)
                return false;
        }
        return true;
    }));
    // Controls on the dead host's threads answer, they do not crash or hang.
    CHECK_FALSE(engine.suspend(first.spawned[0]).ok());
    auto again = engine.spawn(request(TaskKind::Thread, Workload::Sleep));
    REQUIRE(again.spawned.size() == 1);
    CHECK(engine.taskHostPid() != host);
    auto proc = engine.spawn(request(TaskKind::Process, Workload::Sleep));
    REQUIRE(proc.spawned.size() == 1);
    CHECK(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, again.spawned[0]);
        const TaskView* p = findTask(s, proc.spawned[0]);
        return t && p && t->state != TaskState::New && p->state != TaskState::New;
    }));
}

TEST_CASE("without the task host, threads run inside ptlab and processes are spawned directly", "[states][host]")
{
    auto config = testEngineConfig();
    config.taskHost = false;
    Engine engine(config);
    auto threads = engine.spawn(request(TaskKind::Thread, Workload::Cpu));
    auto procs = engine.spawn(request(TaskKind::Process, Workload::Sleep));
    REQUIRE(threads.spawned.size() == 1);
    REQUIRE(procs.spawned.size() == 1);
    CHECK(engine.taskHostPid() == 0);
    const auto snap = engine.snapshot();
    CHECK(findTask(snap, threads.spawned[0])->pid == getpid());
    CHECK(procStat(findTask(snap, procs.spawned[0])->pid).session == getsid(0));
    const TaskId id = threads.spawned[0];
    REQUIRE(engine.suspend(id));
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, id);
        return t && t->parked && t->state == TaskState::Suspended;
    }));
    REQUIRE(engine.stop(id));
    CHECK(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, id);
        return t && t->state == TaskState::Terminated;
    }));
}
