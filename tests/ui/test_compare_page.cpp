#include "core/compare/result_io.h"
#include "core/states/engine.h"
#include "core/util/bounded_read.h"
#include "ui/compare/compare_page.h"
#include "ui/shell/app_context.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <qcustomplot.h>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

namespace {

bool hasContent(const QImage& image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

TEST_CASE("the Compare page renders in both languages and a fresh page shows nothing measured", "[ui][compare]")
{
    AppContext context(uiEngineConfig());
    for (const char* lang : { "en", "vi" }) {
        context.setLanguage(QString::fromLatin1(lang));
        ComparePage page(context);
        page.resize(1280, 800);
        page.show();
        QCoreApplication::processEvents();
        CHECK(page.results().empty());
        const QString status = page.statusText(QStringLiteral("creation"));
        if (QLatin1String(lang) == QLatin1String("en")) {
            CHECK(page.title() == QStringLiteral("Process vs thread"));
            CHECK(status.startsWith(QStringLiteral("Not measured yet")));
        } else {
            CHECK(page.title() != QStringLiteral("Process vs thread")); // translated
            CHECK(status.startsWith(QStringLiteral("Chưa đo")));
        }
        CHECK(page.verdictText(QStringLiteral("creation")).isEmpty());
        CHECK(hasContent(page.grab().toImage()));
    }
}

TEST_CASE("the Compare page measures rows off the GUI thread, exports and honours presets", "[ui][compare]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    ComparePage page(context);
    page.resize(1280, 800);
    page.show();

    page.applyPreset(QStringLiteral("row=crash"));
    CHECK(page.selectedRow() == QStringLiteral("isolation"));
    page.applyPreset(QStringLiteral("row=creation"));
    CHECK(page.selectedRow() == QStringLiteral("creation"));

    page.setRunsOverride({ { "thread-create", 5 }, { "process-create", 3 }, { "sharing", 2 }, { "isolation", 1 } });
    REQUIRE(page.measureRow(QStringLiteral("creation")));
    CHECK(page.busy());
    CHECK_FALSE(page.measureRow(QStringLiteral("sharing"))); // one batch at a time
    REQUIRE(waitUntil([&] { return !page.busy(); }, 60000));
    CHECK(page.verdictText(QStringLiteral("creation")).contains(QStringLiteral("fork + exit")));
    CHECK(page.chart(QStringLiteral("creation"))->plottableCount() >= 1);

    REQUIRE(page.measureRow(QStringLiteral("isolation")));
    REQUIRE(waitUntil([&] { return !page.busy(); }, 60000));
    CHECK(page.verdictText(QStringLiteral("isolation")).contains(QStringLiteral("signal 11")));

    // The verdict follows the language.
    const QString en = page.verdictText(QStringLiteral("creation"));
    context.setLanguage(QStringLiteral("vi"));
    QCoreApplication::processEvents();
    CHECK(page.verdictText(QStringLiteral("creation")) != en);
    context.setLanguage(QStringLiteral("en"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("r.csv"));
    const QString json = dir.filePath(QStringLiteral("r.json"));
    REQUIRE(page.exportCsv(csv));
    REQUIRE(page.exportJson(json));
    const auto shown = page.results();
    for (const QString& path : { csv, json }) {
        auto text = readFileBounded(path.toStdString(), 1 << 20, "export");
        REQUIRE(text);
        auto back = path.endsWith(QLatin1String(".csv")) ? compare::importCsv(*text) : compare::importJson(*text);
        REQUIRE(back);
        REQUIRE(back->size() == shown.size());
        for (std::size_t i = 0; i < shown.size(); ++i) {
            CHECK(back->at(i).name == shown[i].name);
            REQUIRE(back->at(i).variants.size() == shown[i].variants.size());
            for (std::size_t k = 0; k < shown[i].variants.size(); ++k)
                CHECK(back->at(i).variants[k].samples == shown[i].variants[k].samples);
        }
    }
    const QString png = dir.filePath(QStringLiteral("c.png"));
    const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
    CHECK(page.saveChart(QStringLiteral("creation"), png));
    CHECK(page.saveChart(QStringLiteral("creation"), pdf));
    CHECK(hasContent(QImage(png)));
    CHECK(QFile(pdf).size() > 100);
    CHECK_FALSE(page.exportJson(dir.filePath(QStringLiteral("missing/dir/r.json"))));
}

TEST_CASE("the Compare page cancels a long run promptly", "[ui][compare]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    ComparePage page(context);
    page.setRunsOverride({ { "process-create", 100000 } });
    REQUIRE(page.measureRow(QStringLiteral("creation")));
    REQUIRE(waitUntil(
        [&] { return page.statusText(QStringLiteral("creation")).contains(QStringLiteral("process-create")); }));
    page.cancel();
    REQUIRE(waitUntil([&] { return !page.busy(); }, 10000));
    CHECK(page.statusText(QStringLiteral("creation")).startsWith(QStringLiteral("Cancelled")));
}
