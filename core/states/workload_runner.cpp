#include "core/states/workload_runner.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace ptlab::states {
namespace {

using namespace std::chrono;
using namespace std::chrono_literals;

// Keeps the arithmetic observable so the optimiser cannot drop it.
std::atomic<std::uint64_t> g_sink { 0 };

std::uint64_t crunch(std::uint64_t x, int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x += 0x9E3779B97F4A7C15ull;
    }
    return x;
}

void runCpu(TaskControl& control)
{
    while (control.checkpoint()) {
        computeFor(2ms, &control);
        control.addWork();
    }
}

int openScratchFile()
{
    for (const char* dir : { "/var/tmp", "/tmp", "." }) {
        int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
        if (fd >= 0)
            return fd;
    }
    return -1;
}

void runIo(TaskControl& control)
{
    const int fd = openScratchFile();
    std::vector<char> block(256 * 1024, 'p');
    while (control.checkpoint()) {
        if (fd >= 0) {
            control.setWaitReason(WaitReason::Io);
            if (pwrite(fd, block.data(), block.size(), 0) > 0) {
                fdatasync(fd);
                [[maybe_unused]] ssize_t n = pread(fd, block.data(), block.size(), 0);
            }
            control.setWaitReason(WaitReason::None);
        }
        control.addWork();
        // The next request arrives later: the task blocks in the kernel until then.
        if (!control.waitFor(20ms, WaitReason::Device))
            break;
    }
    if (fd >= 0)
        close(fd);
}

void runMixed(const WorkloadSpec& spec, TaskControl& control)
{
    const int duty = std::clamp(spec.dutyPercent, 0, 100);
    const auto period = milliseconds(std::max(spec.periodMs, 1));
    const auto busy = period * duty / 100;
    while (control.checkpoint()) {
        if (busy.count() > 0 && !computeFor(busy, &control))
            break;
        control.addWork();
        if (busy < period && !control.waitFor(period - busy, WaitReason::DutyCycle))
            break;
    }
}

void runLock(TaskControl& control, SharedBlock* shared)
{
    while (control.checkpoint()) {
        if (shared) {
            control.setWaitReason(WaitReason::Lock);
            if (!shared->lock([&control] { return control.stopRequested(); }))
                break;
            control.setWaitReason(WaitReason::None);
            // Hold the lock while working, so the others queue up on it.
            computeFor(3ms, nullptr);
            shared->unlock();
        }
        control.addWork();
        computeFor(500us, &control);
    }
}

void runSleep(TaskControl& control)
{
    while (control.checkpoint()) {
        if (!control.waitFor(250ms, WaitReason::Sleep))
            break;
        computeFor(200us, &control);
        control.addWork();
    }
}

} // namespace

bool computeFor(std::chrono::nanoseconds duration, const TaskControl* control)
{
    const auto deadline = steady_clock::now() + duration;
    std::uint64_t x = g_sink.load(std::memory_order_relaxed) | 1;
    do {
        x = crunch(x, 20000);
        if (control && control->stopRequested())
            break;
    } while (steady_clock::now() < deadline);
    g_sink.store(x, std::memory_order_relaxed);
    return !(control && control->stopRequested());
}

void runWorkload(const WorkloadSpec& spec, TaskControl& control, SharedBlock* shared)
{
    switch (spec.kind) {
    case Workload::Cpu:
        runCpu(control);
        break;
    case Workload::Io:
        runIo(control);
        break;
    case Workload::Mixed:
        runMixed(spec, control);
        break;
    case Workload::Lock:
        runLock(control, shared);
        break;
    case Workload::Sleep:
        runSleep(control);
        break;
    case Workload::External:
        break;
    }
}

} // namespace ptlab::states
