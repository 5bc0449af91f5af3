#pragma once

// Running the data-parallel training as MPI ranks: `mpirun -np N ptlab-mpi-rank ...` (Open MPI), with
// MPI_Allreduce in place of ptlab's ring. mpirun is optional: everything else works without it.

#include "core/training/trainer.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace ptlab::training {

struct MpiAvailability
{
    std::string mpirun; // full path, empty when not on PATH
    std::string rankProgram; // ptlab-mpi-rank next to the running executable, empty when not built
    [[nodiscard]] bool ready() const { return !mpirun.empty() && !rankProgram.empty(); }
};

[[nodiscard]] MpiAvailability findMpi();
inline constexpr const char* mpiInstallHint = "sudo apt install openmpi-bin libopenmpi-dev (then rebuild ptlab)";

struct MpiRunRequest
{
    TrainConfig config; // mode Data; config.workers ranks
    std::string hostfile; // empty: every rank on this machine
    std::string parametersOut; // rank 0 writes the final parameters there (JSON array) when set
};

// mpirun's arguments (without the program name): --allow-run-as-root when root, --oversubscribe when
// there are more ranks than CPUs, then the rank program and the training options.
[[nodiscard]] std::vector<std::string> mpirunArguments(const MpiRunRequest& request, const MpiAvailability& mpi);
// The options ptlab-mpi-rank understands for `config` (also what it parses back, see parseRankArguments).
[[nodiscard]] std::vector<std::string> rankArguments(const MpiRunRequest& request);

// Starts mpirun, follows the ranks' progress lines (hooks.onStep, hooks.onWorkerStarted with each
// rank's pid), and returns rank 0's final report (the same JSON as the built-in run). A cancel kills
// mpirun's process group and reaps it before returning.
[[nodiscard]] Result<nlohmann::json> runMpiTraining(const MpiRunRequest& request, const TrainHooks& hooks);

} // namespace ptlab::training
