#include "core/compare/compare_command.h"
#include "core/compare/experiment.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <dirent.h>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace ptlab;
using namespace ptlab::compare;

namespace {

ExperimentResult run(const char* name, int runs, std::map<std::string, double> params = {})
{
    const ExperimentInfo* info = findExperiment(name);
    REQUIRE(info);
    RunOptions o;
    o.runs = runs;
    o.warmup = 0;
    o.params = std::move(params);
    return runExperiment(*info, o);
}

// Children of this process that are still around (zombies included): none may be left behind.
int childCount()
{
    int n = 0;
    const std::string me = std::to_string(getpid());
    DIR* d = opendir("/proc");
    while (dirent* e = readdir(d)) {
        const std::string name = e->d_name;
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        FILE* f = std::fopen(("/proc/" + name + "/stat").c_str(), "r");
        if (!f)
            continue;
        char buf[512] = {};
        const size_t len = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        std::string stat(buf, len);
        const auto close = stat.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(stat.substr(close + 2));
        std::string state, ppid;
        rest >> state >> ppid;
        n += ppid == me;
    }
    closedir(d);
    return n;
}

const Variant& variantOf(const ExperimentResult& r, const char* id)
{
    const Variant* v = r.variant(id);
    REQUIRE(v);
    INFO(id << ": " << v->error);
    REQUIRE(v->error.empty());
    return *v;
}

} // namespace

TEST_CASE("compare: every bench name of the issue exists", "[compare]")
{
    for (const char* name : { "thread-create", "process-create", "fork-rss", "termination", "context-switch", "ipc",
             "task-memory", "isolation", "sharing", "blocking", "race", "deadlock", "oversubscription" })
        CHECK(findExperiment(name));
    CHECK_FALSE(findExperiment("memory")); // the app's own budget keeps that name
}

TEST_CASE("compare: creation measures threads and processes and leaves no child", "[compare]")
{
    const int before = childCount();
    auto t = run("thread-create", 5);
    CHECK(variantOf(t, "pthread").samples.size() == 5);
    CHECK(variantOf(t, "pthread").summary.min > 0);
    auto p = run("process-create", 3);
    for (const char* id : { "fork-exit", "posix-spawn", "fork-exec" }) {
        CHECK(variantOf(p, id).samples.size() == 3);
        CHECK(variantOf(p, id).summary.min > 0);
    }
    auto term = run("termination", 3);
    CHECK(variantOf(term, "thread").samples.size() == 3);
    CHECK(variantOf(term, "process-kill").samples.size() == 3);
    CHECK(childCount() == before);
}

TEST_CASE("compare: fork-rss grows the parent and times both ways", "[compare]")
{
    auto r = run("fork-rss", 2, { { "max-mib", 32 } });
    CHECK(variantOf(r, "fork-10").samples.size() == 2);
    CHECK(variantOf(r, "spawn-32").samples.size() == 2);
    CHECK_FALSE(r.variant("fork-64"));
}

TEST_CASE("compare: context switch ping-pong, threads and processes", "[compare]")
{
    auto r = run("context-switch", 2, { { "loops", 200 } });
    for (const char* id : { "threads", "processes", "threads-pinned", "processes-pinned" })
        CHECK(variantOf(r, id).summary.median > 0);
}

TEST_CASE("compare: ipc moves messages through every transport", "[compare]")
{
    const int before = childCount();
    auto r = run("ipc", 1, { { "max-bytes", 4096 } });
    for (const char* id : { "pipe-processes-bw-64", "unix-socket-threads-bw-4096", "shm-ring-processes-bw-4096",
             "shm-ring-threads-lat-64" })
        CHECK(variantOf(r, id).summary.median > 0);
    CHECK_FALSE(r.variant("pipe-processes-bw-65536"));
    CHECK(childCount() == before);
}

TEST_CASE("compare: task memory reads RSS and PSS of threads and processes", "[compare]")
{
    auto r = run("task-memory", 1, { { "tasks", 4 } });
    if (r.error) {
        WARN("skipped: smaps_rollup unavailable: " << r.error->message);
        return;
    }
    CHECK(variantOf(r, "processes-rss").summary.median > 0);
    CHECK(variantOf(r, "threads-rss").samples.size() == 1);
}

TEST_CASE("compare: isolation reports SIGSEGV and ptlab's own process stays alive", "[compare]")
{
    const int before = childCount();
    auto r = run("isolation", 1);
    REQUIRE(r.fact("process_crash_signal"));
    CHECK(r.fact("process_crash_signal")->value == SIGSEGV);
    CHECK(variantOf(r, "process-crash").samples == std::vector<double> { 1 });
    CHECK(r.fact("ptlab_alive")->value == 1);
    CHECK(::kill(getpid(), 0) == 0);
#if !defined(__SANITIZE_THREAD__)
    CHECK(r.fact("thread_crash_signal")->value == SIGSEGV);
    CHECK(variantOf(r, "thread-crash").samples == std::vector<double> { 0 });
#endif
    CHECK(childCount() == before);
}

