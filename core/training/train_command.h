#pragma once

#include "core/cli/command.h"

namespace ptlab::training {

// `ptlab train --mode single|data|tensor|pipeline|hybrid [--backend builtin|mpi] ...`
[[nodiscard]] cli::Command trainCommand();
// `ptlab bench allreduce --workers N [--bytes B] --json`: ring bus bandwidth and memcpy bandwidth.
[[nodiscard]] cli::Command allreduceBenchmark();
// `ptlab bench train-scaling --json`: data-parallel samples/s for 1 … 2× hardware threads workers.
[[nodiscard]] cli::Command trainScalingBenchmark();

} // namespace ptlab::training
