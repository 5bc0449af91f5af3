// Memory: what N extra threads cost against N extra processes, in resident set size (every page the
// task can touch that is in RAM, shared or not) and proportional set size (shared pages divided among
// the processes that map them), read from /proc/PID/smaps_rollup.
#include "core/compare/experiment_support.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace ptlab::compare {

namespace {

struct Rollup
{
    double rssKiB = 0;
    double pssKiB = 0;
};

std::string readRollup(pid_t pid, Rollup& out)
{
    const std::string path = pid == 0 ? "/proc/self/smaps_rollup" : "/proc/" + std::to_string(pid) + "/smaps_rollup";
    std::ifstream in(path);
    if (!in)
        return "cannot read " + path + " (Linux 4.14 or later is needed)";
    in.imbue(std::locale::classic());
    std::string key;
    double value = 0;
    std::string unit;
    bool rss = false, pss = false;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        words.imbue(std::locale::classic());
        if (!(words >> key >> value >> unit))
            continue;
        if (key == "Rss:") {
            out.rssKiB = value;
            rss = true;
        } else if (key == "Pss:") {
            out.pssKiB = value;
            pss = true;
        }
    }
    return rss && pss ? std::string() : path + " has no Rss or Pss line";
}

struct Sample
{
    double rss = 0;
    double pss = 0;
};

std::string threadsCost(int n, const RunOptions& o, Sample& s)
{
    Rollup before, after;
    if (auto e = readRollup(0, before); !e.empty())
        return e;
    Pipe release, started;
    if (!release.ok() || !started.ok())
        return errnoText("pipe");
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) {
        try {
            threads.emplace_back([&release, &started, &o] {
                if (o.threadStarted)
                    o.threadStarted(static_cast<pid_t>(syscall(SYS_gettid)), "memory probe thread");
                char c = 1;
                writeAll(started.write, &c, 1);
                readAll(release.read, &c, 1);
            });
        } catch (const std::system_error& e) {
            break;
        }
    }
    int up = 0;
    while (up < static_cast<int>(threads.size()) && readByteWithin(started.read, 5000))
        ++up;
    std::string error = readRollup(0, after);
    const std::string buf(threads.size(), 'x');
    writeAll(release.write, buf.data(), buf.size());
    for (auto& t : threads)
        t.join();
    if (static_cast<int>(threads.size()) < n)
        return "only " + std::to_string(threads.size()) + " of " + std::to_string(n) + " threads could start";
    s.rss = (after.rssKiB - before.rssKiB) / n;
    s.pss = (after.pssKiB - before.pssKiB) / n;
    return error;
}

std::string processesCost(int n, Sample& s)
{
    Rollup before, after;
    if (auto e = readRollup(0, before); !e.empty())
        return e;
    Pipe release, started;
    if (!release.ok() || !started.ok())
        return errnoText("pipe");
    std::vector<ChildProcess> children;
    std::string error;
    for (int i = 0; i < n; ++i) {
        const pid_t pid = fork();
        if (pid < 0) {
            error = errnoText("fork");
            break;
        }
        if (pid == 0) {
            char c = 1;
            if (::write(started.write, &c, 1) != 1)
                _exit(1);
            while (::read(release.read, &c, 1) < 0 && errno == EINTR) { }
            _exit(0);
        }
        children.emplace_back(pid);
    }
    int up = 0;
    while (up < static_cast<int>(children.size()) && readByteWithin(started.read, 5000))
        ++up;
    double childRss = 0, childPss = 0;
    for (auto& c : children) {
        Rollup r;
        if (auto e = readRollup(c.pid(), r); !e.empty() && error.empty())
            error = e;
        childRss += r.rssKiB;
        childPss += r.pssKiB;
    }
    if (error.empty())
        error = readRollup(0, after);
    const std::string buf(children.size(), 'x');
    writeAll(release.write, buf.data(), buf.size());
    for (auto& c : children)
        c.waitFor(5000);
    if (!error.empty())
        return error;
    // A child's RSS counts every page it shares with ptlab; PSS splits those among the sharers, so
    // ptlab's own PSS falls: the sum is what the N children really added.
    s.rss = childRss / n;
    s.pss = (childPss + after.pssKiB - before.pssKiB) / n;
    return {};
}

} // namespace

ExperimentResult runTaskMemory(const RunOptions& o)
{
    ExperimentResult r;
    r.unit = "KiB";
    const int n = static_cast<int>(std::clamp(o.param("tasks", 16), 1.0, 256.0));
    r.method = "ptlab starts " + std::to_string(n) + " threads (or forks " + std::to_string(n)
        + " children) that wait on a pipe, and reads /proc/PID/smaps_rollup: per extra thread, ptlab's growth; per "
          "extra process, the child's own RSS, and its PSS plus the change in ptlab's PSS (shared pages are split).";
    r.facts.push_back({ "tasks", static_cast<double>(n), {} });
    Rollup self;
    if (auto e = readRollup(0, self); !e.empty()) {
        r.error = Error { Error::Code::NotSupported, ENOENT, e };
        return r;
    }
    r.facts.push_back({ "ptlab_rss_kib", self.rssKiB, {} });
    Variant trss = makeVariant("threads-rss", "extra thread, RSS", "KiB");
    Variant tpss = makeVariant("threads-pss", "extra thread, PSS", "KiB");
    Variant prss = makeVariant("processes-rss", "extra process, RSS", "KiB");
    Variant ppss = makeVariant("processes-pss", "extra process, PSS", "KiB");
    Progress progress(o, 2.0 * (o.warmup + o.runs));
    for (int i = 0; i < o.warmup + o.runs && !o.cancelled(); ++i) {
        Sample s;
        if (trss.error.empty()) {
            if (auto e = threadsCost(n, o, s); !e.empty())
                trss.error = tpss.error = e;
            else if (i >= o.warmup) {
                trss.samples.push_back(s.rss);
                tpss.samples.push_back(s.pss);
            }
        }
        progress.step();
        if (prss.error.empty()) {
            if (auto e = processesCost(n, s); !e.empty())
                prss.error = ppss.error = e;
            else if (i >= o.warmup) {
                prss.samples.push_back(s.rss);
                ppss.samples.push_back(s.pss);
            }
        }
        progress.step();
    }
    r.variants = { std::move(trss), std::move(tpss), std::move(prss), std::move(ppss) };
    return r;
}

} // namespace ptlab::compare
