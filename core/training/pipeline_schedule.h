#pragma once

#include "core/util/error.h"

#include <string>
#include <vector>

namespace ptlab::training {

// Pipeline schedules: the order in which each of p stages runs the forward (F) and backward (B) passes
// of m micro-batches in one training step, and the timelines they produce.
enum class Schedule
{
    GPipe, // all forwards, then all backwards: every stage holds m micro-batches' activations
    OneFOneB, // PipeDream-flush: warm up with p − s − 1 forwards, then alternate; at most p held
};

[[nodiscard]] const char* scheduleName(Schedule s); // "gpipe", "1f1b"

struct PipeOp
{
    enum class Kind
    {
        Forward,
        Backward,
    };
    Kind kind = Kind::Forward;
    int microbatch = 0;
    bool operator==(const PipeOp&) const = default;
};

// ops[s] is stage s's order of work.
using StageOrders = std::vector<std::vector<PipeOp>>;
[[nodiscard]] StageOrders makeSchedule(Schedule schedule, int stages, int microbatches);

// One executed (or simulated) op: when it ran on its stage.
struct TimedOp
{
    int stage = 0;
    PipeOp op;
    double start = 0;
    double end = 0;
};

struct Timeline
{
    int stages = 0;
    int microbatches = 0;
    std::vector<TimedOp> ops;
    [[nodiscard]] double makespan() const; // last end − first start
    // Idle share of the stage-time rectangle: 1 − Σ busy / (p · makespan).
    [[nodiscard]] double bubble() const;
};

// The theoretical timeline: every op starts as soon as its stage is free and its inputs exist, with
// the same forward time and backward time on every stage.
[[nodiscard]] Result<Timeline> simulate(const StageOrders& orders, double forwardTime, double backwardTime);

// (p − 1) / (m + p − 1): the idle share of GPipe and 1F1B with equal stage times.
[[nodiscard]] double theoreticalBubble(int stages, int microbatches);

// Checks a timeline: every stage runs F and B of every micro-batch once; on each stage F(i) ends before
// B(i) starts and ops do not overlap; F(s−1, i) ends before F(s, i) starts; B(s+1, i) ends before
// B(s, i) starts. The error says which rule broke.
[[nodiscard]] Result<void> validate(const Timeline& timeline);

// Most micro-batches whose forward ran and backward did not, per stage, following each stage's order.
[[nodiscard]] std::vector<int> peakActivations(const StageOrders& orders);

} // namespace ptlab::training
