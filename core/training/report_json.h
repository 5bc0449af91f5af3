#pragma once

#include "core/training/trainer.h"

#include <nlohmann/json.hpp>

namespace ptlab::training {

// The JSON of `ptlab train --json`, the same for the built-in workers and the MPI ranks ("backend"):
// "loss" (list, per step), "samples_per_s", "gflops", "bytes_per_worker_per_step", "bytes_total",
// "spans" (what each worker did when), and for pipelines "bubble", "bubble_theory", "peak_activations".
[[nodiscard]] nlohmann::json reportToJson(const TrainReport& report, const std::string& backend);

// Reads back what reportToJson wrote (the page reads an MPI run's report with it); missing keys stay default.
[[nodiscard]] TrainReport reportFromJson(const nlohmann::json& doc);

[[nodiscard]] const char* spanKindName(WorkerSpan::Kind kind);

} // namespace ptlab::training
