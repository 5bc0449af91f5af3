#pragma once

#include "core/cli/command.h"

#include <optional>
#include <string>
#include <vector>

namespace ptlab::cli {


// A tiny option reader: `--name VALUE` and `--name=VALUE` forms, flags without values.
class ArgReader
{
public:
    explicit ArgReader(Args args);

    bool flag(const std::string& name); // consumes --name
    std::optional<std::string> option(const std::string& name); // consumes --name VALUE
    // Consumes --name VALUE as an integer in [min, max]; sets error() on a bad value.
    std::optional<long long> integer(const std::string& name, long long min, long long max);
    std::optional<double> number(const std::string& name, double min, double max);

    // After all options were consumed: anything left over is an error.
    bool finish();
    const std::string& error() const { return m_error; }
    bool failed() const { return !m_error.empty(); }

private:
    Args m_args;
    std::vector<bool> m_used;
    std::string m_error;
};


} // namespace ptlab::cli
