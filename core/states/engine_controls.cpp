// What a class does to a task: admit, suspend, resume, stop, kill, renice, pin, forget.
#include "core/states/engine.h"

#include "core/states/engine_internal.h"
#include "core/states/engine_task.h"
#include "core/states/shared_block.h"
#include "core/states/switch_tracker.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace ptlab::states {

using namespace detail;

Engine::TaskPtr Engine::find(TaskId id) const
{
    auto it = m_tasks.find(id);
    return it == m_tasks.end() ? nullptr : it->second;
}

template <typename F> Result<void> Engine::withLiveTask(TaskId id, F&& action)
{
    std::lock_guard lock(m_mutex);
    auto task = find(id);
    if (!task)
        return notFound(id);
    if (task->final || task->reaped)
        return alreadyEnded(id);
    return action(*task);
}

template <typename F> Result<void> Engine::onOwnTid(Task& task, F&& call)
{
    // A thread id is free for reuse the moment its thread exits, before the sampler notices. Our
    // stat descriptor names the task itself (the kernel's struct pid), not the number: it reads while
    // the task lives and fails with ESRCH forever after, even when the number has a new owner. So if
    // it reads both before and after the call, the number was ours throughout. An unreaped child
    // process keeps its pid (the zombie holds it), and reaping happens under m_mutex, which we hold.
    KernelReading probe;
    auto stillOurs = [&] { return task.kind == TaskKind::Process || task.files.readStat(probe); };
    if (!stillOurs())
        return alreadyEnded(task.id);
    Result<void> r = call();
    if (!stillOurs())
        return alreadyEnded(task.id);
    return r;
}

Result<void> Engine::admit(TaskId id)
{
    std::lock_guard lock(m_mutex);
    auto task = find(id);
    if (!task)
        return notFound(id);
    admitLocked(*task);
    return {};
}

Result<void> Engine::suspend(TaskId id)
{
    return withLiveTask(id, [&](Task& task) -> Result<void> {
        if (task.external) {
            Error e { Error::Code::NotSupported, ENOTSUP, "a watched thread cannot be suspended" };
            return e;
        }
        if (task.kind == TaskKind::Thread) {
            controlPark(task, true);
        } else if (::kill(task.pid, SIGSTOP) != 0) {
            return errorFromErrno(errno, "cannot stop process " + std::to_string(task.pid));
        }
        task.suspendRequested = true;
        return {};
    });
}

Result<void> Engine::resume(TaskId id)
{
    return withLiveTask(id, [&](Task& task) -> Result<void> {
        if (task.kind == TaskKind::Thread) {
            controlPark(task, false);
        } else if (::kill(task.pid, SIGCONT) != 0) {
            return errorFromErrno(errno, "cannot continue process " + std::to_string(task.pid));
        }
        task.suspendRequested = false;
        return {};
    });
}

Result<void> Engine::stop(TaskId id)
{
    return withLiveTask(id, [this](Task& task) { return stopLocked(task); });
}

Result<void> Engine::stopLocked(Task& task)
{
    if (task.external) {
        Error e { Error::Code::NotSupported, ENOTSUP, "a watched thread cannot be stopped from here" };
        return e;
    }
    if (task.kind == TaskKind::Thread) {
        controlStop(task);
        return {};
    }
    if (task.gateFd >= 0) { // never admitted: closing the gate makes the worker leave
        close(task.gateFd);
        task.gateFd = -1;
        return {};
    }
    if (::kill(task.pid, SIGTERM) != 0)
        return errorFromErrno(errno, "cannot terminate process " + std::to_string(task.pid));
    ::kill(task.pid, SIGCONT); // a stopped process handles SIGTERM only once continued
    return {};
}

Result<void> Engine::kill(TaskId id)
{
    return withLiveTask(id, [&](Task& task) -> Result<void> {
        if (task.kind == TaskKind::Process) {
            if (::kill(task.pid, SIGKILL) != 0)
                return errorFromErrno(errno, "cannot kill process " + std::to_string(task.pid));
            return {};
        }
        // Linux cannot kill one thread of a process: the closest honest thing is to ask it to stop.
        return stopLocked(task);
    });
}

Result<void> Engine::renice(TaskId id, int nice)
{
    return withLiveTask(id, [&](Task& task) -> Result<void> {
        return onOwnTid(task, [&]() -> Result<void> {
            if (setpriority(PRIO_PROCESS, static_cast<id_t>(task.tid), nice) != 0)
                return errorFromErrno(errno, "cannot set the nice value of task " + std::to_string(task.tid));
            task.nice = nice;
            return {};
        });
    });
}

Result<void> Engine::pin(TaskId id, int cpu)
{
    return withLiveTask(id, [&](Task& task) -> Result<void> {
        const long cpus = sysconf(_SC_NPROCESSORS_CONF);
        cpu_set_t set;
        CPU_ZERO(&set);
        if (cpu < 0) {
            for (long c = 0; c < cpus && c < CPU_SETSIZE; ++c)
                CPU_SET(c, &set);
        } else if (cpu >= cpus || cpu >= CPU_SETSIZE) {
            Error e { Error::Code::InvalidArgument, EINVAL,
                "CPU " + std::to_string(cpu) + " does not exist (this machine has " + std::to_string(cpus) + ")" };
            return e;
        } else {
            CPU_SET(cpu, &set);
        }
        return onOwnTid(task, [&]() -> Result<void> {
            if (sched_setaffinity(task.tid, sizeof set, &set) != 0)
                return errorFromErrno(errno, "cannot pin task " + std::to_string(task.tid));
            task.affinity = readAffinity(task.tid);
            return {};
        });
    });
}

void Engine::forget(TaskId id)
{
    TaskPtr dropped; // destroyed (its thread joined) after the lock is released
    {
        std::lock_guard lock(m_mutex);
        auto task = find(id);
        if (!task || !task->final)
            return;
        releaseSlot(task->slot);
        task->slot = -1;
        m_tasks.erase(id);
        dropped = std::move(task);
    }
    if (dropped && dropped->tracked && m_tracker)
        m_tracker->untrack(dropped->trackHandle);
}

void Engine::forgetTerminated()
{
    std::vector<TaskId> done;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [id, task] : m_tasks) {
            if (task->final)
                done.push_back(id);
        }
    }
    for (TaskId id : done)
        forget(id);
}

void Engine::forgetOldestTerminated()
{
    std::vector<std::pair<std::int64_t, TaskId>> ended; // (when it ended, which)
    {
        std::lock_guard lock(m_mutex);
        for (auto& [id, task] : m_tasks) {
            if (task->final)
                ended.emplace_back(task->endedNs, id);
        }
    }
    if (ended.size() <= m_config.keepTerminated)
        return;
    const auto excess = static_cast<std::ptrdiff_t>(ended.size() - m_config.keepTerminated);
    std::nth_element(ended.begin(), ended.begin() + excess - 1, ended.end());
    for (auto it = ended.begin(); it != ended.begin() + excess; ++it)
        forget(it->second);
}

std::size_t Engine::keptTerminatedCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(
        std::count_if(m_tasks.begin(), m_tasks.end(), [](const auto& entry) { return entry.second->final; }));
}

void Engine::stopAll()
{
    std::vector<TaskId> ids;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [id, task] : m_tasks) {
            if (!task->final && !task->external)
                ids.push_back(id);
        }
    }
    for (TaskId id : ids) {
        // A task that ended meanwhile has nothing left to stop.
        [[maybe_unused]] auto ignored = stop(id);
    }
}

} // namespace ptlab::states
