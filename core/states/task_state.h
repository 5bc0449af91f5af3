#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ptlab::states {

// The six states of the course, derived from the kernel (see DESIGN.md, "The state model").
enum class TaskState : std::uint8_t
{
    New,
    Ready,
    Running,
    Waiting,
    Suspended,
    Terminated,
};
inline constexpr int TaskStateCount = 6;

std::string_view toString(TaskState s); // "new", "ready", ... (stable, used in JSON)

enum class TaskKind : std::uint8_t
{
    Thread,
    Process,
};
std::string_view toString(TaskKind k); // "thread", "process"

// The eight labelled transitions of the state diagram.
enum class Transition : std::uint8_t
{
    Admit, // New -> Ready
    Dispatch, // Ready -> Running (scheduled onto a CPU: schedstat's pcount)
    Preempt, // Running -> Ready (nonvoluntary_ctxt_switches)
    Block, // Running -> Waiting (voluntary_ctxt_switches)
    Wake, // Waiting -> Ready (a block that ended)
    Suspend, // any -> Suspended
    Resume, // Suspended -> Ready
    Exit, // Running -> Terminated
};
inline constexpr int TransitionCount = 8;
std::string_view toString(Transition t);

struct TransitionCounts
{
    std::array<std::uint64_t, TransitionCount> counts {};
    std::uint64_t& operator[](Transition t) { return counts[static_cast<int>(t)]; }
    std::uint64_t operator[](Transition t) const { return counts[static_cast<int>(t)]; }
    TransitionCounts& operator+=(const TransitionCounts& o)
    {
        for (int i = 0; i < TransitionCount; ++i)
            counts[i] += o.counts[i];
        return *this;
    }
};

} // namespace ptlab::states
