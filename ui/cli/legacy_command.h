#pragma once

#include "core/cli/command.h"

#include <functional>
#include <ostream>

namespace ptlab::ui {

// Temporary: a command whose arguments are still read by its own ArgReader, run in an offscreen
// QApplication. Goes away as each command declares its options on the table.
using LegacyRun = std::function<int(const cli::Args&, std::ostream&, std::ostream&)>;
cli::Command legacyGuiCommand(std::string name, std::string summary, LegacyRun run);

} // namespace ptlab::ui
