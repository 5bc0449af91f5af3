#pragma once

#include "core/cli/command.h"

namespace ptlab::hardware {

// `ptlab hardware [--json] [--xml FILE | --synthetic "DESC"] [--export-xml FILE]`: the machine's (or a
// described machine's) hardware summary as text or JSON. Exit 2 on bad input (an unreadable or
// malformed file included), 1 when the live topology or the export failed.
cli::Command hardwareCommand();

} // namespace ptlab::hardware
