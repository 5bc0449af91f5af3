#include "core/states/engine.h"

#include "core/states/engine_task.h"
#include "core/states/shared_block.h"
#include "core/states/state_classifier.h"
#include "core/states/workload_runner.h"
#include "core/util/thread_priority.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <future>
#include <sched.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <system_error>
#include <time.h>
#include <unistd.h>

extern char** environ;

namespace ptlab::states {
namespace {

using namespace std::chrono;

std::int64_t steadyNs()
{
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

std::uint64_t threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<std::uint64_t>(ts.tv_nsec);
}

// 3 procfs files per task plus an event fd: lift the soft descriptor limit to the hard one.
void raiseFileLimit()
{
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

std::vector<int> readAffinity(pid_t tid)
{
    std::vector<int> cpus;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(tid, sizeof set, &set) == 0) {
        for (int c = 0; c < CPU_SETSIZE; ++c) {
            if (CPU_ISSET(c, &set))
                cpus.push_back(c);
        }
    }
    return cpus;
}

Error notFound(TaskId id)
{
    Error e;
    e.code = Error::Code::NotFound;
    e.errnum = ESRCH;
    e.message = "no task with id " + std::to_string(id);
    return e;
}

Error alreadyEnded(TaskId id)
{
    Error e;
    e.code = Error::Code::NotFound;
    e.errnum = ESRCH;
    e.message = "task " + std::to_string(id) + " has already terminated";
    return e;
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
    return (slash == std::string::npos ? std::string() : self.substr(0, slash + 1)) + "ptlab-worker";
}

Engine::Engine(EngineConfig config) : m_config(std::move(config))
{
    if (m_config.workerPath.empty())
        m_config.workerPath = defaultWorkerPath();
    m_config.rateHz = std::clamp(m_config.rateHz, 5.0, 100.0);
    raiseFileLimit();
    if (auto block = SharedBlock::create())
        m_shared.reset(*block);
    for (int i = MaxTaskSlots - 1; i >= 0; --i)
        m_freeSlots.push_back(i);
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
        if (!task->reaped) {
            ::kill(-task->pid, SIGKILL);
            ::kill(task->pid, SIGKILL);
            int status = 0;
            while (waitpid(task->pid, &status, 0) < 0 && errno == EINTR) { }
        }
    }
    for (auto& [id, task] : m_tasks) {
        if (task->control)
            task->control->requestStop();
    }
    for (auto& [id, task] : m_tasks) {
        if (task->thread.joinable())
            task->thread.join();
    }
}

std::int64_t Engine::nowNs() const
{
    return steadyNs() - m_startNs;
}

int Engine::allocateSlot()
{
    if (m_freeSlots.empty())
        return -1;
    int s = m_freeSlots.back();
    m_freeSlots.pop_back();
    if (m_shared) {
        auto* slot = m_shared->slot(s);
        slot->waitReason.store(0, std::memory_order_relaxed);
        slot->work.store(0, std::memory_order_relaxed);
        slot->inUse.store(1, std::memory_order_relaxed);
    }
    return s;
}

Result<Engine::TaskPtr> Engine::startThread(const WorkloadSpec& spec, bool admitted)
{
    auto task = std::make_shared<Task>();
    task->kind = TaskKind::Thread;
    task->spec = spec;
    {
        std::lock_guard lock(m_mutex);
        task->slot = allocateSlot();
    }
    task->control = std::make_unique<TaskControl>(m_shared ? m_shared->slot(task->slot) : nullptr);
    if (!task->control->valid())
        return errorFromErrno(errno, "cannot create an event descriptor for a thread");
    if (admitted)
        task->control->admit();
    task->admitted = admitted;

    std::promise<pid_t> tidPromise;
    auto tidFuture = tidPromise.get_future();
    TaskControl* control = task->control.get();
    SharedBlock* shared = m_shared.get();
    try {
        task->thread = std::thread([control, spec, shared, promise = std::move(tidPromise)]() mutable {
            setCurrentThreadNice(0); // an ordinary task, whatever the spawning thread's priority
            promise.set_value(gettid());
            if (control->waitForAdmission())
                runWorkload(spec, *control, shared);
            control->markFinished();
        });
    } catch (const std::system_error& e) {
        std::lock_guard lock(m_mutex);
        if (task->slot >= 0)
            m_freeSlots.push_back(task->slot);
        return errorFromErrno(e.code().value(), "cannot create a thread");
    }
    task->pid = getpid();
    task->tid = tidFuture.get();
    auto files = TaskFiles::open(task->pid, task->tid);
    if (!files) {
        task->control->requestStop();
        task->thread.join();
        std::lock_guard lock(m_mutex);
        if (task->slot >= 0)
            m_freeSlots.push_back(task->slot);
        return files.error();
    }
    task->files = std::move(files).value();
    return task;
}

Result<Engine::TaskPtr> Engine::startProcess(const WorkloadSpec& spec, bool admitted)
{
    if (access(m_config.workerPath.c_str(), X_OK) != 0)
        return errorFromErrno(errno, "the worker program " + m_config.workerPath + " cannot be run");
    int gate[2];
    if (pipe2(gate, O_CLOEXEC) != 0)
        return errorFromErrno(errno, "cannot create the admission pipe");
    auto task = std::make_shared<Task>();
    task->kind = TaskKind::Process;
    task->spec = spec;
    {
        std::lock_guard lock(m_mutex);
        task->slot = allocateSlot();
    }

    constexpr int ChildGateFd = 3;
    if (gate[0] == ChildGateFd) { // dup2 onto itself would keep FD_CLOEXEC
        int moved = fcntl(gate[0], F_DUPFD_CLOEXEC, 10);
        close(gate[0]);
        gate[0] = moved;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, gate[0], ChildGateFd);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setpgroup(&attr, 0); // its own process group, killed as a whole
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

    const std::string workload(toString(spec.kind));
    std::vector<std::string> args = { m_config.workerPath, "--workload", workload, "--duty",
        std::to_string(spec.dutyPercent), "--period", std::to_string(spec.periodMs), "--gate-fd",
        std::to_string(ChildGateFd), "--slot", std::to_string(task->slot), "--parent", std::to_string(getpid()) };
    if (m_shared) {
        args.push_back("--shm");
        args.push_back(m_shared->name());
    }
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    int rc = posix_spawn(&pid, m_config.workerPath.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    close(gate[0]);
    if (rc != 0) {
        close(gate[1]);
        std::lock_guard lock(m_mutex);
        if (task->slot >= 0)
            m_freeSlots.push_back(task->slot);
        return errorFromErrno(rc, "cannot start a worker process (" + m_config.workerPath + ")");
    }
    task->pid = pid;
    task->tid = pid;
    task->gateFd = gate[1];
    task->admitted = false;
    if (auto files = TaskFiles::open(pid, pid))
        task->files = std::move(files).value();
    if (admitted)
        admitLocked(*task); // not yet published: no lock needed
    return task;
}

void Engine::admitLocked(Task& task)
{
    if (task.admitted)
        return;
    task.admitted = true;
    if (task.control)
        task.control->admit();
    if (task.gateFd >= 0) {
        const char go = 'g';
        [[maybe_unused]] ssize_t n = write(task.gateFd, &go, 1);
        close(task.gateFd);
        task.gateFd = -1;
    }
}

SpawnResult Engine::spawn(const SpawnRequest& request)
{
    SpawnResult result;
    if (request.count < 1 || request.count > 1000 || request.workload.kind == Workload::External) {
        Error e;
        e.code = Error::Code::InvalidArgument;
        e.errnum = EINVAL;
        e.message = "a spawn asks for 1 to 1000 tasks of workload cpu, io, mixed, lock or sleep";
        result.error = e;
        return result;
    }
    bool hold;
    {
        std::lock_guard lock(m_mutex);
        hold = m_config.holdNewTasks;
    }
    for (int i = 0; i < request.count; ++i) {
        auto started = request.kind == TaskKind::Thread ? startThread(request.workload, !hold)
                                                        : startProcess(request.workload, !hold);
        if (!started) {
            result.error = started.error();
            break;
        }
        TaskPtr task = started.value();
        std::lock_guard lock(m_mutex);
        task->id = m_nextId++;
        task->createdNs = nowNs();
        task->affinity = readAffinity(task->tid);
        m_tasks.emplace(task->id, task);
        result.spawned.push_back(task->id);
    }
    return result;
}

Result<TaskId> Engine::watch(pid_t tid, const std::string& label)
{
    auto files = TaskFiles::open(getpid(), tid);
    if (!files)
        return files.error();
    auto task = std::make_shared<Task>();
    task->kind = TaskKind::Thread;
    task->spec.kind = Workload::External;
    task->label = label;
    task->external = true;
    task->pid = getpid();
    task->tid = tid;
    task->files = std::move(files).value();
    std::lock_guard lock(m_mutex);
    task->id = m_nextId++;
    task->createdNs = nowNs();
    task->affinity = readAffinity(tid);
    m_tasks.emplace(task->id, task);
    return task->id;
}

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
            task.control->setParkRequested(true);
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
            if (task.control)
                task.control->setParkRequested(false);
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
        task.control->requestStop();
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
        if (setpriority(PRIO_PROCESS, static_cast<id_t>(task.tid), nice) != 0)
            return errorFromErrno(errno, "cannot set the nice value of task " + std::to_string(task.tid));
        task.nice = nice;
        return {};
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
        if (sched_setaffinity(task.tid, sizeof set, &set) != 0)
            return errorFromErrno(errno, "cannot pin task " + std::to_string(task.tid));
        task.affinity = readAffinity(task.tid);
        return {};
    });
}

