#pragma once

#include "core/cli/command.h"

namespace ptlab::ui {

// The benchmarks that run the GUI offscreen (each in its own file, ui/cli/bench_*.cpp).
cli::Command uiLatencyBenchmark(); // event-loop latency on a page (or every page) while demo tasks run
cli::Command uiStallBenchmark(); // the word processor's freeze per edit, threaded or single-thread
cli::Command startupBenchmark(); // process start to first painted window
cli::Command memoryBenchmark(); // resident memory with every page opened
cli::Command soakBenchmark(); // the States page left running with tasks churning

} // namespace ptlab::ui
