// The lessons' SVG figures: present for both languages, loadable, and drawn in the lesson's document.
#include "ui/lessons/lessons_page.h"
#include "ui/shell/app_context.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <map>
#include <vector>

using namespace ptlab;
using namespace ptlab::ui;

namespace {

states::EngineConfig figureTestConfig()
{
    states::EngineConfig c;
    c.workerPath = PTLAB_WORKER_PATH;
    return c;
}

// Figure names used by the lessons of one language, as the Markdown writes them: lesson file -> paths.
std::map<QString, QStringList> figuresReferenced(const QString& lang)
{
    std::map<QString, QStringList> result;
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+\.svg)\))"));
    const QDir folder(QStringLiteral(":/lessons/") + lang);
    for (const QString& file : folder.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name)) {
        QFile f(folder.filePath(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto it = image.globalMatch(text); it.hasNext();)
            result[file] << it.next().captured(1);
    }
    return result;
}

QString resourcePath(const QString& lang, const QString& name)
{
    return QDir::cleanPath(QStringLiteral(":/lessons/") + lang + QLatin1Char('/') + name);
}

QSet<QString> figureNames(const QString& lang)
{
    // address-space-en.svg -> address-space
    QSet<QString> names;
    const QString suffix = QLatin1Char('-') + lang + QStringLiteral(".svg");
    for (const QString& file : QDir(QStringLiteral(":/figures")).entryList({ QStringLiteral("*.svg") }, QDir::Files)) {
        if (file.endsWith(suffix))
            names.insert(file.chopped(suffix.size()));
    }
    return names;
}

// The lesson's SVG images and whether the document holds a drawable image of non-zero size for each.
struct DocumentFigure
{
    QString name;
    double width = 0;
    QSize pixels;
};

std::vector<DocumentFigure> documentFigures(QTextDocument* doc)
{
    std::vector<DocumentFigure> result;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QTextImageFormat image = format.toImageFormat();
            if (!image.name().endsWith(QLatin1String(".svg")))
                continue;
            const QVariant resource = doc->resource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage pixels = resource.value<QImage>();
            result.push_back({ image.name(), image.width(), pixels.size() });
        }
    }
    return result;
}

} // namespace

TEST_CASE("lesson figures: every figure a lesson names is in the resources and loads, in both languages",
    "[ui][lessons][figures]")
{
    int total = 0;
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("vi") }) {
        for (const auto& [lesson, names] : figuresReferenced(lang)) {
            for (const QString& name : names) {
                INFO(lang.toStdString() << " " << lesson.toStdString() << ": " << name.toStdString());
                const QString path = resourcePath(lang, name);
                CHECK(path.startsWith(QStringLiteral(":/figures/")));
                // A lesson shows the figure of its own language.
                CHECK(path.endsWith(QLatin1Char('-') + lang + QStringLiteral(".svg")));
                REQUIRE(QFile::exists(path));
                QSvgRenderer renderer(path);
                REQUIRE(renderer.isValid());
                CHECK(renderer.viewBoxF().width() > 100);
                CHECK(renderer.viewBoxF().height() > 100);
                ++total;
            }
        }
    }
    CHECK(total >= 8);
}

TEST_CASE("lesson figures: the English and Vietnamese figure sets and their use in the lessons correspond",
    "[ui][lessons][figures]")
{
    const QSet<QString> en = figureNames(QStringLiteral("en"));
    const QSet<QString> vi = figureNames(QStringLiteral("vi"));
    CHECK(en.size() >= 4);
    CHECK(en == vi);
    // The same lessons show the same figures, each in its own language.
    auto strip = [](std::map<QString, QStringList> byLesson, const QString& lang) {
        for (auto& [lesson, names] : byLesson) {
            for (QString& name : names)
                name.replace(QLatin1Char('-') + lang + QStringLiteral(".svg"), QStringLiteral(".svg"));
        }
        return byLesson;
    };
    const auto usedEn = strip(figuresReferenced(QStringLiteral("en")), QStringLiteral("en"));
    const auto usedVi = strip(figuresReferenced(QStringLiteral("vi")), QStringLiteral("vi"));
    CHECK(usedEn == usedVi);
    // Every figure in the resources is used by some lesson.
    QSet<QString> used;
    for (const auto& [lesson, names] : usedEn) {
        for (const QString& name : names)
            used.insert(QFileInfo(name).completeBaseName());
    }
    CHECK(used == en);
}

TEST_CASE("lesson figures: a lesson with a figure draws it, no wider than the view, larger at a larger zoom",
    "[ui][lessons][figures]")
{
    ptlab::test::clearSettings();
    AppContext context(figureTestConfig());
    for (const char* lang : { "en", "vi" }) {
        INFO("language " << lang);
        context.setLanguage(QString::fromLatin1(lang));
        LessonsPage page(context);
        page.resize(1200, 900);
        page.show();
        for (const QString& id :
            { QStringLiteral("process"), QStringLiteral("thread"), QStringLiteral("parallelism") }) {
            INFO("lesson " << id.toStdString());
            REQUIRE(page.openLesson(id));
            QTextBrowser* view = page.lessonView();
            const auto figures = documentFigures(view->document());
            REQUIRE_FALSE(figures.empty());
            for (const DocumentFigure& figure : figures) {
                INFO(figure.name.toStdString());
                CHECK(figure.pixels.width() > 0);
                CHECK(figure.pixels.height() > 0);
                CHECK(figure.width > 0);
                CHECK(figure.width <= view->viewport()->width());
            }
        }
        // A narrow view shrinks the figure to fit.
        REQUIRE(page.openLesson(QStringLiteral("parallelism")));
        const double wide = documentFigures(page.lessonView()->document()).front().width;
        page.resize(500, 900);
        const auto narrow = documentFigures(page.lessonView()->document());
        CHECK(narrow.front().width < wide);
        CHECK(narrow.front().width <= page.lessonView()->viewport()->width());
        page.resize(1200, 900);
    }
    // The figure's text follows the lesson's: twice the font, a larger figure (up to the view's width).
    context.setLanguage(QStringLiteral("en"));
    LessonsPage page(context);
    page.resize(1800, 1000);
    page.show();
    REQUIRE(page.openLesson(QStringLiteral("process")));
    const double before = documentFigures(page.lessonView()->document()).front().width;
    QFont font = page.lessonView()->font();
    font.setPixelSize(QFontInfo(font).pixelSize() * 2);
    page.lessonView()->setFont(font);
    // The page lays the lesson out again after the view took the new font (a queued relayout).
    const auto grown = [&page, before] {
        const auto figures = documentFigures(page.lessonView()->document());
        return !figures.empty() && figures.front().width > before;
    };
    CHECK(QTest::qWaitFor(grown, 10000));
}
