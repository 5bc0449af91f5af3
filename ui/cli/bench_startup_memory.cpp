// `ptlab bench startup` and `ptlab bench memory`: the app's own start-up and memory budgets.
#include "core/util/process_stats.h"
#include "ui/cli/command_table.h"
#include "ui/cli/gui_benchmarks.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/page_registry.h"

#include <CLI/CLI.hpp>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <nlohmann/json.hpp>
#include <ostream>

namespace ptlab::ui {
namespace {

class FirstPaint : public QObject
{
public:
    double atMs = -1;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && atMs < 0)
            atMs = msSinceProcessStart();
        return QObject::eventFilter(watched, event);
    }
};

// The process is this bench's own, so dynamic loading of Qt counts, as it does for a user.
int runStartup(bool json, cli::Io io)
{
    AppContext context;
    context.setLanguage(AppContext::systemDefaultLanguage());
    MainWindow window(context);
    FirstPaint probe;
    window.installEventFilter(&probe);
    window.resize(1280, 800);
    window.show();
    QEventLoop loop;
    while (probe.atMs < 0)
        loop.processEvents(QEventLoop::WaitForMoreEvents, 20);
    if (json)
        io.out << nlohmann::json { { "bench", "startup" }, { "first_paint_ms", probe.atMs }, { "budget_ms", 500.0 } }
                      .dump()
               << '\n';
    else
        io.out << "startup: first paint " << probe.atMs << " ms after the process started (budget 500 ms)\n";
    return cli::ExitOk;
}

// Resident memory after every page was opened and left running its showcase a while.
int runMemory(bool json, cli::Io io)
{
    AppContext context;
    context.setLanguage(QStringLiteral("en"));
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    const double before = residentMegabytes();
    QEventLoop loop;
    for (const QString& id : pageIds()) {
        window.showPage(id);
        window.currentPage()->startShowcase();
        QTimer::singleShot(1500, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double after = residentMegabytes();
    if (json)
        io.out << nlohmann::json { { "bench", "memory" }, { "rss_start_mb", before }, { "rss_all_pages_mb", after },
            { "budget_mb", 150.0 } }
                      .dump()
               << '\n';
    else
        io.out << "memory: " << before << " MB resident with the window open, " << after
               << " MB after opening every page with its demo running (budget 150 MB)\n";
    return cli::ExitOk;
}

cli::Command jsonOnlyBenchmark(const char* name, const char* summary, int (*run)(bool, cli::Io))
{
    return { name, summary, [run](CLI::App& app, cli::Io io) -> cli::Run {
                auto json = std::make_shared<bool>(false);
                app.add_flag("--json", *json, "one JSON object");
                return [run, json, io] { return withOffscreenApp([&] { return run(*json, io); }); };
            } };
}

} // namespace

cli::Command startupBenchmark()
{
    return jsonOnlyBenchmark("startup", "process start to first painted window (budget 0.5 s)", runStartup);
}

cli::Command memoryBenchmark()
{
    return jsonOnlyBenchmark("memory", "resident memory with every page opened (budget 150 MB)", runMemory);
}

} // namespace ptlab::ui
