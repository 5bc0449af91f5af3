#include "ui/shell/app_context.h"
#include "ui/training_memory/alignment_panel.h"
#include "ui/training_memory/pipeline_panels.h"
#include "ui/training_memory/precision_panel.h"
#include "ui/training_memory/saver_panels.h"
#include "ui/training_memory/scenario_panel.h"
#include "ui/training_memory/training_memory_page.h"
#include "ui/training_memory/zero_panel.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>
#include <QTemporaryDir>
#include <set>
#include <string>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

TEST_CASE("every memory scenario has a title and a panel, unknown ids have none", "[ui][training_memory]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    const QStringList ids = memoryScenarioIds();
    REQUIRE(ids.size() == 9);
    for (const QString& id : ids) {
        INFO(id.toStdString());
        CHECK_FALSE(memoryScenarioTitle(id).isEmpty());
        std::unique_ptr<ScenarioPanel> panel(createMemoryScenario(id, context, nullptr));
        CHECK(panel != nullptr);
    }
    CHECK(createMemoryScenario(QStringLiteral("nope"), context, nullptr) == nullptr);
    CHECK(memoryScenarioTitle(QStringLiteral("nope")).isEmpty());
    context.setLanguage(QStringLiteral("vi"));
    CHECK(memoryScenarioTitle(QStringLiteral("zero")) != QStringLiteral("ZeRO memory"));
}

TEST_CASE("lesson presets select and configure the right scenario", "[ui][training_memory]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    TrainingMemoryPage page(context);
    page.resize(1280, 800);
    page.show();
    page.setActive(true);
    page.applyPreset(QStringLiteral("scenario=zero;stage=1;workers=4"));
    CHECK(page.currentScenario() == QStringLiteral("zero"));
    auto* zero = qobject_cast<ZeroPanel*>(page.panel(QStringLiteral("zero")));
    REQUIRE(zero);
    CHECK(zero->stage() == 1);
    CHECK(zero->workers() == 4);
    // the formula table shows the paper's example by default: 31,4 GB for ZeRO-1 on 64 devices
    CHECK(zero->formulaTable()->item(1, 4)->text() == QStringLiteral("31.4 GB"));
    page.applyPreset(QStringLiteral("scenario=mixed-precision"));
    CHECK(page.currentScenario() == QStringLiteral("mixed-precision"));
    page.applyPreset(QStringLiteral("scenario=prefetch;loaders=3"));
    CHECK(page.currentScenario() == QStringLiteral("prefetch"));
    page.applyPreset(QStringLiteral("scenario=unknown"));
    CHECK(page.currentScenario() == QStringLiteral("prefetch"));
}

TEST_CASE("the ZeRO panel runs a stage on worker threads off the GUI thread and shows bytes per worker",
    "[ui][training_memory]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("vi"));
    ZeroPanel panel(context, nullptr);
    panel.applyPreset(QStringLiteral("stage=2;workers=3"));
    panel.run();
    REQUIRE(waitUntil([&panel] { return panel.completedRuns() == 1; }));
    const auto& r = panel.lastRun();
    REQUIRE(r.memory.size() == 3);
    CHECK(r.stage == 2);
    CHECK(r.memory[0].gradientBytes < r.memory[0].paramBytes);
    // Vietnamese decimal comma in the formula table
    CHECK(panel.formulaTable()->item(1, 4)->text() == QStringLiteral("31,4 GB"));
}

TEST_CASE(
    "the States page watches a run's worker threads, and forgets them at the next run", "[ui][training_memory][states]")
{
    AppContext context(uiEngineConfig());
    ZeroPanel panel(context, nullptr);
    panel.applyPreset(QStringLiteral("stage=1;workers=3"));
    auto workersSeen = [&context] {
        std::set<std::string> labels;
        for (const auto& t : context.engine().snapshot().tasks)
            labels.insert(t.label);
        return labels;
    };
    for (int run = 1; run <= 2; ++run) {
        panel.run();
        REQUIRE(waitUntil([&panel, run] { return panel.completedRuns() == run; }));
        const auto labels = workersSeen();
        for (int w = 0; w < 3; ++w)
            CHECK(labels.count("ZeRO worker " + std::to_string(w)) == 1);
        // Three watched tasks of this run; the first run's were forgotten once terminated.
        REQUIRE(waitUntil([&context] {
            std::size_t ended = 0;
            for (const auto& t : context.engine().snapshot().tasks)
                ended += t.state == states::TaskState::Terminated;
            return ended == context.engine().snapshot().tasks.size();
        }));
        CHECK(context.engine().snapshot().tasks.size() == 3);
    }
}

