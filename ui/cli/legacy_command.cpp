#include "ui/cli/legacy_command.h"

#include "ui/cli/command_table.h"

#include <CLI/CLI.hpp>

namespace ptlab::ui {

cli::Command legacyGuiCommand(std::string name, std::string summary, LegacyRun run)
{
    return { std::move(name), std::move(summary), [run](CLI::App& app, cli::Io io) -> cli::Run {
                app.set_help_flag();
                app.prefix_command();
                return [&app, run, io] {
                    const cli::Args rest = app.remaining();
                    return withOffscreenApp([&] { return run(rest, io.out, io.err); });
                };
            } };
}

} // namespace ptlab::ui
