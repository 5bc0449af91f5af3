#include "core/cli/command.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <ostream>

namespace ptlab::cli {
namespace {

// CLI11 reports --help as a "parse error" with exit code 0; anything else is a bad argument.
int finishParse(CLI::App& app, const CLI::ParseError& e, Io io)
{
    if (e.get_exit_code() == 0) {
        app.exit(e, io.out, io.err);
        return ExitOk;
    }
    io.err << app.get_name() << ": " << e.what() << " (see '" << app.get_name() << " --help')\n";
    return ExitUsage;
}

std::vector<std::string> reversedArgs(const Args& args)
{
    return { args.rbegin(), args.rend() };
}

void describe(CLI::App& app)
{
    app.set_help_flag("-h,--help", "Print this help and exit");
    app.failure_message(CLI::FailureMessage::simple);
    app.allow_windows_style_options(false);
}

} // namespace

bool isCommandLine(const CommandTable& table, const Args& args)
{
    if (args.empty())
        return false;
    const std::string& first = args[0];
    if (first == "--help" || first == "-h" || first == "help" || first == "--version")
        return true;
    for (const auto& c : table.commands)
        if (c.name == first)
            return true;
    return first == "bench" || first.rfind('-', 0) != 0; // a word that names nothing is an error to report
}

namespace {

// Parses `args` as `ptlab NAME args...` and hands the command's Run to `chosen` while its CLI::App exists.
int parseCommand(const Command& command, const Args& args, Io io, const std::function<int(const Run& run)>& chosen)
{
    CLI::App app(command.summary, "ptlab " + command.name);
    describe(app);
    Run run = command.define(app, io);
    try {
        auto rest = reversedArgs(args);
        app.parse(rest);
    } catch (const CLI::ParseError& e) {
        return finishParse(app, e, io);
    }
    return chosen(run);
}

} // namespace

int runCommand(const Command& command, const Args& args, Io io)
{
    return parseCommand(command, args, io, [](const Run& run) { return run ? run() : ExitOk; });
}

int checkCommand(const Command& command, const Args& args, Io io)
{
    return parseCommand(command, args, io, [](const Run&) { return ExitOk; });
}

namespace {

// Parses `args` against the table and hands the chosen command's Run to `chosen`, while the CLI::App it
// was parsed on (whose options the Run reads) still exists. Help, --version and bad arguments return
// their exit code without calling `chosen`.
int parseCommandLine(
    const CommandTable& table, const Args& args, Io io, const std::function<int(const Run& run)>& chosen)
{
    if (!args.empty() && args[0].rfind('-', 0) != 0 && args[0] != "bench" && args[0] != "help") {
        bool known = false;
        for (const auto& c : table.commands)
            known = known || c.name == args[0];
        if (!known) {
            io.err << "ptlab: unknown command '" << args[0] << "' (see 'ptlab --help')\n";
            return ExitUsage;
        }
    }
    if (!args.empty() && args[0] == "help")
        return parseCommandLine(table, { "--help" }, io, chosen);
    CLI::App app("ptlab — Process & Thread Lab. Without a command, opens the window.", "ptlab");
    describe(app);
    app.footer("Exit codes: 0 success, 1 failure while running, 2 bad arguments.\n"
               "'ptlab COMMAND --help' documents each command; 'ptlab bench list' names the benchmarks.");
    app.require_subcommand(1);
    app.set_version_flag("--version", "ptlab 0.1.0");

    std::vector<std::pair<CLI::App*, Run>> runs;
    for (const auto& command : table.commands) {
        CLI::App* sub = app.add_subcommand(command.name, command.summary);
        describe(*sub);
        runs.emplace_back(sub, command.define(*sub, io));
    }
    CLI::App* bench = app.add_subcommand("bench", "measure a budget or run an experiment ('ptlab bench list')");
    describe(*bench);
    bench->require_subcommand(1);
    CLI::App* list = bench->add_subcommand("list", "name every benchmark, one a line, with what it measures");
    describe(*list);
    runs.emplace_back(list, [&table, io] {
        std::size_t width = 0;
        for (const auto& b : table.benchmarks)
            width = std::max(width, b.name.size());
        for (const auto& b : table.benchmarks)
            io.out << b.name << std::string(width + 2 - b.name.size(), ' ') << b.summary << '\n';
        return ExitOk;
    });
    for (const auto& benchmark : table.benchmarks) {
        CLI::App* sub = bench->add_subcommand(benchmark.name, benchmark.summary);
        describe(*sub);
        runs.emplace_back(sub, benchmark.define(*sub, io));
    }

    try {
        auto rest = reversedArgs(args);
        app.parse(rest);
    } catch (const CLI::ParseError& e) {
        // Report the error against the deepest command that was named.
        CLI::App* named = &app;
        for (CLI::App* sub = &app; sub;) {
            auto subs = sub->get_subcommands();
            sub = subs.empty() ? nullptr : subs.front();
            if (sub)
                named = sub;
        }
        if (e.get_exit_code() == 0 || named == &app)
            return finishParse(app, e, io);
        const std::string name
            = "ptlab " + std::string(named->get_parent() == bench ? "bench " : "") + named->get_name();
        io.err << name << ": " << e.what() << " (see '" << name << " --help')\n";
        return ExitUsage;
    }
    for (auto& [sub, run] : runs)
        if (sub->parsed())
            return chosen(run);
    return ExitUsage;
}

} // namespace

int runCommandLine(const CommandTable& table, const Args& args, Io io)
{
    return parseCommandLine(table, args, io, [](const Run& run) { return run ? run() : ExitOk; });
}

int checkCommandLine(const CommandTable& table, const Args& args, Io io)
{
    return parseCommandLine(table, args, io, [](const Run&) { return ExitOk; });
}

} // namespace ptlab::cli
