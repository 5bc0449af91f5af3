// Time slices (issue 9): the window's and the sampler's threads ask for short slices, demo tasks for
// one tick, and what a thread with a short slice creates starts with the kernel's default. On kernels
// that report no slice (before EEVDF, Linux 6.6) the requests are accepted and there is nothing to read.
#include "states_test_helpers.h"

#include "core/states/engine.h"
#include "core/util/thread_priority.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;
using ptlab::currentTimeSlice;
using ptlab::setTimeSlice;

namespace {

std::optional<std::chrono::microseconds> sliceOf(pid_t pid, pid_t tid)
{
    std::ifstream sched("/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/sched");
    for (std::string line; std::getline(sched, line);) {
        if (line.rfind("se.slice", 0) == 0)
            return std::chrono::microseconds(std::stoll(line.substr(line.find(':') + 1)) / 1000);
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a thread gets the time slice it asks for, and its new threads start with the default", "[util][slice]")
{
    std::optional<std::chrono::microseconds> mine, child, restored;
    std::optional<std::chrono::microseconds> defaultSlice;
    bool asked = false;
    std::thread([&] {
        defaultSlice = currentTimeSlice();
        asked = setTimeSlice(0, 300us);
        mine = currentTimeSlice();
        std::thread([&] { child = currentTimeSlice(); }).join();
        REQUIRE(setTimeSlice(0, 0us));
        restored = currentTimeSlice();
    }).join();
    REQUIRE(asked);
    if (!defaultSlice) {
        WARN("this kernel reports no time slice");
        return;
    }
    CHECK(*mine == 300us);
    CHECK(*child == *defaultSlice);
    CHECK(*restored == *defaultSlice);
}

TEST_CASE("the engine's demo threads and processes run with one-tick time slices", "[states][slice]")
{
    if (!currentTimeSlice()) {
        WARN("this kernel reports no time slice");
        return;
    }
    ptlab::states::Engine engine(ptlab::test::testEngineConfig());
    using namespace ptlab::states;
    auto threads = engine.spawn(ptlab::test::request(TaskKind::Thread, Workload::Sleep, 2));
    auto processes = engine.spawn(ptlab::test::request(TaskKind::Process, Workload::Sleep, 1));
    REQUIRE_FALSE(threads.error);
    REQUIRE_FALSE(processes.error);
    const auto snap = engine.snapshot();
    REQUIRE(snap.tasks.size() == 3);
    for (const auto& t : snap.tasks) {
        INFO("task " << t.tid);
        CHECK(sliceOf(t.pid, t.tid) == ptlab::DemoTimeSlice);
    }
}
