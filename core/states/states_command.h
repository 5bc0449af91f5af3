#pragma once

#include "core/cli/command.h"

namespace ptlab::states {

// `ptlab states ...`: runs the engine headless and prints per-task samples and totals.
cli::Command statesCommand();

// `ptlab bench sampler ...`: the sampler's CPU cost for many live tasks.
cli::Command samplerBenchmark();

} // namespace ptlab::states
