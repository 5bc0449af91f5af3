// `ptlab bench soak`: the States page left running for a lecture with demo tasks coming and going.
// Resident memory is sampled all along; it must stay flat (start vs end), no spawn or control may fail
// and the window must keep answering.
#include "core/states/workload.h"
#include "core/util/clocks.h"
#include "core/util/process_stats.h"
#include "ui/cli/command_table.h"
#include "ui/cli/gui_benchmarks.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/widgets/latency_probe.h"

#include <CLI/CLI.hpp>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <deque>
#include <nlohmann/json.hpp>
#include <ostream>

namespace ptlab::ui {
namespace {

struct SoakOptions
{
    double minutes = 30;
    int tasks = 100;
    double churnPerSecond = 10; // tasks stopped (and replaced) per second
    double sampleSeconds = 10; // resident memory sampled this often
    bool json = false;
};

// The mix a class would start: mostly sleeping and duty-cycled tasks, some contending a lock, a few
// busy ones; every fourth a process.
states::SpawnRequest nextRequest(long long n)
{
    static constexpr states::Workload Mix[] = { states::Workload::Sleep, states::Workload::Mixed,
        states::Workload::Lock, states::Workload::Sleep, states::Workload::Mixed, states::Workload::Cpu };
    states::SpawnRequest request;
    request.kind = n % 4 == 3 ? states::TaskKind::Process : states::TaskKind::Thread;
    request.workload.kind = Mix[n % std::size(Mix)];
    request.workload.dutyPercent = 20;
    request.count = 1;
    return request;
}

int runSoak(const SoakOptions& o, cli::Io io)
{
    AppContext context;
    context.setLanguage(QStringLiteral("en"));
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("states"));
    states::Engine& engine = context.engine();

    std::deque<states::TaskId> live; // oldest first
    long long spawned = 0, stopped = 0, spawnErrors = 0, controlErrors = 0;
    std::string firstError;
    auto note = [&](const std::string& message) {
        if (firstError.empty())
            firstError = message;
    };
    auto spawnOne = [&] {
        auto r = engine.spawn(nextRequest(spawned));
        if (r.error) {
            ++spawnErrors;
            note(r.error->message);
        }
        for (states::TaskId id : r.spawned) {
            live.push_back(id);
            ++spawned;
        }
    };
    while (static_cast<int>(live.size()) < o.tasks && spawnErrors == 0)
        spawnOne();

    QTimer churn;
    churn.setInterval(static_cast<int>(1000.0 / o.churnPerSecond));
    QObject::connect(&churn, &QTimer::timeout, [&] {
        if (!live.empty()) {
            auto r = engine.stop(live.front());
            live.pop_front();
            ++stopped;
            if (!r.ok()) {
                ++controlErrors;
                note(r.error().message);
            }
        }
        spawnOne();
    });

    struct Point
    {
        double atSeconds, rssMb, heapMb;
        std::size_t listed;
    };
    std::vector<Point> series;
    const double start = monotonicSeconds();
    auto sample = [&] {
        series.push_back({ monotonicSeconds() - start, residentMegabytes(), heapInUseMegabytes(),
            engine.snapshot(engine.nowNs()).tasks.size() });
    };
    QTimer sampler;
    sampler.setInterval(static_cast<int>(o.sampleSeconds * 1000));
    QObject::connect(&sampler, &QTimer::timeout, sample);

    LatencyProbe probe;
    probe.start();
    sample();
    churn.start();
    sampler.start();
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(o.minutes * 60'000), &loop, &QEventLoop::quit);
    loop.exec();
    churn.stop();
    sampler.stop();
    sample();
    probe.stop();

    // Memory after the first minute (the page's history and the task list have filled by then) against
    // the end: a leak grows with time, the warm-up does not.
    const double warmUp = std::min(60.0, o.minutes * 60 / 4);
    const auto settled
        = std::find_if(series.begin(), series.end(), [&](const Point& p) { return p.atSeconds >= warmUp; });
    const Point& first = settled != series.end() ? *settled : series.front();
    const double startMb = first.rssMb, endMb = series.back().rssMb;
    const double heapStartMb = first.heapMb, heapEndMb = series.back().heapMb;
    const double maxMb
        = std::max_element(series.begin(), series.end(), [](auto& a, auto& b) { return a.rssMb < b.rssMb; })->rssMb;
    const auto latency = probe.summary();
    const bool clean = spawnErrors == 0 && controlErrors == 0;
    if (o.json) {
        nlohmann::json points = nlohmann::json::array();
        for (const Point& p : series)
            points.push_back(
                { { "s", p.atSeconds }, { "rss_mb", p.rssMb }, { "heap_mb", p.heapMb }, { "listed", p.listed } });
        io.out << nlohmann::json {
            { "bench", "soak" },
            { "minutes", o.minutes },
            { "tasks", o.tasks },
            { "churn_per_second", o.churnPerSecond },
            { "spawned", spawned },
            { "stopped", stopped },
            { "spawn_errors", spawnErrors },
            { "control_errors", controlErrors },
            { "first_error", firstError },
            { "rss_start_mb", startMb },
            { "rss_end_mb", endMb },
            { "rss_max_mb", maxMb },
            { "rss_growth_mb", endMb - startMb },
            { "heap_start_mb", heapStartMb },
            { "heap_end_mb", heapEndMb },
            { "latency_p99_ms", latency.p99Ms },
            { "latency_max_ms", latency.maxMs },
            { "series", points },
        }.dump() << '\n';
    } else {
        io.out << "soak: the States page for " << o.minutes << " min with " << o.tasks << " tasks, " << o.churnPerSecond
               << " replaced per second\n"
               << "  " << spawned << " tasks started, " << stopped << " stopped, " << spawnErrors << " spawn errors, "
               << controlErrors << " control errors" << (firstError.empty() ? "" : " (first: " + firstError + ")")
               << "\n"
               << "  resident memory " << startMb << " MB after " << warmUp << " s, " << endMb << " MB at the end (max "
               << maxMb << " MB, growth " << endMb - startMb << " MB)\n"
               << "  heap in use " << heapStartMb << " MB then, " << heapEndMb << " MB at the end\n"
               << "  event-loop lateness p99 " << latency.p99Ms << " ms, max " << latency.maxMs << " ms\n";
    }
    return clean ? cli::ExitOk : cli::ExitFailure;
}

} // namespace

cli::Command soakBenchmark()
{
    return { "soak", "the States page left running with tasks churning: memory start vs end (budget: flat)",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<SoakOptions>();
            app.footer("Opens the window offscreen on the States page with --tasks demo tasks and keeps replacing\n"
                       "the oldest. Resident memory is sampled every --sample seconds; growth is the end against\n"
                       "the first minute. Exits 1 if any spawn or stop failed.");
            app.add_option("--minutes", o->minutes, "how long to run")
                ->check(CLI::Range(0.1, 600.0))
                ->capture_default_str();
            app.add_option("--tasks", o->tasks, "demo tasks alive at any time")
                ->check(CLI::Range(1, 500))
                ->capture_default_str();
            app.add_option("--churn", o->churnPerSecond, "tasks replaced per second")
                ->check(CLI::Range(0.1, 100.0))
                ->capture_default_str();
            app.add_option("--sample", o->sampleSeconds, "seconds between memory samples")
                ->check(CLI::Range(0.5, 600.0))
                ->capture_default_str();
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] { return withOffscreenApp([&] { return runSoak(*o, io); }); };
        } };
}

} // namespace ptlab::ui
