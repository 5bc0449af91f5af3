#include "core/states/proc_reading.h"
#include "core/states/state_classifier.h"

#include <catch2/catch.hpp>

using namespace ptlab::states;

TEST_CASE("stat is parsed after the last parenthesis, whatever the command name holds", "[states][parse]")
{
    // A real line from a thread whose comm is "(my) app x"; processor is field 39, rss field 24.
    const char* line = "4242 ((my) app x) R 1 4242 4242 0 -1 4194560 120 0 0 0 37 2 0 0 20 5 3 0 1200 "
                       "10000000 777 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
    KernelReading r;
    REQUIRE(parseStat(line, r));
    CHECK(r.state == 'R');
    CHECK(r.nice == 5);
    CHECK(r.rssPages == 777);
    CHECK(r.processor == 1);
    KernelReading bad;
    CHECK_FALSE(parseStat("no parenthesis here", bad));
    CHECK_FALSE(parseStat("1 (x) S 1 2", bad)); // too short to hold field 39
}

TEST_CASE("schedstat and status counters", "[states][parse]")
{
    KernelReading r;
    REQUIRE(parseSchedstat("123456 7890 42\n", r));
    CHECK(r.onCpuNs == 123456);
    CHECK(r.runqueueNs == 7890);
    CHECK(r.timeslices == 42);
    CHECK_FALSE(parseSchedstat("12 x 3", r));
    REQUIRE(parseStatusSwitches("Name:\tx\nState:\tS (sleeping)\nvoluntary_ctxt_switches:\t17\n"
                                "nonvoluntary_ctxt_switches:\t3\n",
        r));
    CHECK(r.voluntarySwitches == 17);
    CHECK(r.involuntarySwitches == 3);
    CHECK_FALSE(parseStatusSwitches("Name:\tx\n", r));
}

namespace {
KernelReading reading(char state, std::uint64_t cpu, std::uint64_t queue)
{
    KernelReading r;
    r.alive = true;
    r.state = state;
    r.onCpuNs = cpu;
    r.runqueueNs = queue;
    return r;
}
} // namespace

TEST_CASE("classification follows DESIGN.md's table", "[states][classify]")
{
    const KernelReading prev = reading('R', 1'000'000, 1'000'000);
    const std::int64_t interval = 50'000'000;
    SECTION("R with more time on a CPU than in the queue is Running, with both shares kept")
    {
        auto c = classify(prev, reading('R', 31'000'000, 21'000'000), interval, {});
        CHECK(c.state == TaskState::Running);
        CHECK(c.runningPermille == 600);
        CHECK(c.readyPermille == 400);
    }
    SECTION("R with more time queued is Ready")
    {
        CHECK(classify(prev, reading('R', 11'000'000, 41'000'000), interval, {}).state == TaskState::Ready);
        CHECK(classify(prev, reading('R', 1'000'000, 1'000'000), interval, {}).state == TaskState::Ready);
    }
    SECTION("sleeping and disk waits are Waiting")
    {
        CHECK(classify(prev, reading('S', 2'000'000, 1'000'000), interval, {}).state == TaskState::Waiting);
        CHECK(classify(prev, reading('D', 2'000'000, 1'000'000), interval, {}).state == TaskState::Waiting);
    }
    SECTION("stopped is Suspended, zombie is Terminated with the zombie flag, gone is Terminated")
    {
        CHECK(classify(prev, reading('T', 1'000'000, 1'000'000), interval, {}).state == TaskState::Suspended);
        auto z = classify(prev, reading('Z', 1'000'000, 1'000'000), interval, {});
        CHECK(z.state == TaskState::Terminated);
        CHECK(z.zombie);
        auto gone = classify(prev, KernelReading {}, interval, {});
        CHECK(gone.state == TaskState::Terminated);
        CHECK_FALSE(gone.zombie);
    }
    SECTION("the engine's overlay: held at the gate is New, a parked thread is Suspended")
    {
        CHECK(classify(prev, reading('S', 1'000'000, 1'000'000), interval, { false, false }).state == TaskState::New);
        CHECK(
            classify(prev, reading('S', 1'000'000, 1'000'000), interval, { true, true }).state == TaskState::Suspended);
    }
}

TEST_CASE("transitions come from the kernel's counters", "[states][classify]")
{
    KernelReading a = reading('R', 0, 0);
    a.timeslices = 10;
    a.voluntarySwitches = 4;
    a.involuntarySwitches = 2;
    KernelReading b = reading('S', 0, 0);
    b.timeslices = 15;
    b.voluntarySwitches = 7;
    b.involuntarySwitches = 3;
    auto t = deriveTransitions(a, TaskState::Running, b, TaskState::Waiting);
    CHECK(t[Transition::Dispatch] == 5);
    CHECK(t[Transition::Preempt] == 1);
    CHECK(t[Transition::Block] == 3);
    CHECK(t[Transition::Wake] == 2); // three blocks, the last still in progress
    CHECK(t[Transition::Exit] == 0);

    auto first = deriveTransitions(KernelReading {}, TaskState::New, a, TaskState::Running);
    CHECK(first[Transition::Admit] == 1);
    auto exit = deriveTransitions(b, TaskState::Waiting, KernelReading {}, TaskState::Terminated);
    CHECK(exit[Transition::Exit] == 1);
    auto susp = deriveTransitions(a, TaskState::Running, reading('T', 0, 0), TaskState::Suspended);
    CHECK(susp[Transition::Suspend] == 1);
    auto res = deriveTransitions(reading('T', 0, 0), TaskState::Suspended, a, TaskState::Running);
    CHECK(res[Transition::Resume] == 1);
}