TEST_CASE("compare: sharing sees the thread's write, not the forked child's, and shared memory's", "[compare]")
{
    auto r = run("sharing", 2);
    CHECK(variantOf(r, "thread").samples == std::vector<double> { 1, 1 });
    CHECK(variantOf(r, "child").samples == std::vector<double> { 0, 0 });
    CHECK(variantOf(r, "shared-memory").samples == std::vector<double> { 1, 1 });
}

TEST_CASE(
    "compare: a blocked user-level thread stops its sibling, a blocked process or kernel thread does not", "[compare]")
{
    const int before = childCount();
    auto r = run("blocking", 2, { { "hold-ms", 60 } });
    for (const char* id : { "blocked-process", "blocked-kernel-thread", "blocked-user-thread" }) {
        INFO(id << ": " << variantOf(r, id).error);
        CHECK(variantOf(r, id).samples.size() == 2);
    }
    // One kernel thread runs both coroutines: once it is inside read(), the counter cannot move at all.
    CHECK(variantOf(r, "blocked-user-thread").samples == std::vector<double> { 0, 0 });
    // Kernel-scheduled siblings keep going (on a busy machine perhaps slower, never stopped).
    CHECK(variantOf(r, "blocked-process").summary.min > 10);
    CHECK(variantOf(r, "blocked-kernel-thread").summary.min > 10);
    CHECK(childCount() == before);
}

TEST_CASE("compare: the race's fixes lose nothing, the racy count never gains", "[compare]")
{
    auto r = run("race", 2, { { "increments", 20000 } });
    CHECK(variantOf(r, "atomic").samples == std::vector<double> { 0, 0 });
    CHECK(variantOf(r, "mutex").samples == std::vector<double> { 0, 0 });
    for (double lost : variantOf(r, "racy").samples) {
        CHECK(lost >= 0);
        CHECK(lost < 40000);
    }
}

TEST_CASE("compare: the deadlock is detected and resolved", "[compare]")
{
    std::vector<std::string> labels;
    std::mutex m;
    const ExperimentInfo* info = findExperiment("deadlock");
    RunOptions o;
    o.runs = 2;
    o.threadStarted = [&](pid_t, const std::string& label) {
        std::lock_guard g(m);
        labels.push_back(label);
    };
    auto r = runExperiment(*info, o);
    CHECK(r.fact("detected")->value == 2);
    CHECK(r.fact("resolved")->value == 2);
    CHECK(variantOf(r, "detect").samples.size() == 2);
    CHECK(labels.size() == 4); // both tasks of both runs were offered to the engine to watch
}

TEST_CASE("compare: oversubscription and a cancelled run", "[compare]")
{
    auto r = run("oversubscription", 1, { { "max-threads", 4 }, { "units", 2000 } });
    CHECK(variantOf(r, "throughput-1").summary.median > 0);
    CHECK(variantOf(r, "throughput-4").summary.median > 0);

    std::atomic<bool> cancel { true };
    RunOptions o;
    o.runs = 1000;
    o.cancel = &cancel;
    auto c = runExperiment(*findExperiment("process-create"), o);
    CHECK(c.cancelled);
    CHECK(c.variants.at(0).samples.empty());
}

TEST_CASE("compare: ptlab bench thread-create --json carries unit and statistics", "[compare]")
{
    std::ostringstream out, err;
    const int rc = cli::runCommand(compareBenchmark("thread-create"), { "--runs", "3", "--json" }, { out, err });
    REQUIRE(rc == cli::ExitOk);
    const auto doc = nlohmann::json::parse(out.str());
    CHECK(doc.at("bench") == "thread-create");
    const auto& v = doc.at("variants").at(0);
    CHECK(v.at("unit") == "us");
    CHECK(v.at("count") == 3);
    CHECK(v.at("median").get<double>() > 0);
    CHECK(doc.at("machine").at("logical_cpus").get<int>() > 0);
    std::ostringstream out2, err2;
    CHECK(cli::runCommand(compareBenchmark("thread-create"), { "--runs", "0" }, { out2, err2 }) == cli::ExitUsage);
}

TEST_CASE("compare: ipc and isolation hand their peers to the States page as they start", "[compare]")
{
    std::vector<std::string> labels;
    std::mutex m;
    RunOptions o;
    o.runs = 1;
    o.warmup = 0;
    o.params["max-bytes"] = 64;
    o.threadStarted = [&](pid_t tid, const std::string& label) {
        std::lock_guard g(m);
        if (tid > 0)
            labels.push_back(label);
    };
    o.processStarted = [&](pid_t pid, const std::string& label) {
        std::lock_guard g(m);
        if (pid > 0)
            labels.push_back(label);
    };
    auto has = [&](const std::string& label) { return std::count(labels.begin(), labels.end(), label) > 0; };
    const auto ipc = runExperiment(*findExperiment("ipc"), o);
    CHECK_FALSE(ipc.error);
    CHECK(has("ipc: peer thread"));
    CHECK(has("ipc: peer process"));
    const auto isolation = runExperiment(*findExperiment("isolation"), o);
    CHECK_FALSE(isolation.error);
    CHECK(has("isolation: sibling process"));
    CHECK(has("isolation: crashing process"));
}
