// ptlab: the GUI, and the command-line subcommands of the same binary.
#include "core/cli/command_args.h"
#include "core/states/states_command.h"
#include "core/hardware/hardware_command.h"
#include "ui/cli/gui_bench_command.h"
#include "ui/cli/render_command.h"
#include "ui/shell/app_context.h"
#include "ui/shell/application_setup.h"
#include "ui/shell/main_window.h"

#include <QApplication>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

namespace {

void printUsage(std::ostream& out)
{
    out << "ptlab — Process & Thread Lab\n\n"
           "Usage:\n"
           "  ptlab                 open the window\n"
           "  ptlab states ...      spawn threads/processes and print their states from /proc\n"
           "  ptlab hardware ...    describe this machine (or an hwloc XML / synthetic topology)\n"
           "  ptlab bench NAME ...  measure a budget: sampler, ui-latency, ui-stall, startup, memory\n"
           "  ptlab render PAGE ... draw a page offscreen to a PNG\n"
           "  ptlab --help          this text; 'ptlab COMMAND --help' documents each command\n\n"
           "Exit codes: 0 success, 1 failure while running, 2 bad arguments.\n";
}

// Subcommands that draw need a QApplication but no display.
int withOffscreenApp(int argc, char** argv, const std::function<int()>& run)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    ptlab::ui::setupApplication(app);
    return run();
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (!all.empty()) {
        const std::string& command = all[0];
        const ptlab::cli::Args rest(all.begin() + 1, all.end());
        if (command == "--help" || command == "-h" || command == "help") {
            printUsage(std::cout);
            return ptlab::cli::ExitOk;
        }
        if (command == "states")
            return ptlab::cli::runStatesCommand(rest, std::cout, std::cerr);
        if (command == "hardware")
            return ptlab::hardware::runHardwareCommand(rest, std::cout, std::cerr);
        if (command == "render")
            return withOffscreenApp(
                argc, argv, [&rest] { return ptlab::ui::runRenderCommand(rest, std::cout, std::cerr); });
        if (command == "bench") {
            const std::string name = rest.empty() ? std::string() : rest[0];
            const ptlab::cli::Args benchArgs(rest.empty() ? rest.begin() : rest.begin() + 1, rest.end());
            if (name == "sampler")
                return ptlab::cli::runSamplerBench(benchArgs, std::cout, std::cerr);
            if (ptlab::ui::isUiBench(name)) {
                return withOffscreenApp(
                    argc, argv, [&] { return ptlab::ui::runUiBenchCommand(name, benchArgs, std::cout, std::cerr); });
            }
            std::cerr << "ptlab bench: unknown benchmark '" << name
                      << "'; available: sampler, ui-latency, ui-stall, startup, memory\n";
            return ptlab::cli::ExitUsage;
        }
        if (command.rfind("-", 0) != 0 || command == "--version") {
            std::cerr << "ptlab: unknown command '" << command << "'. Try 'ptlab --help'.\n";
            return ptlab::cli::ExitUsage;
        }
        // Anything else starting with '-' is left to Qt (e.g. -platform, -style).
    }

    QApplication app(argc, argv);
    ptlab::ui::setupApplication(app);
    ptlab::ui::AppContext context;
    ptlab::ui::MainWindow window(context);
    window.restoreSettings();
    window.show();
    return app.exec();
}
