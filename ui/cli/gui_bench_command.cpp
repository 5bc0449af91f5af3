#include "ui/cli/gui_bench_command.h"

#include "core/states/workload.h"
#include "core/util/json_writer.h"
#include "ui/cli/latency_probe.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/page_registry.h"

#include <QEventLoop>
#include <ostream>

namespace ptlab::ui {

bool isUiBench(const std::string& name)
{
    return name == "ui-latency";
}

int runUiBenchCommand(const std::string& name, const cli::Args& args, std::ostream& out, std::ostream& err)
{
    if (!isUiBench(name)) {
        err << "ptlab bench: unknown benchmark '" << name << "'\n";
        return cli::ExitUsage;
    }
    cli::ArgReader reader(args);
    if (reader.flag("--help") || reader.flag("-h")) {
        out << "Usage: ptlab bench ui-latency [--page ID] [--tasks N] [--workload W] [--seconds S] [--json]\n"
               "Opens the window offscreen on a page (default states), spawns N threads (default 200, workload\n"
               "sleep), and measures how late a 16 ms timer fires on the GUI thread: median, p99 and max in ms.\n";
        return cli::ExitOk;
    }
    const std::string page = reader.option("--page").value_or("states");
    const long long tasks = reader.integer("--tasks", 0, 1000).value_or(200);
    const std::string workloadName = reader.option("--workload").value_or("sleep");
    const double seconds = reader.number("--seconds", 1, 600).value_or(10);
    const bool json = reader.flag("--json");
    if (!reader.finish()) {
        err << "ptlab bench ui-latency: " << reader.error() << '\n';
        return cli::ExitUsage;
    }
    const auto workload = states::parseWorkload(workloadName);
    if (!workload || !pageIds().contains(QString::fromStdString(page))) {
        err << "ptlab bench ui-latency: unknown workload or page\n";
        return cli::ExitUsage;
    }

    AppContext context;
    context.setLanguage(QStringLiteral("en"));
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    window.showPage(QString::fromStdString(page));
    if (tasks > 0) {
        states::SpawnRequest request;
        request.kind = states::TaskKind::Thread;
        request.workload.kind = *workload;
        request.count = static_cast<int>(tasks);
        auto spawned = context.engine().spawn(request);
        if (spawned.error)
            err << "ptlab bench ui-latency: " << spawned.error->message << '\n';
    }
    LatencyProbe probe;
    // Warm up for a second (first paints, first snapshots), then measure.
    QEventLoop loop;
    QTimer::singleShot(1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.start();
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const auto s = LatencyProbe::summarize(probe.latenciesMs());
    const auto live = context.engine().snapshot(std::numeric_limits<std::int64_t>::max()).tasks.size();
    if (json) {
        JsonWriter j(out);
        j.beginObject();
        j.field("bench", "ui-latency");
        j.field("page", page);
        j.field("tasks", static_cast<long long>(live));
        j.field("workload", workloadName);
        j.field("seconds", seconds);
        j.field("ticks", s.count);
        j.field("median_ms", s.medianMs);
        j.field("p99_ms", s.p99Ms);
        j.field("max_ms", s.maxMs);
        j.field("budget_p99_ms", 16.0);
        j.endObject();
    } else {
        out << "ui-latency on page " << page << " with " << live << " " << workloadName << " tasks for " << seconds
            << " s: " << s.count << " ticks of a 16 ms timer\n"
            << "  lateness median " << s.medianMs << " ms, p99 " << s.p99Ms << " ms, max " << s.maxMs
            << " ms (budget: p99 under 16 ms)\n";
    }
    return cli::ExitOk;
}

} // namespace ptlab::ui
