#pragma once

#include <CLI/CLI.hpp>

namespace ptlab::cli {

// CLI::Range(min, max) for a floating-point option that also refuses "nan" and "inf". CLI11 reads both,
// and NaN compares false with either bound, so CLI::Range let it through: `ptlab states --seconds nan`
// reached a duration_cast of NaN, which is undefined behaviour.
CLI::Validator finiteRange(double min, double max);

} // namespace ptlab::cli
