// hwloc XML import the ways ptlab reads a file: `ptlab hardware --xml FILE [--json]` (loadXmlFile and the
// summary writers) and the Hardware page (loadXmlBuffer, then summary and layout), each with hwloc's
// libxml2 importer and with its built-in one (what hwloc uses when the libxml2 plugin is missing).
// Whatever ptlab loaded, it must read back from the XML it exports (`--export-xml`).
#include "core/hardware/hardware_command.h"
#include "core/hardware/topology_loader.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/fuzz/topology_checks.h"

#include <cstdlib>

using namespace ptlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static fuzz::ScratchFile file(".xml");
    static const cli::Command command = hardware::hardwareCommand();
    const std::string_view xml = fuzz::asText(data, size);
    const std::string& path = file.write(xml);
    const cli::Io io { fuzz::nullStream(), fuzz::nullStream() };
    for (const char* libxml : { "1", "0" }) {
        setenv("HWLOC_LIBXML_IMPORT", libxml, 1);
        cli::Args args { "--xml", path };
        if (size % 2)
            args.push_back("--json");
        const int exit = cli::runCommand(command, args, io);
        PTLAB_FUZZ_CHECK(exit == cli::ExitOk || exit == cli::ExitUsage);
        auto topology = hardware::loadXmlBuffer(xml, "the fuzz input");
        if (!topology)
            continue;
        fuzz::useTopology(*topology);
        PTLAB_FUZZ_CHECK(!topology->xml.empty());
        auto again = hardware::loadXmlBuffer(topology->xml, "the exported XML");
        PTLAB_FUZZ_CHECK(again.ok());
        PTLAB_FUZZ_CHECK(again->nodes.size() == topology->nodes.size());
    }
    return 0;
}
