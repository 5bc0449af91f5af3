#include "core/states/worker_main.h"

#include "core/states/shared_block.h"
#include "core/states/task_control.h"
#include "core/states/task_host_main.h"
#include "core/states/workload_runner.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <pthread.h>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

namespace ptlab::states {
namespace {

TaskControl* g_control = nullptr;

void onTerminate(int)
{
    if (g_control)
        g_control->requestStop();
}

struct WorkerArgs
{
    WorkloadSpec spec;
    int gateFd = -1;
    int shmFd = -1;
    int slot = -1;
    pid_t parent = 0;
};

bool parse(int argc, char** argv, WorkerArgs& a)
{
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const char* value = argv[i + 1];
        if (key == "--workload") {
            auto w = parseWorkload(value);
            if (!w)
                return false;
            a.spec.kind = *w;
        } else if (key == "--duty") {
            a.spec.dutyPercent = std::atoi(value);
        } else if (key == "--period") {
            a.spec.periodMs = std::atoi(value);
        } else if (key == "--gate-fd") {
            a.gateFd = std::atoi(value);
        } else if (key == "--shm-fd") {
            a.shmFd = std::atoi(value);

        } else if (key == "--slot") {
            a.slot = std::atoi(value);
        } else if (key == "--parent") {
            a.parent = static_cast<pid_t>(std::atoi(value));
        } else {
            return false;
        }
    }
    return argc % 2 == 1;
}

// Blocks until the engine admits us (a byte on the gate pipe) or goes away (EOF).
bool waitAtGate(int fd)
{
    if (fd < 0)
        return true;
    char c = 0;
    ssize_t n;
    do {
        n = read(fd, &c, 1);
    } while (n < 0 && errno == EINTR && !(g_control && g_control->stopRequested()));
    close(fd);
    return n == 1;
}

// --host --control-fd FD [--shm-fd FD] --parent PID
int runHost(int argc, char** argv)
{
    int control = -1, sharedFd = -1;
    pid_t parent = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const int value = std::atoi(argv[i + 1]);
        if (key == "--control-fd")
            control = value;
        else if (key == "--shm-fd")
            sharedFd = value;
        else if (key == "--parent")
            parent = static_cast<pid_t>(value);
        else
            return -1;
    }
    return argc % 2 == 0 && control >= 0 ? runTaskHostMain(control, sharedFd, parent) : -1;
}

} // namespace

int runWorkerMain(int argc, char** argv)
{
    if (argc > 1 && std::string(argv[1]) == "--host") {
        const int rc = runHost(argc, argv);
        if (rc >= 0)
            return rc;
        std::fprintf(stderr, "ptlab-worker: a child process of ptlab; it is not meant to be run by hand.\n");
        return 2;
    }
    WorkerArgs args;
    if (!parse(argc, argv, args)) {
        std::fprintf(stderr, "ptlab-worker: a child process of ptlab; it is not meant to be run by hand.\n");
        return 2;
    }
    // Die with the engine: the kernel sends SIGKILL when the parent goes away. If it already went away
    // between posix_spawn and here, getppid() no longer names it.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // Its nice value is set by the engine right after the spawn (EngineConfig::taskNice).
    if (args.parent != 0 && getppid() != args.parent)
        return 3;

    std::unique_ptr<SharedBlock> shared;
    if (args.shmFd >= 0) {
        auto attached = SharedBlock::attach(args.shmFd);
        if (!attached) {
            std::fprintf(stderr, "ptlab-worker: %s\n", attached.error().message.c_str());
            return 1;
        }
        shared.reset(*attached);
    }
    TaskControl control(shared ? shared->slot(args.slot) : nullptr);
    g_control = &control;
    struct sigaction sa
    { };
    sa.sa_handler = onTerminate;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    // ptlab spawns workers with both blocked (see Engine::startProcess); a stop sent meanwhile is
    // pending and reaches the handler now.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &stopSignals, nullptr);

    control.setWaitReason(WaitReason::Gate);
    if (!waitAtGate(args.gateFd))
        return 0;
    control.setWaitReason(WaitReason::None);
    runWorkload(args.spec, control, shared.get());
    g_control = nullptr;
    return 0;
}

} // namespace ptlab::states
