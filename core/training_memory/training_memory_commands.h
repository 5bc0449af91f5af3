#pragma once

#include "core/cli/command.h"

namespace ptlab::training_memory {

// `ptlab zero --params P --gpus N [--measure] [--json]`: ZeRO model-state memory per device, and
// optionally stages 0–2 run for real on worker threads with the bytes each worker held.
cli::Command zeroCommand();

// `ptlab train-memory --technique T ...`: one memory or time saver run on the tiny model, measured
// (precision, accumulation, checkpointing, optimizer, prefetch, batching, profiler).
cli::Command trainMemoryCommand();

} // namespace ptlab::training_memory
