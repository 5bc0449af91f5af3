#include "core/training_memory/training_memory_commands.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace ptlab;

namespace {

nlohmann::json runJson(const cli::Command& c, const cli::Args& args)
{
    std::ostringstream out, err;
    const int code = cli::runCommand(c, args, { out, err });
    INFO(err.str());
    REQUIRE(code == cli::ExitOk);
    return nlohmann::json::parse(out.str());
}

} // namespace

TEST_CASE("ptlab zero prints the paper's figures as JSON and measures sharded runs", "[training_memory][cli]")
{
    const auto doc = runJson(training_memory::zeroCommand(), { "--params", "7.5e9", "--gpus", "64", "--json" });
    REQUIRE(doc.at("stages").size() == 4);
    CHECK(doc["stages"][0]["total_gb"].get<double>() == Approx(120));
    CHECK(doc["stages"][1]["total_gb"].get<double>() == Approx(31.4).margin(0.05));
    CHECK(doc["stages"][2]["total_gb"].get<double>() == Approx(16.6).margin(0.05));
    CHECK(doc["stages"][3]["total_gb"].get<double>() == Approx(1.9).margin(0.05));

    const auto m = runJson(training_memory::zeroCommand(),
        { "--params", "1e6", "--gpus", "4", "--measure", "--workers", "2", "--steps", "3", "--hidden", "8", "--json" });
    REQUIRE(m.at("measured").size() == 3);
    const auto& z2 = m["measured"][2];
    CHECK(z2["per_worker"].size() == 2);
    CHECK(z2["per_worker"][0]["model_state_bytes"].get<double>()
        == Approx(z2["formula_bytes"].get<double>()).epsilon(0.05));

    std::ostringstream out, err;
    CHECK(cli::runCommand(training_memory::zeroCommand(), { "--gpus", "0" }, { out, err }) == cli::ExitUsage);
}

TEST_CASE("ptlab train-memory runs each technique and writes a trace and a CSV", "[training_memory][cli]")
{
    const auto acc = runJson(training_memory::trainMemoryCommand(), { "--technique", "accumulation", "--json" });
    CHECK(acc["peak_activation_bytes_big"].get<double>() == 8 * acc["peak_activation_bytes_micro"].get<double>());
    const auto ck
        = runJson(training_memory::trainMemoryCommand(), { "--technique", "checkpointing", "--layers", "9", "--json" });
    CHECK(ck["runs"].size() == 9);
    CHECK(ck["sqrt_every"] == 3);
    const auto bt
        = runJson(training_memory::trainMemoryCommand(), { "--technique", "batching", "--sequences", "300", "--json" });
    CHECK(bt["runs"][1]["padding_share"].get<double>() < bt["runs"][0]["padding_share"].get<double>());

    const auto dir = std::filesystem::temp_directory_path() / ("ptlab-tm-cli-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string trace = (dir / "trace.json").string(), csv = (dir / "steps.csv").string();
    const auto pr = runJson(training_memory::trainMemoryCommand(),
        { "--technique", "profiler", "--workers", "2", "--steps", "4", "--trace", trace, "--csv", csv, "--json" });
    CHECK(pr["steps"] == 4);
    std::ifstream t(trace);
    const auto tr = nlohmann::json::parse(t);
    CHECK(tr.at("traceEvents").is_array());
    CHECK(tr["traceEvents"].size() > 8);
    std::ifstream c(csv);
    std::string header;
    std::getline(c, header);
    CHECK(header == "step,loss,samples_per_second,memory_bytes");
    std::filesystem::remove_all(dir);

    std::ostringstream out, err;
    CHECK(cli::runCommand(training_memory::trainMemoryCommand(), { "--technique", "nope" }, { out, err })
        == cli::ExitUsage);
    CHECK(cli::runCommand(
              training_memory::trainMemoryCommand(), { "--technique", "batching", "--trace", "x.json" }, { out, err })
        == cli::ExitUsage);
}
