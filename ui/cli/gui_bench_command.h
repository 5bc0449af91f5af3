#pragma once

#include "core/cli/command_args.h"

#include <iosfwd>

namespace ptlab::ui {

// `ptlab bench ui-latency`: event-loop latency of the GUI thread on a page while tasks run.
// Needs a QApplication (offscreen is fine). Returns cli::ExitUsage for an unknown benchmark name.
int runUiBenchCommand(const std::string& name, const cli::Args& args, std::ostream& out, std::ostream& err);
bool isUiBench(const std::string& name);

} // namespace ptlab::ui

#include "core/cli/command.h"
namespace ptlab::ui {
cli::Command uiLatencyBenchmark();
cli::Command uiStallBenchmark();
cli::Command startupBenchmark();
cli::Command memoryBenchmark();
} // namespace ptlab::ui
