// The engine's lifecycle, settings and snapshots. Spawning, sampling and the controls on a task
// live in engine_spawning.cpp, engine_sampling.cpp and engine_controls.cpp.
#include "core/states/engine.h"

#include "core/states/engine_internal.h"
#include "core/states/engine_task.h"
#include "core/states/shared_block.h"
#include "core/states/switch_tracker.h"
#include "core/states/task_host.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ptlab::states {

using namespace detail;

std::string_view toString(StateSource s)
{
    return s == StateSource::Exact ? "exact" : "sampled";
}

namespace {

// 3 procfs files and a perf event per CPU per task: lift the soft descriptor limit to the hard one.
void raiseFileLimit()
{
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

} // namespace

std::string Engine::defaultWorkerPath()
{
    if (const char* env = std::getenv("PTLAB_WORKER"); env && *env)
        return env;
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return "ptlab-worker";
    std::string self(buf, static_cast<size_t>(n));
    auto slash = self.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string() : self.substr(0, slash + 1);
    // Beside the executable in a build tree; in libexec/ptlab once installed (bin/../libexec/ptlab).
    std::string installed = dir + "../libexec/ptlab/ptlab-worker";
    if (access((dir + "ptlab-worker").c_str(), X_OK) != 0 && access(installed.c_str(), X_OK) == 0)
        return installed;
    return dir + "ptlab-worker";
}

Engine::Engine(EngineConfig config) : m_config(std::move(config))
{
    if (m_config.workerPath.empty())
        m_config.workerPath = defaultWorkerPath();
    m_config.rateHz = std::clamp(m_config.rateHz, 5.0, 100.0);
    m_config.taskNice = std::clamp(m_config.taskNice, -20, 19);
    m_cpuCount = std::max(1, static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN)));
    raiseFileLimit();
    if (auto block = SharedBlock::create())
        m_shared.reset(*block);
    for (int i = MaxTaskSlots - 1; i >= 0; --i)
        m_freeSlots.push_back(i);
    if (m_config.source == StateSource::Exact) {
        PerfEventOpen open;
        if (m_config.perfEventOpen) {
            open = [f = m_config.perfEventOpen](perf_event_attr* a, pid_t pid, int cpu, int group,
                       unsigned long flags) { return f(a, pid, cpu, group, flags); };
        }
        auto tracker = SwitchTracker::create(std::move(open));
        if (tracker)
            m_tracker.reset(*tracker);
        else
            m_sourceReason = tracker.error().message;
    }
    m_startNs = steadyNs();
    m_sampler = std::thread([this] { samplerLoop(); });
}

Engine::~Engine()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    if (m_sampler.joinable())
        m_sampler.join();
    // Processes first: killing one that holds the shared lock frees it (robust mutex) for the threads.
    for (auto& [id, task] : m_tasks) {
        if (task->kind != TaskKind::Process || task->external)
            continue;
        if (task->gateFd >= 0)
            close(task->gateFd);
        task->gateFd = -1;
        if (!task->reaped) {
            ::kill(-task->pid, SIGKILL);
            ::kill(task->pid, SIGKILL);
            int status = 0;
            while (waitpid(task->pid, &status, 0) < 0 && errno == EINTR) { }
        }
    }
    // The host's threads end with it; they may hold the shared lock too (robust, as above).
    m_host.reset();
    for (auto& [id, task] : m_tasks) {
        task->host.reset();
        if (task->control)
            task->control->requestStop();
    }
    m_tasks.clear(); // each Task joins its thread
}

std::int64_t Engine::nowNs() const
{
    return steadyNs() - m_startNs;
}

StateSource Engine::source() const
{
    return m_tracker ? StateSource::Exact : StateSource::Sampled;
}

void Engine::setHoldNewTasks(bool hold)
{
    std::lock_guard lock(m_mutex);
    m_config.holdNewTasks = hold;
    if (!hold) {
        for (auto& [id, task] : m_tasks)
            admitLocked(*task);
    }
}

void Engine::setDeferReaping(bool defer)
{
    std::lock_guard lock(m_mutex);
    m_config.deferReaping = defer;
}

