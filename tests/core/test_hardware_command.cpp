#include "core/hardware/hardware_command.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace ptlab;

namespace {

struct Run
{
    int code = -1;
    std::string out, err;
};

Run run(const cli::Args& args)
{
    std::ostringstream out, err;
    Run r;
    r.code = cli::runCommand(hardware::hardwareCommand(), args, { out, err });
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::size_t lines(const std::string& s)
{
    std::size_t n = 0;
    for (char c : s)
        n += c == '\n';
    return n;
}

const std::string kData = std::string(PTLAB_TEST_DATA_DIR) + "/hardware/";

} // namespace

TEST_CASE("ptlab hardware --json has the documented keys", "[hardware][command]")
{
    const Run r = run({ "--json", "--synthetic", "pack:2 [numa(memory=4GiB)] l3:1 core:4 pu:2" });
    INFO(r.err);
    REQUIRE(r.code == cli::ExitOk);
    CHECK(r.err.empty());
    for (const char* key : { "\"packages\":2", "\"numa_nodes\":2", "\"cores\":8", "\"pus\":16", "\"caches\":[",
             "\"level\":3", "\"size_bytes\":", "\"count\":2", "\"memory_bytes\":8589934592", "\"gpus\":[]",
             "\"cpu_model\":", "\"os\":", "\"kernel\":", "\"source\":\"synthetic\"" })
        CHECK_THAT(r.out, Catch::Contains(key));
    CHECK_THAT(r.out, !Catch::Contains("fallback_reason"));
    CHECK(r.out.front() == '{');
    CHECK(r.out.substr(r.out.size() - 2) == "}\n");
}

TEST_CASE("ptlab hardware on the live machine", "[hardware][command][live]")
{
    const Run json = run({ "--json" });
    INFO(json.err);
    REQUIRE(json.code == cli::ExitOk);
    const bool fallback = json.out.find("\"source\":\"fallback\"") != std::string::npos;
    CHECK((fallback || json.out.find("\"source\":\"live\"") != std::string::npos));
    if (fallback)
        CHECK_THAT(json.out, Catch::Contains("\"fallback_reason\":"));
    CHECK_THAT(json.out, Catch::Contains("\"memory_available_bytes\":"));

    const Run text = run({});
    REQUIRE(text.code == cli::ExitOk);
    CHECK_THAT(text.out, Catch::Contains("Hardware threads:"));
    CHECK_THAT(text.out, Catch::Contains("Memory:"));
}

TEST_CASE("ptlab hardware reads and writes XML", "[hardware][command]")
{
    const std::string path
        = (std::filesystem::temp_directory_path() / ("ptlab-hw-cmd-" + std::to_string(getpid()) + ".xml")).string();
    const Run exported = run({ "--synthetic", "pack:1 core:6 pu:1", "--export-xml", path });
    REQUIRE(exported.code == cli::ExitOk);
    CHECK_THAT(exported.out, Catch::Contains("written to"));
    const Run reread = run({ "--xml", path, "--json" });
    std::filesystem::remove(path);
    REQUIRE(reread.code == cli::ExitOk);
    CHECK_THAT(reread.out, Catch::Contains("\"cores\":6"));
    CHECK_THAT(reread.out, Catch::Contains("\"smt\":false"));
    CHECK_THAT(reread.out, Catch::Contains("\"source\":\"xml\""));

    const Run sample = run({ "--xml=" + std::string(PTLAB_RESOURCES_DIR) + "/topologies/server-2s-numa.xml" });
    REQUIRE(sample.code == cli::ExitOk);
    CHECK_THAT(sample.out, Catch::Contains("NUMA nodes:         2"));
}

TEST_CASE("ptlab hardware rejects bad input with exit 2 and one line", "[hardware][command]")
{
    const cli::Args bad[] = {
        { "--xml", kData + "does-not-exist.xml" },
        { "--xml", kData + "truncated.xml" },
        { "--xml", kData + "not-hwloc.xml" },
        { "--xml", kData + "corrupt-middle.xml" },
        { "--synthetic", "pack:banana" },
        { "--synthetic", "" },
        { "--frobnicate" },
        { "--json", "extra" },
        { "--xml" },
        { "--xml", "a.xml", "--synthetic", "core:2" },
        { "--export-xml=" },
    };
    for (const auto& args : bad) {
        std::string joined;
        for (const auto& a : args)
            joined += a + " ";
        INFO(joined);
        const Run r = run(args);
        CHECK(r.code == cli::ExitUsage);
        CHECK(r.out.empty());
        CHECK(lines(r.err) == 1);
        CHECK(r.err.rfind("ptlab hardware: ", 0) == 0);
    }
}

TEST_CASE("ptlab hardware --help", "[hardware][command]")
{
    const Run r = run({ "--help" });
    CHECK(r.code == cli::ExitOk);
    CHECK_THAT(r.out, Catch::Contains("--synthetic"));
    CHECK_THAT(r.out, Catch::Contains("--export-xml"));
    CHECK(r.err.empty());
}

TEST_CASE("A failed export is a failure, not bad usage", "[hardware][command]")
{
    const Run r = run({ "--synthetic", "core:2 pu:1", "--export-xml", "/nonexistent-dir/out.xml" });
    CHECK(r.code == cli::ExitFailure);
    CHECK(lines(r.err) == 1);
}
