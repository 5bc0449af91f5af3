#include "core/states/engine.h"
#include "ui/apps/apps_page.h"
#include "ui/apps/speedup_chart.h"
#include "ui/shell/app_context.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QScrollArea>
#include <QTableWidget>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

TEST_CASE("the workloads page shows the twelve in both languages", "[ui][apps]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    AppsPage page(context);
    page.resize(1280, 800);
    page.show();
    CHECK(page.pageId() == QStringLiteral("apps"));
    REQUIRE(page.table()->rowCount() == 12);
    const QString english = page.table()->item(0, 0)->text();
    CHECK(english.contains(QStringLiteral("Web server")));
    CHECK(page.table()->item(0, 1)->text() == QStringLiteral("?")); // the answer waits for the quiz
    context.setLanguage(QStringLiteral("vi"));
    QCoreApplication::processEvents();
    CHECK(page.title() == QStringLiteral("Mười hai bài toán"));
    CHECK(page.table()->item(0, 0)->text() != english);
    CHECK(page.table()->item(0, 0)->text().contains(QStringLiteral("Máy chủ web")));
    context.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(page.table()->item(0, 0)->text() == english);
}

TEST_CASE("the workloads page fits a 1280x800 window at zoom 1 and 2", "[ui][apps][zoom]")
{
    AppContext context(uiEngineConfig());
    AppsPage page(context);
    page.resize(1060, 740); // the page's share of a 1280x800 window
    page.show();
    for (const char* lang : { "en", "vi" }) {
        context.setLanguage(QLatin1String(lang));
        for (const double zoom : { 1.0, 2.0 }) {
            context.setZoom(zoom);
            REQUIRE(waitUntil([&] {
                QCoreApplication::processEvents();
                return page.stacked() == (zoom > 1.5);
            }));
            QCoreApplication::processEvents();
            INFO(lang << " zoom " << zoom);
            // The run panel lies inside the visible width: nothing is cut off at the window's edge.
            QWidget* viewport = page.scrollArea()->viewport();
            const QRect panel(page.runPanel()->mapTo(viewport, QPoint(0, 0)), page.runPanel()->size());
            CHECK(panel.left() >= 0);
            CHECK(panel.right() <= viewport->width());
            // All twelve rows show, none cut by the table's edge.
            QTableWidget* table = page.table();
            const QAbstractItemView* view = table;
            int rows = 0;
            for (int r = 0; r < table->rowCount(); ++r) {
                CHECK(table->rowHeight(r) >= view->sizeHintForRow(r));
                rows += table->rowHeight(r);
            }
            CHECK(rows <= table->viewport()->height());
            if (zoom < 1.5) // side by side, the table takes the column's height
                CHECK(table->height() > page.height() / 2);
        }
    }
    context.setZoom(1.0);
    context.setLanguage(QStringLiteral("en"));
}

TEST_CASE("the quiz answers and explains each row", "[ui][apps]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    AppsPage page(context);
    page.applyPreset(QStringLiteral("app=compiler"));
    CHECK(page.selectedWorkload() == QStringLiteral("build"));
    page.answer(page.selectedRow(), AppRow::Model::Threads);
    CHECK(page.quizFeedback().startsWith(QStringLiteral("Not quite")));
    CHECK(page.table()->item(page.selectedRow(), 1)->text() == QStringLiteral("Processes"));
    page.answer(page.selectedRow(), AppRow::Model::Processes);
    CHECK(page.quizFeedback().startsWith(QStringLiteral("Right")));
    page.applyPreset(QStringLiteral("app=web-server"));
    CHECK(page.selectedWorkload() == QStringLiteral("web-server"));
}

TEST_CASE("a run happens off the GUI thread and its threads are watched", "[ui][apps]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    AppsPage page(context);
    page.applyPreset(QStringLiteral("workload=word-count;mode=threads;workers=2;size=0.05"));
    page.run();
    CHECK(page.busy());
    REQUIRE(waitUntil([&] { return page.runsFinished() == 1; }, 60000));
    CHECK(page.resultText().contains(QStringLiteral("Result checked: correct.")));
    bool watched = false;
    for (const auto& t : context.engine().snapshot().tasks)
        watched = watched || t.label.rfind("word-count worker", 0) == 0;
    CHECK(watched);
}

TEST_CASE("a speed-up sweep fills the chart and fits Amdahl", "[ui][apps]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    AppsPage page(context);
    page.applyPreset(QStringLiteral("workload=mandelbrot;mode=processes;size=0.05"));
    page.sweep(3, 2);
    REQUIRE(waitUntil([&] { return page.runsFinished() == 1; }, 90000));
    CHECK(page.chart()->pointCount() == 3);
    CHECK(page.chart()->fit().ok);
    CHECK(page.chart()->caption().contains(QStringLiteral("serial fraction")));
}

TEST_CASE("cancel stops a long run", "[ui][apps]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    AppsPage page(context);
    page.applyPreset(QStringLiteral("workload=mandelbrot;mode=processes;workers=2;size=5"));
    page.run();
    page.cancel();
    REQUIRE(waitUntil([&] { return page.runsFinished() == 1; }, 30000));
    CHECK(page.resultText().startsWith(QStringLiteral("Cancelled")));
}