void Engine::setRate(double hz)
{
    {
        std::lock_guard lock(m_mutex);
        m_config.rateHz = std::clamp(hz, 5.0, 100.0);
    }
    m_wake.notify_all();
}

EngineSnapshot Engine::snapshot(std::int64_t samplesAfterNs) const
{
    EngineSnapshot snap;
    snap.timeNs = nowNs();
    snap.cpuCount = m_cpuCount;
    snap.source = source();
    snap.sourceReason = m_sourceReason;
    std::lock_guard lock(m_mutex);
    snap.taskNice = m_config.taskNice;
    snap.passes = m_passes;
    snap.holdNewTasks = m_config.holdNewTasks;
    snap.deferReaping = m_config.deferReaping;
    snap.rateHz = m_config.rateHz;
    snap.tasks.reserve(m_tasks.size());
    for (const auto& [id, task] : m_tasks) {
        TaskView v;
        v.id = id;
        v.kind = task->kind;
        v.workload = task->spec;
        v.label = task->label;
        v.pid = task->pid;
        v.tid = task->tid;
        v.state = task->state;
        v.zombie = task->zombie;
        v.kernelState = task->latest.state;
        if (m_shared && task->slot >= 0) {
            v.waitReason
                = static_cast<WaitReason>(m_shared->slot(task->slot)->waitReason.load(std::memory_order_relaxed));
            v.work = m_shared->slot(task->slot)->work.load(std::memory_order_relaxed);
        }
        v.latest = task->latest;
        v.transitions = task->transitions;
        v.createdNs = task->createdNs;
        v.endedNs = task->endedNs;
        v.nice = task->latest.alive ? task->latest.nice : task->nice;
        v.affinity = task->affinity;
        v.admitted = task->admitted;
        v.parked = isParked(*task);
        v.suspendRequested = task->suspendRequested;
        v.reaped = task->reaped;
        v.exitCode = task->exitCode;
        auto first = std::upper_bound(task->history.begin(), task->history.end(), samplesAfterNs,
            [](std::int64_t t, const StateSample& s) { return t < s.timeNs; });
        v.samples.assign(first, task->history.end());
        v.tracked = task->tracked;
        v.trackBaseline = task->trackBaseline;
        v.exactSwitches = task->exactTransitions;
        if (task->tracked) {
            // Intervals are published a pass late (their records are drained before the pass's
            // samples), so a caller asking "after my last sample" also gets those of the pass before.
            const std::int64_t after = samplesAfterNs < 0 ? -1 : samplesAfterNs - 2'000'000'000;
            auto firstInterval = std::upper_bound(task->intervals.begin(), task->intervals.end(), after,
                [](std::int64_t t, const StateInterval& i) { return t < i.endNs; });
            v.intervals.assign(firstInterval, task->intervals.end());
            if (task->exactSinceNs >= 0 && !task->final) {
                StateInterval open;
                open.startNs = task->exactSinceNs;
                // Known up to the last drain of the kernel's records, not up to now: a task switched
                // out since then would otherwise still be drawn Running beside the one that replaced it.
                // And a thread that has exited ran no further than its exit record.
                std::int64_t end = snap.timeNs;
                if (m_exactHorizonNs >= 0)
                    end = std::min(end, m_exactHorizonNs);
                if (task->exitRecordNs >= task->exactSinceNs)
                    end = std::min(end, task->exitRecordNs);
                open.endNs = std::max(end, task->exactSinceNs);
                open.state = task->state;
                v.openInterval = open;
            }
        }
        snap.totals += task->transitions;
        snap.tasks.push_back(std::move(v));
    }
    return snap;
}

std::size_t Engine::freeSlotCount() const
{
    std::lock_guard lock(m_mutex);
    return m_freeSlots.size();
}

SamplerStats Engine::samplerStats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

bool Engine::waitForPasses(std::uint64_t passes, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t target = m_passes + passes;
    return m_passDone.wait_for(lock, timeout, [&] { return m_passes >= target || m_quit; });
}

} // namespace ptlab::states