void Engine::forget(TaskId id)
{
    std::lock_guard lock(m_mutex);
    auto task = find(id);
    if (task && task->final) {
        if (task->slot >= 0) {
            if (m_shared)
                m_shared->slot(task->slot)->inUse.store(0, std::memory_order_relaxed);
            m_freeSlots.push_back(task->slot);
        }
        m_tasks.erase(id);
    }
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
    for (TaskId id : ids)
        stop(id);
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
    snap.cpuCount = static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
    std::lock_guard lock(m_mutex);
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
        if (m_shared && task->slot >= 0)
            v.waitReason
                = static_cast<WaitReason>(m_shared->slot(task->slot)->waitReason.load(std::memory_order_relaxed));
        if (m_shared && task->slot >= 0)
            v.work = m_shared->slot(task->slot)->work.load(std::memory_order_relaxed);
        v.latest = task->latest;
        v.transitions = task->transitions;
        v.createdNs = task->createdNs;
        v.endedNs = task->endedNs;
        v.nice = task->latest.alive ? task->latest.nice : task->nice;
        v.affinity = task->affinity;
        v.admitted = task->admitted;
        v.parked = task->control && task->control->isParked();
        v.suspendRequested = task->suspendRequested;
        v.reaped = task->reaped;
        v.exitCode = task->exitCode;
        auto first = std::upper_bound(task->history.begin(), task->history.end(), samplesAfterNs,
            [](std::int64_t t, const StateSample& s) { return t < s.timeNs; });
        v.samples.assign(first, task->history.end());
        snap.totals += task->transitions;
        snap.tasks.push_back(std::move(v));
    }
    return snap;
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

