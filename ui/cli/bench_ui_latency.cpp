// `ptlab bench ui-latency`: how late a 16 ms timer fires on the GUI thread while demo tasks run, on
// one page or on every page in turn (page switches and first shows included).
#include "core/states/workload.h"
#include "core/util/clocks.h"
#include "core/util/thread_priority.h"
#include "ui/cli/command_table.h"
#include "ui/cli/gui_benchmarks.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page_registry.h"
#include "ui/widgets/latency_probe.h"

#include <CLI/CLI.hpp>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <limits>
#include <nlohmann/json.hpp>
#include <ostream>

namespace ptlab::ui {
namespace {

struct LatencyOptions
{
    std::string page = "states";
    int threads = 200;
    int processes = 0;
    std::string workload = "sleep";
    double seconds = 10;
    int taskNice = states::EngineConfig {}.taskNice;
    bool idle = states::EngineConfig {}.taskIdlePolicy;
    bool taskHost = states::EngineConfig {}.taskHost;
    int windowSliceUs = static_cast<int>(InteractiveTimeSlice.count());
    int taskSliceUs = static_cast<int>(states::EngineConfig {}.taskTimeSlice.count());
    bool json = false;
};

void wait(QEventLoop& loop, double seconds)
{
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
}

nlohmann::json summaryJson(const LatencyProbe::Summary& s)
{
    return { { "ticks", s.count }, { "median_ms", s.medianMs }, { "p99_ms", s.p99Ms }, { "max_ms", s.maxMs } };
}

int runUiLatency(const LatencyOptions& o, cli::Io io)
{
    const bool all = o.page == "all";
    states::EngineConfig config;
    config.taskNice = o.taskNice;
    config.taskIdlePolicy = o.idle;
    config.taskHost = o.taskHost;
    config.taskTimeSlice = std::chrono::microseconds(o.taskSliceUs);
    AppContext context(config);
    if (o.windowSliceUs != InteractiveTimeSlice.count())
        setTimeSlice(0, std::chrono::microseconds(o.windowSliceUs));
    context.setLanguage(QStringLiteral("en"));
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    window.showPage(QString::fromStdString(all ? std::string("states") : o.page));
    int failures = 0;
    for (auto [kind, count] :
        { std::pair { states::TaskKind::Thread, o.threads }, std::pair { states::TaskKind::Process, o.processes } }) {
        if (count <= 0)
            continue;
        states::SpawnRequest request;
        request.kind = kind;
        request.workload.kind = *states::parseWorkload(o.workload);
        request.count = count;
        auto spawned = context.engine().spawn(request);
        if (spawned.error) {
            io.err << "ptlab bench ui-latency: " << spawned.error->message << '\n';
            ++failures;
        }
    }
    QEventLoop loop;
    wait(loop, 1.0); // first paints, first snapshots
    LatencyProbe probe;
    probe.start();
    const double cpu0 = threadCpuSeconds(), wall0 = monotonicSeconds();
    nlohmann::json pages = nlohmann::json::array();
    if (all) {
        // Each page in turn: the switch (and a first show) is part of what is measured.
        const double each = std::max(1.0, o.seconds / static_cast<double>(pageIds().size()));
        for (const QString& id : pageIds()) {
            const std::size_t from = probe.latenciesMs().size();
            window.showPage(id);
            wait(loop, each);
            const auto& v = probe.latenciesMs();
            pages.push_back({ { "page", id.toStdString() },
                { "latency",
                    summaryJson(LatencyProbe::summarize({ v.begin() + static_cast<long>(from), v.end() })) } });
        }
    } else {
        wait(loop, o.seconds);
    }
    probe.stop();
    // What the GUI thread itself used: above its share of a CPU next to the demo tasks, it must wait.
    const double guiCpuPercent = 100.0 * (threadCpuSeconds() - cpu0) / std::max(1e-9, monotonicSeconds() - wall0);
    const auto s = LatencyProbe::summarize(probe.latenciesMs());
    const auto live = context.engine().snapshot(std::numeric_limits<std::int64_t>::max()).tasks.size();
    const bool privileged = mayRaisePriority();
    const pid_t host = context.engine().taskHostPid();
    if (o.json) {
        nlohmann::json doc = {
            { "bench", "ui-latency" },
            { "page", o.page },
            { "tasks", live },
            { "threads", o.threads },
            { "processes", o.processes },
            { "workload", o.workload },
            { "seconds", o.seconds },
            { "privileged", privileged },
            { "task_nice", o.taskNice },
            { "task_policy", o.idle ? "idle" : "normal" },
            { "task_host", host > 0 },
            { "window_slice_us", o.windowSliceUs },
            { "task_slice_us", o.taskSliceUs },
            { "ticks", s.count },
            { "median_ms", s.medianMs },
            { "p99_ms", s.p99Ms },
            { "max_ms", s.maxMs },
            { "gui_thread_cpu_percent", guiCpuPercent },
            { "budget_p99_ms", 16.0 },
        };
        if (all)
            doc["pages"] = std::move(pages);
        io.out << doc.dump() << '\n';
    } else {
        io.out << "ui-latency on page " << o.page << " with " << live << " " << o.workload << " tasks for " << o.seconds
               << " s, " << (privileged ? "privileged (may raise priority)" : "unprivileged") << ": " << s.count
               << " ticks of a 16 ms timer\n"
               << "  demo tasks "
               << (host > 0 ? "in a session of their own (task host pid " + std::to_string(host) + ")"
                            : std::string("in ptlab's own session"))
               << "\n"
               << "  lateness median " << s.medianMs << " ms, p99 " << s.p99Ms << " ms, max " << s.maxMs
               << " ms (budget: p99 under 16 ms)\n"
               << "  the GUI thread used " << guiCpuPercent << " % of one CPU\n";
        for (const auto& p : pages)
            io.out << "  " << p["page"].get<std::string>() << ": p99 " << p["latency"]["p99_ms"].get<double>()
                   << " ms, max " << p["latency"]["max_ms"].get<double>() << " ms\n";
    }
    return failures ? cli::ExitFailure : cli::ExitOk;
}

} // namespace

cli::Command uiLatencyBenchmark()
{
    return { "ui-latency", "GUI event-loop latency on a page while demo tasks run (budget: p99 under 16 ms)",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<LatencyOptions>();
            app.footer("Opens the window offscreen on a page, spawns demo threads and processes, and measures how\n"
                       "late a 16 ms timer fires on the GUI thread. --page all visits every page in turn.\n"
                       "The output says whether this account may raise priorities (root, CAP_SYS_NICE): a\n"
                       "student's may not, so measure as an ordinary user too.");
            std::vector<std::string> pages { "all" };
            for (const QString& id : pageIds())
                pages.push_back(id.toStdString());
            app.add_option("--page", o->page, "page id, or all")->check(CLI::IsMember(pages))->capture_default_str();
            app.add_option("--tasks,--threads", o->threads, "demo threads to spawn")
                ->check(CLI::Range(0, 1000))
                ->capture_default_str();
            app.add_option("--processes", o->processes, "demo worker processes to spawn")
                ->check(CLI::Range(0, 1000))
                ->capture_default_str();
            app.add_option("--workload", o->workload, "what the tasks do")
                ->check(CLI::IsMember({ "cpu", "io", "mixed", "lock", "sleep" }))
                ->capture_default_str();
            app.add_option("--seconds", o->seconds, "how long to measure")
                ->check(CLI::Range(1.0, 600.0))
                ->capture_default_str();
            app.add_option("--task-nice", o->taskNice, "nice value the demo tasks start at (the app's default)")
                ->check(CLI::Range(-20, 19))
                ->capture_default_str();
            app.add_option("--task-idle", o->idle, "demo tasks under SCHED_IDLE (the app's default)")
                ->capture_default_str();
            app.add_option("--task-host", o->taskHost,
                   "demo tasks in a session of their own, run by ptlab-worker --host (the app's default)")
                ->capture_default_str();
            app.add_option("--window-slice", o->windowSliceUs,
                   "time slice in microseconds the window's thread asks for (0: the kernel's default)")
                ->check(CLI::Range(0, 100000))
                ->capture_default_str();
            app.add_option("--task-slice", o->taskSliceUs,
                   "time slice in microseconds the demo tasks ask for (0: the kernel's default)")
                ->check(CLI::Range(0, 100000))
                ->capture_default_str();
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] { return withOffscreenApp([&] { return runUiLatency(*o, io); }); };
        } };
}

} // namespace ptlab::ui
