#pragma once

#include "core/cli/command_args.h"

#include <ostream>

namespace ptlab::hardware {

// `ptlab hardware [--json] [--xml FILE | --synthetic "DESC"] [--export-xml FILE] [--help]`:
// the machine's (or a described machine's) hardware summary as text or JSON.
// Returns cli::ExitOk, cli::ExitUsage on bad input (one line on `err`), cli::ExitFailure when the
// live topology or the export failed.
int runHardwareCommand(const cli::Args& args, std::ostream& out, std::ostream& err);

// The --help text.
const char* hardwareCommandUsage();

} // namespace ptlab::hardware
