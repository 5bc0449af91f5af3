#include "ui/glossary/glossary_page.h"
#include "ui/shell/app_context.h"
#include "ui/shell/page_registry.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QTableWidget>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

TEST_CASE("the glossary page lists every term in both languages and filters without diacritics", "[ui][glossary]")
{
    AppContext context(uiEngineConfig());
    context.setLanguage(QStringLiteral("en"));
    REQUIRE(pageIds().contains(QStringLiteral("glossary")));
    GlossaryPage page(context);
    CHECK(page.loadError().isEmpty());
    REQUIRE(page.terms().size() >= 30);
    CHECK(page.table()->rowCount() == static_cast<int>(page.terms().size()));
    CHECK(page.visibleRows() == page.table()->rowCount());
    CHECK(page.title() == QStringLiteral("Glossary"));

    // "loi" finds "lõi" (core); the definition column follows the language.
    page.setFilter(QStringLiteral("loi"));
    CHECK(page.visibleRows() >= 1);
    CHECK(page.visibleRows() < page.table()->rowCount());
    bool coreShown = false;
    for (int row = 0; row < page.table()->rowCount(); ++row)
        if (!page.table()->isRowHidden(row) && page.table()->item(row, 1)->text() == QStringLiteral("lõi"))
            coreShown = true;
    CHECK(coreShown);
    page.setFilter(QString());
    const QString enDefinition = page.table()->item(0, 2)->text();
    context.setLanguage(QStringLiteral("vi"));
    CHECK(page.title() == QStringLiteral("Thuật ngữ"));
    CHECK(page.table()->item(0, 2)->text() == page.terms().front().viDefinition);
    CHECK(page.table()->item(0, 2)->text() != enDefinition);

    page.applyPreset(QStringLiteral("filter=mutex"));
    CHECK(page.visibleRows() >= 1);
    CHECK(page.visibleRows() < page.table()->rowCount());
    context.setLanguage(QStringLiteral("en"));
}
