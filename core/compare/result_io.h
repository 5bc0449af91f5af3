#pragma once

#include "core/compare/experiment.h"
#include "core/compare/machine_info.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace ptlab::compare {

// JSON of one result: bench, unit, runs, method, error, and per variant the unit, the statistics and
// every sample. Numbers are written by nlohmann (locale-independent).
nlohmann::json toJson(const ExperimentResult& r);
nlohmann::json toJson(const MachineInfo& m);
// A whole export: {"ptlab_compare": 1, "machine": {...}, "results": [...]}.
std::string exportJson(const std::vector<ExperimentResult>& results, const MachineInfo& machine);
[[nodiscard]] Result<std::vector<ExperimentResult>> importJson(const std::string& text);

// CSV: one line per variant (kind "variant") and per fact (kind "fact"), samples ';'-separated,
// numbers in the shortest form that reads back exactly.
std::string exportCsv(const std::vector<ExperimentResult>& results);
[[nodiscard]] Result<std::vector<ExperimentResult>> importCsv(const std::string& text);

// Shortest round-tripping decimal form, '.' as the separator whatever the locale.
std::string formatNumber(double value);

} // namespace ptlab::compare
