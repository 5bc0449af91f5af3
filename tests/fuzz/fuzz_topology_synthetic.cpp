// Synthetic topology descriptions ("pack:2 [numa] l3:1 core:8 pu:2") the ways ptlab takes one:
// `ptlab hardware --synthetic DESC [--json]` and the Hardware page (loadSynthetic, then summary and layout).
#include "core/hardware/hardware_command.h"
#include "core/hardware/topology_loader.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/fuzz/topology_checks.h"

using namespace ptlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const cli::Command command = hardware::hardwareCommand();
    const std::string description(fuzz::asText(data, size));
    const cli::Io io { fuzz::nullStream(), fuzz::nullStream() };
    // A command-line argument cannot hold a NUL byte; the page's text field can.
    if (description.find('\0') == std::string::npos) {
        cli::Args args { "--synthetic", description };
        if (size % 2)
            args.push_back("--json");
        const int exit = cli::runCommand(command, args, io);
        PTLAB_FUZZ_CHECK(exit == cli::ExitOk || exit == cli::ExitUsage);
    }
    auto topology = hardware::loadSynthetic(description);
    if (topology)
        fuzz::useTopology(*topology);
    return 0;
}
