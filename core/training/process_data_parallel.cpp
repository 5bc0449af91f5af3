// Data parallelism with worker PROCESSES: N children forked from the caller, each with its own replica
// (its own address space), sharing one MAP_SHARED mapping that holds every rank's gradient, a
// process-shared barrier and the step records. The ring all-reduce is the same code as for threads
// (ringAllReduceSteps); only the memory and the barrier are shared between processes instead.
// A cancel kills the children at once and reaps them.

#include "core/training/crew.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace ptlab::training::detail {

namespace {

constexpr int maxRanks = 64;

struct SharedHeader
{
    pthread_barrier_t barrier;
    int stop; // set by rank 0 between two barriers
    int stepsDone;
    float losses[maxRanks];
    std::uint64_t sent[maxRanks];
    std::uint64_t sentLastStep[maxRanks];
    int identical;
};

struct Mapping
{
    void* base = MAP_FAILED;
    std::size_t bytes = 0;
    ~Mapping()
    {
        if (base != MAP_FAILED)
            ::munmap(base, bytes);
    }
};

std::size_t align(std::size_t v)
{
    return (v + 63) / 64 * 64;
}

} // namespace

Result<TrainReport> runDataProcesses(const TrainConfig& config, const TrainHooks& hooks)
{
    const int n = config.workers;
    if (n > maxRanks)
        return Error { Error::Code::InvalidArgument, 0, "too many worker processes" };
    const std::size_t params = config.shape.parameterCount();
    const auto steps = static_cast<std::size_t>(config.steps);
    // Layout: header | gradients (n × params) | final parameters (params) | step losses | step end times.
    const std::size_t gradOffset = align(sizeof(SharedHeader));
    const std::size_t paramOffset = align(gradOffset + static_cast<std::size_t>(n) * params * sizeof(float));
    const std::size_t lossOffset = align(paramOffset + params * sizeof(float));
    const std::size_t timeOffset = align(lossOffset + steps * sizeof(float));
    Mapping map;
    map.bytes = align(timeOffset + steps * sizeof(double));
    map.base = ::mmap(nullptr, map.bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (map.base == MAP_FAILED)
        return errorFromErrno(errno, "map shared memory for the worker processes");
    auto* bytes = static_cast<char*>(map.base);
    auto* header = new (bytes) SharedHeader {};
    auto grad = [&](int r) {
        return std::span<float>(
            reinterpret_cast<float*>(bytes + gradOffset) + static_cast<std::size_t>(r) * params, params);
    };
    auto* finalParams = reinterpret_cast<float*>(bytes + paramOffset);
    auto* stepLoss = reinterpret_cast<float*>(bytes + lossOffset);
    auto* stepEnd = reinterpret_cast<double*>(bytes + timeOffset);
    header->identical = 1;
    pthread_barrierattr_t attr;
    pthread_barrierattr_init(&attr);
    pthread_barrierattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_barrier_init(&header->barrier, &attr, static_cast<unsigned>(n));
    pthread_barrierattr_destroy(&attr);

    const Clock::time_point start = Clock::now();
    const pid_t parent = ::getpid();
    std::vector<pid_t> children;
    auto killAll = [&children] {
        for (pid_t c : children)
            ::kill(c, SIGKILL);
        for (pid_t c : children)
            while (::waitpid(c, nullptr, 0) < 0 && errno == EINTR) { }
        children.clear();
    };
    for (int r = 0; r < n; ++r) {
        const pid_t pid = ::fork();
        if (pid < 0) {
            const int e = errno;
            killAll();
            return errorFromErrno(e, "fork a worker process");
        }
        if (pid == 0) {
            // The child: dies with its parent, trains, and leaves with _exit (no atexit, no Qt teardown).
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(1);
            DataParallelReplica replica(config, r, n);
            const std::span<float> mine = grad(r);
            const std::span<const float> left = grad((r + n - 1) % n);
            const std::span<float> right = grad((r + 1) % n);
            auto wait = [header] { pthread_barrier_wait(&header->barrier); };
            for (int step = 0;; ++step) {
                header->losses[r] = replica.computeGradient(step);
                std::copy(replica.gradient().begin(), replica.gradient().end(), mine.begin());
                wait(); // every gradient in place
                const std::size_t sent = n > 1 ? ringAllReduceSteps<float>(r, n, mine, left, right, wait) : 0;
                std::copy(mine.begin(), mine.end(), replica.gradient().begin());
                replica.applyGradient(step);
                header->sent[r] += sent;
                header->sentLastStep[r] = sent;
                if (r == 0)
                    std::copy(replica.model().parameters().begin(), replica.model().parameters().end(), finalParams);
                wait(); // rank 0's parameters published
                if (r != 0 && config.checkReplicas
                    && !std::equal(
                        replica.model().parameters().begin(), replica.model().parameters().end(), finalParams))
                    header->identical = 0;
                if (r == 0) {
                    float loss = 0;
                    for (int q = 0; q < n; ++q)
                        loss += header->losses[q];
                    stepLoss[step] = loss;
                    stepEnd[step] = secondsBetween(start, Clock::now());
                    __atomic_store_n(&header->stepsDone, step + 1, __ATOMIC_RELEASE);
                    header->stop = step + 1 >= config.steps;
                }
                wait(); // the decision to stop is read by everyone after this barrier
                if (header->stop)
                    break;
            }
            ::_exit(0);
        }
        children.push_back(pid);
        if (hooks.onWorkerStarted)
            hooks.onWorkerStarted(r, pid, "data-parallel process " + std::to_string(r));
    }

    TrainReport report;
    report.config = config;
    report.parameterBytes = params * sizeof(float);
    int reported = 0;
    bool failed = false;
    while (!children.empty()) {
        const int done = __atomic_load_n(&header->stepsDone, __ATOMIC_ACQUIRE);
        for (; reported < done; ++reported) {
            report.loss.push_back(stepLoss[reported]);
            if (hooks.onStep)
                hooks.onStep(reported, stepLoss[reported]);
        }
        if (hooks.cancel && hooks.cancel->load()) {
            killAll(); // at any moment, mid-step: nothing of a killed child's work is kept
            report.cancelled = reported < config.steps;
            break;
        }
        // Reap whoever finished; a child that failed leaves the others stuck at a barrier: kill them.
        for (auto it = children.begin(); it != children.end();) {
            int status = 0;
            const pid_t w = ::waitpid(*it, &status, WNOHANG);
            if (w == *it) {
                if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
                    failed = true;
                it = children.erase(it);
            } else {
                ++it;
            }
        }
        if (failed) {
            killAll();
            break;
        }
        if (!children.empty())
            std::this_thread::sleep_for(std::chrono::milliseconds(5)); // polling the children's progress
    }
    const int done = __atomic_load_n(&header->stepsDone, __ATOMIC_ACQUIRE);
    for (; reported < done; ++reported) {
        report.loss.push_back(stepLoss[reported]);
        if (hooks.onStep)
            hooks.onStep(reported, stepLoss[reported]);
    }
    // No pthread_barrier_destroy: after a kill it would wait forever for the dead waiters to leave; the
    // barrier is plain memory of the mapping, released by munmap.
    if (failed)
        return Error { Error::Code::Internal, 0, "a worker process failed" };
    finishTimes(config, std::vector<double>(stepEnd, stepEnd + done), report);
    report.replicasIdentical = header->identical != 0;
    for (int r = 0; r < n; ++r) {
        report.bytesTotal += header->sent[r];
        report.bytesPerWorkerPerStep = std::max<std::uint64_t>(report.bytesPerWorkerPerStep, header->sentLastStep[r]);
    }
    report.ring = ringPlan(n, params, sizeof(float));
    report.parameters.assign(finalParams, finalParams + params);
    Mlp model(config.shape, config.seed);
    std::copy(finalParams, finalParams + params, model.parameters().begin());
    const Dataset data = makeSpirals(config.datasetSize, config.shape.widths.back(), 0.04f, config.seed + 1);
    report.accuracy = model.accuracy(Batch { data.x, data.labels });
    return report;
}

} // namespace ptlab::training::detail
