#pragma once

#include "core/cli/command.h"

namespace ptlab::workloads {

// `ptlab workload list` and `ptlab workload NAME --mode threads|processes|events --workers N [--json]`.
[[nodiscard]] cli::Command workloadCommand();

} // namespace ptlab::workloads