void Engine::samplerLoop()
{
    // With more CPU-bound tasks than cores the sampler competes with them for a CPU; where allowed
    // (root, CAP_SYS_NICE or RLIMIT_NICE) it runs at a higher priority so the picture keeps up.
    // Where not allowed, the achieved rate drops and samplerStats() shows it.
    setCurrentThreadNice(-10);
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
        reapAndJoin();
        const std::uint64_t cpu1 = threadCpuNs();
        {
            std::lock_guard lock(m_mutex);
            ++m_passes;
            ++m_stats.passes;
            m_stats.cpuNs += cpu1 - cpu0;
            m_stats.wallNs = static_cast<std::uint64_t>(steadyNs() - started);
        }
        m_passDone.notify_all();
        next += duration_cast<steady_clock::duration>(duration<double>(1.0 / rate));
        const auto now = steady_clock::now();
        if (next < now)
            next = now;
        std::unique_lock lock(m_mutex);
        m_wake.wait_until(lock, next, [this] { return m_quit; });
    }
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
    };
    // Reused from pass to pass: only the sampler thread runs this.
    static thread_local std::vector<Work> work;
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
                task->lastSampleNs >= 0 ? task->lastSampleNs : task->createdNs, overlay, {} });
        }
    }
    for (Work& w : work) {
        w.overlay.parked = w.task->control && w.task->control->isParked();
        // Cost matters here (500 tasks at 20 Hz within 5 % of a core), so each file is read only when it
        // can hold news. schedstat (cheapest) every pass; stat when schedstat moved (a task that did not
        // run cannot have blocked, stopped or exited) and at least every eighth pass, which bounds how
        // long a woken task still waiting for its first slice can be shown as Waiting; status (the
        // costliest) when the task was scheduled since, at most every 500 ms.
        Task& task = *w.task;
        w.cur = w.prev;
        w.time = nowNs();
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
    const std::int64_t keepAfter = nowNs() - static_cast<std::int64_t>(m_config.historySeconds * 1e9);
    for (Work& w : work) {
        Task& t = *w.task;
        // A control (admit) may have happened between the read and now; the overlay read is what the
        // sample reflects.
        Classification c = classify(w.prev, w.cur, w.time - w.prevTime, w.overlay);
        // A parked thread counts as Suspended only once it acknowledged the park.
        t.transitions += deriveTransitions(w.prev, w.prevState, w.cur, c.state);
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
        if (c.state == TaskState::Terminated && t.endedNs < 0)
            t.endedNs = w.time;
        if (c.state == TaskState::Terminated && !c.zombie)
            t.final = true;
        ++m_stats.samples;
        if (w.statusRead)
            ++m_stats.statusReads;
    }
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
    for (auto& task : threads)
        task->thread.join(); // it has returned already: this does not block
}

} // namespace ptlab::states
