#include "core/training/pipeline_schedule.h"

#include <catch2/catch.hpp>

using namespace ptlab::training;

TEST_CASE("training: GPipe and 1F1B timelines are valid and their bubble is (p-1)/(m+p-1)", "[training]")
{
    for (Schedule s : { Schedule::GPipe, Schedule::OneFOneB })
        for (int p : { 1, 2, 3, 4 })
            for (int m : { 1, 2, 4, 8 }) {
                INFO(scheduleName(s) << " p=" << p << " m=" << m);
                const StageOrders orders = makeSchedule(s, p, m);
                for (double tb : { 1.0, 2.0 }) {
                    auto t = simulate(orders, 1.0, tb);
                    REQUIRE(t.ok());
                    CHECK(validate(*t).ok());
                    CHECK(t->bubble() == Approx(theoreticalBubble(p, m)).margin(1e-9));
                    CHECK(t->makespan() == Approx((m + p - 1) * (1.0 + tb)));
                }
                const auto peaks = peakActivations(orders);
                for (int st = 0; st < p; ++st) {
                    if (s == Schedule::GPipe)
                        CHECK(peaks[static_cast<std::size_t>(st)] == m);
                    else
                        CHECK(peaks[static_cast<std::size_t>(st)] <= std::min(p - st, m));
                }
            }
}

TEST_CASE("training: validate rejects a backward before its forward and a broken stage dependency", "[training]")
{
    using K = PipeOp::Kind;
    Timeline t;
    t.stages = 2;
    t.microbatches = 1;
    t.ops = { { 0, { K::Forward, 0 }, 0, 1 }, { 1, { K::Forward, 0 }, 1, 2 }, { 1, { K::Backward, 0 }, 2, 4 },
        { 0, { K::Backward, 0 }, 4, 6 } };
    CHECK(validate(t).ok());
    auto early = t;
    early.ops[3].start = 3; // stage 0's backward before stage 1 sent the gradient
    CHECK_FALSE(validate(early).ok());
    auto reversed = t;
    reversed.ops[1].start = 0.5; // stage 1's forward before stage 0's ended
    CHECK_FALSE(validate(reversed).ok());
    auto missing = t;
    missing.ops.pop_back();
    CHECK_FALSE(validate(missing).ok());
}

TEST_CASE("training: a schedule that waits for itself deadlocks", "[training]")
{
    StageOrders orders { { { PipeOp::Kind::Backward, 0 }, { PipeOp::Kind::Forward, 0 } } };
    CHECK_FALSE(simulate(orders, 1, 1).ok());
}
