#include "core/cli/command.h"
#include "core/workloads/loopback.h"
#include "core/workloads/workload.h"
#include "core/workloads/workload_command.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <unistd.h>

using namespace ptlab;

TEST_CASE("workload list prints one miniature a line, its name first", "[workloads][cli]")
{
    std::ostringstream out, err;
    REQUIRE(cli::runCommand(workloads::workloadCommand(), { "list" }, { out, err }) == cli::ExitOk);
    std::istringstream lines(out.str());
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
        const std::string name = line.substr(0, line.find(' '));
        CHECK(workloads::findWorkload(name) != nullptr);
        ++n;
    }
    CHECK(n >= 8);
}

TEST_CASE("workload NAME --json names the metrics", "[workloads][cli]")
{
    std::string checksums[2];
    const char* modes[2] = { "threads", "processes" };
    for (int i = 0; i < 2; ++i) {
        std::ostringstream out, err;
        const int code = cli::runCommand(workloads::workloadCommand(),
            { "word-count", "--mode", modes[i], "--workers", "2", "--size", "0.02", "--json" }, { out, err });
        INFO(err.str());
        REQUIRE(code == cli::ExitOk);
        const auto doc = nlohmann::json::parse(out.str());
        for (const char* key : { "wall_s", "throughput", "cpu_percent", "peak_rss_mb" })
            CHECK(doc.at(key).is_number());
        CHECK(doc.at("peak_rss_mb").get<double>() > 0);
        CHECK(doc.at("verified").get<bool>());
        checksums[i] = doc.at("checksum").get<std::string>();
    }
    CHECK(checksums[0] == checksums[1]);
}

TEST_CASE("workload bad arguments exit 2, a port in use exits 1 with a clear message", "[workloads][cli]")
{
    std::ostringstream out, err;
    CHECK(cli::runCommand(workloads::workloadCommand(), { "nope" }, { out, err }) == cli::ExitUsage);
    CHECK(cli::runCommand(workloads::workloadCommand(), { "word-count", "--mode", "fibers" }, { out, err })
        == cli::ExitUsage);
    CHECK(cli::runCommand(workloads::workloadCommand(), { "chat-server", "--mode", "processes" }, { out, err })
        == cli::ExitUsage);
    CHECK(cli::runCommand(workloads::workloadCommand(), { "word-count", "--workers", "0" }, { out, err })
        == cli::ExitUsage);
    auto busy = workloads::listenLoopback(0);
    REQUIRE(busy.ok());
    const int port = workloads::localPort(busy.value());
    std::ostringstream out2, err2;
    CHECK(cli::runCommand(workloads::workloadCommand(),
              { "web-server", "--port", std::to_string(port), "--size", "0.03" }, { out2, err2 })
        == cli::ExitFailure);
    CHECK(err2.str().find("already in use") != std::string::npos);
    ::close(busy.value());
}
