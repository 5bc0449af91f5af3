#include "cli_run.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

using Run = cli_test::CliRun;

Run ptlab(const QStringList& args, int timeoutMs = 120000)
{
    return cli_test::runPtlab(args, timeoutMs);
}

} // namespace

TEST_CASE("ptlab workload list names one miniature a line", "[cli][workloads]")
{
    const auto r = ptlab({ QStringLiteral("workload"), QStringLiteral("list") });
    REQUIRE(r.exitCode == 0);
    const auto lines = r.out.trimmed().split('\n');
    CHECK(lines.size() >= 8);
    CHECK(lines.front().startsWith("web-server"));
    auto help = ptlab({ QStringLiteral("--help") });
    CHECK(help.out.contains("workload"));
}

TEST_CASE("ptlab workload NAME --json: same checksum with threads and processes", "[cli][workloads]")
{
    QString checksum[2];
    const QString modes[2] = { QStringLiteral("threads"), QStringLiteral("processes") };
    for (int i = 0; i < 2; ++i) {
        const auto r = ptlab({ QStringLiteral("workload"), QStringLiteral("build"), QStringLiteral("--mode"), modes[i],
            QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("0.05"),
            QStringLiteral("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        const auto o = doc.object();
        for (const char* key : { "wall_s", "throughput", "cpu_percent", "peak_rss_mb" })
            CHECK(o.value(QLatin1String(key)).isDouble());
        CHECK(o.value(QStringLiteral("verified")).toBool());
        checksum[i] = o.value(QStringLiteral("checksum")).toString();
        CHECK(checksum[i].size() == 16);
    }
    CHECK(checksum[0] == checksum[1]);
}

TEST_CASE("ptlab workload rejects bad arguments with exit code 2", "[cli][workloads]")
{
    CHECK(ptlab({ QStringLiteral("workload"), QStringLiteral("frobnicate") }).exitCode == 2);
    CHECK(
        ptlab({ QStringLiteral("workload"), QStringLiteral("build"), QStringLiteral("--workers"), QStringLiteral("0") })
            .exitCode
        == 2);
    CHECK(ptlab({ QStringLiteral("workload"), QStringLiteral("chat-server"), QStringLiteral("--mode"),
                    QStringLiteral("processes") })
              .exitCode
        == 2);
}