TEST_CASE("the alignment panel trains for real and shows the loss falling while the accuracy falls back",
    "[ui][training_memory][alignment]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("vi"));
    AlignmentPanel panel(context, nullptr);
    panel.applyPreset(QStringLiteral("steps=400")); // a short run: it must finish within the timeout under ASan too
    panel.run();
    REQUIRE(waitUntil([&panel] { return panel.completedRuns() == 1; }, 120000));
    const auto& r = panel.last();
    REQUIRE(r.points.size() > 10);
    CHECK(r.last().step == 400);
    CHECK(r.last().trainLogLoss < r.points.front().trainLogLoss);
    CHECK(r.bestTestAccuracy >= r.last().testAccuracy);
    CHECK(panel.statusText().contains(QStringLiteral("Log loss")));
}

TEST_CASE("runs can be stopped, and a panel destroyed mid-run joins its thread", "[ui][training_memory]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    {
        PrecisionPanel panel(context, nullptr);
        panel.applyPreset(QStringLiteral("steps=2000"));
        panel.run();
        CHECK(panel.isRunning());
    } // destroyed while running: must not crash or leak the thread
    ProfilerPanel profiler(context, nullptr);
    profiler.run();
    CHECK(profiler.isRunning());
    profiler.setActive(false); // hiding stops it
    CHECK_FALSE(profiler.isRunning());
}

TEST_CASE("the profiler panel plots steps live and exports trace JSON and CSV", "[ui][training_memory]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    ProfilerPanel panel(context, nullptr);
    panel.applyPreset(QStringLiteral("workers=2;stage=1"));
    panel.run();
    REQUIRE(waitUntil([&panel] { return panel.completedRuns() == 1; }));
    CHECK(panel.steps().size() == 60);
    REQUIRE(panel.hasTimeline());
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("t.json")), csv = dir.filePath(QStringLiteral("s.csv"));
    REQUIRE(panel.exportTrace(trace));
    REQUIRE(panel.exportCsv(csv));
    QFile t(trace);
    REQUIRE(t.open(QIODevice::ReadOnly));
    const auto doc = QJsonDocument::fromJson(t.readAll());
    REQUIRE(doc.isObject());
    CHECK(doc.object().value(QStringLiteral("traceEvents")).isArray());
    QFile c(csv);
    REQUIRE(c.open(QIODevice::ReadOnly));
    CHECK(c.readLine().trimmed() == "step,loss,samples_per_second,memory_bytes");
}

TEST_CASE("the other panels complete a run and show results", "[ui][training_memory]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    AccumulationPanel acc(context, nullptr);
    CheckpointingPanel ck(context, nullptr);
    OptimizersPanel opt(context, nullptr);
    BatchingPanel bat(context, nullptr);
    PrefetchPanel pre(context, nullptr);
    ck.applyPreset(QStringLiteral("layers=9"));
    for (RunPanel* p : std::initializer_list<RunPanel*> { &acc, &ck, &opt, &bat, &pre })
        p->run();
    REQUIRE(waitUntil(
        [&] {
            return acc.completedRuns() && ck.completedRuns() && opt.completedRuns() && bat.completedRuns()
                && pre.completedRuns();
        },
        60000));
    CHECK(acc.last().maxAbsDifference <= 1e-5 * acc.last().maxAbsGradient);
    CHECK(ck.last().runs.size() == 9);
    CHECK(ck.last().sqrtEvery == 3);
    CHECK(opt.last().size() == 4);
    REQUIRE(bat.last().size() == 2);
    CHECK(bat.last()[1].stats.paddingShare() < bat.last()[0].stats.paddingShare());
    CHECK(pre.last().error.code == Error::Code::None);
    CHECK(pre.last().prefetched.batches == pre.last().serial.batches);
    CHECK_FALSE(ck.statusText().isEmpty());
}
