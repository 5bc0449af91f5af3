// When the system refuses a thread (RLIMIT_NPROC reached), the experiments and miniatures that need
// several say so as an error value: no std::terminate, no thread left waiting for a sibling that never
// came. Run in a forked child that drops to an unprivileged user, since root ignores the limit.
#include "core/compare/experiment.h"
#include "core/util/thread_group.h"
#include "core/workloads/workload.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <barrier>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Runs `body` in a child with no thread to spare; the child's exit code is body's (0: all good).
int withNoThreadsToSpare(const std::function<int()>& body)
{
    const pid_t child = fork();
    if (child < 0)
        return 200;
    if (child == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(100);
        rlimit none { 0, 0 };
        if (setrlimit(RLIMIT_NPROC, &none) != 0)
            _exit(101);
        _exit(body());
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    if (WIFSIGNALED(status))
        return 300 + WTERMSIG(status); // SIGABRT here was std::terminate before the fix
    return WEXITSTATUS(status);
}

void checkCode(int code)
{
    if (code == 100) {
        WARN("could not drop privileges to lower the process limit: skipped");
        return;
    }
    CHECK(code == 0);
}

} // namespace

TEST_CASE("a thread group whose threads cannot all start runs none of its bodies and reports why", "[util][limits]")
{
    checkCode(withNoThreadsToSpare([] {
        std::atomic<int> ran { 0 };
        std::barrier meet(2); // each body waits for the other: a half-started group would hang
        ptlab::ThreadGroup group;
        for (int i = 0; i < 2; ++i)
            group.add([&] {
                ++ran;
                meet.arrive_and_wait();
            });
        auto started = group.start("meeting threads");
        int code = 0;
        if (started.ok())
            code |= 1;
        else if (started.error().code != ptlab::Error::Code::ResourceLimit
            || started.error().message.find("meeting threads") == std::string::npos)
            code |= 2;
        group.join();
        if (ran.load() != 0)
            code |= 4;
        return code;
    }));
}

TEST_CASE("experiments that need threads report a refused thread instead of ending ptlab", "[compare][limits]")
{
    for (const char* name : { "race", "deadlock", "context-switch", "ipc", "sharing", "blocking" }) {
        INFO(name);
        checkCode(withNoThreadsToSpare([name] {
            const auto* info = ptlab::compare::findExperiment(name);
            if (!info)
                return 1;
            ptlab::compare::RunOptions o;
            o.runs = 1;
            o.warmup = 0;
            o.params["max-bytes"] = 64;
            o.params["loops"] = 100;
            o.params["hold-ms"] = 0;
            const auto r = ptlab::compare::runExperiment(*info, o);
            bool reported = r.error.has_value();
            for (const auto& v : r.variants)
                reported = reported || !v.error.empty();
            return reported ? 0 : 2;
        }));
    }
}

TEST_CASE("miniatures whose threads are refused answer with a clear error", "[workloads][limits]")
{
    for (const char* name : { "web-server", "chat-server", "downloads", "mandelbrot" }) {
        INFO(name);
        checkCode(withNoThreadsToSpare([name] {
            ptlab::workloads::RunOptions o;
            o.mode = ptlab::workloads::Mode::Threads;
            o.workers = 2;
            o.size = 0.05;
            const auto r = ptlab::workloads::runWorkload(name, o);
            if (r.ok())
                return 1;
            return r.error().message.empty() ? 2 : 0;
        }));
    }
}
