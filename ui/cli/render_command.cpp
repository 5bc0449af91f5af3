#include "ui/cli/render_command.h"

#include "ui/cli/command_table.h"
#include <CLI/CLI.hpp>
#include <optional>

#include "ui/lessons/lesson_library.h"
#include "ui/lessons/lessons_page.h"
#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/page_registry.h"
#include "ui/widgets/atomic_save.h"

#include <QApplication>
#include <QEventLoop>
#include <QImage>
#include <QPixmap>
#include <QTimer>
#include <cstdio>
#include <ostream>

namespace ptlab::ui {

namespace {

struct RenderOptions
{
    std::string page;
    std::string lang = "en";
    double zoom = 1.0;
    std::string size = "1280x800";
    double seconds = 2;
    std::string out;
};

int runRender(const RenderOptions& o, std::ostream& out, std::ostream& err)
{
    const std::string& pageName = o.page;
    const std::string& size = o.size;
    const std::string& lang = o.lang;
    const double zoom = o.zoom, seconds = o.seconds;
    const std::optional<std::string> outPath = o.out;
    int w = 0, h = 0;
    if (std::sscanf(size.c_str(), "%dx%d", &w, &h) != 2 || w < 320 || h < 240 || w > 8000 || h > 8000) {
        err << "ptlab render: --size must look like 1280x800 (320x240 to 8000x8000)\n";
        return cli::ExitUsage;
    }
    const QString page = QString::fromStdString(pageName);
    QString pageId = page, preset;
    if (page.contains(QLatin1Char(':'))) {
        pageId = page.section(QLatin1Char(':'), 0, 0);
        preset = page.section(QLatin1Char(':'), 1);
    }
    if (pageId == QLatin1String("lesson")) // `ptlab render lesson:04-process`
        pageId = QStringLiteral("lessons");
    if (!pageIds().contains(pageId)) {
        err << "ptlab render: unknown page '" << pageName << "'; pages are:";
        for (const QString& id : pageIds())
            err << ' ' << id.toStdString();
        err << '\n';
        return cli::ExitUsage;
    }
    if (pageId == QLatin1String("lessons") && !preset.isEmpty()) {
        // The page itself only shows a status message for an unknown lesson; a picture of some other
        // lesson would pass for the one asked for.
        const LessonLibrary library = loadLessonLibrary(QStringLiteral(":/lessons"), QString::fromStdString(lang));
        const QString name = LessonsPage::lessonNameOf(preset);
        if (library.find(name) < 0) {
            err << "ptlab render: unknown lesson '" << name.toStdString() << "'; lessons are:";
            for (const QString& id : library.fileNames())
                err << ' ' << id.toStdString();
            err << "\n(a lesson may also be named by its id alone, 'process', or its number, '4')\n";
            return cli::ExitUsage;
        }
    }

    AppContext context;
    context.setLanguage(QString::fromStdString(lang));
    MainWindow window(context);
    context.setZoom(zoom);
    window.resize(w, h);
    window.show();
    if (!window.showPage(pageId, preset)) {
        err << "ptlab render: the page '" << pageName << "' could not be opened\n";
        return cli::ExitUsage;
    }
    // A demo page starts something worth looking at; a lesson preset names what to show instead.
    if (pageId != QLatin1String("lessons") || preset.isEmpty())
        window.currentPage()->startShowcase();
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    const QImage image = window.grab().toImage();
    if (image.isNull() || !saveViaTemporaryFile(QString::fromStdString(*outPath), [&](const QString& temporary) {
            return image.save(temporary, "PNG");
        })) {
        err << "ptlab render: cannot write " << *outPath << '\n';
        return cli::ExitFailure;
    }
    out << *outPath << '\n';
    return cli::ExitOk;
}

} // namespace

cli::Command renderCommand()
{
    return { "render", "draw a page offscreen to a PNG (README screenshots come from it)",
        [](CLI::App& app, cli::Io io) -> cli::Run {
            auto o = std::make_shared<RenderOptions>();
            std::string pages;
            for (const QString& id : pageIds())
                pages += ' ' + id.toStdString();
            app.footer("Draws the whole window showing PAGE offscreen, with a short live demo running, and writes a\n"
                       "PNG. PAGE may carry a preset: 'states:workload=io;threads=3', 'lesson:04-process'.\nPages:"
                + pages + "\nExit codes: 0 written, 1 could not write the file, 2 bad arguments or unknown page.");
            app.add_option("page", o->page, "the page to draw")->required();
            app.add_option("--lang", o->lang, "interface language")
                ->check(CLI::IsMember({ "vi", "en" }))
                ->capture_default_str();
            app.add_option("--zoom", o->zoom, "presentation zoom")->check(CLI::Range(1.0, 3.0))->capture_default_str();
            app.add_option("--size", o->size, "window size in pixels, WxH")->capture_default_str();
            app.add_option("--seconds", o->seconds, "how long the demo runs before the picture is taken")
                ->check(CLI::Range(0.0, 60.0))
                ->capture_default_str();
            app.add_option("--out", o->out, "the PNG file to write")->required();
            return [o, io] { return withOffscreenApp([&] { return runRender(*o, io.out, io.err); }); };
        } };
}

} // namespace ptlab::ui
