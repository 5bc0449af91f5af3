#include "ui/cli/gui_bench_command.h"

#include "core/states/workload.h"
#include "core/util/json_writer.h"
#include "ui/cli/latency_probe.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/page_registry.h"
#include "ui/wordproc/word_processor_page.h"

#include <QEvent>
#include <QEventLoop>
#include <fstream>
#include <ostream>
#include <sstream>
#include <time.h>
#include <unistd.h>

namespace ptlab::ui {

bool isUiBench(const std::string& name)
{
    return name == "ui-latency" || name == "ui-stall" || name == "startup" || name == "memory";
}

namespace {

// `ptlab bench ui-stall`: the word-processor page in an offscreen event loop, a scripted series of
// edits, and how late the GUI thread's 16 ms timer fired meanwhile.
int runUiStall(const cli::Args& args, std::ostream& out, std::ostream& err)
{
    cli::ArgReader reader(args);
    if (reader.flag("--help") || reader.flag("-h")) {
        out << "Usage: ptlab bench ui-stall [--mode threaded|single] [--pages N] [--edits K] [--json]\n"
               "Opens the word-processor page offscreen with an N-page book (default 500), makes K edits\n"
               "(default 10) 300 ms apart, and reports event-loop latency (median, p99, max in ms) and the\n"
               "reformat time. In threaded mode the reformat runs on a background thread; in single mode on\n"
               "the GUI thread, so the stall is about the reformat time.\n";
        return cli::ExitOk;
    }
    const std::string mode = reader.option("--mode").value_or("threaded");
    const long long pages = reader.integer("--pages", 50, 2000).value_or(500);
    const long long edits = reader.integer("--edits", 1, 200).value_or(10);
    const bool json = reader.flag("--json");
    if (!reader.finish() || (mode != "threaded" && mode != "single")) {
        err << "ptlab bench ui-stall: " << (reader.failed() ? reader.error() : "--mode is threaded or single") << '\n';
        return cli::ExitUsage;
    }
    AppContext context;
    context.setLanguage(QStringLiteral("en"));
    WordProcessorPage page(context);
    page.resize(1280, 800);
    page.show();
    QEventLoop loop;
    std::vector<double> reformatMs;
    QObject::connect(
        &page, &WordProcessorPage::layoutApplied, &loop, [&reformatMs](int, double ms) { reformatMs.push_back(ms); });
    page.loadBook(static_cast<int>(pages));
    while (reformatMs.empty())
        loop.processEvents(QEventLoop::WaitForMoreEvents, 50);
    reformatMs.clear();
    page.setSingleThread(mode == "single");
    LatencyProbe probe;
    probe.start();
    for (long long i = 0; i < edits; ++i) {
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        page.deleteFirstSentence();
    }
    // Wait for the last layout, then a little more for the timer to show the recovery.
    const auto revision = page.document().revision();
    while (page.formatted().revision != revision)
        loop.processEvents(QEventLoop::WaitForMoreEvents, 50);
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const auto s = LatencyProbe::summarize(probe.latenciesMs());
    double meanReformat = 0, maxReformat = 0;
    for (double ms : reformatMs) {
        meanReformat += ms / reformatMs.size();
        maxReformat = std::max(maxReformat, ms);
    }
    if (json) {
        JsonWriter j(out);
        j.beginObject();
        j.field("bench", "ui-stall");
        j.field("mode", mode);
        j.field("pages", page.formatted().pageCount());
        j.field("edits", edits);
        j.field("layouts", static_cast<long long>(reformatMs.size()));
        j.field("reformat_mean_ms", meanReformat);
        j.field("reformat_max_ms", maxReformat);
        j.field("ticks", s.count);
        j.field("median_ms", s.medianMs);
        j.field("p99_ms", s.p99Ms);
        j.field("max_ms", s.maxMs);
        j.endObject();
    } else {
        out << "ui-stall, " << mode << " mode, " << page.formatted().pageCount() << " pages, " << edits
            << " edits: " << reformatMs.size() << " layouts, reformat mean " << meanReformat << " ms (max "
            << maxReformat << " ms)\n  event-loop lateness: median " << s.medianMs << " ms, p99 " << s.p99Ms
            << " ms, max " << s.maxMs << " ms over " << s.count << " ticks\n";
    }
    return cli::ExitOk;
}

// Milliseconds since this process was started by the kernel (stat field 22, in clock ticks).
double msSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) { }
    const double startTicks = std::stod(field);
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (now.tv_sec + now.tv_nsec / 1e9 - startTicks / sysconf(_SC_CLK_TCK)) * 1000.0;
}

long residentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

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

// `ptlab bench startup`: process start to the window's first paint (the process is this bench's
// own, so dynamic loading of Qt counts, as it does for a user).
int runStartup(const cli::Args& args, std::ostream& out, std::ostream& err)
{
    cli::ArgReader reader(args);
    const bool json = reader.flag("--json");
    if (!reader.finish()) {
        err << "ptlab bench startup: " << reader.error() << '\n';
        return cli::ExitUsage;
    }
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
    if (json) {
        JsonWriter j(out);
        j.beginObject();
        j.field("bench", "startup");
        j.field("first_paint_ms", probe.atMs);
        j.field("budget_ms", 500.0);
        j.endObject();
    } else {
        out << "startup: first paint " << probe.atMs << " ms after the process started (budget 500 ms)\n";
    }
    return cli::ExitOk;
}

// `ptlab bench memory`: resident memory after every page was opened and left running a while.
int runMemory(const cli::Args& args, std::ostream& out, std::ostream& err)
{
    cli::ArgReader reader(args);
    const bool json = reader.flag("--json");
    if (!reader.finish()) {
        err << "ptlab bench memory: " << reader.error() << '\n';
        return cli::ExitUsage;
    }
    AppContext context;
    context.setLanguage(QStringLiteral("en"));
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    const long before = residentKb();
    QEventLoop loop;
    for (const QString& id : pageIds()) {
        window.showPage(id);
        window.currentPage()->startShowcase();
        QTimer::singleShot(1500, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const long after = residentKb();
    if (json) {
        JsonWriter j(out);
        j.beginObject();
        j.field("bench", "memory");
        j.field("rss_start_mb", before / 1024.0);
        j.field("rss_all_pages_mb", after / 1024.0);
        j.field("budget_mb", 150.0);
        j.endObject();
    } else {
        out << "memory: " << before / 1024.0 << " MB resident with the window open, " << after / 1024.0
            << " MB after opening every page with its demo running (budget 150 MB)\n";
    }
    return cli::ExitOk;
}

} // namespace

int runUiBenchCommand(const std::string& name, const cli::Args& args, std::ostream& out, std::ostream& err)
{
    if (!isUiBench(name)) {
        err << "ptlab bench: unknown benchmark '" << name << "'\n";
        return cli::ExitUsage;
    }
    if (name == "ui-stall")
        return runUiStall(args, out, err);
    if (name == "startup")
        return runStartup(args, out, err);
    if (name == "memory")
        return runMemory(args, out, err);
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

#include "ui/cli/legacy_command.h"
namespace ptlab::ui {
namespace {
cli::Command uiBench(const char* name, const char* summary)
{
    return legacyGuiCommand(name, summary, [n = std::string(name)](const cli::Args& a, std::ostream& o, std::ostream& e) {
        return runUiBenchCommand(n, a, o, e);
    });
}
} // namespace
cli::Command uiLatencyBenchmark()
{
    return uiBench("ui-latency", "GUI event-loop latency on a page while demo tasks run (budget: p99 under 16 ms)");
}
cli::Command uiStallBenchmark()
{
    return uiBench("ui-stall", "the word processor's freeze per edit, threaded or single-thread");
}
cli::Command startupBenchmark() { return uiBench("startup", "process start to first painted window (budget 0.5 s)"); }
cli::Command memoryBenchmark() { return uiBench("memory", "resident memory with every page opened (budget 150 MB)"); }
} // namespace ptlab::ui
