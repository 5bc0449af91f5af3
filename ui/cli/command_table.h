#pragma once

#include "core/cli/command.h"

#include <QString>
#include <functional>

namespace ptlab::ui {

// Every headless subcommand of the ptlab binary, core's and ui's, in one table: `ptlab --help`,
// `ptlab COMMAND --help`, `ptlab bench list` and argument checking all come from it.
const cli::CommandTable& commandTable();

// Runs `run` inside a QApplication (offscreen unless QT_QPA_PLATFORM says otherwise), for the
// subcommands that draw or measure the GUI but need no display.
int withOffscreenApp(const std::function<int()>& run);

// The window's own options: `ptlab [--lang vi|en] [--page ID] [-platform ...]`.
struct WindowOptions
{
    QString language; // empty: the saved or system language
    QString page; // empty: the saved page
};
// Parses the arguments of a window run; returns an exit code when the window must not open (bad
// option or --help), nothing otherwise. Single-dash options (-platform, -style) are left to Qt.
std::optional<int> parseWindowOptions(const cli::Args& args, WindowOptions& options, cli::Io io);

} // namespace ptlab::ui
