// The command line: an input is argv after "ptlab", one argument a line. It is parsed against the
// table of every core subcommand and benchmark (ui/cli/command_table.cpp adds `render` and the GUI
// benchmarks, which need Qt) with checkCommandLine, and against the named command alone with
// checkCommand: the parse, the checks, --help and the error messages, but never the command itself.
#include "core/cli/command.h"
#include "core/compare/compare_command.h"
#include "core/exercises/exercise_command.h"
#include "core/hardware/hardware_command.h"
#include "core/states/states_command.h"
#include "core/training/train_command.h"
#include "core/training_memory/training_memory_commands.h"
#include "core/workloads/workload_command.h"
#include "tests/fuzz/fuzz_support.h"

using namespace ptlab;

namespace {

const cli::CommandTable& table()
{
    static const cli::CommandTable table = [] {
        cli::CommandTable t;
        t.commands = { states::statesCommand(), hardware::hardwareCommand(), training_memory::zeroCommand(),
            training_memory::trainMemoryCommand(), training::trainCommand(), workloads::workloadCommand(),
            exercises::exerciseCommand() };
        t.benchmarks
            = { states::samplerBenchmark(), training::allreduceBenchmark(), training::trainScalingBenchmark() };
        for (const char* name : { "thread-create", "process-create", "fork-rss", "termination", "context-switch", "ipc",
                 "task-memory", "isolation", "sharing", "blocking", "race", "deadlock", "oversubscription" })
            t.benchmarks.push_back(compare::compareBenchmark(name));
        t.benchmarks.push_back(compare::allBenchmark());
        return t;
    }();
    return table;
}

cli::Args splitArgs(std::string_view text)
{
    cli::Args args;
    while (!text.empty()) {
        const auto end = text.find('\n');
        args.emplace_back(text.substr(0, end));
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return args;
}

bool isExitCode(int code)
{
    return code == cli::ExitOk || code == cli::ExitUsage;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const cli::Args args = splitArgs(fuzz::asText(data, size));
    const cli::Io io { fuzz::nullStream(), fuzz::nullStream() };
    (void)cli::isCommandLine(table(), args);
    PTLAB_FUZZ_CHECK(isExitCode(cli::checkCommandLine(table(), args, io)));
    if (args.empty())
        return 0;
    const cli::Args rest(args.begin() + 1, args.end());
    for (const auto* list : { &table().commands, &table().benchmarks })
        for (const auto& command : *list)
            if (command.name == args[0])
                PTLAB_FUZZ_CHECK(isExitCode(cli::checkCommand(command, rest, io)));
    return 0;
}
