// Every lesson's "Try it live" button, in both languages, opens a page that exists and sets it up as
// the lesson's preset says. Each preset key must be one the page really applies: a key this test does
// not know how to verify fails, so a lesson cannot name a key that a page silently ignores.
#include "core/states/engine.h"
#include "core/states/workload.h"
#include "core/util/preset.h"
#include "ui/apps/apps_catalog.h"
#include "ui/apps/apps_page.h"
#include "ui/compare/compare_page.h"
#include "ui/compare/compare_rows.h"
#include "ui/hardware/hardware_page.h"
#include "ui/lessons/lessons_page.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page_registry.h"
#include "ui/states/states_page.h"
#include "ui/training/training_page.h"
#include "ui/training_memory/zero_panel.h"
#include "ui/wordproc/word_processor_page.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <limits>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

int toInt(const std::string& s)
{
    return QString::fromStdString(s).toInt();
}

states::EngineSnapshot snapshotNow(AppContext& context)
{
    return context.engine().snapshot(std::numeric_limits<std::int64_t>::max());
}

int liveTasks(AppContext& context, states::TaskKind kind)
{
    const auto snap = snapshotNow(context);
    return static_cast<int>(std::count_if(snap.tasks.begin(), snap.tasks.end(), [kind](const states::TaskView& t) {
        return t.kind == kind && t.workload.kind != states::Workload::External
            && t.state != states::TaskState::Terminated;
    }));
}

// Ends every demo task the previous lesson started, so that each lesson's counts start from zero. The
// gate and reaping are switched through the page, whose check boxes drive the engine.
void clearDemoTasks(StatesPage* page, AppContext& context)
{
    auto& engine = context.engine();
    page->applyPreset(QStringLiteral("gate=off;zombies=off"));
    REQUIRE_FALSE(snapshotNow(context).holdNewTasks);
    REQUIRE_FALSE(snapshotNow(context).deferReaping);
    engine.stopAll();
    REQUIRE(waitUntil([&] {
        const auto snap = snapshotNow(context);
        return std::all_of(snap.tasks.begin(), snap.tasks.end(), [](const states::TaskView& t) {
            return t.workload.kind == states::Workload::External
                || (t.state == states::TaskState::Terminated && !t.zombie);
        });
    }));
    engine.forgetTerminated();
}

// Puts the page in a state that differs from what the preset asks for, so that the checks after the
// click can only pass if the preset was applied.
void disturb(Page* page, AppContext& context, const Preset& preset)
{
    if (auto* statesPage = qobject_cast<StatesPage*>(page)) {
        clearDemoTasks(statesPage, context);
        QStringList opposite;
        if (auto it = preset.find("gate"); it != preset.end())
            opposite << (it->second == "on" ? QStringLiteral("gate=off") : QStringLiteral("gate=on"));
        if (auto it = preset.find("zombies"); it != preset.end())
            opposite << (it->second == "on" ? QStringLiteral("zombies=off") : QStringLiteral("zombies=on"));
        opposite << (preset.count("workload") && preset.at("workload") == "sleep" ? QStringLiteral("workload=cpu")
                                                                                  : QStringLiteral("workload=sleep"));
        statesPage->applyPreset(opposite.join(QLatin1Char(';')));
    } else if (auto* word = qobject_cast<WordProcessorPage*>(page)) {
        if (auto it = preset.find("mode"); it != preset.end())
            word->applyPreset(it->second == "single" ? QStringLiteral("mode=threaded") : QStringLiteral("mode=single"));
    } else if (auto* compare = qobject_cast<ComparePage*>(page)) {
        const bool termination = compare->selectedRow() == QLatin1String("termination");
        compare->applyPreset(termination ? QStringLiteral("row=sharing") : QStringLiteral("row=termination"));
    } else if (auto* apps = qobject_cast<AppsPage*>(page)) {
        apps->applyPreset(QStringLiteral("app=") + AppsCatalog::rows().back().id);
    } else if (auto* hardware = qobject_cast<HardwarePage*>(page)) {
        if (preset.count("live"))
            REQUIRE(hardware->loadSynthetic(QStringLiteral("pack:1 core:2 pu:1")));
        if (auto* fit = hardware->findChild<QCheckBox*>(QStringLiteral("fitTopology")))
            fit->setChecked(preset.count("fit") && preset.at("fit") == "off");
    } else if (auto* training = qobject_cast<TrainingPage*>(page)) {
        training->setScenario(QStringLiteral("single"));
        if (auto* zero = training->findChild<ZeroPanel*>())
            zero->applyPreset(QStringLiteral("stage=0;workers=1"));
        training->applyPreset(QStringLiteral("scenario=single;workers=1;microbatches=1;backend=threads"));
    }
}

