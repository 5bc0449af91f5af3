#include "core/workloads/miniatures.h"
#include "core/workloads/workload.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <sys/wait.h>
#include <thread>

using namespace ptlab::workloads;

namespace {

RunResult mustRun(const std::string& name, Mode mode, int workers, double size, bool crash = false)
{
    RunOptions o;
    o.mode = mode;
    o.workers = workers;
    o.size = size;
    o.crashOne = crash;
    o.timeout = std::chrono::milliseconds(60000);
    auto r = runWorkload(name, o);
    INFO(name << " " << toString(mode) << ": " << (r ? std::string() : r.error().message));
    REQUIRE(r.ok());
    return r.value();
}

bool noChildLeft()
{
    int status = 0;
    return ::waitpid(-1, &status, WNOHANG) < 0 && errno == ECHILD;
}

void checkBothModes(const std::string& name, double size)
{
    const RunResult t = mustRun(name, Mode::Threads, 2, size);
    const RunResult p = mustRun(name, Mode::Processes, 3, size);
    INFO(name << ": " << t.verification << " / " << p.verification);
    CHECK(t.verified);
    CHECK(p.verified);
    CHECK(t.checksum == p.checksum);
    CHECK(t.items == p.items);
    CHECK(t.items > 0);
    CHECK(t.wallS > 0);
    CHECK(p.workerPids.size() >= 1);
    CHECK(noChildLeft());
}

} // namespace

TEST_CASE("every miniature is listed with its modes", "[workloads]")
{
    REQUIRE(workloadList().size() >= 8);
    for (const auto& w : workloadList()) {
        CHECK_FALSE(w.modes.empty());
        CHECK(findWorkload(w.name) == &w);
    }
    CHECK(findWorkload("nope") == nullptr);
}

TEST_CASE("word count counts every word right in both modes", "[workloads]")
{
    const auto input = makeWordCountInput(0.02);
    std::uint64_t total = 0;
    for (const auto& [word, n] : input.expected)
        total += n;
    CHECK(total == input.totalWords);
    const RunResult r = mustRun("word-count", Mode::Processes, 2, 0.02);
    CHECK(r.items == input.totalWords);
    CHECK(r.checksum == wordCountChecksum(input.expected));
    checkBothModes("word-count", 0.02);
}

TEST_CASE("the build builds every file in both modes", "[workloads]")
{
    checkBothModes("build", 0.05);
}

TEST_CASE("the toy compiler's bytecode computes what its folder computes", "[workloads]")
{
    const CompileOutput out = compileSource(generateSource(3, 50));
    CHECK(out.ok);
    CHECK(out.result == out.folded);
    CHECK_FALSE(out.object.empty());
    const CompileOutput simple = compileSource("let a = 6; let b = (a * 7 - 2) % 5;");
    CHECK(simple.ok);
    CHECK(simple.result == (6 * 7 - 2) % 5);
    CHECK_FALSE(compileSource("let a = b;").ok);
    CHECK_FALSE(compileSource("let a = (1;").ok);
}

TEST_CASE("the scan finds exactly the planted signatures in both modes", "[workloads]")
{
    checkBothModes("virus-scan", 0.06);
}

TEST_CASE("n-body conserves momentum and gives the same bodies in both modes", "[workloads]")
{
    checkBothModes("n-body", 0.05);
}

TEST_CASE("mandelbrot renders every pixel once in both modes", "[workloads]")
{
    checkBothModes("mandelbrot", 0.1);
}

TEST_CASE("downloads fetch every byte in both modes", "[workloads]")
{
    checkBothModes("downloads", 0.1);
}

TEST_CASE("the web server answers every request in both models", "[workloads]")
{
    checkBothModes("web-server", 0.03);
    const RunResult r = mustRun("web-server", Mode::Threads, 2, 0.03);
    const auto p99
        = std::find_if(r.extra.begin(), r.extra.end(), [](const Metric& m) { return m.name == "latency_p99_ms"; });
    REQUIRE(p99 != r.extra.end());
    CHECK(p99->value > 0);
}

TEST_CASE("the chat server delivers every message with threads and with an event loop", "[workloads]")
{
    const RunResult t = mustRun("chat-server", Mode::Threads, 3, 0.05);
    const RunResult e = mustRun("chat-server", Mode::Events, 3, 0.05);
    CHECK(t.verified);
    CHECK(e.verified);
    CHECK(t.checksum == e.checksum);
    CHECK(t.items == 3u * 2u * 15u);
    RunOptions o;
    o.mode = Mode::Processes;
    CHECK_FALSE(runWorkload("chat-server", o).ok());
}

TEST_CASE("a crashing worker process loses only itself, the supervisor redoes its file", "[workloads][crash]")
{
    const RunResult clean = mustRun("build", Mode::Processes, 2, 0.05);
    const RunResult r = mustRun("build", Mode::Processes, 2, 0.05, true);
    CHECK(r.crashed);
    CHECK(r.workersLost == 1);
    CHECK(r.resultComplete);
    CHECK(r.verified);
    CHECK(r.checksum == clean.checksum);
    CHECK(noChildLeft());
}

TEST_CASE("a crashing n-body process stops the coupled simulation", "[workloads][crash]")
{
    const RunResult r = mustRun("n-body", Mode::Processes, 2, 0.05, true);
    CHECK(r.crashed);
    CHECK_FALSE(r.resultComplete);
    CHECK(noChildLeft());
}

#if defined(__SANITIZE_THREAD__)
#define PTLAB_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PTLAB_TSAN 1
#endif
#endif

TEST_CASE("a crashing thread takes its whole (sacrificial) process down", "[workloads][crash]")
{
#ifdef PTLAB_TSAN
    WARN("skipped under TSan: it stops a forked child that starts threads");
    return;
#endif
    const RunResult r = mustRun("word-count", Mode::Threads, 2, 0.02, true);
    CHECK(r.crashed);
    CHECK(r.workersLost == 2);
    CHECK_FALSE(r.resultComplete);
    const RunResult web = mustRun("web-server", Mode::Processes, 2, 0.03, true);
    CHECK(web.crashed);
    CHECK(web.workersLost == 1);
    CHECK(noChildLeft());
}

TEST_CASE("cancel stops a run and leaves no child", "[workloads]")
{
    std::atomic<bool> cancel { false };
    RunOptions o;
    o.mode = Mode::Processes;
    o.workers = 2;
    o.size = 20; // far longer than the test waits
    o.cancel = &cancel;
    std::atomic<int> started { 0 };
    o.onProcessStarted = [&started](int, pid_t) { ++started; };
    std::thread stopper([&] {
        while (started.load() < 2)
            std::this_thread::yield();
        cancel = true;
    });
    auto r = runWorkload("mandelbrot", o);
    stopper.join();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().errnum == ECANCELED);
    CHECK(noChildLeft());
}

TEST_CASE("bad options are errors, not runs", "[workloads]")
{
    RunOptions o;
    o.workers = 0;
    CHECK_FALSE(runWorkload("word-count", o).ok());
    o.workers = 1;
    o.size = 0;
    CHECK_FALSE(runWorkload("word-count", o).ok());
    CHECK_FALSE(runWorkload("no-such-thing", RunOptions {}).ok());
}
