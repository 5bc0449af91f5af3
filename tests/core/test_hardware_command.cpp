#include "core/hardware/hardware_command.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
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
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc.at("packages") == 2);
    CHECK(doc.at("numa_nodes") == 2);
    CHECK(doc.at("cores") == 8);
    CHECK(doc.at("pus") == 16);
    CHECK(doc.at("memory_bytes") == 8589934592ull);
    CHECK(doc.at("gpus").empty());
    CHECK(doc.at("source") == "synthetic");
    for (const char* key : { "cpu_model", "os", "kernel" })
        CHECK(doc.at(key).is_string());
    REQUIRE(doc.at("caches").is_array());
    bool l3 = false;
    for (const auto& c : doc.at("caches"))
        l3 = l3 || (c.at("level") == 3 && c.at("count") == 2 && c.at("size_bytes").get<long long>() > 0);
    CHECK(l3);
    CHECK_FALSE(doc.contains("fallback_reason"));
}

TEST_CASE("ptlab hardware on the live machine", "[hardware][command][live]")
{
    const Run json = run({ "--json" });
    INFO(json.err);
    REQUIRE(json.code == cli::ExitOk);
    const auto doc = nlohmann::json::parse(json.out);
    const bool fallback = doc.at("source") == "fallback";
    CHECK((fallback || doc.at("source") == "live"));
    if (fallback)
        CHECK(doc.at("fallback_reason").is_string());
    CHECK(doc.contains("memory_available_bytes"));

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
    const auto doc = nlohmann::json::parse(reread.out);
    CHECK(doc.at("cores") == 6);
    CHECK(doc.at("smt") == false);
    CHECK(doc.at("source") == "xml");

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
        { "--xml", "/dev/zero" },
        { "--xml", "/proc/self/fd" },
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

TEST_CASE("ptlab hardware --json writes valid JSON whatever bytes the names hold", "[hardware][command]")
{
    // tests/fuzz/corpus/topology_xml/regression-latin1-cpu-model.xml: hwloc's built-in XML parser passes a
    // Latin-1 CPU model through as it is, and nlohmann's dump() threw on the invalid UTF-8 (ptlab ended
    // in std::terminate); a file name in Latin-1 did the same through "origin".
    const auto dir = std::filesystem::temp_directory_path() / ("ptlab-hw-utf8-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string latin1Name = (dir / "caf\xe9.xml").string();
    std::filesystem::copy_file(
        std::string(PTLAB_TEST_DATA_DIR) + "/../fuzz/corpus/topology_xml/regression-latin1-cpu-model.xml", latin1Name,
        std::filesystem::copy_options::overwrite_existing);
    const char* before = std::getenv("HWLOC_LIBXML_IMPORT");
    const std::string saved = before ? before : "";
    for (const char* libxml : { "0", "1" }) {
        INFO("HWLOC_LIBXML_IMPORT=" << libxml);
        setenv("HWLOC_LIBXML_IMPORT", libxml, 1);
        const Run r = run({ "--xml", latin1Name, "--json" });
        INFO(r.err);
        REQUIRE(r.code == cli::ExitOk);
        const auto doc = nlohmann::json::parse(r.out);
        CHECK_THAT(doc.at("origin").get<std::string>(), Catch::Contains("caf\xef\xbf\xbd.xml"));
        CHECK_THAT(doc.at("cpu_model").get<std::string>(), Catch::StartsWith("Caf"));
    }
    if (before)
        setenv("HWLOC_LIBXML_IMPORT", saved.c_str(), 1);
    else
        unsetenv("HWLOC_LIBXML_IMPORT");
    std::filesystem::remove_all(dir);
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
