#include "core/states/engine.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/states/state_diagram_widget.h"
#include "ui/states/state_timeline_widget.h"
#include "ui/states/states_page.h"
#include "ui/states/task_table_model.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <limits>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

TEST_CASE("switching the language re-translates visible widgets and number formats", "[ui][i18n]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    MainWindow window(context);
    auto* button = window.findChild<QPushButton*>(QStringLiteral("spawnButton"));
    REQUIRE(button);
    const QString english = button->text();
    CHECK(english == QStringLiteral("Spawn (Ctrl+Enter)"));
    const QString title = window.windowTitle();

    context.setLanguage(QStringLiteral("vi"));
    QApplication::processEvents();
    CHECK(button->text() != english);
    CHECK_FALSE(button->text().isEmpty());
    CHECK(window.windowTitle() != title);
    CHECK(QLocale().toString(3.5) == QStringLiteral("3,5"));
    auto* language = window.findChild<QComboBox*>(QStringLiteral("languageSwitch"));
    REQUIRE(language);
    CHECK(language->currentData().toString() == QStringLiteral("vi"));

    context.setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    CHECK(button->text() == english);
    CHECK(QLocale().toString(3.5) == QStringLiteral("3.5"));
}

TEST_CASE("the States page shows tasks spawned in the real engine", "[ui][states]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    StatesPage page(context);
    page.resize(1200, 800);
    page.show();
    page.setActive(true);
    QAbstractItemModelTester tester(page.taskModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto spawned = context.engine().spawn({ states::TaskKind::Thread, { states::Workload::Cpu }, 2 });
    REQUIRE(spawned.spawned.size() == 2);
    REQUIRE(waitUntil([&] { return page.taskModel()->rowCount() == 2; }));
    for (auto id : spawned.spawned)
        CHECK_FALSE(page.diagram()->tokenPosition(id).isNull());
    // The timeline fills in as samples arrive.
    REQUIRE(waitUntil([&] {
        const double now = context.engine().nowNs() / 1e9;
        return page.timeline()->rowCount() == 2 && page.timeline()->stateAt(spawned.spawned[0], now - 0.3) >= 0;
    }));

    // Spawning from the page's own controls.
    auto* count = page.findChild<QSpinBox*>(QStringLiteral("spawnCount"));
    auto* kind = page.findChild<QComboBox*>(QStringLiteral("spawnKind"));
    REQUIRE(count);
    REQUIRE(kind);
    count->setValue(2);
    kind->setCurrentIndex(1); // processes
    page.triggerPrimaryAction();
    REQUIRE(waitUntil([&] { return page.taskModel()->rowCount() == 4; }));
    CHECK(page.lastError().isEmpty());

    // Suspend a process through the table selection: the diagram and table follow the kernel.
    const states::TaskId process = page.taskModel()->taskAt(3);
    page.taskTable()->selectRow(3);
    REQUIRE(context.engine().suspend(process));
    REQUIRE(waitUntil([&] {
        auto* t = page.taskModel()->task(process);
        return t && t->state == states::TaskState::Suspended;
    }));

    // Rows go away too, under the model tester's eye.
    context.engine().stopAll();
    REQUIRE(waitUntil([&] {
        const auto snap = context.engine().snapshot(std::numeric_limits<std::int64_t>::max());
        return std::all_of(snap.tasks.begin(), snap.tasks.end(),
            [](const states::TaskView& t) { return t.state == states::TaskState::Terminated && !t.zombie; });
    }));
    context.engine().forgetTerminated();
    REQUIRE(waitUntil([&] { return page.taskModel()->rowCount() == 0; }));
}

TEST_CASE("the States showcase has a task in New, one Suspended and, with deferred reaping, a zombie", "[ui][states]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    context.engine().setDeferReaping(true);
    StatesPage page(context);
    page.setActive(true);
    page.startShowcase();
    REQUIRE(waitUntil([&] {
        const auto snap = context.engine().snapshot(std::numeric_limits<std::int64_t>::max());
        bool held = false, suspended = false, zombie = false;
        for (const auto& t : snap.tasks) {
            held = held || t.state == states::TaskState::New;
            suspended = suspended || t.state == states::TaskState::Suspended;
            zombie = zombie || t.zombie;
        }
        return held && suspended && zombie;
    }));
    CHECK(page.lastError().isEmpty());
}

TEST_CASE(
    "the States page says which source is live and exports the timeline as trace-event JSON", "[ui][states][trace]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    StatesPage page(context);
    page.setActive(true);
    if (context.engine().source() == states::StateSource::Exact)
        CHECK(page.sourceText().contains(QStringLiteral("Exact")));
    else
        CHECK(page.sourceText().contains(QStringLiteral("sysctl kernel.perf_event_paranoid=2")));
    auto spawned = context.engine().spawn({ states::TaskKind::Thread, { states::Workload::Mixed }, 2 });
    REQUIRE(spawned.spawned.size() == 2);
    REQUIRE(context.engine().waitForPasses(5, std::chrono::seconds(10)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.json"));
    REQUIRE(page.exportTimeline(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    int slices = 0;
    for (const auto& e : doc.object().value(QStringLiteral("traceEvents")).toArray())
        slices += e.toObject().value(QStringLiteral("ph")).toString() == QStringLiteral("X");
    CHECK(slices >= 2);
}

TEST_CASE("engine errors become a message on the page, which keeps working", "[ui][states][errors]")
{
    auto config = uiEngineConfig();
    config.workerPath = "/nonexistent/ptlab-worker";
    AppContext context(config);
    context.setLanguage(QStringLiteral("en"));
    StatesPage page(context);
    page.setActive(true);
    page.findChild<QComboBox*>(QStringLiteral("spawnKind"))->setCurrentIndex(1);
    page.triggerPrimaryAction();
    CHECK(page.lastError().contains(QStringLiteral("/nonexistent/ptlab-worker")));
    page.findChild<QComboBox*>(QStringLiteral("spawnKind"))->setCurrentIndex(0);
    page.triggerPrimaryAction();
    REQUIRE(waitUntil([&] { return page.taskModel()->rowCount() == 3; }));
}

TEST_CASE("presentation zoom scales the application font", "[ui][zoom]")
{
    AppContext context(uiEngineConfig());
    const double base = QApplication::font().pointSizeF();
    context.setZoom(2.0);
    CHECK(QApplication::font().pointSizeF() == Approx(base * 2));
    context.setZoom(5.0); // clamped
    CHECK(context.zoom() == Approx(3.0));
    context.setZoom(1.0);
    CHECK(QApplication::font().pointSizeF() == Approx(base));
}

TEST_CASE("presentation mode goes full screen with large type and comes back", "[ui][zoom]")
{
    AppContext context(uiEngineConfig());
    context.setZoom(1.0);
    MainWindow window(context);
    window.resize(1000, 700);
    window.show();
    window.setPresentationMode(true);
    QApplication::processEvents();
    CHECK(window.presentationMode());
    CHECK(window.windowState().testFlag(Qt::WindowFullScreen));
    CHECK(context.zoom() >= 1.5);
    window.setPresentationMode(false);
    QApplication::processEvents();
    CHECK_FALSE(window.windowState().testFlag(Qt::WindowFullScreen));
    CHECK(context.zoom() == Approx(1.0));
    // Pages are one shortcut away, in both directions.
    REQUIRE(window.showPage(QStringLiteral("states")));
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(window.currentPage()->pageId() != QStringLiteral("states"));
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(window.currentPage()->pageId() == QStringLiteral("states"));
}
