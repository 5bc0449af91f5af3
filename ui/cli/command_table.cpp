#include "ui/cli/command_table.h"

#include "core/compare/compare_command.h"
#include "core/exercises/exercise_command.h"
#include "core/hardware/hardware_command.h"
#include "core/states/states_command.h"
#include "core/training/train_command.h"
#include "core/training_memory/training_memory_commands.h"
#include "core/workloads/workload_command.h"
#include "ui/cli/gui_benchmarks.h"
#include "ui/cli/render_command.h"
#include "ui/shell/application_setup.h"
#include "ui/shell/page_registry.h"

#include <CLI/CLI.hpp>
#include <QApplication>
#include <cstdlib>
#include <ostream>

namespace ptlab::ui {

int withOffscreenApp(const std::function<int()>& run)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1); // NOLINT(concurrency-mt-unsafe): before any thread starts
    static int argc = 1;
    static char name[] = "ptlab";
    static char* argv[] = { name, nullptr };
    QApplication app(argc, argv);
    setupApplication(app);
    return run();
}

const cli::CommandTable& commandTable()
{
    static const cli::CommandTable table = {
        {
            states::statesCommand(),
            hardware::hardwareCommand(),
            renderCommand(),
            training_memory::zeroCommand(),
            training_memory::trainMemoryCommand(),
            training::trainCommand(),
            workloads::workloadCommand(),
            exercises::exerciseCommand(),
        },
        {
            states::samplerBenchmark(),
            training::allreduceBenchmark(),
            training::trainScalingBenchmark(),
            uiLatencyBenchmark(),
            uiStallBenchmark(),
            startupBenchmark(),
            memoryBenchmark(),
            soakBenchmark(),
            compare::compareBenchmark("thread-create"),
            compare::compareBenchmark("process-create"),
            compare::compareBenchmark("fork-rss"),
            compare::compareBenchmark("termination"),
            compare::compareBenchmark("context-switch"),
            compare::compareBenchmark("ipc"),
            compare::compareBenchmark("task-memory"),
            compare::compareBenchmark("isolation"),
            compare::compareBenchmark("sharing"),
            compare::compareBenchmark("blocking"),
            compare::compareBenchmark("race"),
            compare::compareBenchmark("deadlock"),
            compare::compareBenchmark("oversubscription"),
            compare::allBenchmark(),
        },
    };
    return table;
}

std::optional<int> parseWindowOptions(const cli::Args& args, WindowOptions& options, cli::Io io)
{
    CLI::App app("Opens the ptlab window. Subcommands: 'ptlab --help'.", "ptlab");
    app.allow_extras();
    std::string language, page;
    app.add_option("--lang", language, "interface language")->check(CLI::IsMember({ "vi", "en" }));
    std::vector<std::string> pages;
    for (const QString& id : pageIds())
        pages.push_back(id.toStdString());
    app.add_option("--page", page, "the page to open")->check(CLI::IsMember(pages));
    try {
        std::vector<std::string> rest(args.rbegin(), args.rend());
        app.parse(rest);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) {
            app.exit(e, io.out, io.err);
            return cli::ExitOk;
        }
        io.err << "ptlab: " << e.what() << " (see 'ptlab --help')\n";
        return cli::ExitUsage;
    }
    // Qt takes its own single-dash options (-platform offscreen, -style fusion) and their values.
    const auto extras = app.remaining();
    for (std::size_t i = 0; i < extras.size(); ++i) {
        const std::string& a = extras[i];
        if (a.rfind("--", 0) == 0 || a.rfind('-', 0) != 0) {
            io.err << "ptlab: unknown option or command '" << a << "' (see 'ptlab --help')\n";
            return cli::ExitUsage;
        }
        if (i + 1 < extras.size() && extras[i + 1].rfind('-', 0) != 0)
            ++i; // its value
    }
    options.language = QString::fromStdString(language);
    options.page = QString::fromStdString(page);
    return std::nullopt;
}

} // namespace ptlab::ui
