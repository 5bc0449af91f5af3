#include "ui/glossary/glossary_page.h"
#include "ui/shell/app_context.h"
#include "ui/shell/page_registry.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableWidget>
#include <algorithm>

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

TEST_CASE("the glossary's term columns fit their terms at zoom 1 and 2, in both languages", "[ui][glossary][zoom]")
{
    AppContext context(uiEngineConfig());
    GlossaryPage page(context);
    page.resize(1060, 720); // the page's share of a 1280x800 window
    page.show();
    for (const double zoom : { 1.0, 2.0 }) {
        for (const char* lang : { "en", "vi" }) {
            context.setLanguage(QLatin1String(lang));
            context.setZoom(zoom);
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            QTableWidget* table = page.table();
            const QFontMetrics fm(table->font());
            const QFontMetrics headerFm(table->horizontalHeader()->font());
            const int available = table->viewport()->width();
            for (int col = 0; col < 2; ++col) {
                INFO(lang << " zoom " << zoom << " column " << col);
                const QString header = table->horizontalHeaderItem(col)->text();
                CHECK(table->columnWidth(col) > headerFm.horizontalAdvance(header));
                CHECK(table->columnWidth(col) <= std::max(available / 4, headerFm.horizontalAdvance(header) * 2));
                for (int row = 0; row < table->rowCount(); ++row) {
                    const QString term = table->item(row, col)->text();
                    for (const QString& word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                        INFO(term.toStdString());
                        CHECK(table->columnWidth(col) > fm.horizontalAdvance(word)); // no word cut or elided
                    }
                    // A short term stays on one line.
                    if (fm.horizontalAdvance(term) < available / 8) {
                        INFO(term.toStdString());
                        CHECK(table->columnWidth(col) > fm.horizontalAdvance(term));
                    }
                }
            }
            INFO(lang << " zoom " << zoom);
            CHECK(table->columnWidth(2) >= available / 2); // the definitions keep half the width
        }
    }
    context.setZoom(1.0);
    context.setLanguage(QStringLiteral("en"));
}
