#include "core/states/state_classifier.h"

#include <algorithm>
#include <cmath>

namespace ptlab::states {
namespace {

std::uint64_t delta(std::uint64_t prev, std::uint64_t cur)
{
    return cur >= prev ? cur - prev : 0;
}

std::uint16_t permille(std::uint64_t part, std::int64_t whole)
{
    if (whole <= 0)
        return 0;
    return static_cast<std::uint16_t>(std::min<std::uint64_t>(1000, part * 1000 / static_cast<std::uint64_t>(whole)));
}

bool kernelWaiting(char s)
{
    return s == 'S' || s == 'D' || s == 'I';
}

} // namespace

Classification classify(
    const KernelReading& prev, const KernelReading& cur, std::int64_t intervalNs, EngineOverlay overlay)
{
    Classification c;
    if (!cur.alive) {
        c.state = TaskState::Terminated;
        return c;
    }
    const std::uint64_t ran = delta(prev.onCpuNs, cur.onCpuNs);
    const std::uint64_t queued = delta(prev.runqueueNs, cur.runqueueNs);
    c.runningPermille = permille(ran, intervalNs);
    c.readyPermille = permille(queued, intervalNs);

    switch (cur.state) {
    case 'R':
        // Runnable: on a CPU or in a run queue. The larger share of the interval decides; with no
        // time on a CPU at all it was waiting for one.
        c.state = ran > queued ? TaskState::Running : TaskState::Ready;
        break;
    case 'T':
    case 't':
        c.state = TaskState::Suspended;
        break;
    case 'Z':
        c.state = TaskState::Terminated;
        c.zombie = true;
        return c;
    case 'X':
        c.state = TaskState::Terminated;
        return c;
    default: // S, D, I, and anything a newer kernel adds: not runnable
        c.state = TaskState::Waiting;
        break;
    }
    if (!overlay.admitted)
        c.state = TaskState::New;
    else if (overlay.parked && c.state != TaskState::Running)
        c.state = TaskState::Suspended;
    return c;
}

TransitionCounts deriveTransitions(
    const KernelReading& prev, TaskState prevState, const KernelReading& cur, TaskState curState)
{
    TransitionCounts t;
    if (prevState == TaskState::New && curState != TaskState::New)
        t[Transition::Admit] = 1;
    if (cur.alive) {
        t[Transition::Dispatch] = delta(prev.timeslices, cur.timeslices);
        t[Transition::Preempt] = delta(prev.involuntarySwitches, cur.involuntarySwitches);
        const std::uint64_t blocks = delta(prev.voluntarySwitches, cur.voluntarySwitches);
        t[Transition::Block] = blocks;
        // Every block ends in a wake-up, except one still in progress now.
        const std::int64_t wakes = static_cast<std::int64_t>(blocks) + (prev.alive && kernelWaiting(prev.state) ? 1 : 0)
            - (kernelWaiting(cur.state) ? 1 : 0);
        t[Transition::Wake] = wakes > 0 ? static_cast<std::uint64_t>(wakes) : 0;
    }
    if (prevState != TaskState::Suspended && curState == TaskState::Suspended)
        t[Transition::Suspend] = 1;
    if (prevState == TaskState::Suspended && curState != TaskState::Suspended && curState != TaskState::Terminated)
        t[Transition::Resume] = 1;
    if (prevState != TaskState::Terminated && curState == TaskState::Terminated)
        t[Transition::Exit] = 1;
    return t;
}

void limitRunningToCpus(std::vector<RunCandidate>& candidates, int cpus)
{
    double used = 0;
    for (auto& c : candidates) {
        used += std::clamp(c.runShare, 0.0, 1.0);
        *c.credit = std::clamp(*c.credit + std::clamp(c.runShare, 0.0, 1.0), -2.0, 2.0);
        c.running = false;
    }
    auto k = static_cast<std::size_t>(std::lround(used));
    if (k == 0 && used > 0.25)
        k = 1; // one task that ran a good part of the interval is shown running
    k = std::min({ k, candidates.size(), static_cast<std::size_t>(std::max(cpus, 1)) });
    std::vector<RunCandidate*> order;
    order.reserve(candidates.size());
    for (auto& c : candidates)
        order.push_back(&c);
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
        [](const RunCandidate* a, const RunCandidate* b) { return *a->credit > *b->credit; });
    for (std::size_t i = 0; i < k; ++i) {
        order[i]->running = true;
        *order[i]->credit -= 1.0;
    }
}

} // namespace ptlab::states
