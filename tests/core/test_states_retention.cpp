// A demo left churning for a whole lecture keeps a bounded list: beyond EngineConfig::keepTerminated,
// the oldest ended tasks are forgotten as if Clear had been pressed, and live tasks never are.
#include "states_test_helpers.h"

#include "core/states/engine.h"

#include <catch2/catch.hpp>

#include <set>

using namespace ptlab::states;
using ptlab::test::findTask;
using ptlab::test::request;
using ptlab::test::testEngineConfig;
using ptlab::test::waitUntil;

TEST_CASE("only the newest keepTerminated ended tasks stay on the list", "[states][retention]")
{
    auto config = testEngineConfig();
    config.keepTerminated = 3;
    Engine engine(config);
    auto live = engine.spawn(request(TaskKind::Thread, Workload::Sleep, 2));
    REQUIRE_FALSE(live.error);

    std::vector<TaskId> ended;
    for (int round = 0; round < 3; ++round) {
        auto r = engine.spawn(request(round == 1 ? TaskKind::Process : TaskKind::Thread, Workload::Sleep, 2));
        REQUIRE_FALSE(r.error);
        for (TaskId id : r.spawned)
            REQUIRE(engine.stop(id).ok());
        // Each round ends after the one before, so "newest" is well defined.
        REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
            for (TaskId id : r.spawned) {
                const TaskView* t = findTask(s, id);
                if (t && t->state != TaskState::Terminated)
                    return false;
            }
            return engine.keptTerminatedCount() <= 3;
        }));
        ended.insert(ended.end(), r.spawned.begin(), r.spawned.end());
    }
    // Six ended, three kept: the last round's two and one of the round before.
    REQUIRE(waitUntil(engine, [&](const EngineSnapshot& s) {
        std::size_t terminated = 0;
        for (const auto& t : s.tasks)
            terminated += t.state == TaskState::Terminated;
        return terminated == 3 && engine.keptTerminatedCount() == 3;
    }));
    const auto snap = engine.snapshot();
    CHECK(findTask(snap, ended[4]));
    CHECK(findTask(snap, ended[5]));
    CHECK_FALSE(findTask(snap, ended[0]));
    CHECK_FALSE(findTask(snap, ended[1]));
    for (TaskId id : live.spawned) {
        const TaskView* t = findTask(snap, id);
        REQUIRE(t);
        CHECK(t->state != TaskState::Terminated);
    }
}