// Checks each key of the preset against the page's state; a key without a check fails.
void checkApplied(Page* page, AppContext& context, const Preset& preset)
{
    for (const auto& [key, value] : preset) {
        INFO("preset key " << key << "=" << value);
        bool known = false;
        if (auto* statesPage = qobject_cast<StatesPage*>(page)) {
            if (key == "workload") {
                known = true;
                const auto w = states::parseWorkload(value);
                REQUIRE(w);
                auto* box = statesPage->findChild<QComboBox*>(QStringLiteral("spawnWorkload"));
                REQUIRE(box);
                CHECK(box->currentData().toInt() == static_cast<int>(*w));
            } else if (key == "gate") {
                known = true;
                CHECK(snapshotNow(context).holdNewTasks == (value == "on"));
                auto* box = statesPage->findChild<QCheckBox*>(QStringLiteral("holdNewTasks"));
                REQUIRE(box);
                CHECK(box->isChecked() == (value == "on"));
            } else if (key == "zombies") {
                known = true;
                CHECK(snapshotNow(context).deferReaping == (value == "on"));
                auto* box = statesPage->findChild<QCheckBox*>(QStringLiteral("deferReaping"));
                REQUIRE(box);
                CHECK(box->isChecked() == (value == "on"));
            } else if (key == "threads" || key == "processes") {
                known = true;
                const auto kind = key == "threads" ? states::TaskKind::Thread : states::TaskKind::Process;
                const int wanted = toInt(value);
                CHECK(waitUntil([&] { return liveTasks(context, kind) == wanted; }));
                CHECK(liveTasks(context, kind) == wanted);
            }
            CHECK(statesPage->lastError().isEmpty());
        } else if (auto* word = qobject_cast<WordProcessorPage*>(page)) {
            if (key == "mode") {
                known = true;
                CHECK(word->singleThread() == (value == "single"));
            }
        } else if (auto* compare = qobject_cast<ComparePage*>(page)) {
            if (key == "row") {
                known = true;
                const QString row = compareRowForPreset(QString::fromStdString(value));
                CHECK_FALSE(row.isEmpty());
                CHECK(compare->selectedRow() == row);
                CHECK(compare->lastError().isEmpty());
            }
        } else if (auto* apps = qobject_cast<AppsPage*>(page)) {
            if (key == "app") {
                known = true;
                const auto rows = AppsCatalog::rows();
                const auto row = static_cast<std::size_t>(apps->selectedRow());
                REQUIRE(row < rows.size());
                CHECK((str(rows[row].id) == value || str(rows[row].miniature) == value));
            }
        } else if (auto* hardware = qobject_cast<HardwarePage*>(page)) {
            if (key == "live") {
                known = true;
                CHECK(waitUntil([&] { return !hardware->discovering(); }));
                CHECK(hardware->showsLiveMachine());
            } else if (key == "fit") {
                known = true;
                auto* fit = hardware->findChild<QCheckBox*>(QStringLiteral("fitTopology"));
                REQUIRE(fit);
                CHECK(fit->isChecked() == (value != "off"));
            }
        } else if (auto* training = qobject_cast<TrainingPage*>(page)) {
            auto* zero = training->findChild<ZeroPanel*>();
            if (key == "scenario") {
                known = true;
                CHECK(str(training->scenario()) == value);
            } else if (key == "workers") {
                known = true;
                if (training->scenario() == QLatin1String("zero")) {
                    REQUIRE(zero);
                    CHECK(zero->workers() == toInt(value));
                } else {
                    CHECK(training->workers() == toInt(value));
                }
            } else if (key == "stage" && training->scenario() == QLatin1String("zero")) {
                known = true;
                REQUIRE(zero);
                CHECK(zero->stage() == toInt(value));
            } else if (key == "microbatches") {
                known = true;
                CHECK(training->microbatches() == toInt(value));
            } else if (key == "backend") {
                known = true;
                auto* box = training->findChild<QComboBox*>(QStringLiteral("backend"));
                REQUIRE(box);
                const int index = value == "mpi" ? 2 : value == "processes" ? 1 : 0;
                CHECK(box->currentIndex() == index);
            }
        }
        CHECK(known);
    }
}

} // namespace

TEST_CASE("every lesson's live demo opens an existing page set up by its preset, in both languages", "[ui][lessons]")
{
    ptlab::test::clearSettings();
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    MainWindow window(context);
    auto* lessons = qobject_cast<LessonsPage*>(window.page(QStringLiteral("lessons")));
    REQUIRE(lessons);
    int opened = 0;
    for (const char* lang : { "en", "vi" }) {
        context.setLanguage(QString::fromLatin1(lang));
        REQUIRE(lessons->language() == QString::fromLatin1(lang));
        const QStringList ids = lessons->lessonIds();
        REQUIRE(ids.size() >= 14);
        for (const QString& id : ids) {
            INFO("language " << lang << ", lesson " << str(id));
            REQUIRE(window.showPage(QStringLiteral("lessons")));
            REQUIRE(lessons->openLesson(id));
            const QString demo = lessons->demoPageId();
            const QString presetText = lessons->demoPreset();
            INFO("demo " << str(demo) << ", preset " << str(presetText));
            REQUIRE(pageIds().contains(demo));
            Page* target = window.page(demo);
            REQUIRE(target);
            const Preset preset = parsePreset(presetText.toStdString());
            CHECK_FALSE(preset.empty()); // every lesson sets its demo up
            disturb(target, context, preset);

            // The same path as a click on "Try it live": the button, the page's signal, the window.
            REQUIRE(lessons->demoButton()->isVisibleTo(lessons));
            lessons->demoButton()->click();
            CHECK(window.currentPage() == target);
            checkApplied(target, context, preset);
            ++opened;
        }
    }
    CHECK(opened >= 28);
    auto* statesPage = qobject_cast<StatesPage*>(window.page(QStringLiteral("states")));
    REQUIRE(statesPage);
    clearDemoTasks(statesPage, context);
}
