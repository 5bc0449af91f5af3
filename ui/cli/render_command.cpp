#include "ui/cli/render_command.h"

#include "ui/shell/app_context.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"
#include "ui/shell/page_registry.h"

#include <QApplication>
#include <QEventLoop>
#include <QImage>
#include <QPixmap>
#include <QTimer>
#include <cstdio>
#include <ostream>

namespace ptlab::ui {

void printRenderHelp(std::ostream& out)
{
    out << "Usage: ptlab render PAGE [--lang vi|en] [--zoom Z] [--size WxH] [--seconds S] --out FILE.png\n\n"
           "Draws the whole window showing PAGE offscreen, with a short live demo running, and writes a PNG.\n"
           "Pages:";
    for (const QString& id : pageIds())
        out << ' ' << id.toStdString();
    out << "\n  --lang L      interface language, vi or en (default en)\n"
           "  --zoom Z      presentation zoom 1.0-3.0 (default 1.0)\n"
           "  --size WxH    window size in pixels (default 1280x800)\n"
           "  --seconds S   how long the demo runs before the picture is taken (default 2)\n"
           "Exit codes: 0 written, 1 could not write the file, 2 bad arguments or unknown page.\n";
}

int runRenderCommand(const cli::Args& args, std::ostream& out, std::ostream& err)
{
    // The page comes first: `ptlab render states --lang vi --out x.png`.
    const bool hasPage = !args.empty() && args[0].rfind("-", 0) != 0;
    const std::string pageName = hasPage ? args[0] : std::string();
    cli::ArgReader reader(hasPage ? cli::Args(args.begin() + 1, args.end()) : args);
    if (reader.flag("--help") || reader.flag("-h")) {
        printRenderHelp(out);
        return cli::ExitOk;
    }
    const std::string lang = reader.option("--lang").value_or("en");
    const double zoom = reader.number("--zoom", 1.0, 3.0).value_or(1.0);
    const std::string size = reader.option("--size").value_or("1280x800");
    const double seconds = reader.number("--seconds", 0, 60).value_or(2);
    const auto outPath = reader.option("--out");
    if (!reader.finish()) {
        err << "ptlab render: " << reader.error() << "\nTry 'ptlab render --help'.\n";
        return cli::ExitUsage;
    }
    if (pageName.empty() || !outPath) {
        err << "ptlab render: name a page and an --out file. Try 'ptlab render --help'.\n";
        return cli::ExitUsage;
    }
    if (lang != "vi" && lang != "en") {
        err << "ptlab render: --lang must be vi or en, not '" << lang << "'\n";
        return cli::ExitUsage;
    }
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
    if (image.isNull() || !image.save(QString::fromStdString(*outPath), "PNG")) {
        err << "ptlab render: cannot write " << *outPath << '\n';
        return cli::ExitFailure;
    }
    out << *outPath << '\n';
    return cli::ExitOk;
}

} // namespace ptlab::ui

#include "ui/cli/legacy_command.h"
namespace ptlab::ui {
cli::Command renderCommand()
{
    return legacyGuiCommand("render", "draw a page offscreen to a PNG (README screenshots come from it)", runRenderCommand);
}
} // namespace ptlab::ui
