// A demo cancelled at any moment leaves no child process and no thread behind (issue 14, part 1): every
// workload in every mode, every training mode (threads and processes) and every comparison experiment,
// cancelled before it starts, as its first and its last worker start, after its first step or first
// progress report, and from outside as soon as it has a child or a thread of its own. The census
// counts /proc/self/task and this process's children (zombies too) before and after.
#include "core/compare/experiment.h"
#include "core/training/trainer.h"
#include "core/workloads/workload.h"
#include "thread_runtime_warmup.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <set>
#include <string>
#include <thread>
#include <unistd.h>

namespace {

using namespace std::chrono_literals;

struct Census
{
    std::size_t threads = 0;
    std::set<pid_t> children; // processes whose parent is this one, zombies included
};

pid_t parentOf(const char* pid)
{
    const int fd = open(("/proc/" + std::string(pid) + "/stat").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char buf[512];
    const ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    const std::string text(buf, static_cast<std::size_t>(n));
    const auto close = text.rfind(')');
    if (close == std::string::npos || close + 4 >= text.size())
        return -1;
    return static_cast<pid_t>(std::strtol(text.c_str() + close + 4, nullptr, 10)); // after ") S "
}

Census census()
{
    Census c;
    if (DIR* d = opendir("/proc/self/task")) {
        while (dirent* e = readdir(d))
            c.threads += e->d_name[0] != '.';
        closedir(d);
    }
    if (DIR* d = opendir("/proc")) {
        while (dirent* e = readdir(d)) {
            char* end = nullptr;
            const long pid = std::strtol(e->d_name, &end, 10);
            if (pid > 0 && *end == '\0' && parentOf(e->d_name) == getpid())
                c.children.insert(static_cast<pid_t>(pid));
        }
        closedir(d);
    }
    return c;
}

bool nothingMoreThan(const Census& before, const Census& now)
{
    if (now.threads > before.threads)
        return false;
    for (pid_t child : now.children) {
        if (!before.children.count(child))
            return false;
    }
    return true;
}

enum class Moment
{
    Before, // the flag is set before the run begins
    FirstStart, // as the first worker (thread or process) starts
    LastStart, // as the last worker starts
    FirstStep, // after the first step or progress report
    Busy, // from another thread, as soon as the run has a child or a thread of its own
};

const char* name(Moment m)
{
    switch (m) {
    case Moment::Before:
        return "before the start";
    case Moment::FirstStart:
        return "as the first worker starts";
    case Moment::LastStart:
        return "as the last worker starts";
    case Moment::FirstStep:
        return "after the first step";
    case Moment::Busy:
        return "once busy";
    }
    return "?";
}

constexpr Moment AllMoments[]
    = { Moment::Before, Moment::FirstStart, Moment::LastStart, Moment::FirstStep, Moment::Busy };

// Sets the flag from a thread of its own as soon as the census shows a new child or thread. It is one
// thread itself, joined before the census after the run.
class CancelWhenBusy
{
public:
    CancelWhenBusy(std::atomic<bool>& cancel, const Census& base, bool active)
    {
        if (!active)
            return;
        m_thread = std::thread([this, &cancel, base] {
            while (!m_done.load() && !cancel.load()) {
                const Census now = census();
                if (now.children.size() > base.children.size() || now.threads > base.threads + 1)
                    cancel = true;
                else
                    std::this_thread::sleep_for(1ms); // polling the census
            }
        });
    }
    ~CancelWhenBusy() { finish(); }
    CancelWhenBusy(const CancelWhenBusy&) = delete;
    CancelWhenBusy& operator=(const CancelWhenBusy&) = delete;
    void finish()
    {
        m_done = true;
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::atomic<bool> m_done { false };
    std::thread m_thread;
};

// Runs `run(cancel)` cancelled at `moment` and checks the census after it returns.
void cancelledRunLeavesNothing(
    const std::string& what, Moment moment, const std::function<void(std::atomic<bool>&)>& run)
{
    INFO(what << ", cancelled " << name(moment));
    ptlab::test::startThreadRuntime();
    const Census before = census();
    std::atomic<bool> cancel { moment == Moment::Before };
    {
        CancelWhenBusy watcher(cancel, before, moment == Moment::Busy);
        run(cancel);
        watcher.finish();
    }
    Census after;
    // A joined thread may stay listed for a moment while the kernel releases it; a child that was not
    // reaped stays a zombie for ever, so the wait never hides one.
    const bool clean = [&] {
        const auto deadline = std::chrono::steady_clock::now() + 2s;
        do {
            after = census();
            if (nothingMoreThan(before, after))
                return true;
            std::this_thread::sleep_for(10ms);
        } while (std::chrono::steady_clock::now() < deadline);
        return false;
    }();
    INFO("threads before " << before.threads << ", after " << after.threads << "; children before "
                           << before.children.size() << ", after " << after.children.size());
    CHECK(clean);
}

} // namespace

TEST_CASE("a workload cancelled at any moment leaves no child and no thread", "[cancel][workloads]")
{
    using namespace ptlab::workloads;
    for (const WorkloadInfo& info : workloadList()) {
        for (Mode mode : info.modes) {
            for (Moment moment : AllMoments) {
                cancelledRunLeavesNothing(
                    info.name + " in " + std::string(toString(mode)), moment, [&](std::atomic<bool>& cancel) {
                        RunOptions o;
                        o.mode = mode;
                        o.workers = 3;
                        o.size = 1; // a fraction of a second per worker if the moment never came
                        o.timeout = 60s;
                        o.cancel = &cancel;
                        std::atomic<bool> fired { false };
                        auto onStart = [&cancel, &fired, moment, &o](int worker, pid_t) {
                            if ((moment == Moment::FirstStart && worker == 0)
                                || (moment == Moment::LastStart && worker == o.workers - 1)
                                || moment == Moment::FirstStep) {
                                fired = true;
                                cancel = true;
                            }
                        };
                        o.onThreadStarted = onStart;
                        o.onProcessStarted = onStart;
                        const auto r = runWorkload(info.name, o);
                        // A cancelled run ends with an error value, or with what it finished first.
                        INFO((r ? std::string("completed") : r.error().message));
                        if (moment == Moment::FirstStart && !fired)
                            WARN(info.name << " in " << toString(mode) << " reports no worker start");
                        if (moment == Moment::Before)
                            CHECK_FALSE(r.ok());
                    });
            }
        }
    }
}

TEST_CASE("training cancelled at any moment leaves no child and no thread", "[cancel][training]")
{
    using namespace ptlab::training;
    struct Setup
    {
        const char* what;
        Mode mode;
        bool processes;
        int workers;
    };
    const Setup setups[] = {
        { "single", Mode::Single, false, 1 },
        { "data, threads", Mode::Data, false, 3 },
        { "data, processes", Mode::Data, true, 3 },
        { "tensor", Mode::Tensor, false, 2 },
        { "pipeline", Mode::Pipeline, false, 2 },
        { "hybrid", Mode::Hybrid, false, 4 },
    };
    for (const Setup& s : setups) {
        for (Moment moment : AllMoments) {
            cancelledRunLeavesNothing(std::string("training ") + s.what, moment, [&](std::atomic<bool>& cancel) {
                TrainConfig config;
                config.mode = s.mode;
                config.processes = s.processes;
                config.workers = s.workers;
                config.stages = 2;
                config.steps = 5000; // ends within seconds even if the moment never came
                config.shape = defaultShape(32, 3); // small: the moments matter here, not the model
                config.datasetSize = 1024;
                config.batch = 64;
                REQUIRE(validateConfig(config).ok());
                const int threads = config.threads();
                TrainHooks hooks;
                hooks.cancel = &cancel;
                std::atomic<bool> fired { moment == Moment::Before || moment == Moment::Busy };
                hooks.onWorkerStarted = [&cancel, &fired, moment, threads](int worker, pid_t, const std::string&) {
                    if ((moment == Moment::FirstStart && worker == 0)
                        || (moment == Moment::LastStart && worker == threads - 1)) {
                        fired = true;
                        cancel = true;
                    }
                };
                hooks.onStep = [&cancel, &fired, moment](int step, float) {
                    if (moment == Moment::FirstStep) {
                        fired = true;
                        cancel = true;
                    }
                    if (step >= 50)
                        cancel = true; // a backstop: the run ends even if its moment never came (checked below)
                };
                const auto r = train(config, hooks);
                INFO((r ? std::string() : r.error().message));
                REQUIRE(r.ok());
                CHECK(fired);
                CHECK(r.value().cancelled);
                CHECK(r.value().stepsDone < config.steps);
            });
        }
    }
}

TEST_CASE("a comparison experiment cancelled at any moment leaves no child and no thread", "[cancel][compare]")
{
    using namespace ptlab::compare;
    for (const ExperimentInfo& info : experiments()) {
        for (Moment moment : AllMoments) {
            cancelledRunLeavesNothing("bench " + info.name, moment, [&](std::atomic<bool>& cancel) {
                RunOptions o;
                o.cancel = &cancel;
                o.runs = 3; // bounds a run whose moment never comes
                int started = 0;
                auto onStart = [&cancel, moment, &started] {
                    // The experiments start their demo tasks one repetition after another: the first
                    // and the second stand for "first" and "later".
                    ++started;
                    if ((moment == Moment::FirstStart && started == 1) || (moment == Moment::LastStart && started == 2))
                        cancel = true;
                };
                std::atomic<int> threadStarts { 0 };
                o.threadStarted = [&cancel, moment, &threadStarts](pid_t, const std::string&) {
                    const int n = threadStarts.fetch_add(1) + 1;
                    if ((moment == Moment::FirstStart && n == 1) || (moment == Moment::LastStart && n == 2))
                        cancel = true;
                };
                o.processStarted = [&onStart](pid_t, const std::string&) { onStart(); };
                o.progress = [&cancel, moment](double fraction) {
                    if (moment == Moment::FirstStep && fraction > 0)
                        cancel = true;
                };
                const ExperimentResult r = runExperiment(info, o);
                if (moment == Moment::Before)
                    CHECK(r.cancelled);
            });
        }
    }
}
