#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace ptlab::cli {

// The arguments after "ptlab", e.g. {"states", "--threads", "4", "--json"}.
using Args = std::vector<std::string>;

// Exit codes shared by every subcommand.
inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1; // the command ran but something outside failed
inline constexpr int ExitUsage = 2; // bad input: unknown option, malformed value, unknown page

struct Io
{
    std::ostream& out;
    std::ostream& err;
};

// What a command does once its options are parsed; returns an exit code.
using Run = std::function<int()>;

// One subcommand: `define` declares its options on `app` (bound to variables the returned Run
// captures) and returns what to run after a successful parse. Argument checks, --help and the
// exit code of a bad argument come from CLI11, the same for every command.
struct Command
{
    std::string name; // "states"; a benchmark is named without its "bench " prefix
    std::string summary; // one line for `ptlab --help` and `ptlab bench list`
    std::function<Run(CLI::App& app, Io io)> define;
};

// Every headless subcommand of the ptlab binary: `ptlab NAME ...` and `ptlab bench NAME ...`.
struct CommandTable
{
    std::vector<Command> commands;
    std::vector<Command> benchmarks;
};

// Parses `args` against the table and runs the chosen command (`ptlab --help`, `ptlab bench list`
// and `ptlab bench --help` included). A parse error prints the reason and returns ExitUsage.
int runCommandLine(const CommandTable& table, const Args& args, Io io);

// Parses `args` exactly as runCommandLine does, printing the same help and errors, but runs nothing:
// the exit code of help or a bad argument, or ExitOk where a command would start (the fuzz target's
// entry, which must never start a demo).
int checkCommandLine(const CommandTable& table, const Args& args, Io io);

// Whether `args` asks for a subcommand or for help, rather than for the window.
bool isCommandLine(const CommandTable& table, const Args& args);

// Runs one command alone, as `ptlab NAME args...` would (what the core tests call).
int runCommand(const Command& command, const Args& args, Io io);

// Parses as runCommand does and runs nothing, like checkCommandLine.
int checkCommand(const Command& command, const Args& args, Io io);

} // namespace ptlab::cli
