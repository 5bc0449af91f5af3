// Starting tasks: threads inside ptlab, ptlab-worker processes, and watching threads we did not start.
#include "core/states/engine.h"

#include "core/states/engine_internal.h"
#include "core/states/engine_task.h"
#include "core/states/shared_block.h"
#include "core/states/switch_tracker.h"
#include "core/states/workload_runner.h"
#include "core/util/thread_priority.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <future>
#include <sched.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <system_error>
#include <unistd.h>

extern char** environ;

namespace ptlab::states {

using namespace detail;

namespace {

// Descriptors the worker finds at fixed numbers; everything above them is closed in the child.
constexpr int ChildGateFd = 3;
constexpr int ChildShmFd = 4;

// A copy at or above 10, so that the dup2 actions onto 3 and 4 can never overwrite one another.
int highCopy(int fd)
{
    return fd < 0 ? -1 : fcntl(fd, F_DUPFD_CLOEXEC, 10);
}

} // namespace

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
        slot->flags.store(0, std::memory_order_relaxed);
        slot->inUse.store(1, std::memory_order_relaxed);
    }
    return s;
}

void Engine::releaseSlot(int slot)
{
    if (slot < 0)
        return;
    if (m_shared)
        m_shared->slot(slot)->inUse.store(0, std::memory_order_relaxed);
    m_freeSlots.push_back(slot);
}

void Engine::startTracking(Task& task)
{
    if (!m_tracker)
        return;
    // Baseline first: the exact counts since tracking began agree with the kernel's counters since.
    KernelReading base;
    if (task.files.isOpen() && task.files.readSwitches(base))
        task.trackBaseline = base;
    if (auto handle = m_tracker->track(task.tid)) {
        task.tracked = true;
        task.trackHandle = handle.value();
    }
}

std::shared_ptr<TaskHost> Engine::taskHost()
{
    if (!m_config.taskHost)
        return nullptr;
    std::lock_guard starting(m_hostStart);
    {
        std::lock_guard lock(m_mutex);
        if (m_host && m_host->alive())
            return m_host;
    }
    // None yet, or it died (its threads with it): a new one. If it cannot start, tasks run inside ptlab.
    auto started = TaskHost::start(m_config.workerPath, m_shared ? m_shared->fd() : -1);
    std::shared_ptr<TaskHost> host = started ? started.value() : nullptr;
    std::lock_guard lock(m_mutex);
    m_host = host;
    return host;
}

pid_t Engine::taskHostPid() const
{
    std::lock_guard lock(m_mutex);
    return m_host ? m_host->pid() : 0;
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
    auto giveBackSlot = [&] {
        std::lock_guard lock(m_mutex);
        releaseSlot(task->slot);
        task->slot = -1;
    };
    // Where the thread runs: in the task host, or inside ptlab when there is none.
    bool hosted = false;
    if (auto host = taskHost()) {
        auto tid = host->startThread(task->slot, spec, admitted);
        if (tid) {
            task->host = host;
            task->pid = host->pid();
            task->tid = tid.value();
            hosted = true;
        } else if (host->alive()) {
            giveBackSlot();
            return tid.error();
        }
        // Else the host died under us: this thread runs inside ptlab, and the next spawn starts a new host.
    }
    task->admitted = admitted;
    if (!hosted) {
        if (auto started = startThreadHere(*task, spec, admitted); !started) {
            giveBackSlot();
            return started.error();
        }
    }
    // Set here, before the spawn returns: a renice that follows can never be overwritten, and the
    // thread need not first win a CPU at its lower priority. A demo task is kinder than the window
    // (see EngineConfig::taskNice), whatever the spawning thread's own priority.
    setpriority(PRIO_PROCESS, static_cast<id_t>(task->tid), m_config.taskNice);
    applyTaskPolicy(task->tid);
    task->nice = m_config.taskNice;
    auto files = TaskFiles::open(task->pid, task->tid);
    if (!files) {
        controlStop(*task);
        if (task->thread.joinable())
            task->thread.join();
        giveBackSlot();
        return files.error();
    }
    task->files = std::move(files).value();
    startTracking(*task);
    return task;
}

Result<void> Engine::startThreadHere(Task& task, const WorkloadSpec& spec, bool admitted)
{
    task.control = std::make_unique<TaskControl>(m_shared ? m_shared->slot(task.slot) : nullptr);
    if (!task.control->valid())
        return errorFromErrno(errno, "cannot create an event descriptor for a thread");
    if (admitted)
        task.control->admit();
    std::promise<pid_t> tidPromise;
    auto tidFuture = tidPromise.get_future();
    TaskControl* control = task.control.get();
    SharedBlock* shared = m_shared.get();
    try {
        task.thread = std::thread([control, spec, shared, promise = std::move(tidPromise)]() mutable {
            promise.set_value(gettid());
            if (control->waitForAdmission())
                runWorkload(spec, *control, shared);
            control->markFinished();
        });
    } catch (const std::system_error& e) {
        return errorFromErrno(e.code().value(), "cannot create a thread");
    }
    task.pid = getpid();
    task.tid = tidFuture.get();
    return {};
}

