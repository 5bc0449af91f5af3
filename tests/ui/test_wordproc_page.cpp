#include "ui/shell/app_context.h"
#include "ui/widgets/latency_probe.h"
#include "ui/wordproc/browser_demo.h"
#include "ui/wordproc/heartbeat_widget.h"
#include "ui/wordproc/reformat_worker.h"
#include "ui/wordproc/word_processor_page.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <functional>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

namespace {

// Waits until no reformat is waiting or running, then delivers what the worker posted.
bool settle(WordProcessorPage& page)
{
    const bool idle = waitUntil([&] { return page.reformatWorker()->idle(); }, 120000);
    QCoreApplication::sendPostedEvents();
    return idle;
}

QString editFreezeText(WordProcessorPage& page)
{
    auto* label = page.findChild<QLabel*>(QStringLiteral("editFreeze"));
    return label ? label->text() : QString();
}

} // namespace

TEST_CASE("edits during a reformat lead to exactly one final layout of the latest text", "[ui][wordproc]")
{
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    page.loadBook(300);
    REQUIRE(waitUntil([&] { return page.layoutsApplied() == 1; }, 120000));
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
    REQUIRE(waitUntil([&] { return page.formatted().revision == page.document().revision(); }, 120000));
    // Every result the worker made is delivered now; stale ones must not have been applied.
    REQUIRE(settle(page));
    CHECK(page.layoutsApplied() == 2);
    // The document the reformat saw is exactly the editor's text.
    CHECK(QString::fromStdString(page.document().text()) == page.editor()->toPlainText());
    CHECK(page.document().text().find("A brand new paragraph.") != std::string::npos);
    CHECK(page.document().text().find("Thêm một câu nữa!") != std::string::npos);
}

TEST_CASE("threaded mode leaves the event loop running, single-thread mode does the work on it", "[ui][wordproc]")
{
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    page.show();
    page.loadBook(200);
    REQUIRE(waitUntil([&] { return page.layoutsApplied() == 1; }, 120000));
    page.setActive(true);
    QSignalSpy applied(&page, &WordProcessorPage::layoutApplied);
    CHECK(
        editFreezeText(page) == WordProcessorPage::tr("Make an edit: the page measures how long it froze the window."));

    // Threaded: with the reformat thread held, the edit is made and the event loop keeps ticking;
    // only the reformat thread can produce the layout.
    page.reformatWorker()->setHeld(true);
    page.deleteFirstSentence();
    const long long ticks = page.probe()->totalTicks();
    CHECK(waitUntil([&] { return page.probe()->totalTicks() >= ticks + 3; }));
    CHECK(applied.count() == 0);
    page.reformatWorker()->setHeld(false);
    REQUIRE(waitUntil([&] { return applied.count() == 1 && !page.measuringEdit(); }, 120000));
    CHECK(page.lastEditFreezeMs() >= 0);
    CHECK(editFreezeText(page).startsWith(QStringLiteral("This edit froze the window for ")));

    // Single-thread: the same edit is laid out although the reformat thread is held: the GUI thread
    // did it, and the page measured at least that long a freeze.
    page.setSingleThread(true);
    page.reformatWorker()->setHeld(true);
    page.deleteFirstSentence();
    REQUIRE(waitUntil([&] { return applied.count() == 2 && !page.measuringEdit(); }, 120000));
    const double reformatMs = applied.at(1).at(1).toDouble();
    INFO("single-thread reformat " << reformatMs << " ms, freeze measured " << page.lastEditFreezeMs() << " ms");
    CHECK(page.lastEditFreezeMs() >= reformatMs);
    CHECK(page.formatted().revision == page.document().revision());
    page.reformatWorker()->setHeld(false);
}

TEST_CASE("a hidden word-processor page stops its timers", "[ui][wordproc]")
{
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    page.loadBook(50);
    page.setActive(true);
    CHECK(page.probe()->running());
    CHECK(page.heartbeat()->running());
    CHECK(page.browser()->animating());
    page.setActive(false);
    CHECK_FALSE(page.probe()->running());
    CHECK_FALSE(page.heartbeat()->running());
    CHECK_FALSE(page.browser()->animating());
}

TEST_CASE("the latency probe keeps a bounded window of its latest ticks", "[ui][wordproc]")
{
    LatencyProbe probe(nullptr, 8);
    probe.start();
    REQUIRE(waitUntil([&] { return probe.totalTicks() >= 20; }));
    probe.stop();
    CHECK(probe.size() == 8);
    CHECK(probe.latenciesMs().size() == 8);
    CHECK(probe.summary().count == 8);
    probe.clear();
    CHECK(probe.latenciesMs().empty());
}

TEST_CASE("a preset sets the book, the mode and the tab through the shared parser", "[ui][wordproc]")
{
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    page.applyPreset(QStringLiteral(" tab = browser ; mode=single;pages=120;;unknown=1"));
    CHECK(page.findChild<QSpinBox*>(QStringLiteral("bookPages"))->value() == 120);
    CHECK(page.singleThread());
    CHECK(page.browser()->singleThread());
    CHECK(page.findChild<QTabWidget*>()->currentIndex() == 1);
    REQUIRE(waitUntil([&] { return page.layoutsApplied() == 1; }, 120000));
    CHECK(page.formatted().pageCount() >= 100);
}

TEST_CASE("the default book is calibrated on first use and remembered", "[ui][wordproc]")
{
    WordProcessorPage::forgetCalibration();
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    // The first show measures this machine on a thread of its own, then loads a book of that size.
    page.setActive(true);
    CHECK(page.calibrating());
    REQUIRE(waitUntil([&] { return page.layoutsApplied() == 1; }, 300000));
    const int pages = page.findChild<QSpinBox*>(QStringLiteral("bookPages"))->value();
    CHECK(pages >= WordProcessorPage::MinBookPages);
    CHECK(pages <= WordProcessorPage::MaxBookPages);
    CHECK(page.defaultBookPages() == pages); // remembered: no second measurement decides otherwise
    page.setActive(false);

    WordProcessorPage another(context);
    CHECK(another.defaultBookPages() == pages);
    WordProcessorPage::forgetCalibration();
}

TEST_CASE("the browser variant: loader and script threads keep the UI live, single-thread freezes it", "[ui][wordproc]")
{
    AppContext context(uiEngineConfig());
    WordProcessorPage page(context);
    BrowserDemo* browser = page.browser();
    browser->setWorkSize(PTLAB_RESOURCES_DIR, 4 << 20, 200, 300'000'000);
    QSignalSpy finished(browser, &BrowserDemo::finished);

    browser->setSingleThread(false);
    browser->load();
    CHECK(browser->loading()); // load() returned at once: the work runs elsewhere
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 120000));
    // The engine saw both helper threads do real work.
    REQUIRE(waitUntil([&] {
        const auto snap = context.engine().snapshot(std::numeric_limits<std::int64_t>::max());
        for (const auto& t : snap.tasks) {
            if (t.id == browser->scriptTask())
                return t.latest.onCpuNs > 10'000'000;
        }
        return false;
    }));

    browser->setSingleThread(true);
    browser->load(); // returns only when everything is done: the UI thread did it all
    CHECK(finished.count() == 2);
    CHECK_FALSE(browser->loading());
}
