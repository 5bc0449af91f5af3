#include "ui/cli/latency_probe.h"
#include "ui/shell/app_context.h"
#include "ui/wordproc/browser_demo.h"
#include "ui/wordproc/word_processor_page.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <functional>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

TEST_CASE("edits during a reformat lead to exactly one final layout of the latest text", "[ui][wordproc]")
{
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    page.loadBook(300);
    REQUIRE(waitUntil([&] { return page.layoutsApplied() == 1; }));
    const int pagesBefore = page.formatted().pageCount();
    CHECK(pagesBefore >= 250);

    // Ten edits in a row (typing, a deletion, a new paragraph), without letting the event loop run.
    QTextCursor cursor(page.editor()->document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    page.editor()->setTextCursor(cursor);
    for (const char* text : { " Thêm", " một", " câu", " nữa." })
        page.editor()->insertPlainText(QString::fromUtf8(text));
    page.editor()->textCursor().deletePreviousChar();
    page.editor()->insertPlainText(QStringLiteral("!\nA brand new paragraph."));
    page.deleteFirstSentence();
    REQUIRE(waitUntil([&] { return page.formatted().revision == page.document().revision(); }));
    QTest::qWait(200); // any stale result still queued would arrive now; none may be applied
    CHECK(page.layoutsApplied() == 2);
    // The document the reformat saw is exactly the editor's text.
    CHECK(QString::fromStdString(page.document().text()) == page.editor()->toPlainText());
    CHECK(page.document().text().find("A brand new paragraph.") != std::string::npos);
    CHECK(page.document().text().find("Thêm một câu nữa!") != std::string::npos);
}

TEST_CASE("single-thread mode blocks the event loop, the background thread does not", "[ui][wordproc]")
{
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    page.show();
    page.loadBook(1000);
    REQUIRE(waitUntil([&] { return page.layoutsApplied() == 1; }));

    LatencyProbe probe;
    probe.start();
    QSignalSpy applied(&page, &WordProcessorPage::layoutApplied);

    page.setSingleThread(true);
    probe.clear();
    page.deleteFirstSentence();
    REQUIRE(waitUntil([&] { return applied.count() == 1; }));
    QTest::qWait(50);
    const double singleReformatMs = applied.at(0).at(1).toDouble();
    const auto single = LatencyProbe::summarize(probe.latenciesMs());
    INFO("single-thread: reformat " << singleReformatMs << " ms, longest timer delay " << single.maxMs << " ms");
    // The timer could not fire while the reformat ran on its thread.
    CHECK(single.maxMs >= singleReformatMs * 0.8);

    page.setSingleThread(false);
    QTest::qWait(100);
    probe.clear();
    page.deleteFirstSentence();
    REQUIRE(waitUntil([&] { return applied.count() == 2; }));
    const double threadedReformatMs = applied.at(1).at(1).toDouble();
    const auto threaded = LatencyProbe::summarize(probe.latenciesMs());
    INFO("threaded: reformat " << threadedReformatMs << " ms, longest timer delay " << threaded.maxMs << " ms");
    CHECK(threaded.count >= 2); // the loop kept ticking during the reformat
    CHECK(threaded.maxMs < std::max(threadedReformatMs * 0.5, 16.0));
}

TEST_CASE("the browser variant: loader and script threads keep the UI live; single-thread freezes it", "[ui][wordproc]")
{
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    BrowserDemo* browser = page.browser();
    browser->setWorkSize(PTLAB_RESOURCES_DIR, 4 << 20, 200, 300'000'000);
    QSignalSpy finished(browser, &BrowserDemo::finished);
    LatencyProbe probe;
    probe.start();

    browser->setSingleThread(false);
    browser->load();
    CHECK(browser->loading()); // load() returned at once: the work runs elsewhere
    REQUIRE(waitUntil([&] { return finished.count() == 1; }));
    const double threadedMs = finished.at(0).at(0).toDouble();
    const auto threaded = LatencyProbe::summarize(probe.latenciesMs());
    INFO("threaded load " << threadedMs << " ms, longest timer delay " << threaded.maxMs << " ms");
    CHECK(threaded.maxMs < std::max(threadedMs * 0.5, 16.0));
    // The engine saw both helper threads do real work.
    auto snap = context.engine().snapshot(std::numeric_limits<std::int64_t>::max());
    REQUIRE(waitUntil([&] {
        snap = context.engine().snapshot(std::numeric_limits<std::int64_t>::max());
        for (const auto& t : snap.tasks) {
            if (t.id == browser->scriptTask())
                return t.latest.onCpuNs > 10'000'000;
        }
        return false;
    }));

    browser->setSingleThread(true);
    probe.clear();
    browser->load(); // returns only when everything is done: the UI thread did it all
    CHECK(finished.count() == 2);
    CHECK_FALSE(browser->loading());
    QTest::qWait(50);
    const auto single = LatencyProbe::summarize(probe.latenciesMs());
    CHECK(single.maxMs >= finished.at(1).at(0).toDouble() * 0.8);
}
