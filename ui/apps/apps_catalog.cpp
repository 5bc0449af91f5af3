#include "ui/apps/apps_catalog.h"

namespace ptlab::ui {

std::vector<AppRow> AppsCatalog::rows()
{
    using M = AppRow::Model;
    auto s = [](const char* text) { return QString::fromLatin1(text); };
    return {
        { s("web-server"), M::Both, tr("Web server handling many requests"),
            tr("Apache (processes or threads), Nginx (worker processes with event loops)"),
            tr("Requests are independent of each other. A process per connection isolates a handler that "
               "crashes; threads and event loops cost far less per connection and share caches."),
            s("web-server") },
        { s("game-engine"), M::Threads, tr("Game engine"), tr("Unity, Unreal Engine"),
            tr("Rendering, physics, audio and input work on the same game state every frame (about 16 ms): "
               "threads share it without copying."),
            QString() },
        { s("big-data"), M::Processes, tr("Big-data analysis"), tr("Hadoop, Spark"),
            tr("The data splits into independent pieces spread over many machines; a task in its own process can "
               "fail and be rerun without losing the whole job."),
            s("word-count") },
        { s("rendering"), M::Threads, tr("Video rendering"), tr("Adobe Premiere, Blender"),
            tr("Every tile of a frame reads the same large scene; threads share it in memory instead of each worker "
               "holding a copy."),
            s("mandelbrot") },
        { s("downloads"), M::Threads, tr("Downloading many files at once"), tr("Web browsers, IDM"),
            tr("A download spends nearly all its time waiting for the network; a waiting thread costs little, and "
               "all of them update the same download list."),
            s("downloads") },
        { s("ml-training"), M::Processes, tr("Training AI/ML models"), tr("TensorFlow, PyTorch"),
            tr("One process per GPU or machine scales past a single computer and past Python's interpreter lock; "
               "the workers exchange gradients explicitly."),
            QString() },
        { s("antivirus"), M::Processes, tr("Antivirus scan"), tr("Avast, Kaspersky"),
            tr("A scanner parses hostile files. When a parser crashes or is exploited, only its sandboxed process "
               "is lost, not the scanner."),
            s("virus-scan") },
        { s("chat-server"), M::Threads, tr("Chat server"), tr("WhatsApp servers, Discord back end"),
            tr("Many long-lived, mostly idle connections share who is online and the rooms; threads or an event "
               "loop keep that state in one memory."),
            s("chat-server") },
        { s("compiler"), M::Processes, tr("Compiler building many files"), tr("GCC, Clang (make -j)"),
            tr("Each source file compiles on its own; make starts one compiler process per file, so a crash or a "
               "memory hog costs one file only."),
            s("build") },
        { s("physics"), M::Threads, tr("Physics simulation"), tr("NASA simulations, game physics"),
            tr("Every step needs every body's position from the step before: shared memory and a barrier are "
               "cheaper than sending all positions around."),
            s("n-body") },
        { s("database"), M::Both, tr("Database server"), tr("PostgreSQL (a process per connection), MySQL (threads)"),
            tr("PostgreSQL keeps each session in its own process for isolation; MySQL gives each connection a "
               "thread to share its buffer pool cheaply."),
            QString() },
        { s("vms"), M::Processes, tr("Virtual machines and containers"), tr("VMware, Docker"),
            tr("Isolation is the whole point: each VM or container is one or more processes that the kernel keeps "
               "apart (namespaces, cgroups)."),
            QString() },
    };
}

QString AppsCatalog::modelName(AppRow::Model model)
{
    switch (model) {
    case AppRow::Model::Threads:
        return tr("Threads");
    case AppRow::Model::Processes:
        return tr("Processes");
    case AppRow::Model::Both:
        return tr("Both");
    }
    return {};
}

QString AppsCatalog::workloadTitle(const QString& w)
{
    if (w == QLatin1String("web-server"))
        return tr("Web server (HTTP on loopback)");
    if (w == QLatin1String("n-body"))
        return tr("Physics: n-body");
    if (w == QLatin1String("build"))
        return tr("Compiler: build many files");
    if (w == QLatin1String("downloads"))
        return tr("Parallel downloads");
    if (w == QLatin1String("virus-scan"))
        return tr("Antivirus scan");
    if (w == QLatin1String("chat-server"))
        return tr("Chat server");
    if (w == QLatin1String("word-count"))
        return tr("Big data: map-reduce word count");
    if (w == QLatin1String("mandelbrot"))
        return tr("Rendering: Mandelbrot tiles");
    return w;
}

QString AppsCatalog::modeName(const QString& mode)
{
    if (mode == QLatin1String("threads"))
        return tr("threads");
    if (mode == QLatin1String("processes"))
        return tr("processes");
    if (mode == QLatin1String("events"))
        return tr("event loop");
    return mode;
}

} // namespace ptlab::ui
