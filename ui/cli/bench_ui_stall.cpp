// `ptlab bench ui-stall`: the word-processor page in an offscreen event loop, a scripted series of
// edits, and how late the GUI thread's 16 ms timer fired meanwhile.
#include "core/wordproc/hyphenation.h"
#include "ui/cli/command_table.h"
#include "ui/cli/gui_benchmarks.h"
#include "ui/shell/app_context.h"
#include "ui/widgets/latency_probe.h"
#include "ui/wordproc/word_processor_page.h"

#include <CLI/CLI.hpp>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

namespace ptlab::ui {
namespace {

struct StallOptions
{
    std::string mode = "threaded";
    int pages = 0; // 0: the page's own default
    int edits = 10;
    bool json = false;
};

void waitFor(QEventLoop& loop, int ms)
{
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int runUiStall(const StallOptions& o, cli::Io io)
{
    AppContext context;
    context.setLanguage(QStringLiteral("en"));
    WordProcessorPage page(context);
    page.resize(1280, 800);
    page.show();
    QEventLoop loop;
    std::vector<double> reformatMs;
    QObject::connect(
        &page, &WordProcessorPage::layoutApplied, &loop, [&reformatMs](int, double ms) { reformatMs.push_back(ms); });
    // With no --pages, the page's own default: calibrated on first use so that one single-thread
    // reformat freezes the window for about a second on this machine.
    const int pages = o.pages > 0 ? o.pages : page.defaultBookPages();
    page.loadBook(pages);
    while (reformatMs.empty())
        loop.processEvents(QEventLoop::WaitForMoreEvents, 50);
    reformatMs.clear();
    page.setSingleThread(o.mode == "single");
    page.setActive(true); // as when shown: its heartbeat, plot and freeze measurement run
    LatencyProbe probe;
    probe.start();
    std::vector<double> editFreezeMs;
    for (int i = 0; i < o.edits; ++i) {
        waitFor(loop, 300);
        page.deleteFirstSentence();
        // Until this edit is laid out and the page has measured how long it froze the window.
        const auto revision = page.document().revision();
        while (page.formatted().revision != revision || page.measuringEdit())
            loop.processEvents(QEventLoop::WaitForMoreEvents, 50);
        editFreezeMs.push_back(page.lastEditFreezeMs());
    }
    waitFor(loop, 300); // the timer shows the recovery
    probe.stop();
    page.setActive(false);
    const auto s = probe.summary();
    double meanReformat = 0, maxReformat = 0;
    for (double ms : reformatMs) {
        meanReformat += ms / static_cast<double>(reformatMs.size());
        maxReformat = std::max(maxReformat, ms);
    }
    const bool hyphenation = wordproc::Hyphenator::english().available();
    if (o.json) {
        const nlohmann::json doc = {
            { "bench", "ui-stall" },
            { "mode", o.mode },
            { "pages_requested", pages },
            { "pages_default", o.pages == 0 },
            { "pages", page.formatted().pageCount() },
            { "hyphenation", hyphenation },
            { "edits", o.edits },
            { "layouts", reformatMs.size() },
            { "reformat_mean_ms", meanReformat },
            { "reformat_max_ms", maxReformat },
            { "edit_freeze_ms", editFreezeMs },
            { "edit_freeze_median_ms", median(editFreezeMs) },
            { "ticks", s.count },
            { "median_ms", s.medianMs },
            { "p99_ms", s.p99Ms },
            { "max_ms", s.maxMs },
        };
        io.out << doc.dump() << '\n';
    } else {
        io.out << "ui-stall, " << o.mode << " mode, " << page.formatted().pageCount() << " pages"
               << (o.pages == 0 ? " (the page's calibrated default)" : "") << ", " << o.edits
               << " edits: " << reformatMs.size() << " layouts, reformat mean " << meanReformat << " ms (max "
               << maxReformat << " ms)\n  each edit froze the window for " << median(editFreezeMs)
               << " ms (median)\n  event-loop lateness: median " << s.medianMs << " ms, p99 " << s.p99Ms << " ms, max "
               << s.maxMs << " ms over " << s.count << " ticks\n";
        if (!hyphenation)
            io.out << "  no hyphenation: " << wordproc::Hyphenator::english().unavailableReason() << '\n';
    }
    return cli::ExitOk;
}

} // namespace

cli::Command uiStallBenchmark()
{
    return { "ui-stall", "the word processor's freeze per edit, threaded or single-thread",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<StallOptions>();
            app.footer("Opens the word-processor page offscreen, makes K edits (each 300 ms after the previous one\n"
                       "was laid out), and reports event-loop latency (median, p99, max in ms), the reformat time and\n"
                       "how long each edit froze the window. In threaded mode the reformat runs on a background\n"
                       "thread; in single mode on the GUI thread, so the stall is the reformat time. Without --pages\n"
                       "the book has the page's default size, calibrated on first use (and remembered) so that one\n"
                       "single-thread reformat takes about a second on this machine.");
            app.add_option("--mode", o->mode, "where the reformat runs")
                ->check(CLI::IsMember({ "threaded", "single" }))
                ->capture_default_str();
            app.add_option("--pages", o->pages, "book size (default: the page's own default)")
                ->check(CLI::Range(WordProcessorPage::MinBookPages, WordProcessorPage::MaxBookPages));
            app.add_option("--edits", o->edits, "edits to make")->check(CLI::Range(1, 200))->capture_default_str();
            app.add_flag("--json", o->json, "one JSON object");
            return [o, io] { return withOffscreenApp([&] { return runUiStall(*o, io); }); };
        } };
}

} // namespace ptlab::ui
