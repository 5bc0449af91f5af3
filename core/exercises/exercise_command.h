#pragma once

#include "core/cli/command.h"

namespace ptlab::exercises {

// `ptlab exercise list [--json]` and `ptlab exercise NAME [--seed N] [--predict X] [--json]`.
[[nodiscard]] cli::Command exerciseCommand();

} // namespace ptlab::exercises
