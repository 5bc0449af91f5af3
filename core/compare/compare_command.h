#pragma once

#include "core/cli/command.h"

#include <vector>

namespace ptlab::compare {

// `ptlab bench NAME [--runs N] [--json]` for every experiment (thread-create ... oversubscription).
std::vector<cli::Command> compareBenchmarks();
cli::Command compareBenchmark(const std::string& name);
// `ptlab bench all`: every experiment, one after the other.
cli::Command allBenchmark();

} // namespace ptlab::compare