Result<Engine::TaskPtr> Engine::startProcess(const WorkloadSpec& spec, bool admitted)
{
    if (access(m_config.workerPath.c_str(), X_OK) != 0)
        return errorFromErrno(errno, "the worker program " + m_config.workerPath + " cannot be run");
    // The admission gate is a socket, not a pipe: admitting a worker that already died then fails
    // with EPIPE (send with MSG_NOSIGNAL) instead of raising SIGPIPE in the GUI.
    int gate[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, gate) != 0)
        return errorFromErrno(errno, "cannot create the admission socket");
    const int childGate = highCopy(gate[0]);
    close(gate[0]);
    const int childShm = m_shared ? highCopy(m_shared->fd()) : -1;
    auto task = std::make_shared<Task>();
    task->kind = TaskKind::Process;
    task->spec = spec;
    {
        std::lock_guard lock(m_mutex);
        task->slot = allocateSlot();
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, childGate, ChildGateFd);
    if (childShm >= 0)
        posix_spawn_file_actions_adddup2(&actions, childShm, ChildShmFd);
    // Nothing else of ours reaches the worker, even a descriptor someone opened without O_CLOEXEC.
    posix_spawn_file_actions_addclosefrom_np(&actions, ChildShmFd + 1);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // SIGTERM (a graceful stop) and SIGINT stay blocked until the worker has installed its handler:
    // a stop right after the spawn then still ends the worker with exit code 0, not by the signal.
    sigset_t stopSignals, all;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &stopSignals);
    posix_spawnattr_setsigdefault(&attr, &all);
    // Its own process group (killed as a whole) but ptlab's session: with autogroup, a session each
    // would give every worker a CPU share as large as the whole window's.
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

    const std::string workload(toString(spec.kind));
    std::vector<std::string> args = { m_config.workerPath, "--workload", workload, "--duty",
        std::to_string(spec.dutyPercent), "--period", std::to_string(spec.periodMs), "--gate-fd",
        std::to_string(ChildGateFd), "--slot", std::to_string(task->slot), "--parent", std::to_string(getpid()) };
    if (childShm >= 0) {
        args.push_back("--shm-fd");
        args.push_back(std::to_string(ChildShmFd));
    }
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    int rc = childGate < 0 ? errno : 0;
    bool started = false;
    if (auto host = rc == 0 ? taskHost() : nullptr) {
        // In the host's session, still our child (see TaskHost).
        auto spawned = host->startProcess(args, childGate);
        if (spawned) {
            pid = spawned.value();
            started = true;
        } else if (host->alive()) {
            rc = spawned.error().errnum != 0 ? spawned.error().errnum : EIO;
        }
    }
    if (!started && rc == 0)
        rc = posix_spawn(&pid, m_config.workerPath.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (childGate >= 0)
        close(childGate);
    if (childShm >= 0)
        close(childShm);
    if (rc != 0) {
        close(gate[1]);
        std::lock_guard lock(m_mutex);
        releaseSlot(task->slot);
        return errorFromErrno(rc, "cannot start a worker process (" + m_config.workerPath + ")");
    }
    task->pid = pid;
    task->tid = pid;
    task->gateFd = gate[1];
    task->admitted = false;
    setpriority(PRIO_PROCESS, static_cast<id_t>(pid), m_config.taskNice); // as for threads, before any renice
    applyTaskPolicy(pid);
    task->nice = m_config.taskNice;
    if (auto files = TaskFiles::open(pid, pid))
        task->files = std::move(files).value();
    startTracking(*task);
    if (admitted)
        admitLocked(*task); // not yet published: no lock needed
    return task;
}

void Engine::admitLocked(Task& task)
{
    if (task.admitted)
        return;
    task.admitted = true;
    controlAdmit(task);
    if (task.gateFd >= 0) {
        const char go = 'g';
        // A worker that died at the gate has no reader left: EPIPE, ignored (it shows as Terminated).
        [[maybe_unused]] ssize_t n = send(task.gateFd, &go, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
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
    return watchTask(TaskKind::Thread, getpid(), tid, label);
}

Result<TaskId> Engine::watchProcess(pid_t pid, const std::string& label)
{
    return watchTask(TaskKind::Process, pid, pid, label);
}

Result<TaskId> Engine::watchTask(TaskKind kind, pid_t pid, pid_t tid, const std::string& label)
{
    // The descriptors are opened now: if the id is reused after the task ends, the reads fail instead
    // of showing a stranger.
    auto files = TaskFiles::open(pid, tid);
    if (!files)
        return files.error();
    auto task = std::make_shared<Task>();
    task->kind = kind;
    task->spec.kind = Workload::External;
    task->label = label;
    task->external = true;
    task->pid = pid;
    task->tid = tid;
    task->files = std::move(files).value();
    startTracking(*task);
    std::lock_guard lock(m_mutex);
    task->id = m_nextId++;
    task->createdNs = nowNs();
    task->affinity = readAffinity(tid);
    m_tasks.emplace(task->id, task);
    return task->id;
}

void Engine::controlAdmit(Task& task)
{
    if (task.control)
        task.control->admit();
    else if (task.host)
        task.host->admit(task.slot);
}

void Engine::controlPark(Task& task, bool park)
{
    if (task.control)
        task.control->setParkRequested(park);
    else if (task.host)
        task.host->park(task.slot, park);
}

void Engine::controlStop(Task& task)
{
    if (task.control)
        task.control->requestStop();
    else if (task.host)
        task.host->stop(task.slot);
}

bool Engine::isParked(const Task& task) const
{
    if (task.control)
        return task.control->isParked();
    if (task.host && m_shared && task.slot >= 0)
        return (m_shared->slot(task.slot)->flags.load(std::memory_order_acquire) & TaskSlot::Parked) != 0;
    return false;
}

void Engine::applyTaskPolicy(pid_t tid) const
{
    if (m_config.taskIdlePolicy) {
        sched_param param {};
        sched_setscheduler(tid, SCHED_IDLE, &param); // allowed for one's own tasks; a refusal leaves nice
    }
    // After the policy, which would reset it. Same CPU share and the same 4 ms runs as before, but the
    // window and the sampler wake up on time among hundreds of these (see DemoTimeSlice, the default).
    setTimeSlice(tid, m_config.taskTimeSlice);
}

} // namespace ptlab::states
