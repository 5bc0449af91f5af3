// The sampler thread: one pass per tick reads each task's /proc files (and, in the exact source,
// the kernel's context-switch records), classifies it, and reaps and joins what has ended.
#include "core/states/engine.h"

#include "core/states/engine_internal.h"
#include "core/states/engine_task.h"
#include "core/states/state_classifier.h"
#include "core/states/switch_tracker.h"
#include "core/util/thread_priority.h"

#include <algorithm>
#include <cerrno>
#include <sys/wait.h>
#include <unistd.h>
#include <unordered_map>

namespace ptlab::states {

using namespace detail;
using namespace std::chrono;

namespace {

constexpr std::size_t MaxIntervalsPerTask = 20000;

void pushInterval(std::deque<StateInterval>& list, std::int64_t start, std::int64_t end, TaskState state)
{
    if (end <= start)
        return;
    if (!list.empty() && list.back().state == state && list.back().endNs >= start) {
        list.back().endNs = std::max(list.back().endNs, end);
        return;
    }
    list.push_back({ start, end, state });
    if (list.size() > MaxIntervalsPerTask)
        list.pop_front();
}

} // namespace

void Engine::samplerLoop()
{
    // With more CPU-bound tasks than cores the sampler competes with them for a CPU; where allowed
    // (root, CAP_SYS_NICE or RLIMIT_NICE) it runs at a higher priority so the picture keeps up.
    // Where not allowed it keeps the window's nice 0, still ahead of the demo tasks (taskNice).
    setCurrentThreadNice(-10);
    setTimeSlice(0, InteractiveTimeSlice); // on time among busy tasks, unprivileged too (see AppContext)
    const std::int64_t started = steadyNs();
    auto next = steady_clock::now();
    while (true) {
        double rate;
        {
            std::lock_guard lock(m_mutex);
            if (m_quit)
                break;
            rate = m_config.rateHz;
        }
        const std::uint64_t cpu0 = threadCpuNs();
        samplePass();
        if (m_config.betweenPassAndReap)
            m_config.betweenPassAndReap();
        reapAndJoin();
        forgetOldestTerminated();
        const std::uint64_t cpu1 = threadCpuNs();
        {
            std::lock_guard lock(m_mutex);
            ++m_passes;
            ++m_stats.passes;
            m_stats.cpuNs += cpu1 - cpu0;
            m_stats.wallNs = static_cast<std::uint64_t>(steadyNs() - started);
        }
        m_passDone.notify_all();
        const auto period = duration_cast<steady_clock::duration>(duration<double>(1.0 / rate));
        next += period;
        // Among hundreds of busy tasks a pass may start late (the kernel lets the sampler run again once
        // the busy tasks have had their share of its last pass). A pass late by less than a period is
        // made up at once, so the rate holds on average; further behind, the schedule starts again.
        const auto now = steady_clock::now();
        if (next < now - period)
            next = now;
        std::unique_lock lock(m_mutex);
        m_wake.wait_until(lock, next, [this] { return m_quit; });
    }
}

void Engine::applyExact(Task& t, const KernelReading& cur, bool overlaid, TaskState overlayState)
{
    auto& recs = t.pending;
    std::sort(
        recs.begin(), recs.end(), [](const SwitchRecord& a, const SwitchRecord& b) { return a.timeNs < b.timeNs; });
    // schedstat's run delay grows by each completed wait on a run queue, so its growth this pass,
    // less the ready intervals we know (after preemptions), is the time woken tasks waited for a
    // CPU: each wake-up happened that long before its switch-in.
    if (cur.alive) {
        if (t.exactRunqueueKnown && cur.runqueueNs >= t.exactRunqueueNs)
            t.runDelayBudget += static_cast<std::int64_t>(cur.runqueueNs - t.exactRunqueueNs);
        t.exactRunqueueNs = cur.runqueueNs;
        t.exactRunqueueKnown = true;
    }
    std::int64_t preemptedReady = 0;
    int wakeUps = 0;
    {
        TaskState s = t.exactState;
        std::int64_t since = t.exactSinceNs;
        for (const auto& r : recs) {
            if (r.kind == SwitchRecord::Kind::Exit)
                continue;
            if (r.kind == SwitchRecord::Kind::In) {
                if (s == TaskState::Ready && since >= 0)
                    preemptedReady += r.timeNs - since;
                else if (s == TaskState::Waiting)
                    ++wakeUps;
                s = TaskState::Running;
            } else {
                s = r.kind == SwitchRecord::Kind::OutPreempted ? TaskState::Ready : TaskState::Waiting;
            }
            since = r.timeNs;
        }
    }
    const std::int64_t wakeBudget = std::max<std::int64_t>(0, t.runDelayBudget - preemptedReady);
    const std::int64_t perWake = wakeUps > 0 ? wakeBudget / wakeUps : 0;
    std::int64_t usedBudget = preemptedReady;
    // A waiting stretch is New while held at the gate and Suspended while stopped or parked.
    const TaskState waitingAs = overlaid && overlayState != TaskState::Terminated ? overlayState : TaskState::Waiting;
    for (const auto& r : recs) {
        const std::int64_t since = t.exactSinceNs;
        if (r.kind == SwitchRecord::Kind::Exit) {
            t.exitRecordNs = r.timeNs; // closes the last interval once the task is seen Terminated
            continue;
        }
        if (r.kind == SwitchRecord::Kind::In) {
            if (t.exactState == TaskState::Running)
                continue; // a duplicate (two rings): already on a CPU
            ++t.exactTransitions[Transition::Dispatch];
            ++t.transitions[Transition::Dispatch];
            if (t.exactState == TaskState::Waiting && since >= 0) {
                const std::int64_t ready = std::min(perWake, r.timeNs - since);
                usedBudget += ready;
                pushInterval(t.intervals, since, r.timeNs - ready, waitingAs);
                pushInterval(t.intervals, r.timeNs - ready, r.timeNs, TaskState::Ready);
                ++t.exactTransitions[Transition::Wake];
                ++t.transitions[Transition::Wake];
            } else if (since >= 0) {
                pushInterval(t.intervals, since, r.timeNs, t.exactState == TaskState::New ? waitingAs : t.exactState);
            }
            t.exactState = TaskState::Running;
        } else {
            if (t.exactState == TaskState::Running && since >= 0)
                pushInterval(t.intervals, since, r.timeNs, TaskState::Running);
            else if (t.exactState != TaskState::Running && since >= 0)
                continue; // switched out without a switch-in we saw: keep the state we know
            const bool preempted = r.kind == SwitchRecord::Kind::OutPreempted;
            ++t.exactTransitions[preempted ? Transition::Preempt : Transition::Block];
            ++t.transitions[preempted ? Transition::Preempt : Transition::Block];
            t.exactState = preempted ? TaskState::Ready : TaskState::Waiting;
        }
        t.exactSinceNs = r.timeNs;
    }
    t.runDelayBudget = std::max<std::int64_t>(0, t.runDelayBudget - usedBudget);
    recs.clear();
}

void Engine::samplePass()
{
    struct Work
    {
        TaskPtr task;
        KernelReading prev;
        TaskState prevState;
        std::int64_t prevTime;
        EngineOverlay overlay;
        KernelReading cur;
        std::int64_t time = 0;
        bool statusRead = false;
        Classification c;
    };
    // Reused from pass to pass: only the sampler thread runs this.
    static thread_local std::vector<Work> work;
    static thread_local std::vector<SwitchRecord> records;
    static thread_local std::unordered_map<pid_t, Task*> byTid;
    work.clear();
    {
        std::lock_guard lock(m_mutex);
        work.reserve(m_tasks.size());
        for (auto& [id, task] : m_tasks) {
            if (task->final)
                continue;
            EngineOverlay overlay;
            overlay.admitted = task->admitted;
            work.push_back({ task, task->latest, task->state,
                task->lastSampleNs >= 0 ? task->lastSampleNs : task->createdNs, overlay, {}, 0, false, {} });
        }
    }
    // Exact source: this pass's switch records, before any schedstat read (see applyExact).
    std::uint64_t recordCount = 0, lost = 0;
    std::int64_t drainedAtNs = -1;
    if (m_tracker) {
        records.clear();
        drainedAtNs = nowNs(); // every record up to here is in this pass
        lost = m_tracker->drain(records);
        recordCount = records.size();
        byTid.clear();
        for (Work& w : work) {
            if (w.task->tracked)
                byTid[w.task->tid] = w.task.get();
        }
        for (auto& r : records) {
            auto it = byTid.find(r.tid);
            if (it == byTid.end())
                continue;
            r.timeNs -= m_startNs;
            it->second->pending.push_back(r);
        }
    }
    for (Work& w : work) {
        w.overlay.parked = isParked(*w.task);
        // Cost matters here (500 tasks at 20 Hz within 5 % of a core), so each file is read only when it
        // can hold news. schedstat (cheapest) every pass; stat when schedstat moved (a task that did not
        // run cannot have blocked, stopped or exited) and at least every eighth pass, which bounds how
        // long a woken task still waiting for its first slice can be shown as Waiting; status (the
        // costliest) when the task was scheduled since, at most every 500 ms.
        Task& task = *w.task;
        w.cur = w.prev;
        w.time = nowNs();
        // Exact source: a task with no switch record since the last pass has not run, blocked, woken,
        // stopped or exited (each of those is a context switch), so its files cannot hold news.
        if (task.tracked && task.pending.empty() && w.prev.alive && task.exactState != TaskState::New
            && task.samplesSinceStat < 7) {
            ++task.samplesSinceStat;
            continue;
        }
        const bool schedOk = task.files.readSchedstat(w.cur);
        const bool moved = !w.prev.alive || !schedOk || w.cur.onCpuNs != w.prev.onCpuNs
            || w.cur.runqueueNs != w.prev.runqueueNs || w.cur.timeslices != w.prev.timeslices;
        if (moved || task.samplesSinceStat >= 7) {
            w.cur.alive = task.files.readStat(w.cur);
            task.samplesSinceStat = 0;
        } else {
            ++task.samplesSinceStat;
        }
        if (!w.cur.alive) {
            w.cur = KernelReading {};
            continue;
        }
        const bool statusDue = task.statusReadNs < 0 || w.time - task.statusReadNs >= 500'000'000;
        if (statusDue && (task.statusReadNs < 0 || w.cur.timeslices != task.timeslicesAtStatus)) {
            w.statusRead = task.files.readSwitches(w.cur);
            task.statusReadNs = w.time;
            task.timeslicesAtStatus = w.cur.timeslices;
        }
    }

    std::lock_guard lock(m_mutex);
    if (drainedAtNs >= 0)
        m_exactHorizonNs = drainedAtNs;
    const std::int64_t keepAfter = nowNs() - static_cast<std::int64_t>(m_config.historySeconds * 1e9);
    // Classify every task first: the sampled source's Running column is a decision over all of them.
    std::vector<RunCandidate> candidates;
    std::vector<Work*> candidateWork;
    for (Work& w : work) {
        w.c = classify(w.prev, w.cur, w.time - w.prevTime, w.overlay);
        Task& t = *w.task;
        const bool kernelRunnable = w.cur.alive && w.cur.state == 'R';
        const bool byKernel
            = w.c.state == TaskState::Running || w.c.state == TaskState::Ready || w.c.state == TaskState::Waiting;
        if (t.tracked) {
            applyExact(t, w.cur, !byKernel, w.c.state);
            if (byKernel && t.exactState != TaskState::New) {
                // The kernel's records decide; a woken task not yet dispatched is Ready.
                w.c.state = t.exactState == TaskState::Waiting && kernelRunnable ? TaskState::Ready : t.exactState;
            }
        } else if (kernelRunnable && byKernel) {
            const std::int64_t interval = w.time - w.prevTime;
            RunCandidate rc;
            rc.runShare = interval > 0 ? static_cast<double>(w.c.runningPermille) / 1000.0 : 0;
            rc.credit = &t.runCredit;
            candidates.push_back(rc);
            candidateWork.push_back(&w);
        }
    }
    limitRunningToCpus(candidates, m_cpuCount);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        candidateWork[i]->c.state = candidates[i].running ? TaskState::Running : TaskState::Ready;

    for (Work& w : work) {
        Task& t = *w.task;
        const Classification& c = w.c;
        TransitionCounts d = deriveTransitions(w.prev, w.prevState, w.cur, c.state);
        if (t.tracked) {
            // Switches come from the records (applyExact counted them); the rest from the states.
            for (Transition k : { Transition::Dispatch, Transition::Preempt, Transition::Block, Transition::Wake })
                d[k] = 0;
        }
        t.transitions += d;
        t.state = c.state;
        t.zombie = c.zombie;
        if (w.cur.alive)
            t.latest = w.cur;
        else
            t.latest.alive = false;
        t.lastSampleNs = w.time;
        StateSample s;
        s.timeNs = w.time;
        s.state = c.state;
        s.zombie = c.zombie;
        s.runningPermille = c.runningPermille;
        s.readyPermille = c.readyPermille;
        s.cpu = static_cast<std::int16_t>(w.cur.alive ? w.cur.processor : -1);
        s.kernelState = w.cur.alive ? w.cur.state : 'X';
        t.history.push_back(s);
        while (!t.history.empty() && t.history.front().timeNs < keepAfter)
            t.history.pop_front();
        while (!t.intervals.empty() && t.intervals.front().endNs < keepAfter)
            t.intervals.pop_front();
        if (c.state == TaskState::Terminated && t.endedNs < 0) {
            t.endedNs = w.time;
            // It ran until its exit record (the kernel sends no switch-out for an exit); without one,
            // until it was seen gone.
            if (t.tracked && t.exactSinceNs >= 0)
                pushInterval(t.intervals, t.exactSinceNs,
                    t.exitRecordNs >= t.exactSinceNs ? std::min(t.exitRecordNs, w.time) : w.time, TaskState::Running);
            t.exactSinceNs = -1;
        }
        if (c.state == TaskState::Terminated && !c.zombie) {
            t.final = true;
            if (t.tracked && m_tracker)
                m_tracker->untrack(t.trackHandle);
        }
        ++m_stats.samples;
        if (w.statusRead)
            ++m_stats.statusReads;
    }
    m_stats.switchRecords += recordCount;
    m_stats.lostRecords += lost;
}

void Engine::reapAndJoin()
{
    std::vector<TaskPtr> threads;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [id, task] : m_tasks) {
            if (task->kind == TaskKind::Process && !task->external && !task->reaped && !m_config.deferReaping) {
                int status = 0;
                pid_t r = waitpid(task->pid, &status, WNOHANG);
                if (r == task->pid) {
                    task->reaped = true;
                    task->exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
                    if (task->gateFd >= 0) {
                        close(task->gateFd);
                        task->gateFd = -1;
                    }
                } else if (r < 0 && errno == ECHILD) {
                    task->reaped = true; // someone else reaped it; nothing left to wait for
                }
            }
            if (task->control && task->control->isFinished() && task->thread.joinable())
                threads.push_back(task);
        }
    }
    for (auto& task : threads) {
        if (task->thread.joinable())
            task->thread.join(); // it has returned already: this does not block
    }
}

} // namespace ptlab::states
