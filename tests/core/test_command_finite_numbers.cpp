// Floating-point options refuse "nan" and "inf": CLI11 reads both, and CLI::Range let NaN through (it
// compares false with either bound), so `ptlab states --seconds nan` reached a duration_cast of NaN.
// Parsed with checkCommand only: no command runs.
#include "core/cli/command.h"
#include "core/compare/compare_command.h"
#include "core/states/states_command.h"
#include "core/training/train_command.h"
#include "core/training_memory/training_memory_commands.h"
#include "core/workloads/workload_command.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

using namespace ptlab;

TEST_CASE("Floating-point options refuse nan and inf with exit 2", "[cli]")
{
    struct Case
    {
        cli::Command command;
        cli::Args before; // what the command needs besides the option
        std::string option;
        std::string good; // a value in range, which parses
    };
    const Case cases[] = {
        { states::statesCommand(), {}, "--seconds", "1" },
        { states::statesCommand(), {}, "--rate", "20" },
        { states::samplerBenchmark(), {}, "--rate", "20" },
        { states::samplerBenchmark(), {}, "--seconds", "2" },
        { training::trainCommand(), {}, "--lr", "0.01" },
        { workloads::workloadCommand(), { "word-count" }, "--size", "1" },
        { workloads::workloadCommand(), { "word-count" }, "--timeout", "10" },
        { training_memory::zeroCommand(), {}, "--params", "7.5e9" },
        { compare::compareBenchmark("race"), {}, "--increments", "1e6" },
    };
    for (const auto& c : cases) {
        for (const std::string& value : { c.good, std::string("nan"), std::string("-inf"), std::string("infinity") }) {
            INFO(c.command.name << " " << c.option << " " << value);
            cli::Args args = c.before;
            args.push_back(c.option);
            args.push_back(value);
            std::ostringstream out, err;
            const int code = cli::checkCommand(c.command, args, { out, err });
            if (value == c.good) {
                CHECK(code == cli::ExitOk);
                CHECK(err.str().empty());
            } else {
                CHECK(code == cli::ExitUsage);
                CHECK_THAT(err.str(), Catch::Contains("not a finite number"));
            }
        }
    }
}
