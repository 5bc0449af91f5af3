#pragma once

#include "core/cli/command_args.h"

#include <iosfwd>

namespace ptlab::cli {

// `ptlab states ...`: runs the engine headless and prints per-task samples and totals.
int runStatesCommand(const Args& args, std::ostream& out, std::ostream& err);
void printStatesHelp(std::ostream& out);

// `ptlab bench sampler ...`: the sampler's CPU cost for many live tasks.
int runSamplerBench(const Args& args, std::ostream& out, std::ostream& err);

} // namespace ptlab::cli
