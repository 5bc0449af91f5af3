#include "core/workloads/workload.h"

#include "core/workloads/miniatures.h"

#include <cerrno>
#include <map>

namespace ptlab::workloads {

std::string_view toString(Mode mode)
{
    switch (mode) {
    case Mode::Threads:
        return "threads";
    case Mode::Processes:
        return "processes";
    case Mode::Events:
        return "events";
    }
    return "threads";
}

bool parseMode(std::string_view text, Mode& mode)
{
    for (Mode m : { Mode::Threads, Mode::Processes, Mode::Events }) {
        if (text == toString(m)) {
            mode = m;
            return true;
        }
    }
    return false;
}

namespace {

struct Entry
{
    WorkloadInfo info;
    RunFunction run;
};

const std::vector<Entry>& entries()
{
    using M = Mode;
    static const std::vector<Entry> list = {
        { { "web-server", "web-server",
              "HTTP on 127.0.0.1: a thread pool vs a process per connection, with a load generator",
              { M::Threads, M::Processes } },
            runWebServer },
        { { "n-body", "physics", "gravitational n-body steps split by bodies, two barriers per step",
              { M::Threads, M::Processes } },
            runNbody },
        { { "build", "compiler", "compile generated source files to bytecode objects, like make -j",
              { M::Processes, M::Threads } },
            runBuild },
        { { "downloads", "downloads", "whole files from a loopback server paced to 4 MB/s per connection",
              { M::Threads, M::Processes } },
            runDownloads },
        { { "virus-scan", "antivirus", "search a generated file tree for byte signatures, a file per task",
              { M::Processes, M::Threads } },
            runScan },
        { { "chat-server", "chat-server", "broadcast chat: a thread per client vs one epoll event loop",
              { M::Threads, M::Events } },
            runChat },
        { { "word-count", "big-data", "map-reduce word count over generated text", { M::Processes, M::Threads } },
            runWordCount },
        { { "mandelbrot", "rendering", "frames of a Mandelbrot zoom rendered tile by tile",
              { M::Threads, M::Processes } },
            runMandelbrot },
    };
    return list;
}

} // namespace

const std::vector<WorkloadInfo>& workloadList()
{
    static const std::vector<WorkloadInfo> list = [] {
        std::vector<WorkloadInfo> out;
        for (const auto& e : entries())
            out.push_back(e.info);
        return out;
    }();
    return list;
}

const WorkloadInfo* findWorkload(std::string_view name)
{
    for (const auto& w : workloadList())
        if (w.name == name)
            return &w;
    return nullptr;
}

bool supportsMode(const WorkloadInfo& info, Mode mode)
{
    for (Mode m : info.modes)
        if (m == mode)
            return true;
    return false;
}

Result<RunResult> runWorkload(std::string_view name, const RunOptions& options)
{
    for (const auto& e : entries()) {
        if (e.info.name != name)
            continue;
        if (!supportsMode(e.info, options.mode))
            return Error { Error::Code::InvalidArgument, EINVAL,
                e.info.name + " does not run in " + std::string(toString(options.mode)) + " mode" };
        if (options.workers < 1 || options.workers > 256)
            return Error { Error::Code::InvalidArgument, EINVAL, "workers must be between 1 and 256" };
        if (!(options.size > 0) || options.size > 100)
            return Error { Error::Code::InvalidArgument, EINVAL, "size must be in (0, 100]" };
        return e.run(options);
    }
    return Error { Error::Code::NotFound, ENOENT, "no workload named " + std::string(name) };
}

} // namespace ptlab::workloads
