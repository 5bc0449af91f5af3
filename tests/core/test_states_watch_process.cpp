// Watching a process the engine did not start: a workload's or an experiment's child shows on the
// States page, and the engine never signals or reaps it.
#include "core/states/engine.h"
#include "states_test_helpers.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ptlab::states;
using ptlab::test::findTask;
using ptlab::test::testEngineConfig;
using ptlab::test::waitUntil;

namespace {

// A child that blocks reading a pipe until the parent closes its end (no allocation after fork).
pid_t blockedChild(int& writeEnd)
{
    int fds[2];
    REQUIRE(pipe2(fds, O_CLOEXEC) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[1]);
        char c;
        while (read(fds[0], &c, 1) > 0) { }
        _exit(7);
    }
    close(fds[0]);
    writeEnd = fds[1];
    return pid;
}

} // namespace

TEST_CASE("a watched child process shows as a waiting process, then as terminated once reaped", "[states][engine]")
{
    int writeEnd = -1;
    const pid_t child = blockedChild(writeEnd);
    Engine engine(testEngineConfig());
    auto id = engine.watchProcess(child, "test child");
    REQUIRE(id.ok());
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, id.value());
        return t && t->kind == TaskKind::Process && t->pid == child && t->state == TaskState::Waiting;
    }));
    CHECK(findTask(engine.snapshot(), id.value())->label == "test child");
    // Neither controls nor the engine may signal a process it did not start.
    CHECK_FALSE(engine.stop(id.value()).ok());
    CHECK_FALSE(engine.suspend(id.value()).ok());
    CHECK(kill(child, 0) == 0);
    close(writeEnd);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child); // its starter reaps it, not the engine
    CHECK(WEXITSTATUS(status) == 7);
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        const TaskView* t = findTask(s, id.value());
        return t && t->state == TaskState::Terminated;
    }));
    CHECK_FALSE(engine.watchProcess(child, "gone").ok());
}

TEST_CASE("the engine's end leaves a watched process alone", "[states][engine]")
{
    int writeEnd = -1;
    const pid_t child = blockedChild(writeEnd);
    {
        Engine engine(testEngineConfig());
        REQUIRE(engine.watchProcess(child, "survivor").ok());
        REQUIRE(engine.waitForPasses(2, std::chrono::seconds(5)));
    }
    CHECK(kill(child, 0) == 0); // still running: the engine killed only its own workers
    int status = 0;
    CHECK(waitpid(child, &status, WNOHANG) == 0);
    close(writeEnd);
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
}
